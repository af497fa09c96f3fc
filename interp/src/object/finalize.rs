//! Finalizers (`__del__`): the one place that decides whether an object has one, calls
//! it at most once (PEP 442), and reports what it raises.
//!
//! Two callers share it: the cycle collector (`gc.rs`, which holds the `Vm`) for cyclic
//! garbage, and object teardown (`core.rs`'s `dealloc`) when a reference count drops to
//! zero. Teardown runs without a `Vm` in hand, so the interpreter registers itself here
//! while it runs ([`RunningVm::enter`]); without a registered interpreter (unit tests
//! building objects by hand, or after the interpreter is gone) objects are freed
//! without their finalizer, as before.
//!
//! The "finalized" mark lives in the object's GC head (`core::tracking`), so a finalizer
//! run by either caller is never run again by the other.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use super::core::{class_of, tracking, PyObject};
use super::payload::{Args, GenKind, GeneratorData, Payload, PyErr, TypeData, TYPE_FINALIZE};
use super::typeobj::{type_epoch, type_lookup};
use super::PyRef;
use crate::objects::generator::gen_close;
use crate::vm::Vm;

/// The running interpreter, for finalizers run by deallocation (shared by all threads).
static RUNNING_VM: crate::vm::gil::GilCell<RefCell<Weak<Vm>>> =
    crate::vm::gil::GilCell::new(|| RefCell::new(Weak::new()));

/// Registration of the running interpreter; dropping it restores the previous one.
pub struct RunningVm {
    previous: Weak<Vm>,
}

impl RunningVm {
    /// Lets objects that die on this thread while the guard lives run their `__del__`
    /// in `vm`.
    #[must_use = "the interpreter is registered only while the guard lives"]
    pub fn enter(vm: &Rc<Vm>) -> RunningVm {
        let previous = RUNNING_VM.with(|v| v.replace(Rc::downgrade(vm)));
        RunningVm { previous }
    }
}

impl Drop for RunningVm {
    fn drop(&mut self) {
        let previous = std::mem::take(&mut self.previous);
        RUNNING_VM.with(|v| v.replace(previous));
    }
}

/// Bit 0 of [`TypeData::finalizer_cache`]: the type's MRO defines `__del__`; the other
/// bits hold the type epoch the answer was computed at (0 = never computed; epochs
/// start at 1, so a computed entry is never 0).
const HAS_DEL: u64 = 1;

#[inline(always)]
fn cache_entry(epoch: u64, has_del: bool) -> u64 {
    (epoch << 1) | has_del as u64
}

/// The cheap test made on every deallocation that is not an int or float: whether the
/// object is a suspended generator or coroutine (finalized by closing it, CPython's
/// `_PyGen_Finalize`, which runs its pending `finally` blocks), or an instance of a
/// class (only classes can define `__del__`; builtin types here have none) not already
/// known, at the current type epoch, to lack `__del__`.
#[inline(always)]
pub(crate) fn may_have_finalizer(obj: &PyObject) -> bool {
    if let Payload::Generator(g) = &obj.payload {
        return generator_needs_close(g) || never_awaited(g);
    }
    match &class_of(obj).payload {
        Payload::Type(td) => {
            (td.heap || td.native_flags.get() & TYPE_FINALIZE != 0)
                && td.finalizer_cache.get() != cache_entry(type_epoch(), false)
        }
        _ => false,
    }
}

/// Whether a generator is suspended in its body (started, not finished, not running).
/// Async generators are left alone: CPython hands them to the event loop's finalizer
/// hook, which ferropy does not have.
fn generator_needs_close(g: &GeneratorData) -> bool {
    g.started.get()
        && !g.finished.get()
        && !g.running.get()
        && !matches!(g.kind, GenKind::AsyncGenerator)
}

/// A coroutine that dies without having been started (nor closed): CPython warns
/// "coroutine '...' was never awaited" (RuntimeWarning).
fn never_awaited(g: &GeneratorData) -> bool {
    matches!(g.kind, GenKind::Coroutine) && !g.started.get() && !g.finished.get()
}

/// The `__del__` of `obj`'s type, if it has one (cached per type and type epoch).
fn finalizer_of(vm: &Vm, obj: &PyRef) -> Option<PyRef> {
    let cls = obj.class();
    let td: &TypeData = match &cls.payload {
        Payload::Type(td) => td,
        _ => return None,
    };
    let epoch = type_epoch();
    if td.finalizer_cache.get() == cache_entry(epoch, false) {
        return None;
    }
    let del = type_lookup(cls, &vm.intern("__del__"));
    td.finalizer_cache.set(cache_entry(epoch, del.is_some()));
    debug_assert!(td.finalizer_cache.get() & HAS_DEL == del.is_some() as u64);
    del
}

/// Calls `obj.__del__()` (or closes a suspended generator) unless that was done before
/// or there is nothing to call; returns whether it was called. An exception it raises is reported, not propagated.
pub fn call_finalizer(vm: &Vm, obj: &PyRef) -> bool {
    if tracking::finalized(obj) {
        return false;
    }
    if let Payload::Generator(g) = &obj.payload {
        if never_awaited(g) {
            tracking::set_finalized(obj);
            let msg = format!(
                "coroutine '{}' was never awaited",
                vm.str_of(&g.qualname.borrow()).unwrap_or("")
            );
            if let Err(e) = vm.warn(&vm.exc.runtime_warning, &msg, 1) {
                report_unraisable(vm, obj, &e);
            }
            return true;
        }
        if !generator_needs_close(g) {
            return false;
        }
        tracking::set_finalized(obj);
        if let Err(e) = gen_close(vm, obj) {
            report_unraisable(vm, obj, &e);
        }
        return true;
    }
    let Some(del) = finalizer_of(vm, obj) else {
        return false;
    };
    tracking::set_finalized(obj);
    if let Err(e) = vm.call(&del, Args::new(std::slice::from_ref(obj))) {
        report_unraisable(vm, &del, &e);
    }
    true
}

/// Runs the finalizer of an object whose reference count just dropped to zero and that
/// `core` temporarily revived (`obj` is then its only reference), in the interpreter
/// running on this thread, if any.
pub(crate) fn call_finalizer_at_zero(obj: &PyRef) {
    let Some(vm) = RUNNING_VM.with(|v| v.borrow().upgrade()) else {
        return;
    };
    call_finalizer(&vm, obj);
}

/// Calls a weak reference's callback with the (now dead) reference, in the interpreter
/// running on this thread, if any; what it raises is reported.
pub(crate) fn call_weakref_callback(callback: &PyRef, weakref: &PyRef) {
    let Some(vm) = RUNNING_VM.with(|v| v.borrow().upgrade()) else {
        return;
    };
    if let Err(e) = vm.call(callback, Args::new(std::slice::from_ref(weakref))) {
        report_unraisable(&vm, callback, &e);
    }
}

/// CPython's `PyErr_WriteUnraisable`: `Exception ignored in: <what>` and the traceback.
pub fn report_unraisable(vm: &Vm, what: &PyRef, e: &PyErr) {
    report_unraisable_msg(vm, "Exception ignored in", what, e)
}

/// `report_unraisable` with another introduction (`Exception ignored in thread started
/// by: <what>`).
pub fn report_unraisable_msg(vm: &Vm, msg: &str, what: &PyRef, e: &PyErr) {
    crate::modules::sys::unraisable::report(vm, msg, Some(what), e);
}
