//! printf-style `%` formatting of `str` and `bytes`/`bytearray` (`'%-8.2f|' % x`,
//! `b'%s' % data`): the argument handling around `format_string::PercentParser` and its
//! renderers, in CPython's order (mapping key, `*` width, `*` precision, parse error,
//! argument, conversion check) so the same exception surfaces first.
//!
//! A bytes format string is handled as Latin-1 text: every byte is one character, so
//! indices in messages and the rendered output map back byte for byte.

use ferropy_primitives::format_string::{PercentCount, PercentParser, PercentPiece, PercentSpec};
use num_bigint::BigInt;

use crate::object::payload::*;
use crate::object::typeobj::type_lookup;
use crate::object::PyRef;
use crate::vm::Vm;

use super::format::format_error;
use super::shield::Shield;

/// `fmt % values` for str. Surrogates in the template or in str arguments are stood
/// in for (see `shield.rs`).
pub fn percent_format(vm: &Vm, fmt: &PyStr, values: &PyRef) -> PyResult {
    // `%c` of a surrogate code point needs stand-ins even without surrogate text.
    let surrogate_int =
        |v: &PyRef| matches!(v.payload, Payload::Int(i) if (0xD800..0xE000).contains(&i));
    let needs = |v: &PyRef| match &v.payload {
        Payload::Str(s) => s.has_surrogates(),
        _ => surrogate_int(v),
    };
    let plain = match (fmt.as_str(), &values.payload) {
        (None, _) => None,
        (Some(_), Payload::Tuple(items)) if items.iter().any(needs) => None,
        (Some(_), Payload::Tuple(_)) => fmt.as_str(),
        (Some(t), _) => (!needs(values)).then_some(t),
    };
    if let Some(text) = plain {
        // The usual case: no allocation or scan for stand-ins.
        return match format_engine(vm, text, values, false, Shield::none()) {
            Ok(out) => Ok(vm.new_string(out)),
            Err(e) => percent_retry(vm, fmt, values, e),
        };
    }
    let mut strs = vec![fmt];
    match &values.payload {
        Payload::Str(v) => strs.push(v),
        Payload::Tuple(items) => strs.extend(items.iter().filter_map(|it| match &it.payload {
            Payload::Str(v) => Some(v),
            _ => None,
        })),
        _ => {}
    }
    let sh = Shield::with_force(vm, &strs, true)?;
    let out = format_engine(vm, &sh.text(fmt), values, false, sh)?;
    Ok(sh.out_string(vm, out))
}

/// A mapping's values are only scanned for surrogates when formatting failed on one
/// (scanning every `%(name)s % mapping` would cost a pass over the mapping): formats
/// again with stand-ins for them, or returns the error.
fn percent_retry(vm: &Vm, fmt: &PyStr, values: &PyRef, e: PyErr) -> PyResult {
    if !matches!(values.payload, Payload::Dict(_))
        || !vm.exc_matches(&e, &vm.exc.unicode_encode_error)
    {
        return Err(e);
    }
    let dict_values: Vec<PyRef> = vm.dict_items(values).into_iter().map(|(_, v)| v).collect();
    let mut strs = vec![fmt];
    strs.extend(dict_values.iter().filter_map(|v| match &v.payload {
        Payload::Str(v) => Some(v),
        _ => None,
    }));
    let sh = Shield::new(vm, &strs)?;
    if !sh.active() {
        return Err(e);
    }
    let out = format_engine(vm, &sh.text(fmt), values, false, sh)?;
    Ok(sh.out_string(vm, out))
}

/// `fmt % values` for bytes and bytearray: the resulting bytes.
pub fn bytes_percent_format(vm: &Vm, fmt: &[u8], values: &PyRef) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|&b| b as char).collect();
    let out = format_engine(vm, &text, values, true, Shield::none())?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

fn latin1_text(data: &[u8]) -> String {
    data.iter().map(|&b| b as char).collect()
}

/// Where arguments come from: CPython's `args`/`arglen`/`argidx` state (a non-tuple
/// argument is used once; a mapping key replaces the source by the looked-up value).
struct ArgSource {
    args: PyRef,
    items: Option<Vec<PyRef>>,
    arglen: isize,
    argidx: isize,
}

impl ArgSource {
    fn next(&mut self, vm: &Vm) -> PyResult {
        if self.argidx >= self.arglen {
            return Err(vm.type_error("not enough arguments for format string"));
        }
        let i = self.argidx;
        self.argidx += 1;
        match &self.items {
            Some(items) if self.arglen >= 0 => Ok(items[i as usize].clone()),
            _ => Ok(self.args.clone()),
        }
    }
}

fn format_engine(vm: &Vm, fmt: &str, values: &PyRef, bytes: bool, sh: Shield) -> PyResult<String> {
    let excluded = match &values.payload {
        Payload::Tuple(_) => true,
        Payload::Str(_) => !bytes,
        Payload::Bytes(_) | Payload::ByteArray(_) => bytes,
        _ => false,
    };
    let dict = if !excluded && type_lookup(values.class(), &vm.names.__getitem__).is_some() {
        Some(values.clone())
    } else {
        None
    };
    let mut src = match &values.payload {
        Payload::Tuple(t) => ArgSource {
            args: values.clone(),
            items: Some(t.to_vec()),
            arglen: t.len() as isize,
            argidx: 0,
        },
        _ => ArgSource {
            args: values.clone(),
            items: None,
            arglen: -1,
            argidx: -2,
        },
    };
    let mut out = String::new();
    for piece in PercentParser::new(fmt) {
        let mut spec = match piece {
            Ok(PercentPiece::Literal(text)) => {
                out.push_str(&text);
                continue;
            }
            Ok(PercentPiece::Spec(spec)) => spec,
            Err(message) => {
                if dict.is_none() {
                    return Err(vm.type_error("format requires a mapping"));
                }
                return Err(vm.value_error(message));
            }
        };
        if let Some(key) = &spec.mapping_key {
            let Some(mapping) = &dict else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let key = if bytes {
                vm.new_bytes(key.chars().map(|c| c as u32 as u8).collect())
            } else {
                vm.new_str(key)
            };
            let value = vm.get_item(mapping, &key)?;
            src = ArgSource {
                args: value,
                items: None,
                arglen: -1,
                argidx: -2,
            };
        }
        if spec.width == Some(PercentCount::FromArgument) {
            let w = src.next(vm)?;
            if !crate::objects::int::is_int(&w) {
                return Err(vm.type_error("* wants int"));
            }
            let w = crate::objects::args::ssize_opt(vm, &w)?.unwrap_or(0);
            let w = isize::try_from(w)
                .map_err(|_| vm.overflow_error("Python int too large to convert to C ssize_t"))?;
            spec.apply_star_width(w);
        }
        if spec.precision == Some(PercentCount::FromArgument) {
            let p = src.next(vm)?;
            if !crate::objects::int::is_int(&p) {
                return Err(vm.type_error("* wants int"));
            }
            let p = match vm.index_opt(&p) {
                Ok(v) => v.unwrap_or(0),
                Err(_) => i64::MAX,
            };
            let p = i32::try_from(p)
                .map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?;
            spec.apply_star_precision(p);
        }
        if let Some(message) = &spec.parse_error {
            return Err(vm.value_error(message));
        }
        let value = src.next(vm)?;
        // `%b` is bytes formatting's own conversion.
        let bytes_only = bytes && spec.conversion == 'b';
        if let Some(message) = spec.conversion_error().filter(|_| !bytes_only) {
            return Err(vm.value_error(message));
        }
        let rendered = render(vm, &spec, &value, bytes, sh)?;
        out.push_str(&rendered);
    }
    if src.argidx < src.arglen && dict.is_none() {
        let what = if bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        };
        return Err(vm.type_error(what));
    }
    Ok(out)
}

/// One conversion applied to its argument.
fn render(vm: &Vm, spec: &PercentSpec, value: &PyRef, bytes: bool, sh: Shield) -> PyResult<String> {
    let conv = spec.conversion;
    let r = match conv {
        's' | 'b' if bytes => spec.render_text(&latin1_text(&bytes_of(vm, value)?)),
        'r' | 'a' if bytes => spec.render_text(&vm.ascii(value)?),
        's' => {
            let r = vm.str(value)?;
            match &r.payload {
                Payload::Str(s) => spec.render_text(&sh.late_text(vm, s)?),
                _ => spec.render_text(""),
            }
        }
        'r' => spec.render_text(&vm.repr_str(value)?),
        'a' => spec.render_text(&vm.ascii(value)?),
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n = int_arg(vm, value, conv)?;
            if matches!(conv, 'd' | 'i' | 'u') {
                crate::objects::int::check_decimal_digit_limit(vm, &n)?;
            }
            spec.render_int(&n)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => spec.render_float(float_arg(vm, value)?),
        'c' if bytes => spec.render_char(byte_char_arg(vm, value)?),
        'c' => spec.render_char(char_arg(vm, value, sh)?),
        _ => {
            // Not reached: the conversion was checked; keep CPython's message anyway.
            return Err(vm.value_error(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                conv, conv as u32, spec.conversion_index
            )));
        }
    };
    r.map_err(|e| format_error(vm, e))
}

/// `%b`/`%s` of bytes formatting: a bytes-like object or one with `__bytes__`.
fn bytes_of(vm: &Vm, value: &PyRef) -> PyResult<Vec<u8>> {
    match &value.payload {
        Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_) => {
            return crate::objects::bytes::bytes_from_object(vm, value)
        }
        _ => {}
    }
    if let Some(r) = vm.call_special(value, &vm.names.__bytes__, &[])? {
        return match &r.payload {
            Payload::Bytes(b) => Ok(b.to_vec()),
            _ => Err(vm.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                r.type_name()
            ))),
        };
    }
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        value.type_name()
    )))
}

/// Whether CPython's `PyNumber_Check` holds: the type can become an int or a float.
fn is_number(vm: &Vm, v: &PyRef) -> bool {
    matches!(
        v.payload,
        Payload::Int(_) | Payload::BigInt(_) | Payload::Float(_) | Payload::Complex(..)
    ) || [&vm.names.__index__, &vm.names.__int__, &vm.names.__float__]
        .iter()
        .any(|n| type_lookup(v.class(), n).is_some())
}

/// The integer for `%d %i %u %o %x %X`: ints as they are, `__index__` for `o x X`,
/// `int()` for the others.
fn int_arg(vm: &Vm, v: &PyRef, conv: char) -> PyResult<BigInt> {
    if let Some(b) = crate::objects::int::to_bigint(v) {
        return Ok(b);
    }
    let wrong = || {
        let need = if matches!(conv, 'o' | 'x' | 'X') {
            "an integer"
        } else {
            "a real number"
        };
        vm.type_error(format!(
            "%{} format: {} is required, not {}",
            conv,
            need,
            v.type_name()
        ))
    };
    if !is_number(vm, v) {
        return Err(wrong());
    }
    let r = if matches!(conv, 'o' | 'x' | 'X') {
        vm.index(v)
    } else {
        crate::objects::int::int_from_object(vm, v, None)
    };
    match r {
        Ok(i) => Ok(crate::objects::int::to_bigint(&i).unwrap_or_default()),
        Err(e) if vm.exc_matches(&e, &vm.exc.type_error) => Err(wrong()),
        Err(e) => Err(e),
    }
}

/// The float for `%e %f %g`: CPython's `PyFloat_AsDouble` (`__float__`, then `__index__`).
fn float_arg(vm: &Vm, v: &PyRef) -> PyResult<f64> {
    match &v.payload {
        Payload::Float(f) => return Ok(*f),
        Payload::Int(_) | Payload::BigInt(_) => return crate::objects::int::int_to_f64(vm, v),
        _ => {}
    }
    if type_lookup(v.class(), &vm.names.__float__).is_some() {
        return crate::objects::float::float_from_object(vm, v);
    }
    if type_lookup(v.class(), &vm.names.__index__).is_some() {
        let i = vm.index(v)?;
        return crate::objects::int::int_to_f64(vm, &i);
    }
    Err(vm.type_error(format!("must be real number, not {}", v.type_name())))
}

/// The character for str's `%c`: a one-character str or an int code point.
fn char_arg(vm: &Vm, v: &PyRef, sh: Shield) -> PyResult<char> {
    if let Payload::Str(s) = &v.payload {
        let text = sh.late_text(vm, s)?;
        let mut chars = text.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(vm.type_error("%c requires int or char")),
        };
    }
    let code = match vm.index_opt(v) {
        Ok(Some(i)) => i,
        Ok(None) => return Err(vm.type_error("%c requires int or char")),
        Err(e) if vm.exc_matches(&e, &vm.exc.overflow_error) => -1,
        Err(e) => return Err(e),
    };
    let cp = u32::try_from(code)
        .ok()
        .filter(|&c| c < 0x110000)
        .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?;
    sh.stand_in(cp)
        .ok_or_else(|| vm.value_error("%c of a surrogate code point is not supported here"))
}

/// The byte for bytes' `%c`: a one-byte bytes-like object or an int in range(256).
fn byte_char_arg(vm: &Vm, v: &PyRef) -> PyResult<char> {
    let wrong = || vm.type_error("%c requires an integer in range(256) or a single byte");
    match &v.payload {
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            let data = crate::objects::bytes::bytes_from_object(vm, v)?;
            return match data.as_slice() {
                [b] => Ok(*b as char),
                _ => Err(wrong()),
            };
        }
        Payload::Str(_) => return Err(wrong()),
        _ => {}
    }
    let code = match vm.index_opt(v) {
        Ok(Some(i)) => i,
        Ok(None) => return Err(wrong()),
        Err(e) if vm.exc_matches(&e, &vm.exc.overflow_error) => -1,
        Err(e) => return Err(e),
    };
    u8::try_from(code)
        .map(|b| b as char)
        .map_err(|_| vm.overflow_error("%c arg not in range(256)"))
}
