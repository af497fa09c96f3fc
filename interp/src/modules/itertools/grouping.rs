//! `itertools.groupby` with its `_grouper` sub-iterators (sharing the parent's state as
//! in CPython: advancing the parent invalidates the previous group), and their pickling.

use std::cell::{Cell, RefCell};

use super::pickle_util::{
    method_state, reduce_args, reduce_value, setstate_args, state_tuple, tuple_arity,
};
use super::{clinic, itertype, new_inst, new_type, next_method, split_new, state, unpack_new};
use crate::compile::bytecode::CompareKind;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

// ---- groupby ----

struct GroupBy {
    it: PyRef,
    key: Option<PyRef>,
    tgtkey: RefCell<Option<PyRef>>,
    currkey: RefCell<Option<PyRef>>,
    currvalue: RefCell<Option<PyRef>>,
    /// The generation of the group iterator that may still advance (CPython compares
    /// `currgrouper` by identity; a counter avoids a reference cycle).
    current: Cell<u64>,
}

struct Grouper {
    parent: PyRef,
    tgtkey: PyRef,
    generation: u64,
}

fn groupby_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let b = clinic(vm, "groupby", rest, &["iterable", "key"], 1, 2)?;
    let it = vm.get_iter(b[0].as_ref().unwrap())?;
    let key = b[1].clone().filter(|k| !vm.is_none(k));
    Ok(new_inst(
        vm,
        &cls,
        GroupBy {
            it,
            key,
            tgtkey: RefCell::new(None),
            currkey: RefCell::new(None),
            currvalue: RefCell::new(None),
            current: Cell::new(0),
        },
    ))
}

/// Reads the next value and its key into `currvalue`/`currkey`; false at the end.
fn groupby_advance(vm: &Vm, s: &GroupBy) -> PyResult<bool> {
    let Some(v) = vm.iter_next(&s.it)? else {
        return Ok(false);
    };
    let k = match &s.key {
        None => v.clone(),
        Some(f) => vm.call(f, Args::new(std::slice::from_ref(&v)))?,
    };
    *s.currvalue.borrow_mut() = Some(v);
    *s.currkey.borrow_mut() = Some(k);
    Ok(true)
}

fn keys_equal(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    let r = vm.rich_compare(a, b, CompareKind::Eq)?;
    vm.is_true(&r)
}

fn groupby_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state::<GroupBy>(vm, o, "groupby")?;
    // Invalidate the previous group.
    s.current.set(s.current.get() + 1);
    loop {
        let curr = s.currkey.borrow().clone();
        match curr {
            None => {
                if !groupby_advance(vm, s)? {
                    return Ok(None);
                }
            }
            Some(ck) => {
                let tgt = s.tgtkey.borrow().clone();
                match tgt {
                    None => break,
                    Some(tk) => {
                        if !keys_equal(vm, &tk, &ck)? {
                            break;
                        }
                        if !groupby_advance(vm, s)? {
                            return Ok(None);
                        }
                    }
                }
            }
        }
    }
    let key = s.currkey.borrow().clone().unwrap_or_else(|| vm.none());
    *s.tgtkey.borrow_mut() = Some(key.clone());
    let gt = itertype(vm, "_grouper")?;
    let grouper = grouper_create(vm, &gt, o, key.clone())?;
    Ok(Some(vm.new_tuple(vec![key, grouper])))
}
next_method!(groupby_next, groupby_step);

fn grouper_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let g = state::<Grouper>(vm, o, "_grouper")?;
    let s = state::<GroupBy>(vm, &g.parent, "groupby")?;
    if s.current.get() != g.generation {
        return Ok(None);
    }
    let have_value = s.currvalue.borrow().is_some();
    if !have_value && !groupby_advance(vm, s)? {
        return Ok(None);
    }
    let ck = s.currkey.borrow().clone().unwrap_or_else(|| vm.none());
    if !keys_equal(vm, &g.tgtkey, &ck)? {
        return Ok(None);
    }
    *s.currkey.borrow_mut() = None;
    Ok(s.currvalue.borrow_mut().take())
}
next_method!(grouper_next, grouper_step);

/// `(groupby, (it, keyfunc))`, with `(currkey, currvalue, tgtkey)` as state while a
/// group is under way.
fn groupby_reduce(vm: &Vm, a: Args) -> PyResult {
    let (o, s) = reduce_args::<GroupBy>(vm, a, "groupby")?;
    let key = s.key.clone().unwrap_or_else(|| vm.none());
    let args = vec![s.it.clone(), key];
    let (ck, cv, tk) = (
        s.currkey.borrow().clone(),
        s.currvalue.borrow().clone(),
        s.tgtkey.borrow().clone(),
    );
    let st = match (ck, cv, tk) {
        (Some(ck), Some(cv), Some(tk)) => Some(vm.new_tuple(vec![ck, cv, tk])),
        _ => None,
    };
    Ok(reduce_value(vm, o.class().clone(), args, st))
}

fn groupby_setstate(vm: &Vm, a: Args) -> PyResult {
    let (_, s, st) = setstate_args::<GroupBy>(vm, a, "groupby")?;
    let items = state_tuple(vm, st)?;
    tuple_arity(vm, items, 3, 3)?;
    *s.currkey.borrow_mut() = Some(items[0].clone());
    *s.currvalue.borrow_mut() = Some(items[1].clone());
    *s.tgtkey.borrow_mut() = Some(items[2].clone());
    Ok(vm.none())
}

/// `_grouper(parent, tgtkey)`: a group iterator that becomes the parent's current one.
fn grouper_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let p = unpack_new(vm, &cls, "_grouper", rest, 2, 2)?;
    if method_state::<GroupBy>(vm, &p[0], "groupby", "__new__").is_err() {
        return Err(vm.type_error(format!(
            "_grouper() argument 1 must be itertools.groupby, not {}",
            p[0].type_name()
        )));
    }
    grouper_create(vm, &cls, &p[0], p[1].clone())
}

fn grouper_create(vm: &Vm, cls: &PyRef, parent: &PyRef, tgtkey: PyRef) -> PyResult {
    let s = state::<GroupBy>(vm, parent, "groupby")?;
    s.current.set(s.current.get() + 1);
    Ok(new_inst(
        vm,
        cls,
        Grouper {
            parent: parent.clone(),
            tgtkey,
            generation: s.current.get(),
        },
    ))
}

/// `(_grouper, (parent, tgtkey))` for the parent's current group, else `iter(())`.
fn grouper_reduce(vm: &Vm, a: Args) -> PyResult {
    let (o, g) = reduce_args::<Grouper>(vm, a, "_grouper")?;
    let s = state::<GroupBy>(vm, &g.parent, "groupby")?;
    if s.current.get() != g.generation {
        let iter = vm
            .dict_get_str(&vm.builtins_dict, "iter")?
            .ok_or_else(|| vm.runtime_error("lost builtins.iter"))?;
        return Ok(reduce_value(vm, iter, vec![vm.new_tuple(vec![])], None));
    }
    Ok(reduce_value(
        vm,
        o.class().clone(),
        vec![g.parent.clone(), g.tgtkey.clone()],
        None,
    ))
}

pub(super) fn register(vm: &Vm, m: &PyRef) -> PyResult<()> {
    new_type(
        vm,
        m,
        "groupby",
        Some(groupby_new),
        groupby_next,
        &[
            ("__reduce__", groupby_reduce),
            ("__setstate__", groupby_setstate),
        ],
    )?;
    new_type(
        vm,
        m,
        "_grouper",
        Some(grouper_new),
        grouper_next,
        &[("__reduce__", grouper_reduce)],
    )?;
    Ok(())
}
