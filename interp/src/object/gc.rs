//! The cycle collector: which objects are containers, how to visit and clear their
//! references, and the collection itself (CPython's design, Modules/gcmodule.c).
//!
//! Reference counting frees everything except cycles. A collection looks at the tracked
//! containers of the generations it collects (`core::tracking` keeps them in lists):
//! 1. `gc_refs` = reference count, minus the references the examined objects hold to
//!    each other ([`traverse`]). What is left comes from outside: frames on the
//!    interpreter's stack, Rust locals, untracked objects, older generations.
//! 2. Objects with `gc_refs > 0` are roots; everything reachable from a root survives.
//! 3. The rest is cyclic garbage. Finalizers (`__del__`) run once per object (PEP 442),
//!    then reachability is checked again among the garbage (a finalizer may have stored
//!    a reference somewhere live); what is still unreachable has its references taken
//!    out ([`clear`]) while the collector holds a strong reference to each object, and
//!    dropping those references lets reference counting free the lot.
//!
//! Soundness rests on [`traverse`] never reporting a reference the object does not own
//! (a missed one only makes its target look externally referenced, i.e. leaks). A
//! `RefCell` that is borrowed during a collection (Rust code up the stack is using it)
//! makes the object untraversable: its targets then keep their whole count and count as
//! roots, and the object itself is never cleared.

use std::cell::{Cell, RefCell};

use super::core::tracking;
use super::core::PyObject;
use super::finalize::{call_finalizer, report_unraisable};
use super::payload::*;
use super::PyRef;
use crate::vm::gil::{BREAK_GC, BREAK_GIL_DROP, BREAK_SIGNALS, EVAL_BREAKER};
use crate::vm::Vm;
use std::sync::atomic::Ordering;

/// Whether objects with this payload (and an instance extension or not) can hold
/// references and so take part in cycles. Fixed for an object's whole life.
#[inline(always)]
pub fn needs_gc_head(payload: &Payload, has_ext: bool) -> bool {
    has_ext
        || matches!(
            payload,
            Payload::Tuple(_)
                | Payload::List(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::FrozenSet(_)
                | Payload::Type(_)
                | Payload::Function(_)
                | Payload::NativeFunction(_)
                | Payload::Method(_)
                | Payload::Cell(_)
                | Payload::Module(_)
                | Payload::Exception(_)
                | Payload::Generator(_)
                | Payload::GenWrapper(_)
                | Payload::Property(_)
                | Payload::ClassMethod(_)
                | Payload::StaticMethod(_)
                | Payload::Super(_)
                | Payload::Slice(_)
                | Payload::Iterator(_)
                | Payload::DictView(_)
                | Payload::MemoryView(_)
                | Payload::Frame(_)
                | Payload::Traceback(_)
                | Payload::GetSet(_)
                | Payload::Member(_)
        )
}

/// Calls `visit` on every strong reference `obj` owns (its type included). Returns false
/// when a borrowed `RefCell` kept some references from being visited.
pub fn traverse(obj: &PyObject, visit: &mut dyn FnMut(&PyRef)) -> bool {
    visit(obj_class(obj));
    let mut ok = true;
    if let Some(ext) = ext_of(obj) {
        ok &= ext.attrs.traverse(visit);
        match ext.slots.try_borrow() {
            Ok(s) => s.iter().flatten().for_each(&mut *visit),
            Err(_) => ok = false,
        }
    }
    ok && traverse_payload(&obj.payload, visit)
}

/// What `gc.get_referents` reports for `obj`: the references [`traverse`] visits, the
/// type only for instances of classes made by `class` statements (as CPython's
/// `subtype_traverse` does). Untracked objects report nothing.
pub fn referents(obj: &PyObject) -> Vec<PyRef> {
    let mut out = Vec::new();
    if !tracking::is_tracked(obj) {
        return out;
    }
    traverse(obj, &mut |r| out.push(r.clone()));
    let cls = obj_class(obj);
    if !matches!(&cls.payload, Payload::Type(td) if td.heap) {
        out.remove(0);
    }
    out
}

fn obj_class(obj: &PyObject) -> &PyRef {
    super::core::class_of(obj)
}

fn ext_of(obj: &PyObject) -> Option<&InstanceExt> {
    super::core::ext_of(obj)
}

fn opt_cell(c: &std::cell::RefCell<Option<PyRef>>, visit: &mut dyn FnMut(&PyRef)) -> bool {
    match c.try_borrow() {
        Ok(v) => {
            if let Some(r) = v.as_ref() {
                visit(r);
            }
            true
        }
        Err(_) => false,
    }
}

fn cell(c: &std::cell::RefCell<PyRef>, visit: &mut dyn FnMut(&PyRef)) -> bool {
    match c.try_borrow() {
        Ok(v) => {
            visit(&v);
            true
        }
        Err(_) => false,
    }
}

fn traverse_payload(payload: &Payload, visit: &mut dyn FnMut(&PyRef)) -> bool {
    match payload {
        Payload::Tuple(items) => items.iter().for_each(visit),
        Payload::List(v) => match v.try_borrow() {
            Ok(v) => v.iter().for_each(visit),
            Err(_) => return false,
        },
        Payload::Dict(t) => match t.try_borrow() {
            Ok(t) => t.iter().for_each(|e| {
                visit(&e.key);
                visit(&e.value);
            }),
            Err(_) => return false,
        },
        Payload::Set(t) | Payload::FrozenSet(t) => match t.try_borrow() {
            Ok(t) => t.iter().for_each(|(_, k)| visit(k)),
            Err(_) => return false,
        },
        Payload::Type(td) => return traverse_type(td, visit),
        Payload::Function(f) => {
            visit(&f.globals);
            visit(&f.builtins);
            if let Some(c) = &f.closure {
                visit(c);
            }
            return cell(&f.code, visit)
                & cell(&f.name, visit)
                & cell(&f.qualname, visit)
                & opt_cell(&f.defaults, visit)
                & opt_cell(&f.kwdefaults, visit)
                & cell(&f.doc, visit)
                & opt_cell(&f.annotations, visit)
                & cell(&f.module, visit)
                & opt_cell(&f.dict, visit);
        }
        Payload::NativeFunction(nf) => {
            nf.bound_self.iter().for_each(&mut *visit);
            nf.owner.iter().for_each(visit);
        }
        Payload::Method(m) => {
            visit(&m.0);
            visit(&m.1);
        }
        Payload::Cell(c) => return opt_cell(c, visit),
        Payload::Module(m) => visit(&m.dict),
        Payload::Exception(e) => {
            return cell(&e.args, visit)
                & opt_cell(&e.traceback, visit)
                & opt_cell(&e.cause, visit)
                & opt_cell(&e.context, visit)
        }
        Payload::Generator(g) => {
            visit(&g.code);
            let ok = cell(&g.name, visit) & cell(&g.qualname, visit);
            return ok
                && match g.frame.try_borrow() {
                    Ok(f) => {
                        if let Some(f) = f.as_ref() {
                            traverse_frame(f, visit);
                        }
                        true
                    }
                    Err(_) => false,
                };
        }
        Payload::GenWrapper(w) => {
            visit(&w.gen);
            return opt_cell(&w.value, visit);
        }
        Payload::Property(p) => {
            p.fget.iter().for_each(&mut *visit);
            p.fset.iter().for_each(&mut *visit);
            p.fdel.iter().for_each(&mut *visit);
            return opt_cell(&p.doc, visit) & opt_cell(&p.name, visit);
        }
        Payload::ClassMethod(c) | Payload::StaticMethod(c) => return cell(c, visit),
        Payload::Super(s) => {
            visit(&s.0);
            visit(&s.1);
            visit(&s.2);
        }
        Payload::Slice(s) => {
            visit(&s.start);
            visit(&s.stop);
            visit(&s.step);
        }
        Payload::Iterator(it) => match it.try_borrow() {
            Ok(st) => traverse_iter(&st, visit),
            Err(_) => return false,
        },
        Payload::DictView(d) => visit(&d.0),
        Payload::MemoryView(m) => visit(&m.obj),
        Payload::Frame(f) => {
            visit(&f.code);
            visit(&f.globals);
            return opt_cell(&f.locals, visit) & opt_cell(&f.back, visit);
        }
        Payload::Traceback(t) => {
            visit(&t.frame);
            return opt_cell(&t.next, visit);
        }
        Payload::GetSet(g) => return opt_cell(&g.objclass, visit),
        Payload::Member(m) => return opt_cell(&m.objclass, visit),
        // Plain data, or state the collector cannot see into (`Native`, `Code`): what
        // they reference simply counts as referenced from outside.
        Payload::Object
        | Payload::Int(_)
        | Payload::BigInt(_)
        | Payload::Float(_)
        | Payload::Complex(..)
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::ByteArray(_)
        | Payload::Code(_)
        | Payload::Range(_)
        | Payload::Native(_) => {}
    }
    true
}

fn traverse_type(td: &TypeData, visit: &mut dyn FnMut(&PyRef)) -> bool {
    visit(&td.dict);
    let mut ok = opt_cell(&td.module, visit);
    for v in [&td.bases, &td.mro, &td.weakref_subclasses] {
        match v.try_borrow() {
            Ok(v) => v.iter().for_each(&mut *visit),
            Err(_) => ok = false,
        }
    }
    ok
}

fn traverse_frame(f: &crate::vm::frame::Frame, visit: &mut dyn FnMut(&PyRef)) {
    visit(&f.code_obj);
    visit(&f.globals);
    visit(&f.builtins);
    f.locals.iter().for_each(&mut *visit);
    f.fast.iter().flatten().for_each(&mut *visit);
    f.stack.iter().for_each(&mut *visit);
    f.kwnames.iter().for_each(&mut *visit);
    f.gen_handled_exc.iter().for_each(&mut *visit);
    f.frame_obj.iter().for_each(visit);
}

fn traverse_iter(st: &IterState, visit: &mut dyn FnMut(&PyRef)) {
    match st {
        IterState::Seq { seq: r, .. }
        | IterState::List { list: r, .. }
        | IterState::ListReverse { list: r, .. }
        | IterState::Tuple { tuple: r, .. }
        | IterState::Str { s: r, .. }
        | IterState::DictKeys { dict: r, .. }
        | IterState::DictValues { dict: r, .. }
        | IterState::DictItems { dict: r, .. }
        | IterState::DictReverse { dict: r, .. }
        | IterState::Set { set: r, .. }
        | IterState::Bytes { bytes: r, .. }
        | IterState::Reversed { seq: r, .. } => visit(r),
        IterState::BigRange { next, stop, step } => {
            visit(next);
            visit(stop);
            visit(step);
        }
        IterState::Enumerate { it, count } => {
            visit(it);
            visit(count);
        }
        IterState::Zip { its, .. } => its.iter().for_each(visit),
        IterState::Map { func, its } => {
            visit(func);
            its.iter().for_each(visit);
        }
        IterState::Filter { func, it } => {
            visit(func);
            visit(it);
        }
        IterState::Callable { func, sentinel } => {
            visit(func);
            visit(sentinel);
        }
        IterState::Range { .. } | IterState::Exhausted => {}
    }
}

/// Takes out the references of a garbage object that can be removed without leaving it
/// in an invalid state (CPython's `tp_clear`). Immutable ones (tuple items, a bound
/// method's parts) stay: the cycles through them are broken at their mutable members.
/// Whatever was taken out is dropped after the borrow is released.
pub fn clear(obj: &PyObject) {
    if let Some(ext) = ext_of(obj) {
        // A materialized instance dict is garbage too (or reachable, keeping `obj`
        // alive) and is cleared as its own object; inline values and slots are emptied
        // here.
        let values = ext.attrs.clear_values();
        drop(values);
        if let Ok(mut s) = ext.slots.try_borrow_mut() {
            let taken: Vec<Option<PyRef>> = s.iter_mut().map(Option::take).collect();
            drop(s);
            drop(taken);
        }
    }
    match &obj.payload {
        Payload::List(v) => take(v),
        Payload::Dict(t) => {
            let entries = t.try_borrow_mut().map(|mut t| t.clear());
            drop(entries);
        }
        Payload::Set(t) | Payload::FrozenSet(t) => {
            let keys = t.try_borrow_mut().map(|mut t| t.clear());
            drop(keys);
        }
        Payload::Function(f) => {
            take(&f.defaults);
            take(&f.kwdefaults);
            take(&f.annotations);
            take(&f.dict);
        }
        Payload::Cell(c) => take(c),
        Payload::Exception(e) => {
            take(&e.traceback);
            take(&e.cause);
            take(&e.context);
        }
        Payload::Generator(g) => {
            if let Ok(mut f) = g.frame.try_borrow_mut() {
                let frame = f.take();
                drop(f);
                if frame.is_some() {
                    g.finished.set(true);
                }
                drop(frame);
            }
        }
        Payload::GenWrapper(w) => take(&w.value),
        Payload::Property(p) => {
            take(&p.doc);
            take(&p.name);
        }
        Payload::Iterator(it) => {
            if let Ok(mut st) = it.try_borrow_mut() {
                let old = std::mem::replace(&mut *st, IterState::Exhausted);
                drop(st);
                drop(old);
            }
        }
        Payload::Frame(f) => {
            take(&f.locals);
            take(&f.back);
        }
        Payload::Traceback(t) => take(&t.next),
        Payload::GetSet(g) => take(&g.objclass),
        Payload::Member(m) => take(&m.objclass),
        // A class's MRO holds the class itself (CPython's type_clear drops tp_mro too);
        // its namespace dict is cleared as an object of its own.
        Payload::Type(t) => take(&t.mro),
        _ => {}
    }
}

/// Empties a `RefCell` holding a default-able value, dropping the old value after the
/// borrow ends; skipped (the object leaks) when the cell is borrowed.
fn take<T: Default>(c: &std::cell::RefCell<T>) {
    let old = c.try_borrow_mut().map(|mut v| std::mem::take(&mut *v));
    drop(old);
}

/// Finds the unreachable objects among `work` (the collecting list, in order): returns
/// one flag per object, true for garbage. Runs no Python code and changes no count.
pub fn find_unreachable(work: &[PyRef]) -> Vec<bool> {
    // Each handle in `work` adds one to its object's count.
    let mut refs: Vec<isize> = work.iter().map(|o| o.refcount() as isize - 1).collect();
    let mut traversable = vec![true; work.len()];
    for (i, o) in work.iter().enumerate() {
        traversable[i] = traverse(o, &mut |child| {
            if let Some(j) = tracking::work_index(child) {
                refs[j] -= 1;
            }
        });
    }
    // Mark from the roots: objects referenced from outside the examined set.
    let mut reachable = vec![false; work.len()];
    let mut stack: Vec<usize> = Vec::new();
    for (i, &r) in refs.iter().enumerate() {
        if r > 0 || !traversable[i] {
            reachable[i] = true;
            stack.push(i);
        }
    }
    while let Some(i) = stack.pop() {
        traverse(&work[i], &mut |child| {
            if let Some(j) = tracking::work_index(child) {
                if !reachable[j] {
                    reachable[j] = true;
                    stack.push(j);
                }
            }
        });
    }
    reachable.into_iter().map(|r| !r).collect()
}

/// Collector settings and generation bookkeeping (CPython's `GCState`). Generation 0's
/// count lives in `core::tracking`, next to the allocation that bumps it.
struct State {
    enabled: Cell<bool>,
    collecting: Cell<bool>,
    thresholds: Cell<[usize; 3]>,
    /// Collections of the generation below since this generation was last collected
    /// (index 0 unused).
    counts: Cell<[usize; 3]>,
    /// Objects in the oldest generation after the last full collection, and survivors
    /// moved there since: a full collection waits until the latter reaches a quarter of
    /// the former, keeping collection cost linear in allocations.
    long_lived_total: Cell<usize>,
    long_lived_pending: Cell<usize>,
    /// `gc.callbacks`, once the module is imported.
    callbacks: RefCell<Option<PyRef>>,
}

static STATE: crate::vm::gil::GilCell<State> = crate::vm::gil::GilCell::new(|| {
    const {
        State {
            enabled: Cell::new(true),
            collecting: Cell::new(false),
            thresholds: Cell::new([700, 10, 10]),
            counts: Cell::new([0, 0, 0]),
            long_lived_total: Cell::new(0),
            long_lived_pending: Cell::new(0),
            callbacks: RefCell::new(None),
        }
    }
});

pub fn is_enabled() -> bool {
    STATE.with(|s| s.enabled.get())
}

pub fn set_enabled(on: bool) {
    STATE.with(|s| s.enabled.set(on));
    sync_trigger();
}

pub fn thresholds() -> [usize; 3] {
    STATE.with(|s| s.thresholds.get())
}

pub fn set_thresholds(t: [usize; 3]) {
    STATE.with(|s| s.thresholds.set(t));
    sync_trigger();
}

/// Tells allocation when to ask for an automatic collection: never while the collector
/// is disabled or generation 0's threshold is 0 (as CPython), so safe points stay a
/// single load then.
fn sync_trigger() {
    let t = thresholds()[0];
    let on = is_enabled() && t > 0;
    tracking::set_threshold(if on { t } else { usize::MAX });
    if !on {
        tracking::clear_pending();
    }
}

/// `gc.get_count()`.
pub fn counts() -> [usize; 3] {
    let c = STATE.with(|s| s.counts.get());
    [tracking::count(), c[1], c[2]]
}

pub fn set_callbacks(list: PyRef) {
    STATE.with(|s| *s.callbacks.borrow_mut() = Some(list));
}

/// The eval loop's hook, called where no Rust code holds borrows into objects (a call
/// entering a new frame, a jump): collects when enough containers were allocated.
#[inline(always)]
pub fn safe_point(vm: &Vm) -> PyResult<()> {
    if EVAL_BREAKER.load(Ordering::Relaxed) != 0 {
        return handle_eval_breaker(vm, true);
    }
    Ok(())
}

/// A safe point where Python handlers must not run (a call about to push its frame):
/// collections and GIL switches only; signals wait for the next loop back-edge.
#[inline(always)]
pub fn safe_point_no_signals(vm: &Vm) {
    if EVAL_BREAKER.load(Ordering::Relaxed) & !BREAK_SIGNALS != 0 {
        let _ = handle_eval_breaker(vm, false);
    }
}

/// What a safe point does when the eval breaker is set: an automatic collection, a GIL
/// switch, the Python handlers of signals that arrived (whose exception propagates).
#[cold]
fn handle_eval_breaker(vm: &Vm, signals: bool) -> PyResult<()> {
    let bits = EVAL_BREAKER.load(Ordering::Relaxed);
    if bits & BREAK_GC != 0 {
        collect_automatic(vm);
    }
    if bits & BREAK_GIL_DROP != 0 {
        vm.yield_gil();
    }
    if signals && bits & BREAK_SIGNALS != 0 {
        crate::modules::signal::run_pending(vm)?;
    }
    Ok(())
}

fn collect_automatic(vm: &Vm) {
    tracking::clear_pending();
    let (enabled, collecting) = STATE.with(|s| (s.enabled.get(), s.collecting.get()));
    if !enabled || collecting {
        return;
    }
    // CPython: collect_generations: the oldest generation over its threshold, a full
    // collection only once enough objects have survived into the oldest generation.
    let thr = thresholds();
    let c = counts();
    for g in (0..3).rev() {
        if c[g] > thr[g] && thr[g] > 0 {
            let (total, pending) =
                STATE.with(|s| (s.long_lived_total.get(), s.long_lived_pending.get()));
            if g == 2 && pending < total / 4 {
                continue;
            }
            collect(vm, g);
            return;
        }
    }
}

/// Collects generations `0..=gen`; returns the number of unreachable objects found
/// (0 when a collection is already running, e.g. `gc.collect()` inside `__del__`).
pub fn collect(vm: &Vm, gen: usize) -> usize {
    if STATE.with(|s| s.collecting.replace(true)) {
        return 0;
    }
    run_callbacks(vm, "start", gen, 0);
    let n = collect_inner(vm, gen);
    // Still "collecting" through the stop callbacks (as CPython): what they allocate
    // must not start another collection, whose callbacks would allocate again.
    run_callbacks(vm, "stop", gen, n);
    STATE.with(|s| s.collecting.set(false));
    n
}

/// The last collection at interpreter shutdown (CPython: `_PyGC_CollectNoFail`): all
/// generations, even with the collector disabled, without `gc.callbacks`.
pub fn collect_at_shutdown(vm: &Vm) {
    if STATE.with(|s| s.collecting.replace(true)) {
        return;
    }
    collect_inner(vm, 2);
    STATE.with(|s| s.collecting.set(false));
}

fn collect_inner(vm: &Vm, gen: usize) -> usize {
    let gen = gen.min(2);
    let target = (gen + 1).min(2);
    let work = tracking::begin(gen);
    let flags = find_unreachable(&work);
    tracking::end(target);
    let mut garbage = Vec::new();
    let mut survivors = 0;
    for (o, g) in work.into_iter().zip(flags) {
        if g {
            garbage.push(o);
        } else {
            survivors += 1;
        }
    }
    STATE.with(|s| {
        let mut c = s.counts.get();
        if gen < 2 {
            c[gen + 1] += 1;
        }
        for x in c.iter_mut().take(gen + 1) {
            *x = 0;
        }
        s.counts.set(c);
        match gen {
            1 => s
                .long_lived_pending
                .set(s.long_lived_pending.get() + survivors),
            2 => {
                s.long_lived_pending.set(0);
                s.long_lived_total.set(survivors);
            }
            _ => {}
        }
    });
    tracking::reset_count();
    if garbage.is_empty() {
        return 0;
    }
    // PEP 442: call each finalizer once, then keep only what is still unreachable
    // (CPython counts only that: a resurrected object is not reported as collected).
    if finalize(vm, &garbage) {
        let work = tracking::begin_subset(&garbage);
        drop(garbage);
        let flags = find_unreachable(&work);
        tracking::end(target);
        garbage = work
            .into_iter()
            .zip(flags)
            .filter_map(|(o, g)| g.then_some(o))
            .collect();
    }
    // Instances in values mode have no dict object to count, as in CPython 3.11; a
    // materialized `__dict__` is an object of its own and counts, as there.
    let found = garbage.len();
    for o in &garbage {
        clear(o);
    }
    // Dropping the last handles lets reference counting free the cleared objects.
    drop(garbage);
    found
}

/// Calls `__del__` of the garbage objects that define one and were not finalized
/// before; returns whether any was called.
fn finalize(vm: &Vm, garbage: &[PyRef]) -> bool {
    let mut called = false;
    for o in garbage {
        called |= call_finalizer(vm, o);
    }
    called
}

/// Calls the functions in `gc.callbacks` with `phase` and the info dict.
fn run_callbacks(vm: &Vm, phase: &str, gen: usize, collected: usize) {
    let Some(list) = STATE.with(|s| s.callbacks.borrow().clone()) else {
        return;
    };
    let funcs: Vec<PyRef> = match &list.payload {
        Payload::List(v) => match v.try_borrow() {
            Ok(v) => v.clone(),
            Err(_) => return,
        },
        _ => return,
    };
    if funcs.is_empty() {
        return;
    }
    let info = vm.new_dict();
    let _ = vm.dict_set_str(&info, "generation", vm.new_int(gen as i64));
    let _ = vm.dict_set_str(&info, "collected", vm.new_int(collected as i64));
    let _ = vm.dict_set_str(&info, "uncollectable", vm.new_int(0));
    let phase = vm.new_str(phase);
    for f in funcs {
        if let Err(e) = vm.call(&f, Args::new(&[phase.clone(), info.clone()])) {
            report_unraisable(vm, &f, &e);
        }
    }
}
