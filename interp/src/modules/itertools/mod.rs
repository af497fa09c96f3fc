//! The `itertools` module: every iterator is a type of its own (as in CPython), built by
//! `new_type` with a `__new__`, `__iter__` returning self and `__next__`. This file owns
//! the shared helpers, argument checks, registration and the infinite iterators (count,
//! cycle, repeat); `terminating.rs` owns the iterators that end with their input
//! (accumulate, chain, compress, dropwhile, takewhile, filterfalse, islice, pairwise,
//! starmap, zip_longest), `grouping.rs` groupby and tee, `combinatoric.rs` product,
//! permutations, combinations and combinations_with_replacement.

mod combinatoric;
mod grouping;
mod terminating;

pub(super) use crate::objects::args::clinic;

use std::cell::{Cell, RefCell};

use crate::compile::bytecode::BinOp;
use crate::object::payload::*;
use crate::object::typeobj::type_lookup;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

/// The state of an itertools object of type `T`, or TypeError.
pub(super) fn state<'a, T: 'static>(vm: &Vm, o: &'a PyRef, what: &str) -> PyResult<&'a T> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<T>(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '__next__' requires a 'itertools.{}' object but received a '{}'",
            what,
            o.type_name()
        ))
    })
}

pub(super) fn new_inst<T: 'static>(vm: &Vm, cls: &PyRef, st: T) -> PyRef {
    vm.new_object_of(cls, Payload::Native(Box::new(st)))
}

/// The class and the remaining arguments of a `__new__` call.
pub(super) fn split_new<'a>(vm: &Vm, a: &Args<'a>) -> PyResult<(PyRef, Args<'a>)> {
    let cls = args::this(vm, a)?.clone();
    Ok((cls, Args::with_kw(&a.args[1..], a.kwnames)))
}

/// Positional-only arguments with the messages of CPython's `PyArg_UnpackTuple`
/// (`cycle expected 1 argument, got 0`) and `_PyArg_NoKeywords`.
pub(super) fn unpack<'a>(
    vm: &Vm,
    name: &str,
    a: Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [PyRef]> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    let n = a.args.len();
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if min == max && n != min {
        return Err(vm.type_error(format!(
            "{} expected {} argument{}, got {}",
            name,
            min,
            s(min),
            n
        )));
    }
    if n < min {
        return Err(vm.type_error(format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            s(min),
            n
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            s(max),
            n
        )));
    }
    Ok(a.args)
}

fn iter_self(vm: &Vm, a: Args) -> PyResult {
    Ok(args::this(vm, &a)?.clone())
}

/// Wraps a step function `fn(&Vm, &PyRef) -> PyResult<Option<PyRef>>` into `__next__`.
macro_rules! next_method {
    ($name:ident, $step:path) => {
        fn $name(vm: &Vm, a: Args) -> PyResult {
            let this = crate::objects::args::this(vm, &a)?;
            match $step(vm, this)? {
                Some(v) => Ok(v),
                None => Err(vm.stop_iteration(None)),
            }
        }
    };
}
pub(super) use next_method;

/// A new `itertools.<name>` type with `__new__` (when given), `__iter__` and `__next__`.
pub(super) fn new_type(
    vm: &Vm,
    m: &PyRef,
    name: &str,
    new: Option<NativeFn>,
    next: NativeFn,
    methods: &[(&'static str, NativeFn)],
) -> PyResult<PyRef> {
    let t = crate::objects::typeobj::new_native_type(vm, name, "itertools", new.is_some());
    if let Some(f) = new {
        crate::objects::add_native(vm, &t, "__new__", f, NativeKind::StaticMethod);
    }
    crate::objects::add_methods(vm, &t, &[("__iter__", iter_self), ("__next__", next)]);
    crate::objects::add_methods(vm, &t, methods);
    let d = vm.module_dict(m).unwrap();
    vm.dict_set_str(&d, name, t.clone())?;
    Ok(t)
}

// ---- count ----

struct Count {
    cur: RefCell<PyRef>,
    step: PyRef,
}

fn is_number(vm: &Vm, o: &PyRef) -> bool {
    matches!(
        o.payload,
        Payload::Int(_) | Payload::BigInt(_) | Payload::Float(_) | Payload::Complex(..)
    ) || ["__index__", "__int__", "__float__", "__complex__"]
        .iter()
        .any(|n| type_lookup(o.class(), &vm.intern(n)).is_some())
}

fn count_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let b = clinic(vm, "count", rest, &["start", "step"], 0, 2)?;
    let start = b[0].clone().unwrap_or_else(|| vm.new_int(0));
    let step = b[1].clone().unwrap_or_else(|| vm.new_int(1));
    if !is_number(vm, &start) || !is_number(vm, &step) {
        return Err(vm.type_error("a number is required"));
    }
    Ok(new_inst(
        vm,
        &cls,
        Count {
            cur: RefCell::new(start),
            step,
        },
    ))
}

fn count_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state::<Count>(vm, o, "count")?;
    let cur = s.cur.borrow().clone();
    let next = vm.binary_op(&cur, &s.step, BinOp::Add)?;
    *s.cur.borrow_mut() = next;
    Ok(Some(cur))
}
next_method!(count_next, count_step);

fn count_repr(vm: &Vm, a: Args) -> PyResult {
    let o = args::this(vm, &a)?;
    let s = state::<Count>(vm, o, "count")?;
    let cur = s.cur.borrow().clone();
    let cur = vm.repr_str(&cur)?;
    let name = o.class().type_data().name.borrow().clone();
    Ok(vm.new_string(if matches!(s.step.payload, Payload::Int(1)) {
        format!("{}({})", name, cur)
    } else {
        format!("{}({}, {})", name, cur, vm.repr_str(&s.step)?)
    }))
}

// ---- cycle ----

struct Cycle {
    it: PyRef,
    saved: RefCell<Vec<PyRef>>,
    index: Cell<usize>,
    first_pass_done: Cell<bool>,
}

fn cycle_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let p = unpack(vm, "cycle", rest, 1, 1)?;
    let it = vm.get_iter(&p[0])?;
    Ok(new_inst(
        vm,
        &cls,
        Cycle {
            it,
            saved: RefCell::new(Vec::new()),
            index: Cell::new(0),
            first_pass_done: Cell::new(false),
        },
    ))
}

fn cycle_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state::<Cycle>(vm, o, "cycle")?;
    if !s.first_pass_done.get() {
        if let Some(v) = vm.iter_next(&s.it)? {
            s.saved.borrow_mut().push(v.clone());
            return Ok(Some(v));
        }
        s.first_pass_done.set(true);
    }
    let saved = s.saved.borrow();
    if saved.is_empty() {
        return Ok(None);
    }
    let i = s.index.get() % saved.len();
    s.index.set(i + 1);
    Ok(Some(saved[i].clone()))
}
next_method!(cycle_next, cycle_step);

// ---- repeat ----

struct Repeat {
    element: PyRef,
    /// Remaining repetitions; `None` repeats forever.
    left: Cell<Option<i64>>,
}

fn repeat_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let b = clinic(vm, "repeat", rest, &["object", "times"], 1, 2)?;
    let element = b[0].clone().unwrap_or_else(|| vm.none());
    let left = match &b[1] {
        Some(t) => Some(args::to_i64(vm, t)?.max(0)),
        None => None,
    };
    Ok(new_inst(
        vm,
        &cls,
        Repeat {
            element,
            left: Cell::new(left),
        },
    ))
}

fn repeat_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state::<Repeat>(vm, o, "repeat")?;
    match s.left.get() {
        None => Ok(Some(s.element.clone())),
        Some(0) => Ok(None),
        Some(n) => {
            s.left.set(Some(n - 1));
            Ok(Some(s.element.clone()))
        }
    }
}
next_method!(repeat_next, repeat_step);

fn repeat_repr(vm: &Vm, a: Args) -> PyResult {
    let o = args::this(vm, &a)?;
    let s = state::<Repeat>(vm, o, "repeat")?;
    let name = o.class().type_data().name.borrow().clone();
    let e = vm.repr_str(&s.element)?;
    Ok(vm.new_string(match s.left.get() {
        None => format!("{}({})", name, e),
        Some(n) => format!("{}({}, {})", name, e, n),
    }))
}

fn repeat_length_hint(vm: &Vm, a: Args) -> PyResult {
    let o = args::this(vm, &a)?;
    let s = state::<Repeat>(vm, o, "repeat")?;
    match s.left.get() {
        None => Err(vm.type_error("len() of unsized object")),
        Some(n) => Ok(vm.new_int(n)),
    }
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(vm, "itertools", &[("tee", grouping::tee)]);
    new_type(
        vm,
        &m,
        "count",
        Some(count_new),
        count_next,
        &[("__repr__", count_repr)],
    )?;
    new_type(vm, &m, "cycle", Some(cycle_new), cycle_next, &[])?;
    new_type(
        vm,
        &m,
        "repeat",
        Some(repeat_new),
        repeat_next,
        &[
            ("__repr__", repeat_repr),
            ("__length_hint__", repeat_length_hint),
        ],
    )?;
    terminating::register(vm, &m)?;
    grouping::register(vm, &m)?;
    combinatoric::register(vm, &m)?;
    Ok(m)
}
