//! `itertools.tee` and its `_tee` iterators, laid out as CPython's: the values read
//! from the shared input are kept in a linked list of `_tee_dataobject`s of 57 values
//! each, and a `_tee` is a data object plus an index into it. Both types pickle with
//! CPython's reduce values (a `_tee` as `(_tee, ((),), (dataobject, index))`, a data
//! object as `(_tee_dataobject, (it, values, next))`), so deep copies and pickles of
//! partly consumed tees carry the buffered values along.

use std::cell::{Cell, RefCell};

use super::pickle_util::{
    int_arg, method_state, reduce_args, reduce_value, setstate_args, state_tuple, tuple_arity,
};
use super::{
    itertype, new_inst, new_plain_type, new_type, next_method, split_new, state, unpack, unpack_new,
};
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

/// The number of values in one data object.
const LINKCELLS: usize = 57;

/// One link of the buffer: the shared input, the values read into this link so far,
/// and the next link once this one is full.
struct TeeData {
    it: PyRef,
    values: RefCell<Vec<PyRef>>,
    running: Cell<bool>,
    next: RefCell<Option<PyRef>>,
}

struct Tee {
    data: RefCell<PyRef>,
    index: Cell<usize>,
}

fn new_data(vm: &Vm, it: PyRef) -> PyResult {
    let ty = itertype(vm, "_tee_dataobject")?;
    Ok(new_inst(
        vm,
        &ty,
        TeeData {
            it,
            values: RefCell::new(Vec::new()),
            running: Cell::new(false),
            next: RefCell::new(None),
        },
    ))
}

fn data_of<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a TeeData> {
    state::<TeeData>(vm, o, "_tee_dataobject")
}

/// The value at `i` of a data object, read from the input when `i` is past the values
/// read so far.
fn data_get(vm: &Vm, d: &TeeData, i: usize) -> PyResult<Option<PyRef>> {
    if let Some(v) = d.values.borrow().get(i) {
        return Ok(Some(v.clone()));
    }
    if d.running.get() {
        return Err(vm.runtime_error("cannot re-enter the tee iterator"));
    }
    d.running.set(true);
    let r = vm.iter_next(&d.it);
    d.running.set(false);
    let Some(v) = r? else {
        return Ok(None);
    };
    d.values.borrow_mut().push(v.clone());
    Ok(Some(v))
}

/// The link after a full data object, made on first use.
fn data_next(vm: &Vm, d: &TeeData) -> PyResult {
    let next = d.next.borrow().clone();
    match next {
        Some(n) => Ok(n),
        None => {
            let n = new_data(vm, d.it.clone())?;
            *d.next.borrow_mut() = Some(n.clone());
            Ok(n)
        }
    }
}

fn tee_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let t = state::<Tee>(vm, o, "_tee")?;
    if t.index.get() >= LINKCELLS {
        let cur = t.data.borrow().clone();
        let next = data_next(vm, data_of(vm, &cur)?)?;
        *t.data.borrow_mut() = next;
        t.index.set(0);
    }
    let cur = t.data.borrow().clone();
    let v = data_get(vm, data_of(vm, &cur)?, t.index.get())?;
    if v.is_some() {
        t.index.set(t.index.get() + 1);
    }
    Ok(v)
}
next_method!(tee_next, tee_step);

fn new_tee(vm: &Vm, ty: &PyRef, data: PyRef, index: usize) -> PyRef {
    new_inst(
        vm,
        ty,
        Tee {
            data: RefCell::new(data),
            index: Cell::new(index),
        },
    )
}

fn tee_copy_of(vm: &Vm, o: &PyRef) -> PyResult {
    let t = state::<Tee>(vm, o, "_tee")?;
    let data = t.data.borrow().clone();
    Ok(new_tee(vm, o.class(), data, t.index.get()))
}

fn tee_copy(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "__copy__", a, 0, 0)?;
    method_state::<Tee>(vm, &s[0], "_tee", "__copy__")?;
    tee_copy_of(vm, &s[0])
}

/// A `_tee` over `iterable`: a copy when its iterator is a `_tee` already.
fn tee_from_iterable(vm: &Vm, iterable: &PyRef) -> PyResult {
    let it = vm.get_iter(iterable)?;
    if let Payload::Native(n) = &it.payload {
        if n.is::<Tee>() {
            return tee_copy_of(vm, &it);
        }
    }
    let ty = itertype(vm, "_tee")?;
    let data = new_data(vm, it)?;
    Ok(new_tee(vm, &ty, data, 0))
}

fn tee_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let p = unpack_new(vm, &cls, "_tee", rest, 1, 1)?;
    tee_from_iterable(vm, &p[0])
}

/// `(_tee, ((),), (dataobject, index))`.
fn tee_reduce(vm: &Vm, a: Args) -> PyResult {
    let (o, t) = reduce_args::<Tee>(vm, a, "_tee")?;
    let st = vm.new_tuple(vec![t.data.borrow().clone(), vm.new_usize(t.index.get())]);
    Ok(reduce_value(
        vm,
        o.class().clone(),
        vec![vm.new_tuple(vec![])],
        Some(st),
    ))
}

fn is_data(o: &PyRef) -> bool {
    matches!(&o.payload, Payload::Native(n) if n.is::<TeeData>())
}

fn tee_setstate(vm: &Vm, a: Args) -> PyResult {
    let (_, t, st) = setstate_args::<Tee>(vm, a, "_tee")?;
    let items = state_tuple(vm, st)?;
    tuple_arity(vm, items, 2, 2)?;
    if !is_data(&items[0]) {
        return Err(vm.type_error(format!(
            "argument 1 must be itertools._tee_dataobject, not {}",
            items[0].type_name()
        )));
    }
    let index = int_arg(vm, &items[1])?;
    if index < 0 || index as usize > LINKCELLS {
        return Err(vm.value_error("Index out of range"));
    }
    *t.data.borrow_mut() = items[0].clone();
    t.index.set(index as usize);
    Ok(vm.none())
}

/// `_tee_dataobject(it, values, next)`: a link holding `values` (at most 57, and a next
/// link only when full), as unpickling rebuilds them.
fn data_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let p = unpack_new(vm, &cls, "teedataobject", rest, 3, 3)?;
    let values = match &p[1].payload {
        Payload::List(l) => l.borrow().clone(),
        _ => {
            return Err(vm.type_error(format!(
                "teedataobject() argument 2 must be list, not {}",
                p[1].type_name()
            )))
        }
    };
    let invalid = || vm.value_error("Invalid arguments");
    let next = if vm.is_none(&p[2]) {
        None
    } else if values.len() == LINKCELLS && is_data(&p[2]) {
        Some(p[2].clone())
    } else {
        return Err(invalid());
    };
    if values.len() > LINKCELLS {
        return Err(invalid());
    }
    let ty = itertype(vm, "_tee_dataobject")?;
    Ok(new_inst(
        vm,
        &ty,
        TeeData {
            it: p[0].clone(),
            values: RefCell::new(values),
            running: Cell::new(false),
            next: RefCell::new(next),
        },
    ))
}

/// `(_tee_dataobject, (it, values, next))`.
fn data_reduce(vm: &Vm, a: Args) -> PyResult {
    let (o, d) = reduce_args::<TeeData>(vm, a, "_tee_dataobject")?;
    let values = vm.new_list(d.values.borrow().clone());
    let next = d.next.borrow().clone().unwrap_or_else(|| vm.none());
    Ok(reduce_value(
        vm,
        o.class().clone(),
        vec![d.it.clone(), values, next],
        None,
    ))
}

/// `tee(iterable, n=2)`: n independent iterators over one iterable; an iterator that
/// has `__copy__` is copied instead of wrapped.
pub(super) fn tee(vm: &Vm, a: Args) -> PyResult {
    if a.has_kw() {
        return Err(vm.type_error("itertools.tee() takes no keyword arguments"));
    }
    let p = unpack(vm, "tee", crate::modules::user_args(a), 1, 2)?;
    let n = match p.get(1) {
        Some(o) => args::to_i64(vm, o)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(vm.new_tuple(vec![]));
    }
    let it = vm.get_iter(&p[0])?;
    let copy_name = vm.intern("__copy__");
    let (first, copy) = match vm.get_attr_opt(&it, &copy_name)? {
        Some(f) => (it, f),
        None => {
            let t = tee_from_iterable(vm, &it)?;
            let f = vm.get_attr(&t, &copy_name)?;
            (t, f)
        }
    };
    let mut out = vec![first];
    for _ in 1..n {
        out.push(vm.call(&copy, Args::new(&[]))?);
    }
    Ok(vm.new_tuple(out))
}

pub(super) fn register(vm: &Vm, m: &PyRef) -> PyResult<()> {
    new_type(
        vm,
        m,
        "_tee",
        Some(tee_new),
        tee_next,
        &[
            ("__copy__", tee_copy),
            ("__reduce__", tee_reduce),
            ("__setstate__", tee_setstate),
        ],
    )?;
    new_plain_type(
        vm,
        m,
        "_tee_dataobject",
        Some(data_new),
        &[("__reduce__", data_reduce)],
    )?;
    Ok(())
}
