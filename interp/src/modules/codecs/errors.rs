//! Codec error handling: the builtin handlers (strict, ignore, replace,
//! backslashreplace, xmlcharrefreplace, namereplace, surrogateescape, surrogatepass)
//! both as Rust fast paths the codecs use directly and as the Python functions
//! `lookup_error` returns; the handler registry (`register_error`/`lookup_error`); and
//! the calls of Python handlers with a `UnicodeEncodeError`/`UnicodeDecodeError`,
//! whose `(replacement, newpos)` result is checked as CPython checks it.

use std::cell::RefCell;

use ferropy_primitives::wtf8::{self, Wtf8Buf};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

/// Error handlers registered with `register_error`: name → callable.
static HANDLERS: GilCell<RefCell<Vec<(String, PyRef)>>> = GilCell::new(|| RefCell::new(Vec::new()));

/// The builtin handlers: (name, name of the function `lookup_error` returns, function).
pub(super) const BUILTIN: &[(&str, &str, NativeFn)] = &[
    ("strict", "strict_errors", py_strict),
    ("ignore", "ignore_errors", py_ignore),
    ("replace", "replace_errors", py_replace),
    (
        "xmlcharrefreplace",
        "xmlcharrefreplace_errors",
        py_xmlcharref,
    ),
    ("backslashreplace", "backslashreplace_errors", py_backslash),
    ("namereplace", "namereplace_errors", py_namereplace),
    ("surrogateescape", "surrogateescape", py_surrogateescape),
    ("surrogatepass", "surrogatepass", py_surrogatepass),
];

/// What an encoding error handler gives back.
pub enum Repl {
    Text(Vec<u32>),
    Bytes(Vec<u8>),
}

/// Why a builtin handler did not produce a replacement.
enum Fail {
    /// Raise the exception being handled.
    Raise,
    /// The handler does not apply to this kind of error.
    Wrong,
}

/// Normalized codec name for `surrogatepass`: (unit width, big endian), 1 for UTF-8.
fn pass_codec(codec: &str) -> Option<(usize, bool)> {
    let c = codec.to_ascii_lowercase().replace('_', "-");
    Some(match c.as_str() {
        "utf-8" | "utf8" => (1, false),
        "utf-16" | "utf-16-le" | "utf-16le" => (2, false),
        "utf-16-be" | "utf-16be" => (2, true),
        "utf-32" | "utf-32-le" | "utf-32le" => (4, false),
        "utf-32-be" | "utf-32be" => (4, true),
        _ => return None,
    })
}

fn escape_cps(cps: &[u32]) -> Vec<u32> {
    let mut s = String::new();
    for &cp in cps {
        wtf8::push_hex_escape(&mut s, cp);
    }
    s.chars().map(|c| c as u32).collect()
}

/// A builtin handler applied to an encoding error over `cps[start..end]`.
fn builtin_encode(
    name: &str,
    codec: &str,
    cps: &[u32],
    start: usize,
    end: usize,
) -> Option<Result<(Repl, usize), Fail>> {
    let bad = &cps[start..end];
    Some(Ok(match name {
        "strict" => return Some(Err(Fail::Raise)),
        "ignore" => (Repl::Text(Vec::new()), end),
        "replace" => (Repl::Text(vec![u32::from(b'?'); bad.len()]), end),
        "backslashreplace" => (Repl::Text(escape_cps(bad)), end),
        "namereplace" => {
            let mut s = String::new();
            for &cp in bad {
                crate::modules::unicodedata::push_name_escape(&mut s, cp);
            }
            (Repl::Text(s.chars().map(|c| c as u32).collect()), end)
        }
        "xmlcharrefreplace" => {
            let s: String = bad.iter().map(|cp| format!("&#{};", cp)).collect();
            (Repl::Text(s.chars().map(|c| c as u32).collect()), end)
        }
        "surrogateescape" => {
            let mut out = Vec::new();
            for &cp in bad {
                if !(0xDC80..=0xDCFF).contains(&cp) {
                    return Some(Err(Fail::Raise));
                }
                out.push((cp - 0xDC00) as u8);
            }
            (Repl::Bytes(out), end)
        }
        "surrogatepass" => {
            let Some((w, big)) = pass_codec(codec) else {
                return Some(Err(Fail::Raise));
            };
            let mut out = Vec::new();
            for &cp in bad {
                if !wtf8::is_surrogate(cp) {
                    return Some(Err(Fail::Raise));
                }
                if w == 1 {
                    wtf8::encode(cp, &mut out);
                } else {
                    let b = cp.to_le_bytes();
                    let mut u = b[..w].to_vec();
                    if big {
                        u.reverse();
                    }
                    out.extend_from_slice(&u);
                }
            }
            (Repl::Bytes(out), end)
        }
        _ => return None,
    }))
}

/// A builtin handler applied to a decoding error over `data[start..end]`.
fn builtin_decode(
    name: &str,
    codec: &str,
    data: &[u8],
    start: usize,
    end: usize,
) -> Option<Result<(Vec<u32>, usize), Fail>> {
    Some(Ok(match name {
        "strict" => return Some(Err(Fail::Raise)),
        "ignore" => (Vec::new(), end),
        "replace" => (vec![0xFFFD], end),
        "backslashreplace" => {
            let mut s = String::new();
            for &b in &data[start..end] {
                wtf8::push_hex_escape(&mut s, u32::from(b));
            }
            (s.chars().map(|c| c as u32).collect(), end)
        }
        "xmlcharrefreplace" | "namereplace" => return Some(Err(Fail::Wrong)),
        "surrogateescape" => {
            // CPython: up to 4 bytes >= 128 from `start`; an ASCII byte stops it.
            let out: Vec<u32> = data[start..end]
                .iter()
                .take(4)
                .take_while(|&&b| b >= 128)
                .map(|&b| 0xDC00 + u32::from(b))
                .collect();
            if out.is_empty() {
                return Some(Err(Fail::Raise));
            }
            let n = out.len();
            (out, start + n)
        }
        "surrogatepass" => {
            let Some((w, big)) = pass_codec(codec) else {
                return Some(Err(Fail::Raise));
            };
            let cp = if w == 1 {
                match data.get(start..start + 3) {
                    Some(&[0xED, b1, b2]) if (0xA0..=0xBF).contains(&b1) && b2 & 0xC0 == 0x80 => {
                        wtf8::decode_at(data, start).0
                    }
                    _ => return Some(Err(Fail::Raise)),
                }
            } else {
                let Some(u) = data.get(start..start + w) else {
                    return Some(Err(Fail::Raise));
                };
                let mut b = [0u8; 4];
                b[..w].copy_from_slice(u);
                if big {
                    b[..w].reverse();
                }
                u32::from_le_bytes(b)
            };
            if !wtf8::is_surrogate(cp) {
                return Some(Err(Fail::Raise));
            }
            (vec![cp], start + if w == 1 { 3 } else { w })
        }
        _ => return None,
    }))
}

fn is_builtin(name: &str) -> bool {
    BUILTIN.iter().any(|(n, _, _)| *n == name)
}

/// The registered handler `name` (builtin ones are found through the table).
pub fn lookup(vm: &Vm, module: Option<&PyRef>, name: &str) -> PyResult {
    if let Some(h) = HANDLERS.with(|h| {
        h.borrow()
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, f)| f.clone())
    }) {
        return Ok(h);
    }
    if let Some((_, fname, f)) = BUILTIN.iter().find(|(n, _, _)| *n == name) {
        let owner = module.cloned().unwrap_or_else(|| vm.none());
        return Ok(vm.new_bound_native(fname, *f, owner));
    }
    Err(vm.new_error(
        &vm.exc.lookup_error,
        format!("unknown error handler name '{}'", name),
    ))
}

pub fn register(name: &str, handler: PyRef) {
    HANDLERS.with(|h| {
        let mut h = h.borrow_mut();
        match h.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = handler,
            None => h.push((name.to_string(), handler)),
        }
    });
}

/// Whether the codecs' own handling of `name` applies (a builtin name not overridden).
fn native(name: &str) -> bool {
    is_builtin(name) && HANDLERS.with(|h| !h.borrow().iter().any(|(n, _)| n == name))
}

pub fn encode_exc(vm: &Vm, codec: &str, obj: &PyRef, start: usize, end: usize, why: &str) -> PyErr {
    crate::objects::bytes::unicode_error(
        vm,
        &vm.exc.unicode_encode_error,
        codec,
        obj.clone(),
        start,
        end,
        why,
    )
}

pub fn decode_exc(vm: &Vm, codec: &str, data: &[u8], start: usize, end: usize, why: &str) -> PyErr {
    crate::objects::bytes::unicode_error(
        vm,
        &vm.exc.unicode_decode_error,
        codec,
        vm.new_bytes(data.to_vec()),
        start,
        end,
        why,
    )
}

/// `newpos` of a handler's result, made absolute and checked against `len`.
fn new_pos(vm: &Vm, pos: &PyRef, len: usize) -> PyResult<usize> {
    let p = args::to_i64(vm, pos)?;
    let abs = if p < 0 { p + len as i64 } else { p };
    if abs < 0 || abs > len as i64 {
        return Err(vm.index_error(format!("position {} from error handler out of bounds", abs)));
    }
    Ok(abs as usize)
}

fn str_cps(o: &PyRef) -> Option<Vec<u32>> {
    match &o.payload {
        Payload::Str(s) => Some(s.view().code_points().collect()),
        _ => None,
    }
}

/// Handles an encoding error over `cps[start..end]` of `obj` with handler `errors`:
/// the replacement and where encoding resumes, or the exception to raise.
#[allow(clippy::too_many_arguments)]
pub fn on_encode_error(
    vm: &Vm,
    errors: &str,
    codec: &str,
    obj: &PyRef,
    cps: &[u32],
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<(Repl, usize)> {
    if native(errors) {
        return match builtin_encode(errors, codec, cps, start, end) {
            Some(Ok(r)) => Ok(r),
            _ => Err(encode_exc(vm, codec, obj, start, end, reason)),
        };
    }
    let handler = lookup(vm, None, errors)?;
    let exc = encode_exc(vm, codec, obj, start, end, reason).0;
    let r = vm.call(&handler, Args::new(&[exc]))?;
    let bad = || vm.type_error("encoding error handler must return (str/bytes, int) tuple");
    let Payload::Tuple(items) = &r.payload else {
        return Err(bad());
    };
    if items.len() != 2 {
        return Err(bad());
    }
    let repl = match &items[0].payload {
        Payload::Str(_) => Repl::Text(str_cps(&items[0]).unwrap_or_default()),
        Payload::Bytes(b) => Repl::Bytes(b.to_vec()),
        _ => return Err(bad()),
    };
    Ok((repl, new_pos(vm, &items[1], cps.len())?))
}

/// Handles a decoding error over `data[start..end]`: the replacement text and where
/// decoding resumes.
#[allow(clippy::too_many_arguments)]
pub fn on_decode_error(
    vm: &Vm,
    errors: &str,
    codec: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<(Vec<u32>, usize)> {
    if native(errors) {
        return match builtin_decode(errors, codec, data, start, end) {
            Some(Ok(r)) => Ok(r),
            Some(Err(Fail::Wrong)) => {
                Err(vm.type_error("don't know how to handle UnicodeDecodeError in error callback"))
            }
            _ => Err(decode_exc(vm, codec, data, start, end, reason)),
        };
    }
    let (text, pos, _) = call_decode_handler(vm, errors, codec, data, start, end, reason)?;
    Ok((text, pos))
}

/// Like `on_decode_error`, for decoders that can continue on a different input: a
/// Python handler may replace the exception's `object`, whose bytes are then returned
/// (and `newpos` is relative to them), as CPython allows.
#[allow(clippy::too_many_arguments)]
pub fn on_decode_error_ex(
    vm: &Vm,
    errors: &str,
    codec: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<(Vec<u32>, usize, Option<Vec<u8>>)> {
    if native(errors) {
        let (t, p) = on_decode_error(vm, errors, codec, data, start, end, reason)?;
        return Ok((t, p, None));
    }
    call_decode_handler(vm, errors, codec, data, start, end, reason)
}

#[allow(clippy::too_many_arguments)]
fn call_decode_handler(
    vm: &Vm,
    errors: &str,
    codec: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<(Vec<u32>, usize, Option<Vec<u8>>)> {
    let handler = lookup(vm, None, errors)?;
    let exc = decode_exc(vm, codec, data, start, end, reason).0;
    let orig = vm.get_attr_str(&exc, "object")?;
    let r = vm.call(&handler, Args::new(std::slice::from_ref(&exc)))?;
    let now = vm.get_attr_str(&exc, "object")?;
    let replaced = if now.is(&orig) {
        None
    } else {
        match &now.payload {
            Payload::Bytes(b) => Some(b.to_vec()),
            _ => return Err(vm.type_error("object attribute must be bytes")),
        }
    };
    let len = replaced.as_ref().map_or(data.len(), Vec::len);
    let bad = || vm.type_error("decoding error handler must return (str, int) tuple");
    let Payload::Tuple(items) = &r.payload else {
        return Err(bad());
    };
    if items.len() != 2 {
        return Err(bad());
    }
    let Some(text) = str_cps(&items[0]) else {
        return Err(bad());
    };
    Ok((text, new_pos(vm, &items[1], len)?, replaced))
}

/// Appends a decoding replacement.
pub fn push_cps(out: &mut Wtf8Buf, cps: &[u32]) {
    for &cp in cps {
        out.push_code_point(cp);
    }
}

// ---- the builtin handlers as Python functions -------------------------------------

/// What a handler function was given: the exception's kind and fields.
enum Given {
    Encode(Vec<u32>, String),
    Decode(Vec<u8>, String),
    Translate(Vec<u32>),
}

fn exc_arg<'a>(vm: &Vm, a: &'a Args) -> PyResult<&'a PyRef> {
    let p = args::pos(vm, "handler", super::user_args_of(a), 1, 1)?;
    Ok(&p[0])
}

fn given(vm: &Vm, exc: &PyRef) -> PyResult<(Given, usize, usize)> {
    let is = |t: &PyRef| crate::object::typeobj::is_subtype(exc.class(), t);
    let kind = if is(&vm.exc.unicode_encode_error) {
        0
    } else if is(&vm.exc.unicode_decode_error) {
        1
    } else if is(&vm.exc.unicode_translate_error) {
        2
    } else {
        return Err(vm.type_error(format!(
            "don't know how to handle {} in error callback",
            exc.type_name()
        )));
    };
    // A UnicodeTranslateError's fields are read from its arguments (object, start,
    // end, reason) when it has no attributes for them.
    let field = |name: &str, i: usize| -> PyResult {
        if let Some(v) = vm.get_attr_opt(exc, &vm.intern(name))? {
            return Ok(v);
        }
        let a = vm.get_attr_str(exc, "args")?;
        vm.get_item(&a, &vm.new_usize(i))
    };
    let obj = field("object", 0)?;
    let start = args::to_i64(vm, &field("start", 1)?)?;
    let end = args::to_i64(vm, &field("end", 2)?)?;
    let enc = if kind == 2 {
        String::new()
    } else {
        vm.str_string(&vm.get_attr_str(exc, "encoding")?)?
    };
    let (g, len) = match kind {
        1 => {
            let d = crate::objects::bytes::bytes_from_object(vm, &obj)?;
            let n = d.len();
            (Given::Decode(d, enc), n)
        }
        k => {
            let cps =
                str_cps(&obj).ok_or_else(|| vm.type_error("object attribute must be unicode"))?;
            let n = cps.len();
            if k == 0 {
                (Given::Encode(cps, enc), n)
            } else {
                (Given::Translate(cps), n)
            }
        }
    };
    // CPython clamps start and end into the object.
    let start = start.clamp(0, len as i64) as usize;
    let end = (end.clamp(0, len as i64) as usize).max(start);
    Ok((g, start, end))
}

fn text(vm: &Vm, cps: &[u32]) -> PyRef {
    let mut b = Wtf8Buf::new();
    push_cps(&mut b, cps);
    crate::objects::str::new_wtf8(vm, b)
}

fn result(vm: &Vm, r: Repl, pos: usize) -> PyRef {
    let first = match r {
        Repl::Text(t) => text(vm, &t),
        Repl::Bytes(b) => vm.new_bytes(b),
    };
    vm.new_tuple(vec![first, vm.new_usize(pos)])
}

fn run_builtin(vm: &Vm, a: &Args, name: &str) -> PyResult {
    let exc = exc_arg(vm, a)?;
    let (g, start, end) = given(vm, exc)?;
    let wrong = |vm: &Vm| {
        vm.type_error(format!(
            "don't know how to handle {} in error callback",
            exc.type_name()
        ))
    };
    match g {
        Given::Encode(cps, enc) => match builtin_encode(name, &enc, &cps, start, end) {
            Some(Ok((r, p))) => Ok(result(vm, r, p)),
            Some(Err(Fail::Wrong)) | None => Err(wrong(vm)),
            Some(Err(Fail::Raise)) => Err(PyErr(exc.clone())),
        },
        Given::Decode(data, enc) => match builtin_decode(name, &enc, &data, start, end) {
            Some(Ok((t, p))) => Ok(vm.new_tuple(vec![text(vm, &t), vm.new_usize(p)])),
            Some(Err(Fail::Wrong)) | None => Err(wrong(vm)),
            Some(Err(Fail::Raise)) => Err(PyErr(exc.clone())),
        },
        Given::Translate(cps) => {
            let r = match name {
                "ignore" => Vec::new(),
                "replace" => vec![0xFFFD; end - start],
                "backslashreplace" => escape_cps(&cps[start..end]),
                _ => return Err(wrong(vm)),
            };
            Ok(vm.new_tuple(vec![text(vm, &r), vm.new_usize(end)]))
        }
    }
}

fn py_strict(vm: &Vm, a: Args) -> PyResult {
    let exc = exc_arg(vm, &a)?;
    if crate::object::typeobj::is_subtype(exc.class(), &vm.exc.base_exception) {
        return Err(PyErr(exc.clone()));
    }
    Err(vm.type_error("codec must pass exception instance"))
}

fn py_ignore(vm: &Vm, a: Args) -> PyResult {
    run_builtin(vm, &a, "ignore")
}

fn py_replace(vm: &Vm, a: Args) -> PyResult {
    run_builtin(vm, &a, "replace")
}

fn py_xmlcharref(vm: &Vm, a: Args) -> PyResult {
    run_builtin(vm, &a, "xmlcharrefreplace")
}

fn py_backslash(vm: &Vm, a: Args) -> PyResult {
    run_builtin(vm, &a, "backslashreplace")
}

fn py_namereplace(vm: &Vm, a: Args) -> PyResult {
    run_builtin(vm, &a, "namereplace")
}

fn py_surrogateescape(vm: &Vm, a: Args) -> PyResult {
    run_builtin(vm, &a, "surrogateescape")
}

fn py_surrogatepass(vm: &Vm, a: Args) -> PyResult {
    run_builtin(vm, &a, "surrogatepass")
}
