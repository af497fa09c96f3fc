//! `StringIO`: an in-memory text stream over a buffer of code points, with CPython's
//! newline rules (`newline=None` translates `\r\n`/`\r` to `\n` on write; `'\r'` and
//! `'\r\n'` translate `\n` on write; `''` and `None` record `newlines`; `readline`
//! splits as the setting says).

use std::cell::{Cell, RefCell, RefMut};

use ferropy_primitives::wtf8::{self, Wtf8Buf};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use super::newline::{self, LineEnd};
use super::{new_instance, new_io_type, parse, parse_pos, size_arg};

pub(crate) struct StringIO {
    inner: RefCell<Inner>,
    ready: Cell<bool>,
    closed: Cell<bool>,
}

struct Inner {
    buf: Vec<u32>,
    pos: usize,
    /// `newline` is None or '': a decoder records newlines (and translates for None).
    universal: bool,
    translate: bool,
    writenl: Option<&'static str>,
    line_end: LineEnd,
    seen: u8,
}

pub(crate) fn make_type(vm: &Vm, base: &PyRef) -> PyRef {
    new_io_type(
        vm,
        "StringIO",
        Some(base),
        &[
            ("__new__", sio_new),
            ("__init__", init),
            ("__next__", next),
            ("getvalue", getvalue),
            ("read", read),
            ("readline", readline),
            ("write", write),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("close", close),
            ("readable", readable),
            ("writable", readable),
            ("seekable", readable),
            ("__getstate__", getstate),
            ("__setstate__", setstate),
        ],
        &[
            ("closed", closed_get, None),
            ("line_buffering", line_buffering_get, None),
            ("newlines", newlines_get, None),
        ],
    )
}

fn sio_new(vm: &Vm, a: Args) -> PyResult {
    new_instance(
        vm,
        &a,
        StringIO {
            inner: RefCell::new(Inner {
                buf: Vec::new(),
                pos: 0,
                universal: false,
                translate: false,
                writenl: None,
                line_end: LineEnd::Lf,
                seen: 0,
            }),
            ready: Cell::new(false),
            closed: Cell::new(false),
        },
    )
}

fn sio<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a StringIO> {
    super::state::<StringIO>(vm, o, "StringIO")
}

fn lock<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<RefMut<'a, Inner>> {
    let s = sio(vm, o)?;
    if !s.ready.get() {
        return Err(super::uninit_error(vm));
    }
    if s.closed.get() {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    s.inner
        .try_borrow_mut()
        .map_err(|_| vm.runtime_error("reentrant call inside StringIO"))
}

fn code_points(text: &[u8]) -> impl Iterator<Item = u32> + '_ {
    wtf8::code_points(text)
}

fn to_str(vm: &Vm, cps: &[u32]) -> PyRef {
    if cps.iter().all(|&c| c < 128) {
        let s: String = cps.iter().map(|&c| c as u8 as char).collect();
        return vm.new_string(s);
    }
    let mut b = Wtf8Buf::with_capacity(cps.len());
    for &c in cps {
        b.push_code_point(c);
    }
    crate::objects::str::new_wtf8(vm, b)
}

/// Writes generalized UTF-8 `text` at the position, applying the newline rules.
fn write_text(vm: &Vm, inner: &mut Inner, text: &[u8]) -> PyResult<usize> {
    let mut t = text.to_vec();
    if inner.universal {
        inner.seen |= newline::scan_newlines(&t);
        if inner.translate {
            t = newline::translate(t);
        }
    }
    if let Some(nl) = inner.writenl {
        if t.contains(&b'\n') {
            let mut v = Vec::with_capacity(t.len() + 8);
            for &c in &t {
                if c == b'\n' {
                    v.extend_from_slice(nl.as_bytes());
                } else {
                    v.push(c);
                }
            }
            t = v;
        }
    }
    let cps: Vec<u32> = code_points(&t).collect();
    let n = cps.len();
    let pos = inner.pos;
    if pos.saturating_add(n) > super::MAX_MEMORY_STREAM {
        return Err(vm.memory_error());
    }
    if pos > inner.buf.len() {
        inner.buf.resize(pos, 0);
    }
    let end = pos + n;
    let overlap = end.min(inner.buf.len());
    inner.buf[pos..overlap].copy_from_slice(&cps[..overlap - pos]);
    inner.buf.extend_from_slice(&cps[overlap - pos..]);
    inner.pos = end;
    Ok(n)
}

/// `StringIO(initial_value='', newline='\n')`.
fn init(vm: &Vm, a: Args) -> PyResult {
    let (o, b) = parse(vm, &a, "StringIO", &["initial_value", "newline"], 0)?;
    let s = sio(vm, o)?;
    let newline = match &b[1] {
        None => Some("\n".to_string()),
        Some(v) if vm.is_none(v) => None,
        Some(v) => match &v.payload {
            Payload::Str(p) => Some(p.lossy().into_owned()),
            _ => {
                return Err(vm.type_error(format!(
                    "newline must be str or None, not {}",
                    v.type_name()
                )))
            }
        },
    };
    if let Some(n) = &newline {
        if !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(vm.value_error(format!(
                "illegal newline value: {}",
                crate::objects::str::repr_str(n)
            )));
        }
    }
    let initial = match &b[0] {
        Some(v) if !vm.is_none(v) => match &v.payload {
            Payload::Str(p) => Some(p.bytes().to_vec()),
            _ => {
                return Err(vm.type_error(format!(
                    "initial_value must be str or None, not {}",
                    v.type_name()
                )))
            }
        },
        _ => None,
    };
    let mut inner = s
        .inner
        .try_borrow_mut()
        .map_err(|_| vm.runtime_error("reentrant call inside StringIO"))?;
    inner.universal = matches!(newline.as_deref(), None | Some(""));
    inner.translate = newline.is_none();
    inner.writenl = match newline.as_deref() {
        Some("\r") => Some("\r"),
        Some("\r\n") => Some("\r\n"),
        _ => None,
    };
    inner.line_end = match newline.as_deref() {
        None | Some("\n") => LineEnd::Lf,
        Some("") => LineEnd::Universal,
        Some(nl) => LineEnd::Exact(nl.as_bytes().to_vec()),
    };
    inner.buf.clear();
    inner.pos = 0;
    inner.seen = 0;
    if let Some(t) = initial {
        write_text(vm, &mut inner, &t)?;
        inner.pos = 0;
    }
    s.ready.set(true);
    s.closed.set(false);
    Ok(vm.none())
}

fn getvalue(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "getvalue", a, 0, 0)?;
    let inner = lock(vm, &a[0])?;
    Ok(to_str(vm, &inner.buf))
}

fn read(vm: &Vm, a: Args) -> PyResult {
    let (o, b) = parse_pos(vm, &a, "read", 1)?;
    let n = size_arg(vm, b[0].as_ref())?;
    let mut inner = lock(vm, o)?;
    let len = inner.buf.len();
    let start = inner.pos.min(len);
    let end = if n < 0 {
        len
    } else {
        (start + n as usize).min(len)
    };
    inner.pos = end.max(inner.pos);
    Ok(to_str(vm, &inner.buf[start..end]))
}

/// The end of the line starting at the position (bounded by `limit` code points).
fn line_end(inner: &Inner, limit: i64) -> usize {
    let len = inner.buf.len();
    let start = inner.pos.min(len);
    let stop = if limit < 0 {
        len
    } else {
        (start + limit as usize).min(len)
    };
    let s = &inner.buf[start..stop];
    let found = match &inner.line_end {
        LineEnd::Lf => s.iter().position(|&c| c == 10).map(|i| i + 1),
        LineEnd::Universal => s.iter().position(|&c| c == 10 || c == 13).map(|i| {
            if s[i] == 13 && s.get(i + 1) == Some(&10) {
                i + 2
            } else {
                i + 1
            }
        }),
        LineEnd::Exact(nl) => {
            let nl: Vec<u32> = nl.iter().map(|&b| b as u32).collect();
            s.windows(nl.len())
                .position(|w| w == nl.as_slice())
                .map(|i| i + nl.len())
        }
    };
    start + found.unwrap_or(s.len())
}

fn readline_inner(vm: &Vm, o: &PyRef, limit: i64) -> PyResult {
    let mut inner = lock(vm, o)?;
    let start = inner.pos.min(inner.buf.len());
    let end = line_end(&inner, limit);
    inner.pos = end.max(inner.pos);
    Ok(to_str(vm, &inner.buf[start..end]))
}

fn readline(vm: &Vm, a: Args) -> PyResult {
    let (o, b) = parse_pos(vm, &a, "readline", 1)?;
    let limit = size_arg(vm, b[0].as_ref())?;
    readline_inner(vm, o, limit)
}

fn next(vm: &Vm, a: Args) -> PyResult {
    let o = args::this(vm, &a)?;
    let line = if o.class().is(&super::types(vm).stringio) {
        readline_inner(vm, o, -1)?
    } else {
        let l = super::call_method(vm, o, "readline", &[])?;
        if !matches!(l.payload, Payload::Str(_)) {
            return Err(vm.type_error(format!(
                "readline() should have returned a str object, not '{}'",
                l.type_name()
            )));
        }
        l
    };
    if vm.len(&line)? == 0 {
        return Err(vm.stop_iteration(None));
    }
    Ok(line)
}

fn write(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "write", a, 1, 1)?;
    let text = match &a[1].payload {
        Payload::Str(p) => p,
        _ => {
            return Err(vm.type_error(format!(
                "string argument expected, got '{}'",
                a[1].type_name()
            )))
        }
    };
    let mut inner = lock(vm, &a[0])?;
    if text.char_len > 0 {
        write_text(vm, &mut inner, text.bytes())?;
    }
    Ok(vm.new_usize(text.char_len))
}

fn seek(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "seek", a, 1, 2)?;
    let pos = super::int_arg(vm, &a[1])?;
    let whence = match a.get(2) {
        Some(w) => super::int_arg(vm, w)?,
        None => 0,
    };
    let mut inner = lock(vm, &a[0])?;
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("Invalid whence ({}, should be 0, 1 or 2)", whence)));
    }
    if pos < 0 && whence == 0 {
        return Err(vm.value_error(format!("Negative seek position {}", pos)));
    }
    if whence != 0 && pos != 0 {
        return Err(vm.new_error(&vm.exc.os_error, "Can't do nonzero cur-relative seeks"));
    }
    match whence {
        0 => inner.pos = pos as usize,
        2 => inner.pos = inner.buf.len(),
        _ => {}
    }
    Ok(vm.new_usize(inner.pos))
}

fn tell(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "tell", a, 0, 0)?;
    Ok(vm.new_usize(lock(vm, &a[0])?.pos))
}

fn truncate(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "truncate", a, 0, 1)?;
    let mut inner = lock(vm, &a[0])?;
    let size = match a.get(1) {
        Some(s) if !vm.is_none(s) => super::int_arg(vm, s)?,
        _ => inner.pos as i64,
    };
    if size < 0 {
        return Err(vm.value_error(format!("Negative size value {}", size)));
    }
    if (size as usize) < inner.buf.len() {
        inner.buf.truncate(size as usize);
    }
    Ok(vm.new_int(size))
}

fn close(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "close", a, 0, 0)?;
    let s = sio(vm, &a[0])?;
    s.closed.set(true);
    if let Ok(mut inner) = s.inner.try_borrow_mut() {
        inner.buf = Vec::new();
    }
    Ok(vm.none())
}

fn readable(vm: &Vm, a: Args) -> PyResult {
    let o = args::this(vm, &a)?;
    lock(vm, o)?;
    Ok(vm.new_bool(true))
}

fn getstate(vm: &Vm, a: Args) -> PyResult {
    let o = args::this(vm, &a)?;
    let inner = lock(vm, o)?;
    let dict = match vm.instance_dict(o) {
        Some(d) => d,
        None => vm.none(),
    };
    Ok(vm.new_tuple(vec![
        to_str(vm, &inner.buf),
        vm.none(),
        vm.new_usize(inner.pos),
        dict,
    ]))
}

fn setstate(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__setstate__", a, 1, 1)?;
    let items = vm.iterate(&a[1])?;
    if items.len() < 3 {
        return Err(vm.type_error("__setstate__ argument should be 4-tuple"));
    }
    let mut inner = lock(vm, &a[0])?;
    inner.buf = match &items[0].payload {
        Payload::Str(p) => code_points(p.bytes()).collect(),
        _ => return Err(vm.type_error("initial_value must be str")),
    };
    inner.pos = super::int_arg(vm, &items[2])?.max(0) as usize;
    Ok(vm.none())
}

fn closed_get(vm: &Vm, o: &PyRef) -> PyResult {
    let s = sio(vm, o)?;
    if !s.ready.get() {
        return Err(super::uninit_error(vm));
    }
    Ok(vm.new_bool(s.closed.get()))
}

fn line_buffering_get(vm: &Vm, o: &PyRef) -> PyResult {
    lock(vm, o)?;
    Ok(vm.new_bool(false))
}

fn newlines_get(vm: &Vm, o: &PyRef) -> PyResult {
    let inner = lock(vm, o)?;
    if !inner.universal {
        return Ok(vm.none());
    }
    Ok(newline::newlines_obj(vm, inner.seen))
}
