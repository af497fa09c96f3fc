//! The mutating methods of `bytearray`: item and slice assignment and deletion,
//! `append`/`extend`/`insert`/`pop`/`remove`, in-place `+=`/`*=`, `clear`, `copy`,
//! `reverse`; and the export count that forbids resizing a bytearray while a
//! memoryview holds its buffer (CPython's `ob_exports`).

use std::cell::RefCell;
use std::collections::HashMap;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use super::bytes_from_object;
use crate::objects::str::{method_args, Arity};

/// Live, unreleased memoryviews per bytearray (keyed by object id; a view keeps its
/// bytearray alive, so an id cannot be reused while its count is non-zero).
static EXPORTS: crate::vm::gil::GilCell<RefCell<HashMap<usize, usize>>> =
    crate::vm::gil::GilCell::new(|| RefCell::new(HashMap::new()));

/// Registers a new memoryview (a no-op unless it views a bytearray); returns it.
pub fn exported(view: PyRef) -> PyRef {
    if let Payload::MemoryView(m) = &view.payload {
        if matches!(m.obj.payload, Payload::ByteArray(_)) {
            let id = m.obj.id();
            EXPORTS.with(|e| *e.borrow_mut().entry(id).or_insert(0) += 1);
        }
        crate::objects::buffer::count_export(&m.obj, true);
    }
    view
}

/// A memoryview over `obj` was released (explicitly or by being freed).
pub fn export_released(obj: &PyRef) {
    crate::objects::buffer::count_export(obj, false);
    if !matches!(obj.payload, Payload::ByteArray(_)) {
        return;
    }
    let id = obj.id();
    EXPORTS.with(|e| {
        let mut e = e.borrow_mut();
        if let Some(n) = e.get_mut(&id) {
            *n -= 1;
            if *n == 0 {
                e.remove(&id);
            }
        }
    });
}

impl Drop for MemoryViewData {
    fn drop(&mut self) {
        if !self.released.get() {
            export_released(&self.obj);
        }
    }
}

/// CPython's BufferError when a bytearray with live exports would change size.
pub(super) fn check_resizable(vm: &Vm, this: &PyRef) -> PyResult<()> {
    let id = this.id();
    if EXPORTS.with(|e| e.borrow().contains_key(&id)) {
        return Err(vm.new_error(
            &vm.exc.buffer_error,
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(())
}

fn ba<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a RefCell<Vec<u8>>> {
    match &args::this(vm, args)?.payload {
        Payload::ByteArray(v) => Ok(v),
        _ => Err(vm.type_error("bytearray expected")),
    }
}

/// The buffer of a bytearray about to change size.
fn ba_resizing<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a RefCell<Vec<u8>>> {
    check_resizable(vm, args::this(vm, args)?)?;
    ba(vm, args)
}

fn byte_value(vm: &Vm, o: &PyRef) -> PyResult<u8> {
    let v = args::to_i64(vm, o)?;
    if !(0..256).contains(&v) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(v as u8)
}

fn ba_append(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "bytearray", "append", args, Arity::One)?;
    let b = byte_value(vm, &a[1])?;
    ba_resizing(vm, &args)?.borrow_mut().push(b);
    Ok(vm.none())
}
fn ba_extend(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "bytearray", "extend", args, Arity::One)?;
    let data = match bytes_from_object(vm, &a[1]) {
        Ok(d) => d,
        Err(_) => {
            let mut v = Vec::new();
            for it in vm.iterate(&a[1])? {
                v.push(byte_value(vm, &it)?);
            }
            v
        }
    };
    if data.is_empty() {
        return Ok(vm.none());
    }
    ba_resizing(vm, &args)?.borrow_mut().extend(data);
    Ok(vm.none())
}
fn ba_pop(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "bytearray", "pop", args, Arity::Clinic(0, 1))?;
    let v = ba_resizing(vm, &args)?;
    let mut v = v.borrow_mut();
    if v.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = match a.get(1) {
        Some(i) => args::to_i64(vm, i)?,
        None => -1,
    };
    let n = v.len() as i64;
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(vm.new_int(v.remove(idx as usize) as i64))
}
fn ba_setitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__setitem__", args, 3, 3)?;
    let v = ba(vm, &args)?;
    if let Payload::Slice(sl) = &a[1].payload {
        let data = match bytes_from_object(vm, &a[2]) {
            Ok(d) => d,
            Err(_) => {
                let mut d = Vec::new();
                for it in vm.iterate(&a[2])? {
                    d.push(byte_value(vm, &it)?);
                }
                d
            }
        };
        let len = v.borrow().len();
        let (start, stop, step) = crate::objects::range::slice_indices(vm, sl, len)?;
        if step == 1 && (stop.max(start) - start) as usize != data.len() {
            check_resizable(vm, &a[0])?;
        }
        if step != 1 && data.is_empty() {
            // Assigning nothing to an extended slice deletes it.
            check_resizable(vm, &a[0])?;
            let mut idxs = crate::objects::range::slice_positions(start, stop, step);
            idxs.sort_unstable();
            let mut vb = v.borrow_mut();
            for i in idxs.into_iter().rev() {
                vb.remove(i);
            }
            return Ok(vm.none());
        }
        let mut vb = v.borrow_mut();
        if step == 1 {
            let stop = stop.max(start);
            vb.splice(start as usize..stop as usize, data);
        } else {
            let idxs = crate::objects::range::slice_positions(start, stop, step);
            if idxs.len() != data.len() {
                return Err(vm.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    data.len(),
                    idxs.len()
                )));
            }
            for (i, b) in idxs.into_iter().zip(data) {
                vb[i] = b;
            }
        }
        return Ok(vm.none());
    }
    let Some(i) = vm.index_opt(&a[1])? else {
        return Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            a[1].type_name()
        )));
    };
    let b = byte_value(vm, &a[2])?;
    let mut vb = v.borrow_mut();
    let n = vb.len() as i64;
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.index_error("bytearray index out of range"));
    }
    vb[idx as usize] = b;
    Ok(vm.none())
}
fn ba_delitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__delitem__", args, 2, 2)?;
    let v = ba(vm, &args)?;
    if let Payload::Slice(sl) = &a[1].payload {
        let len = v.borrow().len();
        let (start, stop, step) = crate::objects::range::slice_indices(vm, sl, len)?;
        let mut idxs = crate::objects::range::slice_positions(start, stop, step);
        idxs.sort_unstable();
        if !idxs.is_empty() || step != 1 {
            check_resizable(vm, &a[0])?;
        }
        let mut vb = v.borrow_mut();
        // One pass over the bytes (removing one index at a time is quadratic).
        let mut doomed = idxs.into_iter().peekable();
        let mut i = 0;
        vb.retain(|_| {
            let del = doomed.peek() == Some(&i);
            if del {
                doomed.next();
            }
            i += 1;
            !del
        });
        return Ok(vm.none());
    }
    let Some(i) = vm.index_opt(&a[1])? else {
        return Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            a[1].type_name()
        )));
    };
    let n = v.borrow().len() as i64;
    let idx = if i < 0 { i + n } else { i };
    if idx < 0 || idx >= n {
        return Err(vm.index_error("bytearray index out of range"));
    }
    check_resizable(vm, &a[0])?;
    v.borrow_mut().remove(idx as usize);
    Ok(vm.none())
}
fn ba_iadd(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__iadd__", args, 2, 2)?;
    let d = bytes_from_object(vm, &a[1])?;
    ba_resizing(vm, &args)?.borrow_mut().extend(d);
    Ok(a[0].clone())
}
/// `ba *= n` repeats the buffer in place and returns the same bytearray.
fn ba_imul(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__imul__", args, 2, 2)?;
    let n = match vm.index_opt(&a[1])? {
        Some(n) => n,
        None => return Ok(vm.not_implemented()),
    };
    let buf = ba(vm, &args)?;
    let current = buf.borrow().clone();
    let repeated = if n <= 0 {
        Vec::new()
    } else {
        let total = current
            .len()
            .checked_mul(n as usize)
            .ok_or_else(|| vm.memory_error())?;
        let mut out: Vec<u8> = vm.alloc_vec(total)?;
        for _ in 0..n {
            out.extend_from_slice(&current);
        }
        out
    };
    if repeated.len() != current.len() {
        check_resizable(vm, &a[0])?;
    }
    *buf.borrow_mut() = repeated;
    Ok(a[0].clone())
}
fn ba_clear(vm: &Vm, args: Args) -> PyResult {
    ba_resizing(vm, &args)?.borrow_mut().clear();
    Ok(vm.none())
}
/// `bytearray.__alloc__()`: the allocated size, counting CPython's trailing NUL.
fn ba_alloc(vm: &Vm, args: Args) -> PyResult {
    let v = ba(vm, &args)?.borrow();
    if v.capacity() == 0 {
        return Ok(vm.new_int(0));
    }
    Ok(vm.new_usize(v.capacity().max(v.len()) + 1))
}
fn ba_copy(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_bytearray(ba(vm, &args)?.borrow().clone()))
}
fn ba_reverse(vm: &Vm, args: Args) -> PyResult {
    ba(vm, &args)?.borrow_mut().reverse();
    Ok(vm.none())
}
fn ba_insert(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "bytearray", "insert", args, Arity::Clinic(2, 2))?;
    let i = args::to_i64(vm, &a[1])?;
    let b = byte_value(vm, &a[2])?;
    let mut v = ba_resizing(vm, &args)?.borrow_mut();
    let n = v.len() as i64;
    let idx = if i < 0 { (i + n).max(0) } else { i.min(n) };
    v.insert(idx as usize, b);
    Ok(vm.none())
}

fn ba_remove(vm: &Vm, args: Args) -> PyResult {
    let a = method_args(vm, "bytearray", "remove", args, Arity::One)?;
    let b = byte_value(vm, &a[1])?;
    let buf = ba(vm, &args)?;
    let Some(i) = buf.borrow().iter().position(|&x| x == b) else {
        return Err(vm.value_error("value not found in bytearray"));
    };
    check_resizable(vm, &a[0])?;
    buf.borrow_mut().remove(i);
    Ok(vm.none())
}

pub fn init(vm: &Vm) {
    let bat = &vm.types.bytearray;
    crate::objects::add_methods(
        vm,
        bat,
        &[
            ("append", ba_append),
            ("extend", ba_extend),
            ("pop", ba_pop),
            ("remove", ba_remove),
            ("__setitem__", ba_setitem),
            ("__delitem__", ba_delitem),
            ("__iadd__", ba_iadd),
            ("__imul__", ba_imul),
            ("clear", ba_clear),
            ("copy", ba_copy),
            ("__alloc__", ba_alloc),
            ("reverse", ba_reverse),
            ("insert", ba_insert),
        ],
    );
}
