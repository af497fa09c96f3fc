//! The sequence protocol of `array.array`: length, item and slice access, assignment
//! and deletion, concatenation and repetition (also in place), membership, iteration,
//! rich comparison and repr (CPython's `array_as_sequence`, `array_as_mapping`,
//! `array_richcompare`, `array_repr`).

use std::cmp::Ordering;

use super::item::{Code, Kind};
use super::{arr, check_resize, len_of, new_plain, state};
use crate::compile::bytecode::CompareKind;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::objects::buffer::NativeBuffer;
use crate::vm::Vm;

pub(super) const METHODS: &[(&str, NativeFn)] = &[
    ("__len__", len),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__add__", add),
    ("__iadd__", iadd),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__imul__", imul),
    ("__contains__", contains),
    ("__iter__", iter),
    ("__repr__", repr),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
];

fn len(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__len__", a, 0, 0)?;
    let (nb, _) = arr(vm, &a[0])?;
    Ok(vm.new_usize(len_of(nb)))
}

/// Item `i` (already in range) of an array.
pub(super) fn item_at(vm: &Vm, nb: &NativeBuffer, code: Code, i: usize) -> PyResult {
    // `Code::get` runs no Python code, so the buffer may stay borrowed.
    let d = nb.data.borrow();
    code.get(vm, &d[i * code.size..(i + 1) * code.size])
}

/// A subscript index (`__index__`), or None when the key is not an index.
fn index_of(vm: &Vm, key: &PyRef) -> PyResult<Option<i64>> {
    vm.index_opt(key)
}

/// Normalizes index `i` of a sequence of `n` items, or None when out of range.
fn norm(i: i64, n: usize) -> Option<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    (0..n as i64).contains(&j).then_some(j as usize)
}

/// The selected byte chunks of `data` for slice positions `pos`.
fn gather(data: &[u8], pos: &[usize], size: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(pos.len() * size);
    for &p in pos {
        out.extend_from_slice(&data[p * size..(p + 1) * size]);
    }
    out
}

fn getitem(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__getitem__", a, 1, 1)?;
    let (nb, code) = arr(vm, &a[0])?;
    let n = len_of(nb);
    if let Payload::Slice(sl) = &a[1].payload {
        let (start, stop, step) = crate::objects::range::slice_indices(vm, sl, n)?;
        let data = nb.data.borrow();
        let out = if step == 1 {
            let (s, e) = (start.max(0) as usize, stop.max(start).max(0) as usize);
            data[s * code.size..e * code.size].to_vec()
        } else {
            let pos = crate::objects::range::slice_positions(start, stop, step);
            gather(&data, &pos, code.size)
        };
        drop(data);
        return new_plain(vm, code, out);
    }
    let i = index_of(vm, &a[1])?.ok_or_else(|| vm.type_error("array indices must be integers"))?;
    let i = norm(i, n).ok_or_else(|| vm.index_error("array index out of range"))?;
    item_at(vm, nb, code, i)
}

fn setitem(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__setitem__", a, 2, 2)?;
    assign(vm, &a[0], &a[1], Some(&a[2]))
}

fn delitem(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__delitem__", a, 1, 1)?;
    assign(vm, &a[0], &a[1], None)
}

/// `self[key] = value` (`value` None: `del self[key]`), CPython's `array_ass_subscr`.
fn assign(vm: &Vm, this: &PyRef, key: &PyRef, value: Option<&PyRef>) -> PyResult {
    let (nb, code) = arr(vm, this)?;
    let n = len_of(nb);
    let sl = match &key.payload {
        Payload::Slice(sl) => sl,
        _ => {
            let i = index_of(vm, key)?
                .ok_or_else(|| vm.type_error("array indices must be integers"))?;
            let i =
                norm(i, n).ok_or_else(|| vm.index_error("array assignment index out of range"))?;
            let sz = code.size;
            match value {
                Some(v) => {
                    let mut b = Vec::with_capacity(sz);
                    code.put(vm, v, &mut b)?;
                    let mut d = nb.data.borrow_mut();
                    if d.len() >= (i + 1) * sz {
                        d[i * sz..(i + 1) * sz].copy_from_slice(&b);
                    }
                }
                None => {
                    check_resize(vm, nb)?;
                    nb.data.borrow_mut().drain(i * sz..(i + 1) * sz);
                }
            }
            return Ok(vm.none());
        }
    };
    // The replacement's bytes (an array of the same typecode only).
    let src: Option<Vec<u8>> = match value {
        None => None,
        Some(v) => match super::buffer::native(v) {
            Some(other) if other.code == code.ch => Some(other.data.borrow().clone()),
            Some(_) if super::arr(vm, v).is_ok() => {
                return Err(vm.type_error("bad argument type for built-in operation"))
            }
            _ => {
                return Err(vm.type_error(format!(
                    "can only assign array (not \"{}\") to array slice",
                    v.type_name()
                )))
            }
        },
    };
    let (start, stop, step) = crate::objects::range::slice_indices(vm, sl, n)?;
    let sz = code.size;
    // CPython (issue #4509): fail before any change when the size would change.
    let slicelength = crate::objects::range::slice_positions(start, stop, step).len();
    let needed = src.as_ref().map_or(0, |s| s.len() / sz);
    if needed == 0 || slicelength != needed {
        check_resize(vm, nb)?;
    }
    if step == 1 {
        let s = start.max(0) as usize;
        let e = (stop.max(start).max(0) as usize).max(s);
        let new = src.unwrap_or_default();
        nb.data.borrow_mut().splice(s * sz..e * sz, new);
        return Ok(vm.none());
    }
    let pos = crate::objects::range::slice_positions(start, stop, step);
    match src {
        Some(new) => {
            if new.len() != pos.len() * sz {
                return Err(vm.value_error(format!(
                    "attempt to assign array of size {} to extended slice of size {}",
                    new.len() / sz,
                    pos.len()
                )));
            }
            let mut d = nb.data.borrow_mut();
            for (k, &p) in pos.iter().enumerate() {
                d[p * sz..(p + 1) * sz].copy_from_slice(&new[k * sz..(k + 1) * sz]);
            }
        }
        None => {
            if pos.is_empty() {
                return Ok(vm.none());
            }
            check_resize(vm, nb)?;
            let mut drop_it = vec![false; n];
            for &p in &pos {
                drop_it[p] = true;
            }
            let mut d = nb.data.borrow_mut();
            let mut out = Vec::with_capacity(d.len() - pos.len() * sz);
            for (i, gone) in drop_it.iter().enumerate() {
                if !gone {
                    out.extend_from_slice(&d[i * sz..(i + 1) * sz]);
                }
            }
            *d = out;
        }
    }
    Ok(vm.none())
}

/// The bytes of `other` when it is an array of `code`'s typecode; TypeError otherwise.
fn same_kind_bytes(vm: &Vm, other: &PyRef, code: Code, not_array: String) -> PyResult<Vec<u8>> {
    match arr(vm, other) {
        Ok((nb, c)) if c.ch == code.ch => Ok(nb.data.borrow().clone()),
        Ok(_) => Err(vm.type_error("bad argument type for built-in operation")),
        Err(_) => Err(vm.type_error(not_array)),
    }
}

fn add(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__add__", a, 1, 1)?;
    let (nb, code) = arr(vm, &a[0])?;
    let msg = format!(
        "can only append array (not \"{}\") to array",
        a[1].type_name()
    );
    let other = same_kind_bytes(vm, &a[1], code, msg)?;
    let mut out = nb.data.borrow().clone();
    out.extend_from_slice(&other);
    new_plain(vm, code, out)
}

fn iadd(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__iadd__", a, 1, 1)?;
    let (nb, code) = arr(vm, &a[0])?;
    if arr(vm, &a[1]).is_err() {
        return Err(vm.type_error(format!(
            "can only extend array with array (not \"{}\")",
            a[1].type_name()
        )));
    }
    super::methods::extend_from_array(vm, nb, code, &a[1])?;
    Ok(a[0].clone())
}

/// The repeat count of `*`, with the TypeError of the sequence protocol.
fn repeat_count(vm: &Vm, n: &PyRef) -> PyResult<i64> {
    match crate::objects::args::ssize_opt(vm, n) {
        Ok(Some(n)) => Ok(n),
        Ok(None) => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.type_name()
        ))),
        Err(_) => Err(vm.memory_error()),
    }
}

/// `data` repeated `n` times, or MemoryError when it cannot exist.
fn repeated(vm: &Vm, data: &[u8], n: i64) -> PyResult<Vec<u8>> {
    if n <= 0 || data.is_empty() {
        return Ok(Vec::new());
    }
    let total = data
        .len()
        .checked_mul(n as usize)
        .filter(|t| *t <= isize::MAX as usize)
        .ok_or_else(|| vm.memory_error())?;
    let mut out: Vec<u8> = vm.alloc_vec(total)?;
    for _ in 0..n {
        out.extend_from_slice(data);
    }
    Ok(out)
}

fn mul(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__mul__", a, 1, 1)?;
    let (nb, code) = arr(vm, &a[0])?;
    let n = repeat_count(vm, &a[1])?;
    let data = nb.data.borrow().clone();
    new_plain(vm, code, repeated(vm, &data, n)?)
}

fn imul(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__imul__", a, 1, 1)?;
    let (nb, _) = arr(vm, &a[0])?;
    let n = repeat_count(vm, &a[1])?;
    let data = nb.data.borrow().clone();
    if !data.is_empty() {
        if n != 1 {
            check_resize(vm, nb)?;
        }
        let out = repeated(vm, &data, n)?;
        *nb.data.borrow_mut() = out;
    }
    Ok(a[0].clone())
}

fn contains(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__contains__", a, 1, 1)?;
    Ok(vm.new_bool(super::methods::find(vm, &a[0], &a[1], 0, usize::MAX)?.is_some()))
}

fn iter(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__iter__", a, 0, 0)?;
    arr(vm, &a[0])?;
    Ok(super::pickle::new_iter(vm, &state(vm)?.iter_type, &a[0], 0))
}

fn repr(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__repr__", a, 0, 0)?;
    let (nb, code) = arr(vm, &a[0])?;
    let name = a[0].class().type_data().name.borrow().clone();
    if len_of(nb) == 0 {
        return Ok(vm.new_string(format!("{}('{}')", name, code.ch as char)));
    }
    let body = if code.kind == Kind::Unicode {
        super::methods::to_str(vm, nb, code)?
    } else {
        super::methods::to_list(vm, nb, code)?
    };
    let r = vm.repr(&body)?;
    let r = vm.str_of(&r).unwrap_or("").to_string();
    Ok(vm.new_string(format!("{}('{}', {})", name, code.ch as char, r)))
}

/// A number read from an item, for comparisons without boxing.
#[derive(Clone, Copy)]
enum Num {
    Int(i128),
    Float(f64),
}

fn num(code: Code, b: &[u8]) -> Num {
    match code.kind {
        Kind::Signed => Num::Int(code.signed(b) as i128),
        Kind::Unsigned => Num::Int(u64::from_ne_bytes({
            let mut w = [0u8; 8];
            if cfg!(target_endian = "big") {
                w[8 - code.size..].copy_from_slice(&b[..code.size]);
            } else {
                w[..code.size].copy_from_slice(&b[..code.size]);
            }
            w
        }) as i128),
        Kind::Float => Num::Float(code.float(b)),
        Kind::Unicode => Num::Int(code.code_point(b) as i128),
    }
}

fn num_cmp(x: Num, y: Num) -> Option<Ordering> {
    match (x, y) {
        (Num::Int(a), Num::Int(b)) => Some(a.cmp(&b)),
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(&b),
        (Num::Int(a), Num::Float(b)) => (a as f64).partial_cmp(&b),
        (Num::Float(a), Num::Int(b)) => a.partial_cmp(&(b as f64)),
    }
}

/// CPython's `array_richcompare`: find the first differing items, then compare them
/// (or the lengths when there is none).
fn compare(vm: &Vm, a: Args, op: CompareKind, name: &str) -> PyResult {
    let a = args::method(vm, name, a, 1, 1)?;
    let (x, xc) = arr(vm, &a[0])?;
    let (y, yc) = match arr(vm, &a[1]) {
        Ok(v) => v,
        Err(_) => return Ok(vm.not_implemented()),
    };
    let (nx, ny) = (len_of(x), len_of(y));
    if nx != ny && matches!(op, CompareKind::Eq | CompareKind::Ne) {
        return Ok(vm.new_bool(op == CompareKind::Ne));
    }
    let mixed_unicode = (xc.kind == Kind::Unicode) != (yc.kind == Kind::Unicode);
    if mixed_unicode {
        return compare_objects(vm, &a[0], &a[1], op, nx.min(ny), nx, ny);
    }
    let xd = x.data.borrow().clone();
    let yd = y.data.borrow().clone();
    for i in 0..nx.min(ny) {
        let p = num(xc, &xd[i * xc.size..]);
        let q = num(yc, &yd[i * yc.size..]);
        match num_cmp(p, q) {
            Some(Ordering::Equal) => continue,
            ord => {
                return Ok(vm.new_bool(match op {
                    CompareKind::Eq => false,
                    CompareKind::Ne => true,
                    _ => ord.is_some_and(|o| op.eval_ordering(o)),
                }))
            }
        }
    }
    Ok(vm.new_bool(op.eval_ordering(nx.cmp(&ny))))
}

/// The comparison through item objects (a unicode array against a numeric one).
fn compare_objects(
    vm: &Vm,
    x: &PyRef,
    y: &PyRef,
    op: CompareKind,
    common: usize,
    nx: usize,
    ny: usize,
) -> PyResult {
    let (xb, xc) = arr(vm, x)?;
    let (yb, yc) = arr(vm, y)?;
    for i in 0..common {
        let p = item_at(vm, xb, xc, i)?;
        let q = item_at(vm, yb, yc, i)?;
        if vm.eq_bool(&p, &q)? {
            continue;
        }
        return match op {
            CompareKind::Eq => Ok(vm.new_bool(false)),
            CompareKind::Ne => Ok(vm.new_bool(true)),
            _ => vm.rich_compare(&p, &q, op),
        };
    }
    Ok(vm.new_bool(op.eval_ordering(nx.cmp(&ny))))
}

fn eq(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, CompareKind::Eq, "__eq__")
}
fn ne(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, CompareKind::Ne, "__ne__")
}
fn lt(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, CompareKind::Lt, "__lt__")
}
fn le(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, CompareKind::Le, "__le__")
}
fn gt(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, CompareKind::Gt, "__gt__")
}
fn ge(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, CompareKind::Ge, "__ge__")
}
