//! `collections.deque` (CPython's Modules/_collectionsmodule.c): a ring buffer with an
//! optional `maxlen`, a mutation counter that the iterators and searching methods check
//! ("deque mutated during iteration"), rich comparisons, `+`/`*`/`+=`/`*=`, a repr that
//! shows recursion as `[...]`, `__reduce__` and `__copy__`. Python code (comparisons,
//! `__index__`) never runs while the buffer is borrowed.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use crate::compile::bytecode::CompareKind;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use super::{cached, DEQUE_ITER, DEQUE_REVITER, DEQUE_TYPE};

/// Every `deque` method.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", deque_init),
    ("append", append),
    ("appendleft", appendleft),
    ("pop", pop),
    ("popleft", popleft),
    ("extend", extend),
    ("extendleft", extendleft),
    ("rotate", rotate),
    ("clear", clear),
    ("copy", copy),
    ("__copy__", copy),
    ("count", count),
    ("index", index),
    ("insert", insert),
    ("remove", remove),
    ("reverse", reverse),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__len__", len),
    ("__contains__", contains),
    ("__iter__", iter),
    ("__reversed__", reversed),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__add__", add),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__iadd__", iadd),
    ("__imul__", imul),
    ("__repr__", repr),
    ("__reduce__", reduce),
];

pub struct Deque {
    items: RefCell<VecDeque<PyRef>>,
    maxlen: Cell<Option<usize>>,
    /// Bumped by every change of length or order (CPython's `state`).
    state: Cell<u64>,
}

impl Deque {
    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }
    fn len(&self) -> usize {
        self.items.borrow().len()
    }
    fn get(&self, i: usize) -> Option<PyRef> {
        self.items.borrow().get(i).cloned()
    }
    fn snapshot(&self) -> Vec<PyRef> {
        self.items.borrow().iter().cloned().collect()
    }
    /// Appends on the right, dropping from the left beyond `maxlen`.
    fn push_back(&self, v: PyRef) {
        let old = {
            let mut it = self.items.borrow_mut();
            it.push_back(v);
            match self.maxlen.get() {
                Some(m) if it.len() > m => it.pop_front(),
                _ => None,
            }
        };
        self.bump();
        drop(old);
    }
    fn push_front(&self, v: PyRef) {
        let old = {
            let mut it = self.items.borrow_mut();
            it.push_front(v);
            match self.maxlen.get() {
                Some(m) if it.len() > m => it.pop_back(),
                _ => None,
            }
        };
        self.bump();
        drop(old);
    }
    fn take_all(&self) -> VecDeque<PyRef> {
        self.bump();
        std::mem::take(&mut *self.items.borrow_mut())
    }
}

fn is_deque(vm: &Vm, o: &PyRef) -> bool {
    match cached(vm, &DEQUE_TYPE) {
        Ok(t) => crate::object::typeobj::is_subtype(o.class(), &t),
        Err(_) => false,
    }
}

pub fn deque_of<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a Deque> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<Deque>(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'collections.deque' object but received a '{}'",
            o.type_name()
        ))
    })
}

fn this<'a>(vm: &Vm, a: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [PyRef]> {
    let p = args::method(vm, name, *a, min, max)?;
    deque_of(vm, &p[0])?;
    Ok(p)
}

fn new_deque(vm: &Vm, cls: &PyRef, maxlen: Option<usize>) -> PyRef {
    vm.new_object_of(
        cls,
        Payload::Native(Box::new(Deque {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(maxlen),
            state: Cell::new(0),
        })),
    )
}

pub fn deque_new(vm: &Vm, a: Args) -> PyResult {
    let cls = args::this(vm, &a)?;
    Ok(new_deque(vm, cls, None))
}

fn parse_maxlen(vm: &Vm, m: &Option<PyRef>) -> PyResult<Option<usize>> {
    match m {
        None => Ok(None),
        Some(m) if vm.is_none(m) => Ok(None),
        Some(m) => {
            let n = match vm.index_opt(m)? {
                Some(n) => n,
                None => return Err(vm.type_error("an integer is required")),
            };
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Ok(Some(n as usize))
        }
    }
}

fn deque_init(vm: &Vm, a: Args) -> PyResult {
    let d = deque_of(vm, args::this(vm, &a)?)?;
    let u = crate::modules::user_args(a);
    for k in u.kwnames {
        let kn = vm.str_of(k).unwrap_or("");
        if kn != "iterable" && kn != "maxlen" {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for deque()",
                kn
            )));
        }
    }
    let b = args::bind(vm, "deque", u, &["iterable", "maxlen"], 0, 0)?;
    let maxlen = parse_maxlen(vm, &b[1])?;
    d.maxlen.set(maxlen);
    if d.len() > 0 {
        drop(d.take_all());
    }
    if let Some(it) = &b[0] {
        extend_with(vm, &a.args[0], it, false)?;
    }
    Ok(vm.none())
}

fn append(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "append", 1, 1)?;
    deque_of(vm, &p[0])?.push_back(p[1].clone());
    Ok(vm.none())
}

fn appendleft(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "appendleft", 1, 1)?;
    deque_of(vm, &p[0])?.push_front(p[1].clone());
    Ok(vm.none())
}

fn pop_end(vm: &Vm, a: Args, name: &str, left: bool) -> PyResult {
    let p = this(vm, &a, name, 0, 0)?;
    let d = deque_of(vm, &p[0])?;
    let v = {
        let mut it = d.items.borrow_mut();
        if left {
            it.pop_front()
        } else {
            it.pop_back()
        }
    };
    d.bump();
    v.ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn pop(vm: &Vm, a: Args) -> PyResult {
    pop_end(vm, a, "pop", false)
}

fn popleft(vm: &Vm, a: Args) -> PyResult {
    pop_end(vm, a, "popleft", true)
}

/// Appends every item of `iterable` to `this` (on the left when `left`).
fn extend_with(vm: &Vm, this: &PyRef, iterable: &PyRef, left: bool) -> PyResult<()> {
    let d = deque_of(vm, this)?;
    if iterable.is(this) {
        for v in d.snapshot() {
            if left {
                d.push_front(v)
            } else {
                d.push_back(v)
            }
        }
        return Ok(());
    }
    let it = vm.get_iter(iterable)?;
    while let Some(v) = vm.iter_next(&it)? {
        if left {
            d.push_front(v)
        } else {
            d.push_back(v)
        }
    }
    Ok(())
}

fn extend(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "extend", 1, 1)?;
    extend_with(vm, &p[0], &p[1], false)?;
    Ok(vm.none())
}

fn extendleft(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "extendleft", 1, 1)?;
    extend_with(vm, &p[0], &p[1], true)?;
    Ok(vm.none())
}

fn rotate(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "rotate", 0, 1)?;
    let n = match p.get(1) {
        Some(n) => args::to_i64(vm, n)?,
        None => 1,
    };
    let d = deque_of(vm, &p[0])?;
    let mut it = d.items.borrow_mut();
    let len = it.len();
    if len > 1 {
        let k = n.rem_euclid(len as i64) as usize;
        it.rotate_right(k);
    }
    drop(it);
    d.bump();
    Ok(vm.none())
}

fn clear(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "clear", 0, 0)?;
    let old = deque_of(vm, &p[0])?.take_all();
    drop(old);
    Ok(vm.none())
}

/// `copy()`: an exact deque copies directly; a subclass is called as
/// `type(d)(d[, maxlen])`.
fn copy_of(vm: &Vm, o: &PyRef) -> PyResult {
    let d = deque_of(vm, o)?;
    let cls = o.class().clone();
    if cls.is(&cached(vm, &DEQUE_TYPE)?) {
        let n = new_deque(vm, &cls, d.maxlen.get());
        let nd = deque_of(vm, &n)?;
        *nd.items.borrow_mut() = d.items.borrow().clone();
        return Ok(n);
    }
    match d.maxlen.get() {
        Some(m) => vm.call(&cls, Args::new(&[o.clone(), vm.new_int(m as i64)])),
        None => vm.call1(&cls, o.clone()),
    }
}

fn copy(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "copy", 0, 0)?;
    copy_of(vm, &p[0])
}

/// Calls `f(item)` for each item from `start` to `stop` until it returns true, checking
/// that the deque was not changed meanwhile. Returns the index found.
fn search(
    vm: &Vm,
    d: &Deque,
    start: usize,
    stop: usize,
    mutated: &dyn Fn() -> PyErr,
    f: &mut dyn FnMut(&PyRef) -> PyResult<bool>,
) -> PyResult<Option<usize>> {
    let state = d.state.get();
    for i in start..stop {
        let Some(v) = d.get(i) else {
            return Err(mutated());
        };
        let hit = f(&v)?;
        if d.state.get() != state {
            return Err(mutated());
        }
        if hit {
            return Ok(Some(i));
        }
    }
    let _ = vm;
    Ok(None)
}

fn mutated_runtime(vm: &Vm) -> impl Fn() -> PyErr + '_ {
    move || vm.runtime_error("deque mutated during iteration")
}

fn count(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "count", 1, 1)?;
    let d = deque_of(vm, &p[0])?;
    let mut n = 0i64;
    search(vm, d, 0, d.len(), &mutated_runtime(vm), &mut |v| {
        if vm.eq_bool(v, &p[1])? {
            n += 1;
        }
        Ok(false)
    })?;
    Ok(vm.new_int(n))
}

fn slice_index(vm: &Vm, o: &PyRef) -> PyResult<i64> {
    match vm.index_opt(o) {
        Ok(Some(i)) => Ok(i),
        Ok(None) => {
            Err(vm.type_error("slice indices must be integers or have an __index__ method"))
        }
        Err(e) if vm.exc_matches(&e, &vm.exc.overflow_error) => {
            let big = crate::objects::int::to_bigint(o).map(|b| b.sign());
            Ok(if big == Some(num_bigint::Sign::Minus) {
                i64::MIN
            } else {
                i64::MAX
            })
        }
        Err(e) => Err(e),
    }
}

fn index(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "index", 1, 3)?;
    let d = deque_of(vm, &p[0])?;
    let n = d.len() as i64;
    let clamp = |i: i64| -> i64 {
        if i < 0 {
            (i + n).max(0)
        } else {
            i.min(n)
        }
    };
    let start = match p.get(2) {
        Some(s) => clamp(slice_index(vm, s)?),
        None => 0,
    };
    let stop = match p.get(3) {
        Some(s) => clamp(slice_index(vm, s)?),
        None => n,
    };
    let start = start.min(stop);
    let found = search(
        vm,
        d,
        start as usize,
        stop as usize,
        &mutated_runtime(vm),
        &mut |v| vm.eq_bool(v, &p[1]),
    )?;
    match found {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error(format!("{} is not in deque", vm.repr_str(&p[1])?))),
    }
}

fn insert(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "insert", 2, 2)?;
    let i = args::to_i64(vm, &p[1])?;
    let d = deque_of(vm, &p[0])?;
    let n = d.len() as i64;
    if d.maxlen.get() == Some(n as usize) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    d.items.borrow_mut().insert(pos as usize, p[2].clone());
    d.bump();
    Ok(vm.none())
}

fn remove(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "remove", 1, 1)?;
    let d = deque_of(vm, &p[0])?;
    let mutated = || vm.index_error("deque mutated during iteration");
    let found = search(vm, d, 0, d.len(), &mutated, &mut |v| vm.eq_bool(v, &p[1]))?;
    match found {
        Some(i) => {
            let old = d.items.borrow_mut().remove(i);
            d.bump();
            drop(old);
            Ok(vm.none())
        }
        None => Err(vm.value_error(format!("{} is not in deque", vm.repr_str(&p[1])?))),
    }
}

fn reverse(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "reverse", 0, 0)?;
    deque_of(vm, &p[0])?
        .items
        .borrow_mut()
        .make_contiguous()
        .reverse();
    Ok(vm.none())
}

/// An item index (`__index__`), resolved against the length.
fn item_index(vm: &Vm, d: &Deque, k: &PyRef) -> PyResult<usize> {
    let i = match vm.index_opt(k) {
        Ok(Some(i)) => i,
        Ok(None) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                k.type_name()
            )))
        }
        Err(e) if vm.exc_matches(&e, &vm.exc.overflow_error) => {
            return Err(vm.index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                k.type_name()
            )))
        }
        Err(e) => return Err(e),
    };
    let n = d.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn getitem(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "__getitem__", 1, 1)?;
    let d = deque_of(vm, &p[0])?;
    let i = item_index(vm, d, &p[1])?;
    d.get(i)
        .ok_or_else(|| vm.index_error("deque index out of range"))
}

fn setitem(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "__setitem__", 2, 2)?;
    let d = deque_of(vm, &p[0])?;
    let i = item_index(vm, d, &p[1])?;
    let old = {
        let mut it = d.items.borrow_mut();
        match it.get_mut(i) {
            Some(slot) => std::mem::replace(slot, p[2].clone()),
            None => return Err(vm.index_error("deque index out of range")),
        }
    };
    drop(old);
    Ok(vm.none())
}

fn delitem(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "__delitem__", 1, 1)?;
    let d = deque_of(vm, &p[0])?;
    let i = item_index(vm, d, &p[1])?;
    let old = d.items.borrow_mut().remove(i);
    d.bump();
    drop(old);
    Ok(vm.none())
}

fn len(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "__len__", 0, 0)?;
    Ok(vm.new_int(deque_of(vm, &p[0])?.len() as i64))
}

fn contains(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "__contains__", 1, 1)?;
    let d = deque_of(vm, &p[0])?;
    let found = search(vm, d, 0, d.len(), &mutated_runtime(vm), &mut |v| {
        if v.is(&p[1]) {
            return Ok(true);
        }
        vm.eq_bool(v, &p[1])
    })?;
    Ok(vm.new_bool(found.is_some()))
}

// ---- iterators ----

struct DequeIter {
    deque: PyRef,
    /// The next position (counted from the right for reverse iterators).
    index: Cell<usize>,
    /// Items left (CPython's `counter`).
    left: Cell<usize>,
    state: u64,
}

fn new_iter(vm: &Vm, o: &PyRef, ty: &PyRef) -> PyResult {
    let d = deque_of(vm, o)?;
    let st = DequeIter {
        deque: o.clone(),
        index: Cell::new(0),
        left: Cell::new(d.len()),
        state: d.state.get(),
    };
    Ok(vm.new_object_of(ty, Payload::Native(Box::new(st))))
}

fn iter(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "__iter__", 0, 0)?;
    new_iter(vm, &p[0], &cached(vm, &DEQUE_ITER)?)
}

fn reversed(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "__reversed__", 0, 0)?;
    new_iter(vm, &p[0], &cached(vm, &DEQUE_REVITER)?)
}

fn iter_state<'a>(vm: &Vm, a: &Args<'a>) -> PyResult<&'a DequeIter> {
    match &args::this(vm, a)?.payload {
        Payload::Native(n) => n.downcast_ref::<DequeIter>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("expected a deque iterator"))
}

fn iter_step(vm: &Vm, a: Args, rev: bool) -> PyResult {
    let it = iter_state(vm, &a)?;
    let d = deque_of(vm, &it.deque)?;
    if d.state.get() != it.state {
        it.left.set(0);
        return Err(vm.runtime_error("deque mutated during iteration"));
    }
    if it.left.get() == 0 {
        return Err(vm.stop_iteration(None));
    }
    let k = it.index.get();
    let n = d.len();
    let pos = if rev { n.wrapping_sub(k + 1) } else { k };
    let v = d.get(pos).ok_or_else(|| vm.stop_iteration(None))?;
    it.index.set(k + 1);
    it.left.set(it.left.get() - 1);
    Ok(v)
}

fn iter_next(vm: &Vm, a: Args) -> PyResult {
    iter_step(vm, a, false)
}

fn reviter_next(vm: &Vm, a: Args) -> PyResult {
    iter_step(vm, a, true)
}

fn iter_self(vm: &Vm, a: Args) -> PyResult {
    Ok(args::this(vm, &a)?.clone())
}

fn iter_length_hint(vm: &Vm, a: Args) -> PyResult {
    Ok(vm.new_int(iter_state(vm, &a)?.left.get() as i64))
}

pub const ITER_METHODS: &[(&str, NativeFn)] = &[
    ("__iter__", iter_self),
    ("__next__", iter_next),
    ("__length_hint__", iter_length_hint),
];

pub const REVITER_METHODS: &[(&str, NativeFn)] = &[
    ("__iter__", iter_self),
    ("__next__", reviter_next),
    ("__length_hint__", iter_length_hint),
];

// ---- comparisons and operators ----

fn compare(vm: &Vm, a: Args, op: CompareKind) -> PyResult {
    let p = args::method(vm, "__eq__", a, 1, 1)?;
    if !is_deque(vm, &p[0]) || !is_deque(vm, &p[1]) {
        return Ok(vm.not_implemented());
    }
    let (x, y) = (deque_of(vm, &p[0])?, deque_of(vm, &p[1])?);
    let (vs, ws) = (x.len(), y.len());
    match op {
        CompareKind::Eq if p[0].is(&p[1]) => return Ok(vm.new_bool(true)),
        CompareKind::Eq if vs != ws => return Ok(vm.new_bool(false)),
        CompareKind::Ne if p[0].is(&p[1]) => return Ok(vm.new_bool(false)),
        CompareKind::Ne if vs != ws => return Ok(vm.new_bool(true)),
        _ => {}
    }
    let (xs, ys) = (x.snapshot(), y.snapshot());
    for (a, b) in xs.iter().zip(ys.iter()) {
        if !(a.is(b) || vm.eq_bool(a, b)?) {
            return vm.rich_compare(a, b, op);
        }
    }
    let (vs, ws) = (xs.len(), ys.len());
    Ok(vm.new_bool(match op {
        CompareKind::Lt => vs < ws,
        CompareKind::Le => vs <= ws,
        CompareKind::Eq => vs == ws,
        CompareKind::Ne => vs != ws,
        CompareKind::Gt => vs > ws,
        _ => vs >= ws,
    }))
}

fn eq(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, CompareKind::Eq)
}
fn ne(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, CompareKind::Ne)
}
fn lt(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, CompareKind::Lt)
}
fn le(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, CompareKind::Le)
}
fn gt(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, CompareKind::Gt)
}
fn ge(vm: &Vm, a: Args) -> PyResult {
    compare(vm, a, CompareKind::Ge)
}

fn add(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "__add__", 1, 1)?;
    if !is_deque(vm, &p[1]) {
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            p[1].type_name()
        )));
    }
    let n = copy_of(vm, &p[0])?;
    extend_with(vm, &n, &p[1], false)?;
    Ok(n)
}

/// Repeats the deque's items in place `n` times in all (keeping only what `maxlen`
/// allows, as repeated appends would).
fn repeat_in_place(vm: &Vm, d: &Deque, n: i64) -> PyResult<()> {
    let items = d.snapshot();
    if n <= 0 || items.is_empty() {
        drop(d.take_all());
        return Ok(());
    }
    let len = items.len();
    let total = (len as u128) * (n as u128);
    let keep = match d.maxlen.get() {
        Some(m) => total.min(m as u128),
        None => total,
    };
    let mut out: VecDeque<PyRef> = VecDeque::new();
    if keep > usize::MAX as u128 || out.try_reserve_exact(keep as usize).is_err() {
        return Err(vm.memory_error());
    }
    let first = total - keep;
    out.extend((first..total).map(|p| items[(p % len as u128) as usize].clone()));
    let old = std::mem::replace(&mut *d.items.borrow_mut(), out);
    d.bump();
    drop(old);
    Ok(())
}

fn mul(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "__mul__", 1, 1)?;
    let Some(n) = vm.index_opt(&p[1])? else {
        return Ok(vm.not_implemented());
    };
    let r = copy_of(vm, &p[0])?;
    repeat_in_place(vm, deque_of(vm, &r)?, n)?;
    Ok(r)
}

fn iadd(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "__iadd__", 1, 1)?;
    extend_with(vm, &p[0], &p[1], false)?;
    Ok(p[0].clone())
}

fn imul(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "__imul__", 1, 1)?;
    let Some(n) = vm.index_opt(&p[1])? else {
        return Ok(vm.not_implemented());
    };
    repeat_in_place(vm, deque_of(vm, &p[0])?, n)?;
    Ok(p[0].clone())
}

fn repr(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "__repr__", 0, 0)?;
    let o = &p[0];
    let d = deque_of(vm, o)?;
    if !crate::builtins::repr_enter(vm, o) {
        return Ok(vm.new_str("[...]"));
    }
    let list = vm.new_list(d.snapshot());
    let r = vm.repr_str(&list);
    crate::builtins::repr_leave(vm, o);
    let r = r?;
    let name = o.class().type_data().name.borrow().clone();
    Ok(vm.new_string(match d.maxlen.get() {
        Some(m) => format!("{}({}, maxlen={})", name, r, m),
        None => format!("{}({})", name, r),
    }))
}

fn reduce(vm: &Vm, a: Args) -> PyResult {
    let p = this(vm, &a, "__reduce__", 0, 0)?;
    let o = &p[0];
    let d = deque_of(vm, o)?;
    let dict = match vm.get_attr_opt(o, &vm.names.__dict__) {
        Ok(Some(x)) if !(matches!(x.payload, Payload::Dict(_)) && vm.len(&x)? == 0) => x,
        _ => vm.none(),
    };
    let args = match d.maxlen.get() {
        Some(m) => vm.new_tuple(vec![vm.new_tuple(vec![]), vm.new_int(m as i64)]),
        None => vm.new_tuple(vec![]),
    };
    let it = new_iter(vm, o, &cached(vm, &DEQUE_ITER)?)?;
    Ok(vm.new_tuple(vec![o.class().clone(), args, dict, it]))
}

pub fn maxlen_get(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(match deque_of(vm, o)?.maxlen.get() {
        Some(m) => vm.new_int(m as i64),
        None => vm.none(),
    })
}
