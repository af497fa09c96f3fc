//! The `itertools` module: every iterator is a type of its own (as in CPython), built by
//! `new_type` with a `__new__`, `__iter__` returning self and `__next__`. This file owns
//! the shared helpers, argument checks, registration and the infinite iterators (count,
//! cycle, repeat) with their pickling; `pickle_util.rs` the helpers every `__reduce__` /
//! `__setstate__` shares; `terminating.rs` owns the iterators that end with their input
//! (accumulate, chain, compress, dropwhile, takewhile, filterfalse, islice, pairwise,
//! starmap, zip_longest), `grouping.rs` groupby, `tee.rs` tee with `_tee` and
//! `_tee_dataobject`, `combinatoric.rs` product, permutations, combinations and
//! combinations_with_replacement.

mod combinatoric;
mod grouping;
mod pickle_util;
mod tee;
mod terminating;

pub(super) use crate::objects::args::clinic;

use std::cell::{Cell, RefCell};

use crate::compile::bytecode::BinOp;
use crate::object::payload::*;
use crate::object::typeobj::type_lookup;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;
use pickle_util::{int_arg, reduce_value, state_tuple, tuple_arity};

/// The itertools types by name: reduce values and constructors that name another type
/// of the module (accumulate pickles through chain and islice, groupby makes
/// `_grouper`s, tee `_tee`s).
static TYPES: crate::vm::gil::GilCell<RefCell<Vec<(String, PyRef)>>> =
    crate::vm::gil::GilCell::new(|| RefCell::new(Vec::new()));

/// The itertools type called `name`.
pub(super) fn itertype(vm: &Vm, name: &str) -> PyResult<PyRef> {
    TYPES
        .with(|t| {
            t.borrow()
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, t)| t.clone())
        })
        .ok_or_else(|| vm.runtime_error(format!("itertools.{} missing", name)))
}

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

/// CPython's keyword check of the positional-only itertools constructors: keywords are
/// refused unless a subclass brings its own `__init__` (`type->tp_init ==
/// base->tp_init`), in which case `__new__` ignores them.
pub(super) fn unpack_new<'a>(
    vm: &Vm,
    cls: &PyRef,
    name: &str,
    a: Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [PyRef]> {
    if a.has_kw()
        && crate::objects::args::uses_builtin_slot(
            cls,
            &vm.names.__init__,
            crate::objects::object::object_init,
        )
    {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    unpack(vm, name, Args::new(a.pos()), min, max)
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

/// `__class_getitem__`: a generic alias of the class.
pub(super) fn class_getitem(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "__class_getitem__", a, 2, 2)?;
    crate::objects::generic_alias(vm, &p[0], &p[1])
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
    let t = new_plain_type(vm, m, name, new, methods)?;
    crate::objects::add_methods(vm, &t, &[("__iter__", iter_self), ("__next__", next)]);
    Ok(t)
}

/// A new `itertools.<name>` type that is no iterator (`_tee_dataobject`).
pub(super) fn new_plain_type(
    vm: &Vm,
    m: &PyRef,
    name: &str,
    new: Option<NativeFn>,
    methods: &[(&'static str, NativeFn)],
) -> PyResult<PyRef> {
    let t = crate::objects::typeobj::new_native_type(vm, name, "itertools", new.is_some());
    TYPES.with(|x| x.borrow_mut().push((name.to_string(), t.clone())));
    if let Some(f) = new {
        crate::objects::add_native(vm, &t, "__new__", f, NativeKind::StaticMethod);
    }
    crate::objects::add_methods(vm, &t, methods);
    let d = vm.module_dict(m).unwrap();
    vm.dict_set_str(&d, name, t.clone())?;
    Ok(t)
}

// ---- count ----

struct Count {
    cur: RefCell<PyRef>,
    step: PyRef,
    /// CPython's fast mode: an int start that fits a machine word and an int step of 1;
    /// such a count reduces to `count(n)`.
    fast: bool,
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
    // Bools are ints here, as for PyLong_AsSsize_t.
    let (fast, cur) = match (&start.payload, &step.payload) {
        (Payload::Int(i), Payload::Int(1)) => (true, vm.new_int(*i)),
        _ => (false, start),
    };
    Ok(new_inst(
        vm,
        &cls,
        Count {
            cur: RefCell::new(cur),
            step,
            fast,
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

/// The count as an index while it is in fast mode.
fn count_fast(s: &Count) -> Option<i64> {
    match s.cur.borrow().payload {
        Payload::Int(i) if s.fast && i < i64::MAX => Some(i),
        _ => None,
    }
}

fn count_repr(vm: &Vm, a: Args) -> PyResult {
    let o = args::this(vm, &a)?;
    let s = state::<Count>(vm, o, "count")?;
    let name = o.class().type_data().name.borrow().clone();
    if let Some(i) = count_fast(s) {
        return Ok(vm.new_string(format!("{}({})", name, i)));
    }
    let cur = s.cur.borrow().clone();
    let cur = vm.repr_str(&cur)?;
    let step_is_one = matches!(&s.step.payload, Payload::Int(1));
    Ok(vm.new_string(if step_is_one {
        format!("{}({})", name, cur)
    } else {
        format!("{}({}, {})", name, cur, vm.repr_str(&s.step)?)
    }))
}

/// `(count, (n,))` in fast mode, else `(count, (current, step))`.
fn count_reduce(vm: &Vm, a: Args) -> PyResult {
    let (o, s) = pickle_util::reduce_args::<Count>(vm, a, "count")?;
    let args = match count_fast(s) {
        Some(i) => vec![vm.new_int(i)],
        None => vec![s.cur.borrow().clone(), s.step.clone()],
    };
    Ok(reduce_value(vm, o.class().clone(), args, None))
}

// ---- cycle ----

struct Cycle {
    /// The input until it is exhausted.
    it: RefCell<Option<PyRef>>,
    saved: RefCell<Vec<PyRef>>,
    index: Cell<usize>,
    /// Set by an old pickle's state: the items still to come from `it` are already in
    /// `saved`.
    firstpass: Cell<bool>,
}

fn cycle_new(vm: &Vm, a: Args) -> PyResult {
    let (cls, rest) = split_new(vm, &a)?;
    let p = unpack_new(vm, &cls, "cycle", rest, 1, 1)?;
    let it = vm.get_iter(&p[0])?;
    Ok(new_inst(
        vm,
        &cls,
        Cycle {
            it: RefCell::new(Some(it)),
            saved: RefCell::new(Vec::new()),
            index: Cell::new(0),
            firstpass: Cell::new(false),
        },
    ))
}

fn cycle_step(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state::<Cycle>(vm, o, "cycle")?;
    let it = s.it.borrow().clone();
    if let Some(it) = it {
        if let Some(v) = vm.iter_next(&it)? {
            if !s.firstpass.get() {
                s.saved.borrow_mut().push(v.clone());
            }
            return Ok(Some(v));
        }
        *s.it.borrow_mut() = None;
    }
    let saved = s.saved.borrow();
    if saved.is_empty() {
        return Ok(None);
    }
    let i = s.index.get().min(saved.len() - 1);
    s.index.set(if i + 1 >= saved.len() { 0 } else { i + 1 });
    Ok(Some(saved[i].clone()))
}
next_method!(cycle_next, cycle_step);

/// `(cycle, (it,), (saved, firstpass))`; once the input is exhausted, `it` is an
/// iterator over the saved items at the current position and `firstpass` is True.
fn cycle_reduce(vm: &Vm, a: Args) -> PyResult {
    let (o, s) = pickle_util::reduce_args::<Cycle>(vm, a, "cycle")?;
    let saved = vm.new_list(s.saved.borrow().clone());
    let it = s.it.borrow().clone();
    let (it, firstpass) = match it {
        Some(it) => (it, s.firstpass.get()),
        None => {
            let it = vm.get_iter(&saved)?;
            if s.index.get() != 0 {
                vm.call_method(&it, "__setstate__", &[vm.new_usize(s.index.get())])?;
            }
            (it, true)
        }
    };
    Ok(reduce_value(
        vm,
        o.class().clone(),
        vec![it],
        Some(vm.new_tuple(vec![saved, vm.new_bool(firstpass)])),
    ))
}

fn cycle_setstate(vm: &Vm, a: Args) -> PyResult {
    let (_, s, st) = pickle_util::setstate_args::<Cycle>(vm, a, "cycle")?;
    let items = state_tuple(vm, st)?;
    tuple_arity(vm, items, 2, 2)?;
    let saved = match &items[0].payload {
        Payload::List(l) => l.borrow().clone(),
        _ => {
            return Err(vm.type_error(format!(
                "argument 1 must be list, not {}",
                items[0].type_name()
            )))
        }
    };
    let firstpass = int_arg(vm, &items[1])? != 0;
    *s.saved.borrow_mut() = saved;
    s.firstpass.set(firstpass);
    s.index.set(0);
    Ok(vm.none())
}

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

/// `(repeat, (element, times_left))`, or `(repeat, (element,))` when endless.
fn repeat_reduce(vm: &Vm, a: Args) -> PyResult {
    let (o, s) = pickle_util::reduce_args::<Repeat>(vm, a, "repeat")?;
    let mut args = vec![s.element.clone()];
    args.extend(s.left.get().map(|n| vm.new_int(n)));
    Ok(reduce_value(vm, o.class().clone(), args, None))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(vm, "itertools", &[("tee", tee::tee)]);
    new_type(
        vm,
        &m,
        "count",
        Some(count_new),
        count_next,
        &[("__repr__", count_repr), ("__reduce__", count_reduce)],
    )?;
    new_type(
        vm,
        &m,
        "cycle",
        Some(cycle_new),
        cycle_next,
        &[
            ("__reduce__", cycle_reduce),
            ("__setstate__", cycle_setstate),
        ],
    )?;
    new_type(
        vm,
        &m,
        "repeat",
        Some(repeat_new),
        repeat_next,
        &[
            ("__repr__", repeat_repr),
            ("__length_hint__", repeat_length_hint),
            ("__reduce__", repeat_reduce),
        ],
    )?;
    terminating::register(vm, &m)?;
    grouping::register(vm, &m)?;
    tee::register(vm, &m)?;
    combinatoric::register(vm, &m)?;
    Ok(m)
}
