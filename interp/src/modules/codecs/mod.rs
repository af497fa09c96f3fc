//! The `_codecs` module: the codec registry (`register`, `unregister`, `lookup` with
//! CPython's name normalization and cache, `encode`, `decode`), the error handler
//! registry (`register_error`, `lookup_error`, in `errors.rs`) and the builtin codecs
//! that `codecs.py` and the `encodings` package call: UTF-8/16/32 (`utf.rs`), UTF-7
//! (`utf7.rs`), Latin-1, ASCII and charmap (`latin.rs`), the escape codecs
//! (`escape.rs`); exceptions raised inside codecs are wrapped as CPython does (`wrap.rs`).
//!
//! The registry is initialized on first use by importing `encodings` (CPython does it
//! at start-up), which registers the standard search function.

mod errors;
mod escape;
mod latin;
mod utf;
mod utf7;
mod wrap;

use std::cell::{Cell, RefCell};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

/// Every function of the module.
const EXPORTS: &[(&str, NativeFn)] = &[
    ("register", register),
    ("unregister", unregister),
    ("lookup", lookup),
    ("encode", encode),
    ("decode", decode),
    ("register_error", register_error),
    ("lookup_error", lookup_error),
    ("utf_8_encode", utf::utf_8_encode),
    ("utf_8_decode", utf::utf_8_decode),
    ("utf_7_encode", utf7::utf_7_encode),
    ("utf_7_decode", utf7::utf_7_decode),
    ("utf_16_encode", utf::utf_16_encode),
    ("utf_16_decode", utf::utf_16_decode),
    ("utf_16_le_encode", utf::utf_16_le_encode),
    ("utf_16_le_decode", utf::utf_16_le_decode),
    ("utf_16_be_encode", utf::utf_16_be_encode),
    ("utf_16_be_decode", utf::utf_16_be_decode),
    ("utf_16_ex_decode", utf::utf_16_ex_decode),
    ("utf_32_encode", utf::utf_32_encode),
    ("utf_32_decode", utf::utf_32_decode),
    ("utf_32_le_encode", utf::utf_32_le_encode),
    ("utf_32_le_decode", utf::utf_32_le_decode),
    ("utf_32_be_encode", utf::utf_32_be_encode),
    ("utf_32_be_decode", utf::utf_32_be_decode),
    ("utf_32_ex_decode", utf::utf_32_ex_decode),
    ("latin_1_encode", latin::latin_1_encode),
    ("latin_1_decode", latin::latin_1_decode),
    ("ascii_encode", latin::ascii_encode),
    ("ascii_decode", latin::ascii_decode),
    ("charmap_encode", latin::charmap_encode),
    ("charmap_decode", latin::charmap_decode),
    ("charmap_build", latin::charmap_build),
    ("unicode_escape_encode", escape::unicode_escape_encode),
    ("unicode_escape_decode", escape::unicode_escape_decode),
    (
        "raw_unicode_escape_encode",
        escape::raw_unicode_escape_encode,
    ),
    (
        "raw_unicode_escape_decode",
        escape::raw_unicode_escape_decode,
    ),
    ("escape_encode", escape::escape_encode),
    ("escape_decode", escape::escape_decode),
    ("readbuffer_encode", escape::readbuffer_encode),
];

/// The codec registry: search functions in registration order, the cache of lookups
/// (normalized name → CodecInfo), and whether `encodings` was imported.
struct Registry {
    search: RefCell<Vec<PyRef>>,
    cache: RefCell<Vec<(String, PyRef)>>,
    ready: Cell<bool>,
}

static REGISTRY: GilCell<Registry> = GilCell::new(|| Registry {
    search: RefCell::new(Vec::new()),
    cache: RefCell::new(Vec::new()),
    ready: Cell::new(false),
});

pub fn init(vm: &Vm) -> PyResult {
    Ok(super::new_native_module(vm, "_codecs", EXPORTS))
}

pub(crate) fn user_args_of<'a>(a: &Args<'a>) -> Args<'a> {
    super::user_args(Args::with_kw(a.args, a.kwnames))
}

/// Imports `encodings` once, which registers the standard search function.
fn ensure_ready(vm: &Vm) -> PyResult<()> {
    if REGISTRY.with(|r| r.ready.replace(true)) {
        return Ok(());
    }
    match vm.import_full("encodings") {
        Ok(_) => Ok(()),
        // Running without the standard library: an empty registry.
        Err(e) if vm.exc_matches(&e, &vm.exc.module_not_found_error) => Ok(()),
        Err(e) => {
            REGISTRY.with(|r| r.ready.set(false));
            Err(e)
        }
    }
}

/// CPython's `normalizestring`: ASCII letters lowercased, digits and '.' kept, every run
/// of other characters one '_' (none at the start or end).
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b == b'.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            punct = false;
            out.push(b.to_ascii_lowercase() as char);
        } else {
            punct = true;
        }
    }
    out
}

/// `codecs.lookup(encoding)`: the CodecInfo for an encoding name.
pub fn lookup_codec(vm: &Vm, encoding: &str) -> PyResult {
    ensure_ready(vm)?;
    let key = normalize(encoding);
    if let Some(hit) = REGISTRY.with(|r| {
        r.cache
            .borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    }) {
        return Ok(hit);
    }
    let funcs = REGISTRY.with(|r| r.search.borrow().clone());
    let arg = vm.new_str(&key);
    for f in funcs {
        let r = vm.call(&f, Args::new(std::slice::from_ref(&arg)))?;
        if vm.is_none(&r) {
            continue;
        }
        let ok = matches!(&r.payload, Payload::Tuple(t) if t.len() == 4);
        if !ok {
            return Err(vm.type_error("codec search functions must return 4-tuples"));
        }
        REGISTRY.with(|reg| reg.cache.borrow_mut().push((key.clone(), r.clone())));
        return Ok(r);
    }
    Err(vm.new_error(
        &vm.exc.lookup_error,
        format!("unknown encoding: {}", encoding),
    ))
}

fn str_param<'a>(vm: &Vm, fname: &str, o: &'a PyRef) -> PyResult<&'a str> {
    match &o.payload {
        Payload::Str(_) => args::to_str(vm, o, ""),
        _ => Err(vm.type_error(format!(
            "{}() argument must be str, not {}",
            fname,
            o.type_name()
        ))),
    }
}

fn register(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "_codecs.register", user_args(&a), 1, 1)?;
    if !vm.is_callable(&p[0]) {
        return Err(vm.type_error("argument must be callable"));
    }
    ensure_ready(vm)?;
    REGISTRY.with(|r| r.search.borrow_mut().push(p[0].clone()));
    Ok(vm.none())
}

fn unregister(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "_codecs.unregister", user_args(&a), 1, 1)?;
    REGISTRY.with(|r| {
        let mut s = r.search.borrow_mut();
        if let Some(i) = s.iter().position(|f| f.is(&p[0])) {
            s.remove(i);
            r.cache.borrow_mut().clear();
        }
    });
    Ok(vm.none())
}

fn lookup(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "_codecs.lookup", user_args(&a), 1, 1)?;
    let name = str_param(vm, "lookup", &p[0])?;
    lookup_codec(vm, name)
}

fn user_args<'a>(a: &Args<'a>) -> Args<'a> {
    user_args_of(a)
}

/// `codecs.encode`/`codecs.decode`: CodecInfo[which](obj, errors)[0].
fn run_codec(vm: &Vm, a: Args, fname: &str, which: usize) -> PyResult {
    let b = args::clinic(
        vm,
        fname,
        user_args(&a),
        &["obj", "encoding", "errors"],
        1,
        3,
    )?;
    let obj = b[0].clone().unwrap_or_else(|| vm.none());
    let enc = match &b[1] {
        Some(e) => str_param(vm, fname, e)?.to_string(),
        None => "utf-8".to_string(),
    };
    let errors = match &b[2] {
        Some(e) => str_param(vm, fname, e)?.to_string(),
        None => "strict".to_string(),
    };
    let info = lookup_codec(vm, &enc)?;
    let f = vm.get_item(&info, &vm.new_int(which as i64))?;
    let r = vm
        .call(&f, Args::new(&[obj, vm.new_str(&errors)]))
        .map_err(|e| wrap::wrap_codec_error(vm, e, OPERATION[which], &enc))?;
    match &r.payload {
        Payload::Tuple(t) if t.len() == 2 => Ok(t[0].clone()),
        _ => Err(vm.type_error(if which == 0 {
            "encoder must return a tuple (object, integer)"
        } else {
            "decoder must return a tuple (object,integer)"
        })),
    }
}

fn encode(vm: &Vm, a: Args) -> PyResult {
    run_codec(vm, a, "encode", 0)
}

fn decode(vm: &Vm, a: Args) -> PyResult {
    run_codec(vm, a, "decode", 1)
}

const OPERATION: [&str; 2] = ["encoding", "decoding"];

/// Wraps an error of a codec called by `str.encode`/`bytes.decode`, except for the
/// encodings CPython's `str.encode`/`bytes.decode` run directly (no wrapping there).
fn wrap_unless_builtin(vm: &Vm, e: PyErr, which: usize, enc: &str) -> PyErr {
    let direct = matches!(
        normalize(enc).as_str(),
        "utf_8"
            | "utf8"
            | "utf_16"
            | "utf16"
            | "utf_32"
            | "utf32"
            | "ascii"
            | "us_ascii"
            | "latin1"
            | "latin_1"
            | "iso_8859_1"
            | "iso8859_1"
    );
    if direct {
        e
    } else {
        wrap::wrap_codec_error(vm, e, OPERATION[which], enc)
    }
}

/// The text codec `enc`'s CodecInfo, refusing non-text codecs as `str.encode` does.
fn text_codec(vm: &Vm, enc: &str, what: &str) -> PyResult {
    let info = lookup_codec(vm, enc)?;
    if let Some(flag) = vm.get_attr_opt(&info, &vm.intern("_is_text_encoding"))? {
        if !vm.is_true(&flag)? {
            return Err(vm.new_error(
                &vm.exc.lookup_error,
                format!(
                    "'{}' is not a text encoding; use codecs.{}() to handle arbitrary codecs",
                    enc, what
                ),
            ));
        }
    }
    Ok(info)
}

/// `str.encode(enc, errors)` through the registry (for encodings and error handlers
/// the core does not implement itself).
pub fn encode_text(vm: &Vm, obj: &PyRef, enc: &str, errors: &str) -> PyResult {
    let info = text_codec(vm, enc, "encode")?;
    let f = vm.get_item(&info, &vm.new_int(0))?;
    let r = vm
        .call(&f, Args::new(&[obj.clone(), vm.new_str(errors)]))
        .map_err(|e| wrap_unless_builtin(vm, e, 0, enc))?;
    let v = match &r.payload {
        Payload::Tuple(t) if t.len() == 2 => t[0].clone(),
        _ => return Err(vm.type_error("encoder must return a tuple (object, integer)")),
    };
    match &v.payload {
        Payload::Bytes(_) => Ok(v),
        Payload::ByteArray(b) => Ok(vm.new_bytes(b.borrow().clone())),
        _ => Err(vm.type_error(format!(
            "'{}' encoder returned '{}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
            enc,
            v.type_name()
        ))),
    }
}

/// `bytes.decode(enc, errors)` through the registry.
pub fn decode_text(vm: &Vm, data: &[u8], enc: &str, errors: &str) -> PyResult {
    let info = text_codec(vm, enc, "decode")?;
    let f = vm.get_item(&info, &vm.new_int(1))?;
    let r = vm
        .call(
            &f,
            Args::new(&[vm.new_bytes(data.to_vec()), vm.new_str(errors)]),
        )
        .map_err(|e| wrap_unless_builtin(vm, e, 1, enc))?;
    let v = match &r.payload {
        Payload::Tuple(t) if t.len() == 2 => t[0].clone(),
        _ => return Err(vm.type_error("decoder must return a tuple (object,integer)")),
    };
    match &v.payload {
        Payload::Str(_) => Ok(v),
        _ => Err(vm.type_error(format!(
            "'{}' decoder returned '{}' instead of 'str'; use codecs.decode() to decode to arbitrary types",
            enc,
            v.type_name()
        ))),
    }
}

fn register_error(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "register_error", user_args(&a), 2, 2)?;
    let name = str_param(vm, "register_error", &p[0])?.to_string();
    if !vm.is_callable(&p[1]) {
        return Err(vm.type_error("handler must be callable"));
    }
    errors::register(&name, p[1].clone());
    Ok(vm.none())
}

fn lookup_error(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "_codecs.lookup_error", user_args(&a), 1, 1)?;
    let name = str_param(vm, "lookup_error", &p[0])?;
    errors::lookup(vm, a.args.first(), name)
}

// ---- argument helpers shared by the codec functions --------------------------------

/// Positional arguments of a codec function (`min..=max`, no keywords).
fn codec_args<'a>(
    vm: &Vm,
    name: &str,
    a: &Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<Vec<PyRef>> {
    let u = user_args(a);
    if u.has_kw() {
        return Err(vm.type_error(format!("_codecs.{}() takes no keyword arguments", name)));
    }
    Ok(args::pos(vm, name, u, min, max)?.to_vec())
}

/// A str argument: its code points.
fn str_arg(vm: &Vm, fname: &str, o: &PyRef, n: usize) -> PyResult<Vec<u32>> {
    match &o.payload {
        Payload::Str(s) => Ok(s.view().code_points().collect()),
        _ => Err(vm.type_error(format!(
            "{}() argument {} must be str, not {}",
            fname,
            n,
            o.type_name()
        ))),
    }
}

/// The `errors` argument at index `i`: a str or None ("strict").
fn errors_arg(vm: &Vm, fname: &str, p: &[PyRef], i: usize) -> PyResult<String> {
    match p.get(i) {
        None => Ok("strict".into()),
        Some(o) if vm.is_none(o) => Ok("strict".into()),
        Some(o) => match &o.payload {
            Payload::Str(_) => Ok(args::to_str(vm, o, "errors")?.to_string()),
            _ => Err(vm.type_error(format!(
                "{}() argument {} must be str or None, not {}",
                fname,
                i + 1,
                o.type_name()
            ))),
        },
    }
}

/// A bool argument at index `i` (default `dflt`).
fn bool_arg(vm: &Vm, p: &[PyRef], i: usize, dflt: bool) -> PyResult<bool> {
    match p.get(i) {
        None => Ok(dflt),
        Some(o) => vm.is_true(o),
    }
}

/// An int argument at index `i` (default `dflt`).
fn int_arg(vm: &Vm, p: &[PyRef], i: usize, dflt: i64) -> PyResult<i64> {
    match p.get(i) {
        None => Ok(dflt),
        Some(o) => args::to_i64(vm, o),
    }
}

/// A bytes-like argument.
fn buf_arg(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    crate::objects::bytes::bytes_from_object(vm, o)
}

/// `(result, consumed)`.
fn pair(vm: &Vm, v: PyRef, n: usize) -> PyResult {
    Ok(vm.new_tuple(vec![v, vm.new_usize(n)]))
}

/// Encodes `cps` with a per-code-point encoder `enc` (which appends the bytes and
/// returns true, or returns false for an unencodable code point), calling the error
/// handler on failures. `run`: a failure covers the whole run of unencodable code
/// points; `unit`: bytes replacements must be a multiple of it; `ascii_text`: str
/// replacements must be ASCII (the UTF codecs).
#[allow(clippy::too_many_arguments)]
fn encode_with(
    vm: &Vm,
    obj: &PyRef,
    cps: &[u32],
    errors: &str,
    codec: &str,
    reason: &str,
    run: bool,
    unit: usize,
    ascii_text: bool,
    out: &mut Vec<u8>,
    enc: &mut dyn FnMut(u32, &mut Vec<u8>) -> PyResult<bool>,
) -> PyResult<()> {
    let mut i = 0;
    let mut scratch = Vec::new();
    while i < cps.len() {
        if enc(cps[i], out)? {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if run {
            while end < cps.len() {
                scratch.clear();
                if enc(cps[end], &mut scratch)? {
                    break;
                }
                end += 1;
            }
        }
        let (repl, pos) = errors::on_encode_error(vm, errors, codec, obj, cps, i, end, reason)?;
        match repl {
            errors::Repl::Bytes(b) => {
                if b.len() % unit != 0 {
                    return Err(errors::encode_exc(vm, codec, obj, i, end, reason));
                }
                out.extend_from_slice(&b);
            }
            errors::Repl::Text(t) => {
                for cp in t {
                    if (ascii_text && cp >= 128) || !enc(cp, out)? {
                        return Err(errors::encode_exc(vm, codec, obj, i, end, reason));
                    }
                }
            }
        }
        i = pos;
    }
    Ok(())
}
