//! The combinatoric iterators of `itertools`: `product`, `permutations`, `combinations`
//! and `combinations_with_replacement`, on CPython's index-vector algorithms (so they
//! produce the same order and stop at the same points), with CPython's pickling: the
//! pool(s) and r as arguments, the index vectors as state once the first tuple is out.

use std::cell::{Cell, RefCell};

use super::pickle_util::{
    index_tuple, reduce_args, reduce_value, setstate_args, ssize_strict, state_tuple, tuple_arity,
};
use super::{clinic, new_inst, new_type, next_method, split_new, state};
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

/// The state shared by the four iterators: the pool(s), the index vector, the cycle
/// counts (permutations only), whether the first tuple was produced (CPython's
/// `result != NULL`), and the end.
struct Combinatoric {
    pools: Vec<Vec<PyRef>>,
    indices: RefCell<Vec<usize>>,
    cycles: RefCell<Vec<usize>>,
    r: usize,
    started: Cell<bool>,
    stopped: Cell<bool>,
}

impl Combinatoric {
    fn new(pools: Vec<Vec<PyRef>>, indices: Vec<usize>, cycles: Vec<usize>, r: usize) -> Self {
        Combinatoric {
            pools,
            indices: RefCell::new(indices),
            cycles: RefCell::new(cycles),
            r,
            started: Cell::new(false),
            stopped: Cell::new(false),
        }
    }

    /// The tuple of the single pool at the first `r` indices.
    fn pick(&self, vm: &Vm) -> PyRef {
        let pool = &self.pools[0];
        let idx = self.indices.borrow();
        vm.new_tuple(idx[..self.r].iter().map(|&i| pool[i].clone()).collect())
    }

    /// The first tuple, or the end; `None` when the iteration has already begun.
    fn first(&self, vm: &Vm, empty: bool) -> Option<Option<PyRef>> {
        if self.stopped.get() {
            return Some(None);
        }
        if self.started.get() {
            return None;
        }
        if empty {
            self.stopped.set(true);
            return Some(None);
        }
        self.started.set(true);
        Some(Some(self.pick(vm)))
    }

    fn stop(&self) -> Option<PyRef> {
        self.stopped.set(true);
        None
    }

    fn pool_tuple(&self, vm: &Vm, i: usize) -> PyRef {
        vm.new_tuple(self.pools[i].clone())
    }

    /// The reduce value of combinations, combinations_with_replacement and
    /// permutations: `(type, (pool, r))` before the first tuple, `(type, ((), r))` at
    /// the end, else `(type, (pool, r), state)`.
    fn reduce_single(&self, vm: &Vm, o: &PyRef, st: impl FnOnce() -> PyRef) -> PyRef {
        let r = vm.new_usize(self.r);
        let cls = o.class().clone();
        if !self.started.get() {
            reduce_value(vm, cls, vec![self.pool_tuple(vm, 0), r], None)
        } else if self.stopped.get() {
            reduce_value(vm, cls, vec![vm.new_tuple(vec![]), r], None)
        } else {
            reduce_value(vm, cls, vec![self.pool_tuple(vm, 0), r], Some(st()))
        }
    }
}

/// The index vector of a `__setstate__`: a tuple of `len` ints, each clamped by
/// `clamp(position, index)`; ValueError otherwise.
fn read_indices(
    vm: &Vm,
    st: &PyRef,
    len: usize,
    clamp: impl Fn(usize, i64) -> i64,
) -> PyResult<Vec<usize>> {
    let items = match &st.payload {
        Payload::Tuple(items) if items.len() == len => items,
        _ => return Err(vm.value_error("invalid arguments")),
    };
    items
        .iter()
        .enumerate()
        .map(|(i, o)| Ok(clamp(i, ssize_strict(vm, o)?).max(0) as usize))
        .collect()
}

fn r_arg(vm: &Vm, o: &PyRef) -> PyResult<usize> {
    let r = args::to_i64(vm, o)?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok(r as usize)
}

// ---- product ----

fn product_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let mut repeat = 1i64;
    for (k, v) in rest.kwnames.iter().zip(rest.kwvalues()) {
        let kn = vm.str_of(k).unwrap_or("");
        if kn != "repeat" {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for product()",
                kn
            )));
        }
        repeat = args::to_i64(vm, v)?;
        if repeat < 0 {
            return Err(vm.value_error("repeat argument cannot be negative"));
        }
    }
    let nargs = rest.pos().len() as i64;
    if repeat > 0 && nargs > i64::MAX / 8 / repeat {
        return Err(vm.overflow_error("repeat argument too large"));
    }
    // Pools past this size could not be allocated (CPython raises MemoryError too).
    if nargs.saturating_mul(repeat) > 1 << 28 {
        return Err(vm.memory_error());
    }
    let mut base = Vec::new();
    for o in rest.pos() {
        base.push(vm.iterate(o)?);
    }
    let mut pools = Vec::new();
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    let n = pools.len();
    Ok(new_inst(
        vm,
        &cls,
        Combinatoric::new(pools, vec![0; n], vec![], n),
    ))
}

fn product_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state::<Combinatoric>(vm, o, "product")?;
    let tuple = |idx: &[usize]| {
        vm.new_tuple(
            s.pools
                .iter()
                .zip(idx)
                .map(|(p, &i)| p[i].clone())
                .collect(),
        )
    };
    if s.stopped.get() {
        return Ok(None);
    }
    if !s.started.get() {
        s.started.set(true);
        if s.pools.iter().any(|p| p.is_empty()) {
            return Ok(s.stop());
        }
        return Ok(Some(tuple(&s.indices.borrow())));
    }
    let mut idx = s.indices.borrow_mut();
    for i in (0..s.pools.len()).rev() {
        idx[i] += 1;
        if idx[i] == s.pools[i].len() {
            idx[i] = 0;
        } else {
            return Ok(Some(tuple(&idx)));
        }
    }
    Ok(s.stop())
}
next_method!(product_next, product_step);

fn product_reduce(vm: &Vm, a: Args) -> PyResult {
    let (o, s) = reduce_args::<Combinatoric>(vm, a, "product")?;
    let cls = o.class().clone();
    if s.stopped.get() {
        let empty = vm.new_tuple(vec![]);
        return Ok(reduce_value(vm, cls, vec![empty], None));
    }
    let pools = (0..s.pools.len()).map(|i| s.pool_tuple(vm, i)).collect();
    let st = s
        .started
        .get()
        .then(|| index_tuple(vm, &s.indices.borrow()));
    Ok(reduce_value(vm, cls, pools, st))
}

fn product_setstate(vm: &Vm, a: Args) -> PyResult {
    let (_, s, st) = setstate_args::<Combinatoric>(vm, a, "product")?;
    let items = match &st.payload {
        Payload::Tuple(items) if items.len() == s.pools.len() => items,
        _ => return Err(vm.value_error("invalid arguments")),
    };
    let mut idx = s.indices.borrow().clone();
    for (i, o) in items.iter().enumerate() {
        let index = ssize_strict(vm, o)?;
        let size = s.pools[i].len() as i64;
        if size == 0 {
            s.stopped.set(true);
            return Ok(vm.none());
        }
        idx[i] = index.clamp(0, size - 1) as usize;
    }
    *s.indices.borrow_mut() = idx;
    s.started.set(true);
    Ok(vm.none())
}

// ---- combinations ----

fn combinations_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let b = clinic(vm, "combinations", rest, &["iterable", "r"], 2, 2)?;
    let pool = vm.iterate(b[0].as_ref().unwrap())?;
    let r = r_arg(vm, b[1].as_ref().unwrap())?;
    Ok(new_inst(
        vm,
        &cls,
        Combinatoric::new(vec![pool], (0..r).collect(), vec![], r),
    ))
}

fn combinations_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state::<Combinatoric>(vm, o, "combinations")?;
    let (n, r) = (s.pools[0].len(), s.r);
    if let Some(f) = s.first(vm, r > n) {
        return Ok(f);
    }
    {
        let mut idx = s.indices.borrow_mut();
        let Some(i) = (0..r).rev().find(|&i| idx[i] != i + n - r) else {
            return Ok(s.stop());
        };
        idx[i] += 1;
        for j in i + 1..r {
            idx[j] = idx[j - 1] + 1;
        }
    }
    Ok(Some(s.pick(vm)))
}
next_method!(combinations_next, combinations_step);

fn combinations_reduce(vm: &Vm, a: Args) -> PyResult {
    let (o, s) = reduce_args::<Combinatoric>(vm, a, "combinations")?;
    Ok(s.reduce_single(vm, o, || index_tuple(vm, &s.indices.borrow())))
}

fn combinations_setstate(vm: &Vm, a: Args) -> PyResult {
    let (_, s, st) = setstate_args::<Combinatoric>(vm, a, "combinations")?;
    let (n, r) = (s.pools[0].len() as i64, s.r);
    let idx = read_indices(vm, st, r, |i, v| v.min(i as i64 + n - r as i64))?;
    set_indices(s, idx, r as i64 > n);
    Ok(vm.none())
}

/// Installs the indices of a `__setstate__` and marks the iteration as begun; an
/// impossible selection (more picks than the pool has) ends it instead.
fn set_indices(s: &Combinatoric, idx: Vec<usize>, impossible: bool) {
    *s.indices.borrow_mut() = idx;
    s.started.set(true);
    if impossible {
        s.stopped.set(true);
    }
}

// ---- combinations_with_replacement ----

fn cwr_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let b = clinic(
        vm,
        "combinations_with_replacement",
        rest,
        &["iterable", "r"],
        2,
        2,
    )?;
    let pool = vm.iterate(b[0].as_ref().unwrap())?;
    let r = r_arg(vm, b[1].as_ref().unwrap())?;
    Ok(new_inst(
        vm,
        &cls,
        Combinatoric::new(vec![pool], vec![0; r], vec![], r),
    ))
}

fn cwr_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state::<Combinatoric>(vm, o, "combinations_with_replacement")?;
    let (n, r) = (s.pools[0].len(), s.r);
    if let Some(f) = s.first(vm, n == 0 && r > 0) {
        return Ok(f);
    }
    {
        let mut idx = s.indices.borrow_mut();
        let Some(i) = (0..r).rev().find(|&i| idx[i] != n - 1) else {
            return Ok(s.stop());
        };
        let v = idx[i] + 1;
        for x in idx[i..].iter_mut() {
            *x = v;
        }
    }
    Ok(Some(s.pick(vm)))
}
next_method!(cwr_next, cwr_step);

fn cwr_reduce(vm: &Vm, a: Args) -> PyResult {
    let (o, s) = reduce_args::<Combinatoric>(vm, a, "combinations_with_replacement")?;
    Ok(s.reduce_single(vm, o, || index_tuple(vm, &s.indices.borrow())))
}

fn cwr_setstate(vm: &Vm, a: Args) -> PyResult {
    let (_, s, st) = setstate_args::<Combinatoric>(vm, a, "combinations_with_replacement")?;
    let (n, r) = (s.pools[0].len() as i64, s.r);
    let idx = read_indices(vm, st, r, |_, v| v.min(n - 1))?;
    set_indices(s, idx, n == 0 && r > 0);
    Ok(vm.none())
}

// ---- permutations ----

fn permutations_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let b = clinic(vm, "permutations", rest, &["iterable", "r"], 1, 2)?;
    let pool = vm.iterate(b[0].as_ref().unwrap())?;
    let n = pool.len();
    let r = match &b[1] {
        Some(o) if !vm.is_none(o) => {
            if !matches!(o.payload, Payload::Int(_) | Payload::BigInt(_)) {
                return Err(vm.type_error("Expected int as r"));
            }
            r_arg(vm, o)?
        }
        _ => n,
    };
    let cycles = if r <= n {
        (0..r).map(|i| n - i).collect()
    } else {
        vec![]
    };
    Ok(new_inst(
        vm,
        &cls,
        Combinatoric::new(vec![pool], (0..n).collect(), cycles, r),
    ))
}

fn permutations_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state::<Combinatoric>(vm, o, "permutations")?;
    let (n, r) = (s.pools[0].len(), s.r);
    if let Some(f) = s.first(vm, r > n) {
        return Ok(f);
    }
    if n == 0 {
        return Ok(s.stop());
    }
    {
        let mut idx = s.indices.borrow_mut();
        let mut cycles = s.cycles.borrow_mut();
        let mut found = false;
        for i in (0..r).rev() {
            cycles[i] -= 1;
            if cycles[i] == 0 {
                idx[i..].rotate_left(1);
                cycles[i] = n - i;
            } else {
                let j = cycles[i];
                idx.swap(i, n - j);
                found = true;
                break;
            }
        }
        if !found {
            return Ok(s.stop());
        }
    }
    Ok(Some(s.pick(vm)))
}
next_method!(permutations_next, permutations_step);

fn permutations_reduce(vm: &Vm, a: Args) -> PyResult {
    let (o, s) = reduce_args::<Combinatoric>(vm, a, "permutations")?;
    Ok(s.reduce_single(vm, o, || {
        vm.new_tuple(vec![
            index_tuple(vm, &s.indices.borrow()),
            index_tuple(vm, &s.cycles.borrow()),
        ])
    }))
}

fn permutations_setstate(vm: &Vm, a: Args) -> PyResult {
    let (_, s, st) = setstate_args::<Combinatoric>(vm, a, "permutations")?;
    let items = state_tuple(vm, st)?;
    tuple_arity(vm, items, 2, 2)?;
    for (k, it) in items.iter().enumerate() {
        if !matches!(it.payload, Payload::Tuple(_)) {
            return Err(vm.type_error(format!(
                "argument {} must be tuple, not {}",
                k + 1,
                it.type_name()
            )));
        }
    }
    let (n, r) = (s.pools[0].len(), s.r);
    let len_of = |o: &PyRef| match &o.payload {
        Payload::Tuple(t) => t.len(),
        _ => 0,
    };
    if len_of(&items[0]) != n || len_of(&items[1]) != r {
        return Err(vm.value_error("invalid arguments"));
    }
    let n = n as i64;
    let idx = read_indices(vm, &items[0], n as usize, |_, v| v.min(n - 1))?;
    let cycles = read_indices(vm, &items[1], r, |i, v| {
        if v < 1 {
            1
        } else {
            v.min(n - i as i64)
        }
    })?;
    if r as i64 > n {
        s.started.set(true);
        s.stopped.set(true);
        return Ok(vm.none());
    }
    *s.cycles.borrow_mut() = cycles;
    set_indices(s, idx, false);
    Ok(vm.none())
}

pub(super) fn register(vm: &Vm, m: &PyRef) -> PyResult<()> {
    new_type(
        vm,
        m,
        "product",
        Some(product_new),
        product_next,
        &[
            ("__reduce__", product_reduce),
            ("__setstate__", product_setstate),
        ],
    )?;
    new_type(
        vm,
        m,
        "permutations",
        Some(permutations_new),
        permutations_next,
        &[
            ("__reduce__", permutations_reduce),
            ("__setstate__", permutations_setstate),
        ],
    )?;
    new_type(
        vm,
        m,
        "combinations",
        Some(combinations_new),
        combinations_next,
        &[
            ("__reduce__", combinations_reduce),
            ("__setstate__", combinations_setstate),
        ],
    )?;
    new_type(
        vm,
        m,
        "combinations_with_replacement",
        Some(cwr_new),
        cwr_next,
        &[("__reduce__", cwr_reduce), ("__setstate__", cwr_setstate)],
    )?;
    Ok(())
}
