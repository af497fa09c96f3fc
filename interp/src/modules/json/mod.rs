//! The `_json` module (CPython's Modules/_json.c), the accelerator under the
//! pure-Python `json` package: the module table, `scanstring`,
//! `encode_basestring_ascii`, `encode_basestring`, and the decode errors the native
//! code raises (`json.decoder.JSONDecodeError`, imported when needed). `strings.rs`
//! owns string literals (decoding and escaping), `scanner.rs` the `make_scanner`
//! type (`_json.Scanner`), `encoder.rs` the `make_encoder` type (`_json.Encoder`).

mod encoder;
mod scanner;
mod strings;

use ferropy_primitives::wtf8::Wtf8Buf;

use crate::modules::module_function;
use crate::modules::user_args as user;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use strings::Text;

const SCANSTRING_DOC: &str = "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON string. End is the index of the\ncharacter in s after the quote that started the JSON string.\nUnescapes all valid JSON string escape sequences and raises ValueError\non attempt to decode an invalid string. If strict is False then literal\ncontrol characters are allowed in the string.\n\nReturns a tuple of the decoded string and the index of the character in s\nafter the end quote.";

const ENCODE_ASCII_DOC: &str =
    "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string";

const ENCODE_DOC: &str =
    "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string";

/// `json.decoder.JSONDecodeError(msg, doc, pos)` for the code point position `pos`.
fn decode_error(vm: &Vm, msg: &str, doc: &PyRef, pos: i64) -> PyErr {
    let cls = match vm
        .import_full("json.decoder")
        .and_then(|m| vm.get_attr_str(&m, "JSONDecodeError"))
    {
        Ok(c) => c,
        Err(e) => return e,
    };
    let args = [vm.new_str(msg), doc.clone(), vm.new_int(pos)];
    match vm.call(&cls, Args::new(&args)) {
        Ok(exc) => PyErr(exc),
        Err(e) => e,
    }
}

/// The TypeError of the functions that take a str.
fn not_a_string(vm: &Vm, o: &PyRef) -> PyErr {
    vm.type_error(format!(
        "first argument must be a string, not {:.80}",
        o.type_name()
    ))
}

/// `scanstring(string, end, strict=True)`: the JSON string literal whose opening quote
/// precedes index `end`, decoded, and the index after its closing quote.
fn scanstring(vm: &Vm, a: Args) -> PyResult {
    let u = user(a);
    if u.has_kw() {
        return Err(vm.type_error("scanstring() takes no keyword arguments"));
    }
    let p = u.args;
    if p.len() < 2 || p.len() > 3 {
        return Err(vm.type_error(format!(
            "scanstring() takes at {} {} arguments ({} given)",
            if p.len() < 2 { "least" } else { "most" },
            if p.len() < 2 { 2 } else { 3 },
            p.len()
        )));
    }
    let end = args::to_i64(vm, &p[1])?;
    let strict = match p.get(2) {
        Some(s) => args::to_i64(vm, s)? != 0,
        None => true,
    };
    let Payload::Str(s) = &p[0].payload else {
        return Err(not_a_string(vm, &p[0]));
    };
    if end < 0 || end as usize > s.char_len {
        return Err(vm.value_error("end is out of bounds"));
    }
    let t = Text::new(&p[0], s, end as usize);
    let (piece, next) = strings::scan_string(vm, &t, t.anchor_byte, strict)?;
    let text = t.piece_str(vm, piece);
    Ok(vm.new_tuple(vec![text, vm.new_usize(t.cp(next))]))
}

/// The str argument of the `encode_basestring*` functions.
fn one_str<'a>(vm: &Vm, name: &str, a: &'a Args) -> PyResult<(&'a PyRef, &'a PyStr)> {
    let p = args::pos(vm, name, user(*a), 1, 1)?;
    match &p[0].payload {
        Payload::Str(s) => Ok((&p[0], s)),
        _ => Err(not_a_string(vm, &p[0])),
    }
}

/// `encode_basestring_ascii(string)`: the JSON literal of a str, ASCII only.
fn encode_basestring_ascii(vm: &Vm, a: Args) -> PyResult {
    let (_, s) = one_str(vm, "_json.encode_basestring_ascii", &a)?;
    let mut out = Wtf8Buf::with_capacity(s.bytes().len() + 2);
    strings::escape_ascii(&mut out, s.view());
    Ok(crate::objects::str::new_wtf8(vm, out))
}

/// `encode_basestring(string)`: the JSON literal of a str (non-ASCII kept).
fn encode_basestring(vm: &Vm, a: Args) -> PyResult {
    let (_, s) = one_str(vm, "_json.encode_basestring", &a)?;
    let mut out = Wtf8Buf::with_capacity(s.bytes().len() + 2);
    strings::escape_unicode(&mut out, s.view());
    Ok(crate::objects::str::new_wtf8(vm, out))
}

/// The setter of the read-only members of both types.
fn readonly(vm: &Vm, _o: &PyRef, _v: Option<PyRef>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

/// Enters one level of native recursion (CPython's `Py_EnterRecursiveCall(what)`).
fn enter_recursion(vm: &Vm, what: &str) -> PyResult<()> {
    let depth = vm.recursion_depth.get() + 1;
    if depth > vm.recursion_limit.get() {
        return Err(vm.new_error(
            &vm.exc.recursion_error,
            format!("maximum recursion depth exceeded{}", what),
        ));
    }
    vm.check_stack()?;
    vm.recursion_depth.set(depth);
    Ok(())
}

fn leave_recursion(vm: &Vm) {
    vm.recursion_depth.set(vm.recursion_depth.get() - 1);
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(vm, "_json", &[]);
    let d = vm.module_dict(&m).unwrap();
    let funcs: [(&'static str, NativeFn, &'static str); 3] = [
        ("scanstring", scanstring, SCANSTRING_DOC),
        (
            "encode_basestring_ascii",
            encode_basestring_ascii,
            ENCODE_ASCII_DOC,
        ),
        ("encode_basestring", encode_basestring, ENCODE_DOC),
    ];
    for (name, func, doc) in funcs {
        vm.dict_set_str(&d, name, module_function(vm, &m, name, func, doc))?;
    }
    vm.dict_set_str(&d, "__doc__", vm.new_str("json speedups\n"))?;
    vm.dict_set_str(&d, "make_scanner", scanner::make_type(vm))?;
    vm.dict_set_str(&d, "make_encoder", encoder::make_type(vm))?;
    Ok(m)
}
