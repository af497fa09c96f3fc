//! The abstract bases `_IOBase`, `_RawIOBase`, `_BufferedIOBase` and `_TextIOBase` with
//! CPython's default methods. Defaults call the overridable methods through the object
//! (`self.read(1)`, `self.peek`, `self.readinto`, `self.readline`, `self.write`), so
//! Python subclasses that override them are honoured. The closed flag of plain
//! subclasses lives in the instance as CPython's `__IOBase_closed`.

use std::cell::Cell;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use super::{
    call_method, closed_error, new_instance, new_io_type, parse_pos, size_arg, unsupported,
};

/// The state of an instance made by `_IOBase.__new__` (its subclasses written in Python).
pub(crate) struct BaseState {
    closed: Cell<bool>,
}

const CLOSED_ATTR: &str = "__IOBase_closed";

fn base_new(vm: &Vm, a: Args) -> PyResult {
    new_instance(
        vm,
        &a,
        BaseState {
            closed: Cell::new(false),
        },
    )
}

/// Whether `_IOBase.close` has run on `o`.
fn base_closed(vm: &Vm, o: &PyRef) -> PyResult<bool> {
    if let Some(st) = super::native::<BaseState>(o) {
        return Ok(st.closed.get());
    }
    match vm.get_attr_opt(o, &vm.intern(CLOSED_ATTR))? {
        Some(v) => vm.is_true(&v),
        None => Ok(false),
    }
}

fn set_base_closed(vm: &Vm, o: &PyRef) -> PyResult<()> {
    if let Some(st) = super::native::<BaseState>(o) {
        st.closed.set(true);
        return Ok(());
    }
    vm.set_attr_str(o, CLOSED_ATTR, vm.new_bool(true))
}

/// Raises ValueError when `self.closed` is true.
pub(crate) fn check_closed(vm: &Vm, o: &PyRef) -> PyResult<()> {
    if super::is_closed(vm, o)? {
        return Err(closed_error(vm));
    }
    Ok(())
}

pub(crate) fn make_iobase(vm: &Vm) -> PyRef {
    new_io_type(
        vm,
        "_IOBase",
        None,
        &[
            ("__new__", base_new),
            ("__iter__", iter),
            ("__next__", next),
            ("__del__", del),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("flush", flush),
            ("close", close),
            ("seekable", false_method),
            ("readable", false_method),
            ("writable", false_method),
            ("_checkClosed", check_closed_method),
            ("_checkSeekable", check_seekable),
            ("_checkReadable", check_readable),
            ("_checkWritable", check_writable),
            ("fileno", fileno),
            ("isatty", isatty),
            ("__enter__", enter),
            ("__exit__", exit),
            ("readline", readline),
            ("readlines", readlines),
            ("writelines", writelines),
        ],
        &[("closed", closed_get, None)],
    )
}

pub(crate) fn make_rawiobase(vm: &Vm, base: &PyRef) -> PyRef {
    new_io_type(
        vm,
        "_RawIOBase",
        Some(base),
        &[
            ("read", raw_read),
            ("readall", raw_readall),
            ("readinto", raw_readinto),
            ("write", raw_write),
        ],
        &[],
    )
}

pub(crate) fn make_bufferediobase(vm: &Vm, base: &PyRef) -> PyRef {
    new_io_type(
        vm,
        "_BufferedIOBase",
        Some(base),
        &[
            ("detach", |vm, _| Err(unsupported(vm, "detach"))),
            ("read", |vm, _| Err(unsupported(vm, "read"))),
            ("read1", |vm, _| Err(unsupported(vm, "read1"))),
            ("readinto", buf_readinto),
            ("readinto1", buf_readinto1),
            ("write", |vm, _| Err(unsupported(vm, "write"))),
        ],
        &[],
    )
}

pub(crate) fn make_textiobase(vm: &Vm, base: &PyRef) -> PyRef {
    new_io_type(
        vm,
        "_TextIOBase",
        Some(base),
        &[
            ("detach", |vm, _| Err(unsupported(vm, "detach"))),
            ("read", |vm, _| Err(unsupported(vm, "read"))),
            ("readline", |vm, _| Err(unsupported(vm, "readline"))),
            ("write", |vm, _| Err(unsupported(vm, "write"))),
        ],
        &[
            ("encoding", none_get, None),
            ("newlines", none_get, None),
            ("errors", none_get, None),
        ],
    )
}

fn none_get(vm: &Vm, _o: &PyRef) -> PyResult {
    Ok(vm.none())
}

fn closed_get(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_bool(base_closed(vm, o)?))
}

fn this<'a>(vm: &Vm, a: &Args<'a>) -> PyResult<&'a PyRef> {
    args::this(vm, a)
}

fn iter(vm: &Vm, a: Args) -> PyResult {
    let o = this(vm, &a)?;
    check_closed(vm, o)?;
    Ok(o.clone())
}

fn next(vm: &Vm, a: Args) -> PyResult {
    let o = this(vm, &a)?;
    let line = call_method(vm, o, "readline", &[])?;
    if vm.len(&line)? == 0 {
        return Err(vm.stop_iteration(None));
    }
    Ok(line)
}

/// `__del__`: close an object that is still open, telling `close` (through the
/// `_finalizing` attribute) that it runs at finalization, so the native classes warn
/// about the unclosed file; errors are dropped (CPython reports them only in
/// development mode).
fn del(vm: &Vm, a: Args) -> PyResult {
    let o = this(vm, &a)?;
    let closed = match vm.get_attr_str(o, "closed") {
        Ok(c) => vm.is_true(&c).unwrap_or(true),
        Err(_) => return Ok(vm.none()),
    };
    if !closed {
        let _ = vm.set_attr_str(o, "_finalizing", vm.new_bool(true));
        let _ = call_method(vm, o, "close", &[]);
    }
    Ok(vm.none())
}

fn seek(vm: &Vm, _a: Args) -> PyResult {
    Err(unsupported(vm, "seek"))
}

fn tell(vm: &Vm, a: Args) -> PyResult {
    let o = this(vm, &a)?;
    call_method(vm, o, "seek", &[vm.new_int(0), vm.new_int(1)])
}

fn truncate(vm: &Vm, _a: Args) -> PyResult {
    Err(unsupported(vm, "truncate"))
}

fn flush(vm: &Vm, a: Args) -> PyResult {
    let o = this(vm, &a)?;
    if base_closed(vm, o)? {
        return Err(closed_error(vm));
    }
    Ok(vm.none())
}

fn close(vm: &Vm, a: Args) -> PyResult {
    close_base(vm, this(vm, &a)?)?;
    Ok(vm.none())
}

/// `IOBase.close`: `flush()`, then the object is closed even if that failed.
pub(crate) fn close_base(vm: &Vm, o: &PyRef) -> PyResult<()> {
    if base_closed(vm, o)? {
        return Ok(());
    }
    let r = call_method(vm, o, "flush", &[]);
    set_base_closed(vm, o)?;
    r.map(|_| ())
}

fn false_method(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_bool(false))
}

fn check_closed_method(vm: &Vm, a: Args) -> PyResult {
    check_closed(vm, this(vm, &a)?)?;
    Ok(vm.none())
}

fn check_ability(vm: &Vm, a: &Args, method: &str, msg: &str) -> PyResult {
    let o = this(vm, a)?;
    let r = call_method(vm, o, method, &[])?;
    if !vm.is_true(&r)? {
        return Err(unsupported(vm, msg));
    }
    Ok(vm.new_bool(true))
}

fn check_seekable(vm: &Vm, a: Args) -> PyResult {
    check_ability(vm, &a, "seekable", "File or stream is not seekable.")
}

fn check_readable(vm: &Vm, a: Args) -> PyResult {
    check_ability(vm, &a, "readable", "File or stream is not readable.")
}

fn check_writable(vm: &Vm, a: Args) -> PyResult {
    check_ability(vm, &a, "writable", "File or stream is not writable.")
}

fn fileno(vm: &Vm, _a: Args) -> PyResult {
    Err(unsupported(vm, "fileno"))
}

fn isatty(vm: &Vm, a: Args) -> PyResult {
    check_closed(vm, this(vm, &a)?)?;
    Ok(vm.new_bool(false))
}

fn enter(vm: &Vm, a: Args) -> PyResult {
    let o = this(vm, &a)?;
    check_closed(vm, o)?;
    Ok(o.clone())
}

fn exit(vm: &Vm, a: Args) -> PyResult {
    let o = this(vm, &a)?;
    call_method(vm, o, "close", &[])
}

fn bytes_result(vm: &Vm, r: &PyRef, what: &str) -> PyResult<Vec<u8>> {
    match &r.payload {
        Payload::Bytes(b) => Ok(b.to_vec()),
        _ => Err(vm.new_error(
            &vm.exc.os_error,
            format!(
                "{}() should have returned a bytes object, not '{}'",
                what,
                r.type_name()
            ),
        )),
    }
}

/// `readline(size=-1)` over `peek` (when there is one) and `read`.
fn readline(vm: &Vm, a: Args) -> PyResult {
    let (o, b) = parse_pos(vm, &a, "readline", 1)?;
    let limit = size_arg(vm, b[0].as_ref())?;
    let has_peek = vm.get_attr_opt(o, &vm.intern("peek"))?.is_some();
    let mut out: Vec<u8> = Vec::new();
    while limit < 0 || (out.len() as i64) < limit {
        let mut nread: i64 = 1;
        if has_peek {
            let ahead = call_method(vm, o, "peek", &[vm.new_int(1)])?;
            let ahead = bytes_result(vm, &ahead, "peek")?;
            if ahead.is_empty() {
                break;
            }
            let mut n = match ahead.iter().position(|&c| c == b'\n') {
                Some(i) => i + 1,
                None => ahead.len(),
            } as i64;
            if limit >= 0 {
                n = n.min(limit - out.len() as i64);
            }
            nread = n;
        }
        let chunk = call_method(vm, o, "read", &[vm.new_int(nread)])?;
        if vm.is_none(&chunk) {
            break;
        }
        let chunk = bytes_result(vm, &chunk, "read")?;
        if chunk.is_empty() {
            break;
        }
        out.extend_from_slice(&chunk);
        if out.ends_with(b"\n") {
            break;
        }
    }
    Ok(vm.new_bytes(out))
}

fn readlines(vm: &Vm, a: Args) -> PyResult {
    let (o, b) = parse_pos(vm, &a, "readlines", 1)?;
    let hint = size_arg(vm, b[0].as_ref())?;
    let it = vm.get_iter(o)?;
    let mut lines = Vec::new();
    let mut total = 0i64;
    while let Some(line) = vm.iter_next(&it)? {
        total += vm.len(&line)? as i64;
        lines.push(line);
        if hint > 0 && total >= hint {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn writelines(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "writelines", a, 1, 1)?;
    let o = &a[0];
    check_closed(vm, o)?;
    let it = vm.get_iter(&a[1])?;
    while let Some(line) = vm.iter_next(&it)? {
        call_method(vm, o, "write", &[line])?;
    }
    Ok(vm.none())
}

// ---- _RawIOBase ----

/// `read(size=-1)` over `self.readinto`.
fn raw_read(vm: &Vm, a: Args) -> PyResult {
    let (o, b) = parse_pos(vm, &a, "read", 1)?;
    let n = size_arg(vm, b[0].as_ref())?;
    if n < 0 {
        return call_method(vm, o, "readall", &[]);
    }
    // CPython passes a bytearray (which a `b[:k] = data` in readinto may resize).
    let ba = vm.new_bytearray(super::zeroed(vm, n as usize)?);
    let r = call_method(vm, o, "readinto", std::slice::from_ref(&ba))?;
    if vm.is_none(&r) {
        return Ok(r);
    }
    let got = args::to_i64(vm, &r)?;
    if got < 0 {
        return Err(vm.value_error(format!(
            "readinto returned {} outside buffer size {}",
            got, n
        )));
    }
    let data = match &ba.payload {
        Payload::ByteArray(v) => {
            let v = v.borrow();
            v[..(got as usize).min(v.len())].to_vec()
        }
        _ => Vec::new(),
    };
    Ok(vm.new_bytes(data))
}

/// `readall()`: `self.read(DEFAULT_BUFFER_SIZE)` until EOF.
fn raw_readall(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "readall", a, 0, 0)?;
    let o = &a[0];
    let mut out = Vec::new();
    loop {
        let chunk = call_method(vm, o, "read", &[vm.new_usize(super::DEFAULT_BUFFER_SIZE)])?;
        if vm.is_none(&chunk) {
            if out.is_empty() {
                return Ok(chunk);
            }
            break;
        }
        let data = match &chunk.payload {
            Payload::Bytes(b) => b.to_vec(),
            _ => return Err(vm.type_error("read() should return bytes")),
        };
        if data.is_empty() {
            break;
        }
        out.extend_from_slice(&data);
    }
    Ok(vm.new_bytes(out))
}

fn raw_readinto(vm: &Vm, _a: Args) -> PyResult {
    Err(vm.new_error(&vm.exc.not_implemented_error, ""))
}

fn raw_write(vm: &Vm, _a: Args) -> PyResult {
    Err(vm.new_error(&vm.exc.not_implemented_error, ""))
}

// ---- _BufferedIOBase ----

fn buf_readinto_with(vm: &Vm, a: Args, method: &str) -> PyResult {
    let a = args::method(vm, method, a, 1, 1)?;
    let n = super::buffer_len(vm, &a[1])?;
    let read = if method == "readinto" {
        "read"
    } else {
        "read1"
    };
    let data = call_method(vm, &a[0], read, &[vm.new_usize(n)])?;
    let data = match &data.payload {
        Payload::Bytes(b) => b.to_vec(),
        _ => return Err(vm.type_error("read() should return bytes")),
    };
    if data.len() > n {
        return Err(vm.value_error(format!(
            "read() returned too much data: {} bytes requested, {} returned",
            n,
            data.len()
        )));
    }
    Ok(vm.new_usize(super::write_into(vm, &a[1], &data)?))
}

fn buf_readinto(vm: &Vm, a: Args) -> PyResult {
    buf_readinto_with(vm, a, "readinto")
}

fn buf_readinto1(vm: &Vm, a: Args) -> PyResult {
    buf_readinto_with(vm, a, "readinto1")
}
