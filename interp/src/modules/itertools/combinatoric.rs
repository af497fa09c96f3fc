//! The combinatoric iterators of `itertools`: `product`, `permutations`, `combinations`
//! and `combinations_with_replacement`, on CPython's index-vector algorithms (so they
//! produce the same order and stop at the same points).

use std::cell::{Cell, RefCell};

use super::{clinic, new_inst, new_type, next_method, split_new, state};
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

/// The state shared by the four iterators: the pool(s), the index vector, the cycle
/// counts (permutations only), whether the first tuple was produced, and the end.
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
        self.started.set(true);
        if empty {
            self.stopped.set(true);
            return Some(None);
        }
        Some(Some(self.pick(vm)))
    }

    fn stop(&self) -> Option<PyRef> {
        self.stopped.set(true);
        None
    }
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

pub(super) fn register(vm: &Vm, m: &PyRef) -> PyResult<()> {
    new_type(vm, m, "product", Some(product_new), product_next, &[])?;
    new_type(
        vm,
        m,
        "permutations",
        Some(permutations_new),
        permutations_next,
        &[],
    )?;
    new_type(
        vm,
        m,
        "combinations",
        Some(combinations_new),
        combinations_next,
        &[],
    )?;
    new_type(
        vm,
        m,
        "combinations_with_replacement",
        Some(cwr_new),
        cwr_next,
        &[],
    )?;
    Ok(())
}
