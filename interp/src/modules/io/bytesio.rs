//! `BytesIO`: an in-memory binary stream. `getbuffer()` returns a memoryview of a copy
//! of the contents (writes through it do not reach the stream, and the stream is not
//! locked against resizing while it lives, unlike CPython's shared export).

use std::cell::{Cell, RefCell, RefMut};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use super::{new_instance, new_io_type, parse, parse_pos, size_arg};

pub(crate) struct BytesIO {
    inner: RefCell<Inner>,
    closed: Cell<bool>,
}

struct Inner {
    buf: Vec<u8>,
    pos: usize,
}

pub(crate) fn make_type(vm: &Vm, base: &PyRef) -> PyRef {
    new_io_type(
        vm,
        "BytesIO",
        Some(base),
        &[
            ("__new__", bio_new),
            ("__init__", init),
            ("__next__", next),
            ("getvalue", getvalue),
            ("getbuffer", getbuffer),
            ("read", read),
            ("read1", read1),
            ("readinto", readinto),
            ("readline", readline),
            ("readlines", readlines),
            ("write", write),
            ("writelines", writelines),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("close", close),
            ("flush", flush),
            ("isatty", isatty),
            ("readable", true_method),
            ("writable", true_method),
            ("seekable", true_method),
            ("__getstate__", getstate),
            ("__setstate__", setstate),
        ],
        &[("closed", closed_get, None)],
    )
}

fn bio_new(vm: &Vm, a: Args) -> PyResult {
    new_instance(
        vm,
        &a,
        BytesIO {
            inner: RefCell::new(Inner {
                buf: Vec::new(),
                pos: 0,
            }),
            closed: Cell::new(false),
        },
    )
}

fn bio<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a BytesIO> {
    super::state::<BytesIO>(vm, o, "BytesIO")
}

fn lock<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<RefMut<'a, Inner>> {
    let b = bio(vm, o)?;
    if b.closed.get() {
        return Err(super::closed_error(vm));
    }
    b.inner
        .try_borrow_mut()
        .map_err(|_| vm.runtime_error("reentrant call inside BytesIO"))
}

/// `BytesIO(initial_bytes=b'')`.
fn init(vm: &Vm, a: Args) -> PyResult {
    let (o, b) = parse(vm, &a, "BytesIO", &["initial_bytes"], 0)?;
    let data = match &b[0] {
        Some(v) if !vm.is_none(v) => super::bytes_arg(vm, v)?,
        _ => Vec::new(),
    };
    let mut inner = lock(vm, o)?;
    inner.buf = data;
    inner.pos = 0;
    Ok(vm.none())
}

fn getvalue(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "getvalue", a, 0, 0)?;
    Ok(vm.new_bytes(lock(vm, &a[0])?.buf.clone()))
}

fn getbuffer(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "getbuffer", a, 0, 0)?;
    let data = lock(vm, &a[0])?.buf.clone();
    crate::objects::memoryview::new_memoryview(vm, &vm.new_bytearray(data))
}

fn take(inner: &mut Inner, n: i64) -> Vec<u8> {
    let len = inner.buf.len();
    let start = inner.pos.min(len);
    let end = if n < 0 {
        len
    } else {
        start.saturating_add(n as usize).min(len)
    };
    inner.pos = end.max(inner.pos);
    inner.buf[start..end].to_vec()
}

fn read(vm: &Vm, a: Args) -> PyResult {
    let (o, b) = parse_pos(vm, &a, "read", 1)?;
    let n = size_arg(vm, b[0].as_ref())?;
    let mut inner = lock(vm, o)?;
    Ok(vm.new_bytes(take(&mut inner, n)))
}

fn read1(vm: &Vm, a: Args) -> PyResult {
    let (o, b) = parse_pos(vm, &a, "read1", 1)?;
    let n = size_arg(vm, b[0].as_ref())?;
    let mut inner = lock(vm, o)?;
    Ok(vm.new_bytes(take(&mut inner, n)))
}

fn readinto(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "readinto", a, 1, 1)?;
    let n = super::buffer_len(vm, &a[1])?;
    let data = take(&mut *lock(vm, &a[0])?, n as i64);
    Ok(vm.new_usize(super::write_into(vm, &a[1], &data)?))
}

fn line(inner: &mut Inner, limit: i64) -> Vec<u8> {
    let len = inner.buf.len();
    let start = inner.pos.min(len);
    let stop = if limit < 0 {
        len
    } else {
        start.saturating_add(limit as usize).min(len)
    };
    let end = match inner.buf[start..stop].iter().position(|&c| c == b'\n') {
        Some(i) => start + i + 1,
        None => stop,
    };
    inner.pos = end.max(inner.pos);
    inner.buf[start..end].to_vec()
}

fn readline(vm: &Vm, a: Args) -> PyResult {
    let (o, b) = parse_pos(vm, &a, "readline", 1)?;
    let limit = size_arg(vm, b[0].as_ref())?;
    let mut inner = lock(vm, o)?;
    Ok(vm.new_bytes(line(&mut inner, limit)))
}

fn readlines(vm: &Vm, a: Args) -> PyResult {
    let (o, b) = parse_pos(vm, &a, "readlines", 1)?;
    let hint = size_arg(vm, b[0].as_ref())?;
    let mut inner = lock(vm, o)?;
    let mut out = Vec::new();
    let mut total = 0i64;
    loop {
        let l = line(&mut inner, -1);
        if l.is_empty() {
            break;
        }
        total += l.len() as i64;
        out.push(vm.new_bytes(l));
        if hint > 0 && total >= hint {
            break;
        }
    }
    Ok(vm.new_list(out))
}

fn next(vm: &Vm, a: Args) -> PyResult {
    let o = args::this(vm, &a)?;
    let l = line(&mut *lock(vm, o)?, -1);
    if l.is_empty() {
        return Err(vm.stop_iteration(None));
    }
    Ok(vm.new_bytes(l))
}

fn write_bytes(vm: &Vm, inner: &mut Inner, data: &[u8]) -> PyResult<()> {
    let pos = inner.pos;
    if pos.saturating_add(data.len()) > super::MAX_MEMORY_STREAM {
        return Err(vm.memory_error());
    }
    if pos > inner.buf.len() {
        inner.buf.resize(pos, 0);
    }
    let end = pos + data.len();
    let overlap = end.min(inner.buf.len());
    inner.buf[pos..overlap].copy_from_slice(&data[..overlap - pos]);
    inner.buf.extend_from_slice(&data[overlap - pos..]);
    inner.pos = end;
    Ok(())
}

fn write(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "write", a, 1, 1)?;
    bio(vm, &a[0])?;
    if bio(vm, &a[0])?.closed.get() {
        return Err(super::closed_error(vm));
    }
    let data = super::bytes_arg(vm, &a[1])?;
    let mut inner = lock(vm, &a[0])?;
    if !data.is_empty() {
        write_bytes(vm, &mut inner, &data)?;
    }
    Ok(vm.new_usize(data.len()))
}

fn writelines(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "writelines", a, 1, 1)?;
    lock(vm, &a[0])?;
    let it = vm.get_iter(&a[1])?;
    while let Some(item) = vm.iter_next(&it)? {
        let data = super::bytes_arg(vm, &item)?;
        write_bytes(vm, &mut *lock(vm, &a[0])?, &data)?;
    }
    Ok(vm.none())
}

fn seek(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "seek", a, 1, 2)?;
    let pos = super::int_arg(vm, &a[1])?;
    let whence = match a.get(2) {
        Some(w) => super::int_arg(vm, w)?,
        None => 0,
    };
    let mut inner = lock(vm, &a[0])?;
    let target = match whence {
        0 => {
            if pos < 0 {
                return Err(vm.value_error(format!("negative seek value {}", pos)));
            }
            pos
        }
        1 => (inner.pos as i64).saturating_add(pos).max(0),
        2 => (inner.buf.len() as i64).saturating_add(pos).max(0),
        _ => {
            return Err(vm.value_error(format!("invalid whence ({}, should be 0, 1 or 2)", whence)))
        }
    };
    inner.pos = target as usize;
    Ok(vm.new_int(target))
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
        return Err(vm.value_error(format!("negative size value {}", size)));
    }
    if (size as usize) < inner.buf.len() {
        inner.buf.truncate(size as usize);
    }
    Ok(vm.new_int(size))
}

fn close(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "close", a, 0, 0)?;
    let b = bio(vm, &a[0])?;
    b.closed.set(true);
    if let Ok(mut inner) = b.inner.try_borrow_mut() {
        inner.buf = Vec::new();
    }
    Ok(vm.none())
}

fn flush(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "flush", a, 0, 0)?;
    lock(vm, &a[0])?;
    Ok(vm.none())
}

fn isatty(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "isatty", a, 0, 0)?;
    lock(vm, &a[0])?;
    Ok(vm.new_bool(false))
}

fn true_method(vm: &Vm, a: Args) -> PyResult {
    let o = args::this(vm, &a)?;
    lock(vm, o)?;
    Ok(vm.new_bool(true))
}

fn getstate(vm: &Vm, a: Args) -> PyResult {
    let o = args::this(vm, &a)?;
    let inner = lock(vm, o)?;
    let dict = vm.instance_dict(o).unwrap_or_else(|| vm.none());
    Ok(vm.new_tuple(vec![
        vm.new_bytes(inner.buf.clone()),
        vm.new_usize(inner.pos),
        dict,
    ]))
}

fn setstate(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__setstate__", a, 1, 1)?;
    let items = vm.iterate(&a[1])?;
    if items.len() < 2 {
        return Err(vm.type_error("__setstate__ argument should be 3-tuple"));
    }
    let data = super::bytes_arg(vm, &items[0])?;
    let mut inner = lock(vm, &a[0])?;
    inner.buf = data;
    inner.pos = super::int_arg(vm, &items[1])?.max(0) as usize;
    Ok(vm.none())
}

fn closed_get(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_bool(bio(vm, o)?.closed.get()))
}
