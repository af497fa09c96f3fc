//! Draining a generator into a Rust consumer (`list(g)`, `tuple(x for x in ...)`,
//! `set(...)` of a generator expression) in one resume: while the consumer's sink is
//! installed on the generator's frame, each `yield` hands its value to the sink and the
//! frame runs on, instead of suspending and resuming once per item.
//!
//! Only consumers whose per-item work runs no Python code use this: while the sink
//! takes an item the generator is still marked running, so Python code that touched
//! the generator there would see "generator already executing" where CPython sees a
//! suspended generator. A sink that meets an item it cannot take without running Python
//! code stops the drain and keeps the item; the generator is then suspended exactly as
//! after an ordinary `yield`, and the consumer carries on the ordinary way.

use std::cell::RefCell;
use std::ptr::NonNull;

use crate::object::payload::*;
use crate::object::settable::SetTable;
use crate::object::PyRef;
use crate::objects::generator::{gen_resume_with_sink, SendResult};
use crate::vm::Vm;

/// Where the `yield`s of a drained frame go.
pub trait YieldSink {
    /// Takes one yielded value; `false` stops the drain (the frame suspends after this
    /// `yield`, as if it had returned the value to a caller).
    fn accept(&mut self, vm: &Vm, v: PyRef) -> bool;
}

/// Collects every value.
impl YieldSink for Vec<PyRef> {
    fn accept(&mut self, _vm: &Vm, v: PyRef) -> bool {
        self.push(v);
        true
    }
}

/// Whether `it` is a plain generator (not a coroutine or async generator, not an
/// instance of a subclass), the kind a sink can drain.
pub fn is_drainable(it: &PyRef) -> bool {
    match &it.payload {
        Payload::Generator(g) => g.kind == GenKind::Generator && !it.class().type_data().heap,
        _ => false,
    }
}

/// Runs the generator `gen` with `sink` taking its values until it finishes (`Ok(true)`)
/// or the sink stops it (`Ok(false)`, the generator suspended after the last value).
/// A generator that is running already raises as `next()` would.
pub fn drain(vm: &Vm, gen: &PyRef, sink: &mut dyn YieldSink) -> PyResult<bool> {
    let sink: NonNull<dyn YieldSink + '_> = NonNull::from(sink);
    // SAFETY: only the lifetime bound is erased. The pointer is installed on the frame
    // for the single resume below and removed before `gen_resume_with_sink` returns
    // (`Frame::yield_sink`), while the `&mut` it came from is still borrowed here, so
    // the eval loop never uses it after the sink is gone and nothing else uses the sink
    // meanwhile.
    let sink: NonNull<dyn YieldSink> = unsafe { std::mem::transmute(sink) };
    match gen_resume_with_sink(vm, gen, vm.none(), None, Some(sink))? {
        SendResult::Yield(_) => Ok(false),
        SendResult::Return(_) => Ok(true),
    }
}

/// Collects a plain generator's values (see [`is_drainable`]).
pub fn collect(vm: &Vm, gen: &PyRef) -> PyResult<Vec<PyRef>> {
    let mut out = Vec::with_capacity(8);
    while !drain(vm, gen, &mut out)? {}
    Ok(out)
}

/// Adds values to a set table that holds only exact ints and strs, for as long as the
/// values are exact ints and strs too: hashing and comparing those runs no Python code.
/// The first other value stops the drain and waits in `pending`.
struct SimpleSetSink<'a> {
    table: &'a RefCell<SetTable>,
    pending: Option<PyRef>,
    error: Option<PyErr>,
}

impl YieldSink for SimpleSetSink<'_> {
    fn accept(&mut self, vm: &Vm, v: PyRef) -> bool {
        let simple = match &v.payload {
            Payload::Int(_) => v.class().is(&vm.types.int),
            Payload::Str(_) => v.class().is(&vm.types.str),
            _ => false,
        };
        if !simple {
            self.pending = Some(v);
            return false;
        }
        match vm.set_add_to(self.table, v) {
            Ok(()) => true,
            Err(e) => {
                self.error = Some(e);
                false
            }
        }
    }
}

/// Fills the empty set `table` from the plain generator `gen` (see [`is_drainable`]):
/// drained while the values are exact ints and strs, stepped the ordinary way from the
/// first other value on.
pub fn fill_new_set(vm: &Vm, table: &RefCell<SetTable>, gen: &PyRef) -> PyResult<()> {
    debug_assert!(table.borrow().is_empty());
    let mut sink = SimpleSetSink {
        table,
        pending: None,
        error: None,
    };
    while !drain(vm, gen, &mut sink)? {
        if let Some(e) = sink.error.take() {
            return Err(e);
        }
        if let Some(v) = sink.pending.take() {
            vm.set_add_to(table, v)?;
            while let Some(v) = vm.iter_next(gen)? {
                vm.set_add_to(table, v)?;
            }
            return Ok(());
        }
    }
    Ok(())
}
