//! `_json.make_scanner` (CPython's `PyScannerObject`, type `_json.Scanner`): built from
//! a `JSONDecoder`-like context whose options it reads once (`strict`, the hooks, the
//! number and constant parsers), and called as `scanner(string, idx)` to decode one
//! JSON value starting at `idx`, returning `(value, end)` or raising
//! `StopIteration(idx)` where no value starts, `JSONDecodeError` on malformed input.

use std::collections::HashMap;

use super::strings::{self, Piece, Text};
use crate::modules::user_args as user;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

/// A scanner's options, read from the context when it is made.
struct Scanner {
    strict: bool,
    object_hook: PyRef,
    object_pairs_hook: PyRef,
    parse_float: PyRef,
    parse_int: PyRef,
    parse_constant: PyRef,
}

fn this<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a Scanner> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<Scanner>(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_json.Scanner' object but received a '{}'",
            o.type_name()
        ))
    })
}

/// One call of a scanner: the text, the options, and the memo that makes equal object
/// keys one str object.
struct Run<'a> {
    vm: &'a Vm,
    sc: &'a Scanner,
    t: Text<'a>,
    memo: HashMap<&'a [u8], PyRef>,
    float_is_default: bool,
    int_is_default: bool,
}

#[inline]
fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

impl<'a> Run<'a> {
    fn stop(&self, byte: usize) -> PyErr {
        self.vm
            .stop_iteration(Some(self.vm.new_usize(self.t.cp(byte))))
    }

    /// One JSON value starting at byte `i` (CPython's `scan_once_unicode`).
    fn scan(&mut self, i: usize) -> PyResult<(PyRef, usize)> {
        let vm = self.vm;
        let b = self.t.b;
        if i >= b.len() {
            return Err(self.stop(i));
        }
        let rest = &b[i..];
        match b[i] {
            b'"' => {
                let (p, end) = strings::scan_string(vm, &self.t, i + 1, self.sc.strict)?;
                return Ok((self.t.piece_str(vm, p), end));
            }
            b'{' => {
                super::enter_recursion(vm, " while decoding a JSON object from a unicode string")?;
                let r = self.object(i + 1);
                super::leave_recursion(vm);
                return r;
            }
            b'[' => {
                super::enter_recursion(vm, " while decoding a JSON array from a unicode string")?;
                let r = self.array(i + 1);
                super::leave_recursion(vm);
                return r;
            }
            b'n' if rest.starts_with(b"null") => return Ok((vm.none(), i + 4)),
            b't' if rest.starts_with(b"true") => return Ok((vm.new_bool(true), i + 4)),
            b'f' if rest.starts_with(b"false") => return Ok((vm.new_bool(false), i + 5)),
            b'N' if rest.starts_with(b"NaN") => return self.constant("NaN", i),
            b'I' if rest.starts_with(b"Infinity") => return self.constant("Infinity", i),
            b'-' if rest.starts_with(b"-Infinity") => return self.constant("-Infinity", i),
            _ => {}
        }
        self.number(i)
    }

    fn constant(&self, name: &str, i: usize) -> PyResult<(PyRef, usize)> {
        let v = self
            .vm
            .call1(&self.sc.parse_constant, self.vm.intern(name))?;
        Ok((v, i + name.len()))
    }

    /// A number starting at byte `start` (CPython's `_match_number_unicode`).
    fn number(&self, start: usize) -> PyResult<(PyRef, usize)> {
        let vm = self.vm;
        let b = self.t.b;
        let n = b.len();
        let digit = |i: usize| i < n && b[i].is_ascii_digit();
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
            if i >= n {
                return Err(self.stop(start));
            }
        }
        match b[i] {
            b'1'..=b'9' => {
                i += 1;
                while digit(i) {
                    i += 1;
                }
            }
            b'0' => i += 1,
            _ => return Err(self.stop(start)),
        }
        let mut is_float = false;
        if i + 1 < n && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if i + 1 < n && (b[i] == b'e' || b[i] == b'E') {
            let e_start = i;
            i += 1;
            if i + 1 < n && (b[i] == b'-' || b[i] == b'+') {
                i += 1;
            }
            while digit(i) {
                i += 1;
            }
            if b[i - 1].is_ascii_digit() {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        // The number is ASCII.
        let text = std::str::from_utf8(&b[start..i]).unwrap_or("");
        let v = if is_float {
            if self.float_is_default {
                vm.new_float(text.parse::<f64>().unwrap_or(f64::NAN))
            } else {
                vm.call1(&self.sc.parse_float, vm.new_str(text))?
            }
        } else if self.int_is_default {
            match text.parse::<i64>() {
                Ok(v) if text.len() <= 18 => vm.new_int(v),
                _ => crate::objects::int::int_from_object(vm, &vm.new_str(text), None)?,
            }
        } else {
            vm.call1(&self.sc.parse_int, vm.new_str(text))?
        };
        Ok((v, i))
    }

    /// An object key: one str object per distinct unescaped key.
    fn key(&mut self, p: Piece) -> PyRef {
        match p {
            Piece::Slice(a, e) => {
                let bytes = &self.t.b[a..e];
                if let Some(k) = self.memo.get(bytes) {
                    return k.clone();
                }
                let k = self.t.slice_str(self.vm, a, e);
                self.memo.insert(bytes, k.clone());
                k
            }
            Piece::Owned(w) => crate::objects::str::new_wtf8(self.vm, w),
        }
    }

    /// The members of an object whose `{` precedes byte `i` (CPython's
    /// `_parse_object_unicode`), through the hooks.
    fn object(&mut self, mut i: usize) -> PyResult<(PyRef, usize)> {
        let vm = self.vm;
        let b = self.t.b;
        let n = b.len();
        let pairs_hook = !vm.is_none(&self.sc.object_pairs_hook);
        let mut pairs: Vec<PyRef> = Vec::new();
        let dict = if pairs_hook {
            None
        } else {
            Some(vm.new_dict())
        };
        i = skip_ws(b, i);
        if i >= n || b[i] != b'}' {
            loop {
                if i >= n || b[i] != b'"' {
                    return Err(self.t.error(
                        vm,
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let (p, next) = strings::scan_string(vm, &self.t, i + 1, self.sc.strict)?;
                let key = self.key(p);
                i = skip_ws(b, next);
                if i >= n || b[i] != b':' {
                    return Err(self.t.error(vm, "Expecting ':' delimiter", i));
                }
                i = skip_ws(b, i + 1);
                let (val, next) = self.scan(i)?;
                match &dict {
                    Some(d) => vm.dict_set_item(d, key, val)?,
                    None => pairs.push(vm.new_tuple(vec![key, val])),
                }
                i = skip_ws(b, next);
                if i < n && b[i] == b'}' {
                    break;
                }
                if i >= n || b[i] != b',' {
                    return Err(self.t.error(vm, "Expecting ',' delimiter", i));
                }
                i = skip_ws(b, i + 1);
            }
        }
        let end = i + 1;
        let v = match dict {
            None => vm.call1(&self.sc.object_pairs_hook, vm.new_list(pairs))?,
            Some(d) if !vm.is_none(&self.sc.object_hook) => vm.call1(&self.sc.object_hook, d)?,
            Some(d) => d,
        };
        Ok((v, end))
    }

    /// The items of an array whose `[` precedes byte `i` (CPython's
    /// `_parse_array_unicode`).
    fn array(&mut self, mut i: usize) -> PyResult<(PyRef, usize)> {
        let vm = self.vm;
        let b = self.t.b;
        let n = b.len();
        let mut items = Vec::new();
        i = skip_ws(b, i);
        if i >= n || b[i] != b']' {
            loop {
                let (val, next) = self.scan(i)?;
                items.push(val);
                i = skip_ws(b, next);
                if i < n && b[i] == b']' {
                    break;
                }
                if i >= n || b[i] != b',' {
                    return Err(self.t.error(vm, "Expecting ',' delimiter", i));
                }
                i = skip_ws(b, i + 1);
            }
        }
        Ok((vm.new_list(items), i + 1))
    }
}

/// `scanner(string, idx)`: `(value, end)` for the JSON value at `idx`.
fn scanner_call(vm: &Vm, a: Args) -> PyResult {
    let me = args::this(vm, &a)?;
    let sc = this(vm, me)?;
    let b = args::bind(vm, "scan_once", user(a), &["string", "idx"], 2, 0)?;
    let (Some(pystr), Some(idx)) = (&b[0], &b[1]) else {
        return Err(vm.type_error("scan_once() missing required argument"));
    };
    let idx = args::to_i64(vm, idx)?;
    let Payload::Str(s) = &pystr.payload else {
        return Err(super::not_a_string(vm, pystr));
    };
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    if idx as u64 >= s.char_len as u64 {
        return Err(vm.stop_iteration(Some(vm.new_int(idx))));
    }
    let t = Text::new(pystr, s, idx as usize);
    let start = t.anchor_byte;
    let mut run = Run {
        vm,
        sc,
        t,
        memo: HashMap::new(),
        float_is_default: sc.parse_float.is(&vm.types.float),
        int_is_default: sc.parse_int.is(&vm.types.int),
    };
    let (v, end) = run.scan(start)?;
    Ok(vm.new_tuple(vec![v, vm.new_usize(run.t.cp(end))]))
}

/// `make_scanner(context)`.
fn scanner_new(vm: &Vm, a: Args) -> PyResult {
    let cls = args::this(vm, &a)?.clone();
    let b = args::bind(vm, "make_scanner", user(a), &["context"], 1, 0)?;
    let Some(ctx) = &b[0] else {
        return Err(vm.type_error("make_scanner() missing required argument"));
    };
    let strict = vm.get_attr_str(ctx, "strict")?;
    let sc = Scanner {
        strict: vm.is_true(&strict)?,
        object_hook: vm.get_attr_str(ctx, "object_hook")?,
        object_pairs_hook: vm.get_attr_str(ctx, "object_pairs_hook")?,
        parse_float: vm.get_attr_str(ctx, "parse_float")?,
        parse_int: vm.get_attr_str(ctx, "parse_int")?,
        parse_constant: vm.get_attr_str(ctx, "parse_constant")?,
    };
    Ok(vm.new_object_of(&cls, Payload::Native(Box::new(sc))))
}

fn get_strict(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_bool(this(vm, o)?.strict))
}
fn get_object_hook(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(this(vm, o)?.object_hook.clone())
}
fn get_object_pairs_hook(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(this(vm, o)?.object_pairs_hook.clone())
}
fn get_parse_float(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(this(vm, o)?.parse_float.clone())
}
fn get_parse_int(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(this(vm, o)?.parse_int.clone())
}
fn get_parse_constant(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(this(vm, o)?.parse_constant.clone())
}

/// The scanner type (`_json.Scanner`, the module's `make_scanner`).
pub fn make_type(vm: &Vm) -> PyRef {
    let t = crate::objects::typeobj::new_native_type(vm, "Scanner", "_json", false);
    crate::objects::add_native(vm, &t, "__new__", scanner_new, NativeKind::StaticMethod);
    crate::objects::add_methods(vm, &t, &[("__call__", scanner_call)]);
    crate::objects::add_attr(vm, &t, "__doc__", vm.new_str("JSON scanner object"));
    let members: [(&'static str, crate::objects::descr::Getter); 6] = [
        ("strict", get_strict),
        ("object_hook", get_object_hook),
        ("object_pairs_hook", get_object_pairs_hook),
        ("parse_float", get_parse_float),
        ("parse_int", get_parse_int),
        ("parse_constant", get_parse_constant),
    ];
    for (name, get) in members {
        crate::objects::descr::add_getset(vm, &t, name, get, Some(super::readonly));
    }
    t
}
