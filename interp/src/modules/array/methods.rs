//! The named methods of `array.array`: growing and shrinking (`append`, `extend`,
//! `insert`, `pop`, `remove`), searching (`index`, `count`), in-place transforms
//! (`reverse`, `byteswap`), conversions to and from bytes, lists, str and files, and
//! `__copy__`/`__deepcopy__`/`__sizeof__`.

use super::item::{Code, Kind};
use super::sequence::item_at;
use super::{arr, check_resize, len_of, new_plain};
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::objects::buffer::NativeBuffer;
use crate::vm::Vm;

/// Bytes written per `write` call by `tofile` (CPython's BLOCKSIZE).
const BLOCK: usize = 64 * 1024;

/// Appends converted bytes to an array (the caller converted first, so no Python code
/// runs while the buffer is borrowed).
fn push_bytes(vm: &Vm, nb: &NativeBuffer, b: &[u8]) -> PyResult<()> {
    if b.is_empty() {
        return Ok(());
    }
    check_resize(vm, nb)?;
    nb.data.borrow_mut().extend_from_slice(b);
    Ok(())
}

pub(super) fn append(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "append", a, 1, 1)?;
    let (nb, code) = arr(vm, &a[0])?;
    let mut b = Vec::with_capacity(code.size);
    code.put(vm, &a[1], &mut b)?;
    push_bytes(vm, nb, &b)?;
    Ok(vm.none())
}

/// Extends with the items of another array of the same typecode.
pub(super) fn extend_from_array(
    vm: &Vm,
    nb: &NativeBuffer,
    code: Code,
    other: &PyRef,
) -> PyResult<()> {
    let (ob, oc) = arr(vm, other)?;
    if oc.ch != code.ch {
        return Err(vm.type_error("can only extend with array of same kind"));
    }
    let b = ob.data.borrow().clone();
    push_bytes(vm, nb, &b)
}

pub(super) fn extend(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "extend", a, 1, 1)?;
    let (nb, code) = arr(vm, &a[0])?;
    if arr(vm, &a[1]).is_ok() {
        extend_from_array(vm, nb, code, &a[1])?;
        return Ok(vm.none());
    }
    // CPython appends item by item; an error keeps the items appended before it.
    let it = vm.get_iter(&a[1])?;
    while let Some(x) = vm.iter_next(&it)? {
        let mut b = Vec::with_capacity(code.size);
        code.put(vm, &x, &mut b)?;
        push_bytes(vm, nb, &b)?;
    }
    Ok(vm.none())
}

pub(super) fn insert(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "insert", a, 2, 2)?;
    let (nb, code) = arr(vm, &a[0])?;
    let i = args::to_i64(vm, &a[1])?;
    let mut b = Vec::with_capacity(code.size);
    code.put(vm, &a[2], &mut b)?;
    check_resize(vm, nb)?;
    let n = len_of(nb) as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let mut d = nb.data.borrow_mut();
    let off = at * code.size;
    d.splice(off..off, b);
    Ok(vm.none())
}

pub(super) fn pop(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "pop", a, 0, 1)?;
    let (nb, code) = arr(vm, &a[0])?;
    let i = match a.get(1) {
        Some(x) => args::to_i64(vm, x)?,
        None => -1,
    };
    let n = len_of(nb);
    if n == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    let j = j as usize;
    let v = item_at(vm, nb, code, j)?;
    check_resize(vm, nb)?;
    nb.data
        .borrow_mut()
        .drain(j * code.size..(j + 1) * code.size);
    Ok(v)
}

/// The first index in `start..stop` whose item equals `x`.
pub(super) fn find(
    vm: &Vm,
    this: &PyRef,
    x: &PyRef,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let (nb, code) = arr(vm, this)?;
    let mut i = start;
    while i < stop.min(len_of(nb)) {
        let v = item_at(vm, nb, code, i)?;
        if vm.eq_bool(&v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

pub(super) fn remove(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "remove", a, 1, 1)?;
    let (nb, code) = arr(vm, &a[0])?;
    match find(vm, &a[0], &a[1], 0, usize::MAX)? {
        Some(i) => {
            check_resize(vm, nb)?;
            nb.data
                .borrow_mut()
                .drain(i * code.size..(i + 1) * code.size);
            Ok(vm.none())
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

/// A start/stop bound of `index` (`_PyEval_SliceIndexNotNone`), made non-negative.
fn bound(vm: &Vm, o: Option<&PyRef>, n: usize, default: usize) -> PyResult<usize> {
    let Some(o) = o else { return Ok(default) };
    let i = match vm.index_opt(o) {
        Ok(Some(i)) => i,
        Ok(None) => {
            return Err(vm.type_error("slice indices must be integers or have an __index__ method"))
        }
        Err(_) => {
            // Out of the ssize_t range: clamp as CPython's slice index conversion does.
            let big = crate::objects::int::to_bigint(&vm.index(o)?).unwrap_or_default();
            if big.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    };
    Ok(if i < 0 {
        (i.saturating_add(n as i64)).max(0) as usize
    } else {
        i as usize
    })
}

pub(super) fn index(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "index", a, 1, 3)?;
    let (nb, _) = arr(vm, &a[0])?;
    let n = len_of(nb);
    let start = bound(vm, a.get(2), n, 0)?;
    let stop = bound(vm, a.get(3), n, usize::MAX)?;
    match find(vm, &a[0], &a[1], start, stop)? {
        Some(i) => Ok(vm.new_usize(i)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

pub(super) fn count(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "count", a, 1, 1)?;
    let (nb, code) = arr(vm, &a[0])?;
    let mut k = 0;
    let mut i = 0;
    while i < len_of(nb) {
        let v = item_at(vm, nb, code, i)?;
        if vm.eq_bool(&v, &a[1])? {
            k += 1;
        }
        i += 1;
    }
    Ok(vm.new_usize(k))
}

pub(super) fn reverse(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "reverse", a, 0, 0)?;
    let (nb, code) = arr(vm, &a[0])?;
    let mut d = nb.data.borrow_mut();
    let out: Vec<u8> = d.chunks(code.size).rev().flatten().copied().collect();
    *d = out;
    Ok(vm.none())
}

pub(super) fn byteswap(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "byteswap", a, 0, 0)?;
    let (nb, code) = arr(vm, &a[0])?;
    for chunk in nb.data.borrow_mut().chunks_mut(code.size) {
        chunk.reverse();
    }
    Ok(vm.none())
}

pub(super) fn buffer_info(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "buffer_info", a, 0, 0)?;
    let (nb, _) = arr(vm, &a[0])?;
    let addr = nb.data.borrow().as_ptr() as usize;
    Ok(vm.new_tuple(vec![vm.new_usize(addr), vm.new_usize(len_of(nb))]))
}

/// Appends raw bytes (a whole number of items) to an array.
fn from_raw(vm: &Vm, nb: &NativeBuffer, code: Code, b: &[u8]) -> PyResult<()> {
    if !b.len().is_multiple_of(code.size) {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    push_bytes(vm, nb, b)
}

pub(super) fn frombytes(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "frombytes", a, 1, 1)?;
    let (nb, code) = arr(vm, &a[0])?;
    let b = crate::objects::bytes::bytes_from_object(vm, &a[1])?;
    from_raw(vm, nb, code, &b)?;
    Ok(vm.none())
}

pub(super) fn tobytes(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "tobytes", a, 0, 0)?;
    let (nb, _) = arr(vm, &a[0])?;
    let b = nb.data.borrow().clone();
    Ok(vm.new_bytes(b))
}

pub(super) fn fromlist(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "fromlist", a, 1, 1)?;
    let (nb, code) = arr(vm, &a[0])?;
    let items = match &a[1].payload {
        Payload::List(l) => l.borrow().clone(),
        _ => return Err(vm.type_error("arg must be list")),
    };
    if !items.is_empty() {
        check_resize(vm, nb)?;
    }
    let mut b = Vec::with_capacity(items.len() * code.size);
    for x in &items {
        code.put(vm, x, &mut b)?;
    }
    push_bytes(vm, nb, &b)?;
    Ok(vm.none())
}

/// The items of an array as a list.
pub(super) fn to_list(vm: &Vm, nb: &NativeBuffer, code: Code) -> PyResult {
    let d = nb.data.borrow().clone();
    let mut out = Vec::with_capacity(d.len() / code.size);
    for chunk in d.chunks(code.size) {
        out.push(code.get(vm, chunk)?);
    }
    Ok(vm.new_list(out))
}

pub(super) fn tolist(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "tolist", a, 0, 0)?;
    let (nb, code) = arr(vm, &a[0])?;
    to_list(vm, nb, code)
}

/// Appends the code points of `s` as 'u' items.
pub(super) fn push_str(s: &PyStr, code: Code, out: &mut Vec<u8>) {
    for cp in s.view().code_points() {
        let bits = cp.to_ne_bytes();
        out.extend_from_slice(&bits[..code.size.min(4)]);
    }
}

pub(super) fn fromunicode(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "fromunicode", a, 1, 1)?;
    let (nb, code) = arr(vm, &a[0])?;
    let s = match &a[1].payload {
        Payload::Str(s) => s,
        _ => {
            return Err(vm.type_error(format!(
                "fromunicode() argument must be str, not {}",
                a[1].type_name()
            )))
        }
    };
    if code.kind != Kind::Unicode {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let mut b = Vec::new();
    push_str(s, code, &mut b);
    push_bytes(vm, nb, &b)?;
    Ok(vm.none())
}

/// The str of a 'u' array's code points.
pub(super) fn to_str(vm: &Vm, nb: &NativeBuffer, code: Code) -> PyResult {
    let d = nb.data.borrow();
    let mut buf = ferropy_primitives::wtf8::Wtf8Buf::with_capacity(d.len() / code.size);
    for chunk in d.chunks(code.size) {
        let cp = code.code_point(chunk);
        if cp > 0x10ffff {
            return Err(vm.value_error(format!(
                "character U+{:x} is not in range [U+0000; U+10ffff]",
                cp
            )));
        }
        buf.push_code_point(cp);
    }
    Ok(crate::objects::str::new_wtf8(vm, buf))
}

pub(super) fn tounicode(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "tounicode", a, 0, 0)?;
    let (nb, code) = arr(vm, &a[0])?;
    if code.kind != Kind::Unicode {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    to_str(vm, nb, code)
}

pub(super) fn fromfile(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "fromfile", a, 2, 2)?;
    let (nb, code) = arr(vm, &a[0])?;
    let n = args::to_i64(vm, &a[2])?;
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    let nbytes = (n as usize)
        .checked_mul(code.size)
        .filter(|t| *t <= isize::MAX as usize)
        .ok_or_else(|| vm.memory_error())?;
    let r = vm.call_method(&a[1], "read", &[vm.new_usize(nbytes)])?;
    let b = match &r.payload {
        Payload::Bytes(b) => b.to_vec(),
        _ => return Err(vm.type_error("read() didn't return bytes")),
    };
    let short = b.len() != nbytes;
    from_raw(vm, nb, code, &b)?;
    if short {
        return Err(vm.new_error(&vm.exc.eof_error, "read() didn't return enough bytes"));
    }
    Ok(vm.none())
}

pub(super) fn tofile(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "tofile", a, 1, 1)?;
    let (nb, _) = arr(vm, &a[0])?;
    let d = nb.data.borrow().clone();
    for chunk in d.chunks(BLOCK) {
        vm.call_method(&a[1], "write", &[vm.new_bytes(chunk.to_vec())])?;
    }
    Ok(vm.none())
}

pub(super) fn copy(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__copy__", a, 0, 0)?;
    let (nb, code) = arr(vm, &a[0])?;
    let d = nb.data.borrow().clone();
    new_plain(vm, code, d)
}

pub(super) fn deepcopy(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__deepcopy__", a, 1, 1)?;
    copy(vm, Args::new(&a[..1]))
}

pub(super) fn sizeof(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__sizeof__", a, 0, 0)?;
    let (nb, _) = arr(vm, &a[0])?;
    // CPython: the object header (64 bytes) plus the allocated item storage.
    Ok(vm.new_usize(64 + nb.data.borrow().capacity()))
}
