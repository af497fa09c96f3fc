//! Newline handling shared by TextIOWrapper and StringIO (universal-newline
//! translation, the `newlines` record, finding line ends for each `newline` setting),
//! and the `IncrementalNewlineDecoder` class built on it.

use std::cell::{Cell, RefCell};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use super::{call_method, new_instance, new_io_type, parse};

pub(crate) const SEEN_CR: u8 = 1;
pub(crate) const SEEN_LF: u8 = 2;
pub(crate) const SEEN_CRLF: u8 = 4;

/// The kinds of newline in `text` (a `\r` at the very end counts as CR).
pub(crate) fn scan_newlines(text: &[u8]) -> u8 {
    if !text.contains(&b'\r') {
        return if text.contains(&b'\n') { SEEN_LF } else { 0 };
    }
    let mut seen = 0;
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'\n' => seen |= SEEN_LF,
            b'\r' => {
                if text.get(i + 1) == Some(&b'\n') {
                    seen |= SEEN_CRLF;
                    i += 1;
                } else {
                    seen |= SEEN_CR;
                }
            }
            _ => {}
        }
        i += 1;
    }
    seen
}

/// `text` with `\r\n` and `\r` turned into `\n`.
pub(crate) fn translate(text: Vec<u8>) -> Vec<u8> {
    if !text.contains(&b'\r') {
        return text;
    }
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if text[i] == b'\r' {
            out.push(b'\n');
            if text.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            out.push(text[i]);
        }
        i += 1;
    }
    out
}

/// How `readline` finds the end of a line.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) enum LineEnd {
    /// `\n` (translated text, or `newline='\n'`).
    Lf,
    /// Any of `\r`, `\n`, `\r\n` (`newline=''`).
    Universal,
    /// Exactly this terminator (`newline='\r'` or `'\r\n'`).
    Exact(Vec<u8>),
}

/// The end (exclusive) of the first line in `text`, if it has a complete one. With
/// `Universal`, a `\r` at the very end is an end only when `eof` (it may start `\r\n`).
pub(crate) fn find_line_end(text: &[u8], mode: &LineEnd, eof: bool) -> Option<usize> {
    match mode {
        LineEnd::Lf => text.iter().position(|&c| c == b'\n').map(|i| i + 1),
        LineEnd::Universal => {
            let i = text.iter().position(|&c| c == b'\n' || c == b'\r')?;
            if text[i] == b'\n' {
                return Some(i + 1);
            }
            match text.get(i + 1) {
                Some(b'\n') => Some(i + 2),
                Some(_) => Some(i + 1),
                None if eof => Some(i + 1),
                None => None,
            }
        }
        LineEnd::Exact(nl) => {
            ferropy_primitives::wtf8::find_bytes(text, nl, 0).map(|i| i + nl.len())
        }
    }
}

/// The `newlines` attribute for a record of seen kinds.
pub(crate) fn newlines_obj(vm: &Vm, seen: u8) -> PyRef {
    let mut kinds = Vec::new();
    if seen & SEEN_CR != 0 {
        kinds.push(vm.new_str("\r"));
    }
    if seen & SEEN_LF != 0 {
        kinds.push(vm.new_str("\n"));
    }
    if seen & SEEN_CRLF != 0 {
        kinds.push(vm.new_str("\r\n"));
    }
    match kinds.len() {
        0 => vm.none(),
        1 => kinds.pop().unwrap(),
        _ => vm.new_tuple(kinds),
    }
}

// ---- IncrementalNewlineDecoder ------------------------------------------------------

struct NlDecoder {
    decoder: RefCell<Option<PyRef>>,
    translate: Cell<bool>,
    pendingcr: Cell<bool>,
    seen: Cell<u8>,
    ready: Cell<bool>,
}

pub(crate) fn make_type(vm: &Vm) -> PyRef {
    new_io_type(
        vm,
        "IncrementalNewlineDecoder",
        None,
        &[
            ("__new__", nl_new),
            ("__init__", nl_init),
            ("decode", nl_decode),
            ("getstate", nl_getstate),
            ("setstate", nl_setstate),
            ("reset", nl_reset),
        ],
        &[("newlines", nl_newlines, None)],
    )
}

fn nl_new(vm: &Vm, a: Args) -> PyResult {
    new_instance(
        vm,
        &a,
        NlDecoder {
            decoder: RefCell::new(None),
            translate: Cell::new(false),
            pendingcr: Cell::new(false),
            seen: Cell::new(0),
            ready: Cell::new(false),
        },
    )
}

fn nl_st<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a NlDecoder> {
    let d = super::state::<NlDecoder>(vm, o, "IncrementalNewlineDecoder")?;
    if !d.ready.get() {
        return Err(vm.value_error("IncrementalNewlineDecoder.__init__() not called"));
    }
    Ok(d)
}

/// `__init__(decoder, translate, errors='strict')`.
fn nl_init(vm: &Vm, a: Args) -> PyResult {
    let (o, b) = parse(
        vm,
        &a,
        "IncrementalNewlineDecoder",
        &["decoder", "translate", "errors"],
        2,
    )?;
    let d = super::state::<NlDecoder>(vm, o, "IncrementalNewlineDecoder")?;
    let dec = b[0].clone().unwrap();
    *d.decoder.borrow_mut() = if vm.is_none(&dec) { None } else { Some(dec) };
    d.translate.set(vm.is_true(b[1].as_ref().unwrap())?);
    d.pendingcr.set(false);
    d.seen.set(0);
    d.ready.set(true);
    Ok(vm.none())
}

fn nl_decode(vm: &Vm, a: Args) -> PyResult {
    let (o, b) = parse(vm, &a, "decode", &["input", "final"], 1)?;
    let d = nl_st(vm, o)?;
    let input = b[0].clone().unwrap();
    let fin = match &b[1] {
        Some(f) => vm.is_true(f)?,
        None => false,
    };
    let dec = d.decoder.borrow().clone();
    let output = match dec {
        Some(dec) => {
            let f = vm.get_attr_str(&dec, "decode")?;
            vm.call(
                &f,
                Args::with_kw(&[input, vm.new_bool(fin)], &[vm.intern("final")]),
            )?
        }
        None => input,
    };
    let mut text = match &output.payload {
        Payload::Str(s) => s.bytes().to_vec(),
        _ => {
            return Err(vm.type_error(format!(
                "decoder should return a string result, not '{}'",
                output.type_name()
            )))
        }
    };
    if d.pendingcr.get() && (fin || !text.is_empty()) {
        text.insert(0, b'\r');
        d.pendingcr.set(false);
    }
    if !fin && text.last() == Some(&b'\r') {
        text.pop();
        d.pendingcr.set(true);
    }
    d.seen.set(d.seen.get() | scan_newlines(&text));
    if d.translate.get() {
        text = translate(text);
    }
    Ok(super::str_from_wtf8(vm, &text))
}

fn nl_getstate(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "getstate", a, 0, 0)?;
    let d = nl_st(vm, &a[0])?;
    let dec = d.decoder.borrow().clone();
    let (buf, flag) = match dec {
        Some(dec) => {
            let st = call_method(vm, &dec, "getstate", &[])?;
            let items = vm.iterate(&st)?;
            if items.len() != 2 {
                return Err(vm.type_error("illegal decoder state"));
            }
            (items[0].clone(), args::to_i64(vm, &items[1])?)
        }
        None => (vm.new_bytes(Vec::new()), 0),
    };
    let flag = (flag << 1) | d.pendingcr.get() as i64;
    Ok(vm.new_tuple(vec![buf, vm.new_int(flag)]))
}

fn nl_setstate(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "setstate", a, 1, 1)?;
    let d = nl_st(vm, &a[0])?;
    let items = match &a[1].payload {
        Payload::Tuple(t) => t.to_vec(),
        _ => return Err(vm.type_error("state argument must be a tuple")),
    };
    if items.len() != 2 {
        return Err(vm.type_error("state argument must be a tuple"));
    }
    let flag = args::to_i64(vm, &items[1])?;
    d.pendingcr.set(flag & 1 != 0);
    let dec = d.decoder.borrow().clone();
    if let Some(dec) = dec {
        let st = vm.new_tuple(vec![items[0].clone(), vm.new_int(flag >> 1)]);
        call_method(vm, &dec, "setstate", &[st])?;
    }
    Ok(vm.none())
}

fn nl_reset(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "reset", a, 0, 0)?;
    let d = nl_st(vm, &a[0])?;
    d.seen.set(0);
    d.pendingcr.set(false);
    let dec = d.decoder.borrow().clone();
    if let Some(dec) = dec {
        call_method(vm, &dec, "reset", &[])?;
    }
    Ok(vm.none())
}

fn nl_newlines(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(newlines_obj(vm, nl_st(vm, o)?.seen.get()))
}
