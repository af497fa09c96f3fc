//! The per-thread part of the interpreter (CPython's `PyThreadState`): what a thread
//! takes out of the `Vm` when it lets go of the GIL and puts back when it takes it again.
//!
//! The `Vm` holds the running thread's state in its fields (`frame_stack`,
//! `handled_exc`, ...), so the eval loop reads them directly; a switch moves them out
//! into a [`ThreadState`] owned by the waiting thread (a few pointer moves).

use std::cell::RefCell;

use super::frame::FrameInfo;
use super::gil;
use super::Vm;
use crate::object::PyRef;

/// A thread's interpreter state while it does not hold the GIL.
pub struct ThreadState {
    handled_exc: Option<PyRef>,
    handled_exc_below: Vec<Option<PyRef>>,
    recursion_depth: usize,
    stack_limit: usize,
    frame_stack: Vec<FrameInfo>,
    context: Option<PyRef>,
}

impl ThreadState {
    /// The state of a new thread whose Rust stack starts near the caller's frame and
    /// has `stack_size` bytes.
    pub fn fresh(stack_size: usize) -> ThreadState {
        ThreadState {
            handled_exc: None,
            handled_exc_below: Vec::new(),
            recursion_depth: 0,
            stack_limit: super::stack_limit_below_here(stack_size),
            frame_stack: Vec::new(),
            context: None,
        }
    }
}

/// The states of threads waiting for the GIL, by thread ident (for
/// `sys._current_frames`). Invariant: an entry points at a `ThreadState` that its owner
/// keeps in place, untouched, from `park` (GIL held) until `unpark` (GIL held again).
static PARKED: gil::GilCell<RefCell<Vec<(u64, *const ThreadState)>>> =
    gil::GilCell::new(|| RefCell::new(Vec::new()));

fn park(ts: &ThreadState) {
    let id = crate::modules::thread::current_ident();
    PARKED.with(|p| p.borrow_mut().push((id, ts as *const ThreadState)));
}

fn unpark() {
    let id = crate::modules::thread::current_ident();
    PARKED.with(|p| p.borrow_mut().retain(|(i, _)| *i != id));
}

/// Calls `f` with the ident, frame stack and topmost handled exception of every other
/// thread that is waiting for the GIL (the caller holds it).
pub fn for_each_parked(mut f: impl FnMut(u64, &[FrameInfo], Option<&PyRef>)) {
    let parked = PARKED.with(|p| p.borrow().clone());
    for (id, ts) in parked {
        // SAFETY: see `PARKED`: the owner cannot run (it waits for the GIL, which the
        // caller holds), so the state is alive, in place and not being changed.
        let ts = unsafe { &*ts };
        let exc = ts
            .handled_exc
            .as_ref()
            .or_else(|| ts.handled_exc_below.iter().rev().find_map(|e| e.as_ref()));
        f(id, &ts.frame_stack, exc);
    }
}

fn take<T: Default>(c: &RefCell<T>) -> T {
    std::mem::take(&mut *c.borrow_mut())
}

impl Vm {
    /// Moves the running thread's state out (the thread is about to release the GIL).
    pub fn save_thread(&self) -> ThreadState {
        ThreadState {
            handled_exc: take(&self.handled_exc),
            handled_exc_below: take(&self.handled_exc_below),
            recursion_depth: self.recursion_depth.replace(0),
            stack_limit: self.stack_limit.replace(0),
            frame_stack: take(&self.frame_stack),
            context: take(&self.context),
        }
    }

    /// Installs a thread's state (the thread just took the GIL).
    pub fn restore_thread(&self, ts: ThreadState) {
        *self.handled_exc.borrow_mut() = ts.handled_exc;
        *self.handled_exc_below.borrow_mut() = ts.handled_exc_below;
        self.recursion_depth.set(ts.recursion_depth);
        self.stack_limit.set(ts.stack_limit);
        *self.frame_stack.borrow_mut() = ts.frame_stack;
        *self.context.borrow_mut() = ts.context;
    }

    /// Runs `f` without the GIL, so other threads run meanwhile (CPython's
    /// `Py_BEGIN_ALLOW_THREADS`). `f` must not touch objects: the `Send` bound keeps
    /// object references out of it.
    pub fn allow_threads<R>(&self, f: impl FnOnce() -> R + Send) -> R {
        if !gil::threaded() {
            return f();
        }
        let ts = self.save_thread();
        park(&ts);
        gil::release();
        let r = f();
        gil::take();
        unpark();
        self.restore_thread(ts);
        r
    }

    /// Lets a thread waiting for the GIL run (at a safe point, when asked).
    #[cold]
    pub fn yield_gil(&self) {
        let ts = self.save_thread();
        park(&ts);
        gil::yield_to_waiter();
        unpark();
        self.restore_thread(ts);
    }
}
