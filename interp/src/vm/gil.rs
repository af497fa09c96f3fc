//! The global interpreter lock (GIL), the eval breaker, and [`GilCell`] for process-wide
//! interpreter state.
//!
//! One interpreter serves every thread. As in CPython, a thread touches objects only while
//! it holds the GIL; that is the invariant every `unsafe impl Sync` over object state in
//! this crate relies on (`object/core.rs`, `object/layout.rs`, [`GilCell`]). Until the
//! first `_thread.start_new_thread`, no lock is taken at all: single-threaded programs pay
//! nothing but one load per safe point.
//!
//! The holder gives the GIL up at eval-loop safe points when another thread has waited for
//! a switch interval (CPython's `drop_gil` request with forced switching: the holder waits
//! until the waiter really took it), and around blocking operations through
//! `Vm::allow_threads`, which also moves the thread's interpreter state out of the `Vm`
//! (`vm/thread_state.rs`).

use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

/// Bits of [`EVAL_BREAKER`]: why the eval loop should stop at its next safe point.
pub const BREAK_GC: u32 = 1;
/// Another thread asks the holder to drop the GIL.
pub const BREAK_GIL_DROP: u32 = 2;
/// A signal arrived (for `_signal`).
pub const BREAK_SIGNALS: u32 = 4;

/// Non-zero when the eval loop must call [`crate::object::gc::safe_point`]'s slow path.
pub static EVAL_BREAKER: AtomicU32 = AtomicU32::new(0);

/// Set once a second thread was started: from then on the GIL is really taken.
static THREADED: AtomicBool = AtomicBool::new(false);

/// `sys.getswitchinterval()` in microseconds (CPython's default: 5 ms).
static SWITCH_INTERVAL_US: AtomicU64 = AtomicU64::new(5000);

struct GilState {
    held: bool,
    /// How many times the GIL changed hands (to see whether a waiter got it).
    switches: u64,
    /// Threads waiting in [`take`].
    waiters: usize,
    /// Interpreter shutdown started: threads other than the finalizing one never run again.
    finalizing: bool,
    /// The thread that runs the shutdown.
    finalizer: Option<std::thread::ThreadId>,
}

struct Gil {
    state: Mutex<GilState>,
    /// Signalled when the GIL is released.
    released: Condvar,
    /// Signalled when a thread took the GIL (forced switching).
    taken: Condvar,
}

static GIL: Gil = Gil {
    state: Mutex::new(GilState {
        held: false,
        switches: 0,
        waiters: 0,
        finalizing: false,
        finalizer: None,
    }),
    released: Condvar::new(),
    taken: Condvar::new(),
};

fn state() -> MutexGuard<'static, GilState> {
    // A panic while holding this mutex cannot leave the state inconsistent (every update
    // is a single field write), so a poisoned lock is still usable.
    GIL.state.lock().unwrap_or_else(|p| p.into_inner())
}

/// Whether threads were started (the GIL is real).
#[inline(always)]
pub fn threaded() -> bool {
    THREADED.load(Ordering::Relaxed)
}

/// Makes the GIL real, held by the calling thread (which holds the interpreter). Called
/// before the first thread starts.
pub fn enable_threads() {
    if !THREADED.load(Ordering::Acquire) {
        state().held = true;
        THREADED.store(true, Ordering::Release);
    }
}

/// Blocks until this thread holds the GIL. After shutdown started, it never returns
/// (the thread stays parked until the process exits, as CPython's daemon threads do).
pub fn take() {
    let mut st = state();
    st.waiters += 1;
    loop {
        if st.finalizing && st.finalizer != Some(std::thread::current().id()) {
            drop(st);
            loop {
                std::thread::park();
            }
        }
        if !st.held {
            break;
        }
        let before = st.switches;
        let interval = Duration::from_micros(SWITCH_INTERVAL_US.load(Ordering::Relaxed));
        let (guard, waited) = GIL
            .released
            .wait_timeout(st, interval)
            .unwrap_or_else(|p| p.into_inner());
        st = guard;
        if waited.timed_out() && st.held && st.switches == before {
            // The holder ran a whole interval: ask it to let go at its next safe point.
            EVAL_BREAKER.fetch_or(BREAK_GIL_DROP, Ordering::Relaxed);
        }
    }
    st.waiters -= 1;
    st.held = true;
    st.switches += 1;
    if st.waiters == 0 {
        EVAL_BREAKER.fetch_and(!BREAK_GIL_DROP, Ordering::Relaxed);
    }
    drop(st);
    GIL.taken.notify_all();
}

/// Releases the GIL (the caller must hold it and must not touch objects until [`take`]).
pub fn release() {
    let mut st = state();
    st.held = false;
    drop(st);
    GIL.released.notify_one();
}

/// At a safe point, when asked: lets a waiting thread run, and takes the GIL back after
/// it did (without the wait, the releasing thread would usually win the lock again).
pub fn yield_to_waiter() {
    let mut st = state();
    if st.finalizing || st.waiters == 0 {
        EVAL_BREAKER.fetch_and(!BREAK_GIL_DROP, Ordering::Relaxed);
        return;
    }
    let before = st.switches;
    st.held = false;
    GIL.released.notify_one();
    while st.switches == before && st.waiters > 0 && !st.finalizing {
        st = GIL.taken.wait(st).unwrap_or_else(|p| p.into_inner());
    }
    drop(st);
    take();
}

/// Interpreter shutdown begins on the calling thread (which holds the GIL): from now on
/// no other thread takes the GIL, and this one never gives it to another.
pub fn begin_finalizing() {
    if threaded() {
        let mut st = state();
        st.finalizing = true;
        st.finalizer = Some(std::thread::current().id());
        drop(st);
        GIL.taken.notify_all();
    }
}

/// Whether interpreter shutdown started (other threads are parked for good).
pub fn finalizing() -> bool {
    threaded() && state().finalizing
}

/// The thread that runs the program (where signal handlers run).
static MAIN_THREAD: std::sync::OnceLock<std::thread::ThreadId> = std::sync::OnceLock::new();

/// Records the calling thread as the main thread (the runner, once).
pub fn set_main_thread() {
    let _ = MAIN_THREAD.set(std::thread::current().id());
}

/// Whether the caller is the main thread (true when none was recorded: embedded use).
pub fn is_main_thread() -> bool {
    MAIN_THREAD
        .get()
        .is_none_or(|t| *t == std::thread::current().id())
}

/// Runs `fork` (which must fork the process and tell whether this is the child) with the
/// GIL's state locked, so the child gets a consistent copy. In the child only the
/// forking thread exists: it holds the GIL and nobody waits for it (CPython's
/// `_PyEval_ReInitThreads`).
pub fn fork_with<R>(fork: impl FnOnce() -> (R, bool)) -> R {
    let mut st = state();
    let (r, child) = fork();
    if child {
        st.waiters = 0;
        st.held = threaded();
        EVAL_BREAKER.fetch_and(!BREAK_GIL_DROP, Ordering::Relaxed);
    }
    drop(st);
    r
}

/// `sys.setswitchinterval` (seconds; the caller checked it is positive).
pub fn set_switch_interval(seconds: f64) {
    let us = (seconds * 1e6).clamp(1.0, u64::MAX as f64) as u64;
    SWITCH_INTERVAL_US.store(us, Ordering::Relaxed);
}

/// `sys.getswitchinterval()`.
pub fn switch_interval() -> f64 {
    SWITCH_INTERVAL_US.load(Ordering::Relaxed) as f64 / 1e6
}

/// Process-wide interpreter state: a static that, unlike a `thread_local!`, every Python
/// thread sees, with the same `with` interface. `T` is usually a `RefCell` or `Cell`.
///
/// Invariant: only the thread holding the GIL calls [`GilCell::with`] (all interpreter
/// code runs under the GIL), so the interior mutability of `T` is never used by two
/// threads at once.
pub struct GilCell<T> {
    value: std::cell::OnceCell<T>,
    init: fn() -> T,
}

// SAFETY: see the type's invariant: accesses are serialized by the GIL, and the values
// never leave the cell (callers get a borrow for the duration of `with`).
unsafe impl<T> Sync for GilCell<T> {}

impl<T> GilCell<T> {
    /// A cell whose value `init` makes on first use.
    pub const fn new(init: fn() -> T) -> GilCell<T> {
        GilCell {
            value: std::cell::OnceCell::new(),
            init,
        }
    }

    /// Runs `f` on the value (made on first use).
    #[inline]
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        f(self.value.get_or_init(self.init))
    }
}
