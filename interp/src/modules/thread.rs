//! The `_thread` module: OS threads running Python code under the GIL (`vm/gil.rs`),
//! `lock` and `RLock` objects whose blocking waits let other threads run, thread
//! identities, and the sentinel locks `threading` joins on.
//!
//! Not provided (the standard library falls back to pure Python): `_local` (threading
//! uses `_threading_local`) and `_excepthook`/`_ExceptHookArgs` (threading has its own).

use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::objects::typeobj::new_native_type;
use crate::vm::gil::{self, GilCell};
use crate::vm::thread_state::ThreadState;
use crate::vm::Vm;

/// `_thread.TIMEOUT_MAX`, CPython's value on Linux (the largest timeout in seconds).
const TIMEOUT_MAX: f64 = 9223372036.0;

/// Threads started by `start_new_thread` that have not finished (`_thread._count()`).
static RUNNING_THREADS: AtomicUsize = AtomicUsize::new(0);

/// `stack_size()`: bytes for new threads' stacks, 0 for the default.
static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);

/// Stack of a thread started with `stack_size()` 0. Native recursion is bounded by the
/// thread's stack limit (`Vm::check_stack`), so a deep recursion raises RecursionError.
const DEFAULT_STACK: usize = 16 << 20;

thread_local! {
    /// The lock `_set_sentinel()` gave this OS thread: released when the thread ends.
    static SENTINEL: RefCell<Option<Arc<Lock>>> = const { RefCell::new(None) };
}

static TYPES: GilCell<RefCell<Option<(PyRef, PyRef)>>> = GilCell::new(|| RefCell::new(None));

/// The identity of the calling OS thread (`pthread_self`, as CPython's `get_ident`).
pub fn current_ident() -> u64 {
    // SAFETY: pthread_self has no preconditions.
    unsafe { libc::pthread_self() as u64 }
}

fn guard<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // Every critical section below is a few field updates that cannot panic halfway.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// How a blocking wait ended.
#[derive(PartialEq)]
enum Outcome {
    Done,
    TimedOut,
    /// A signal arrived for the main thread: its handlers must run first.
    Interrupted,
}

/// Waits on `cond` until `done` holds or `deadline` passes. An `interruptible` wait (the
/// main thread's) wakes at least every 20 ms to see whether a signal arrived.
fn wait_until<'a, T>(
    cond: &Condvar,
    mut st: MutexGuard<'a, T>,
    deadline: Option<Instant>,
    interruptible: bool,
    done: impl Fn(&T) -> bool,
) -> (MutexGuard<'a, T>, Outcome) {
    const SLICE: Duration = Duration::from_millis(20);
    while !done(&st) {
        if interruptible && crate::modules::signal::pending() {
            return (st, Outcome::Interrupted);
        }
        let now = Instant::now();
        let until = match (deadline, interruptible) {
            (Some(d), _) if now >= d => return (st, Outcome::TimedOut),
            (Some(d), true) => Some(d.min(now + SLICE)),
            (Some(d), false) => Some(d),
            (None, true) => Some(now + SLICE),
            (None, false) => None,
        };
        st = match until {
            None => cond.wait(st).unwrap_or_else(|p| p.into_inner()),
            Some(u) => {
                cond.wait_timeout(st, u.saturating_duration_since(now))
                    .unwrap_or_else(|p| p.into_inner())
                    .0
            }
        };
    }
    (st, Outcome::Done)
}

/// Blocks without the GIL until `attempt` (given the deadline and whether to watch for
/// signals) succeeds or times out. On the main thread, signal handlers run when a signal
/// arrives, and a handler's exception (KeyboardInterrupt) ends the wait.
fn blocking_wait(
    vm: &Vm,
    deadline: Option<Instant>,
    attempt: impl Fn(Option<Instant>, bool) -> Outcome + Sync,
) -> PyResult<bool> {
    let interruptible = gil::is_main_thread();
    loop {
        match vm.allow_threads(|| attempt(deadline, interruptible)) {
            Outcome::Done => return Ok(true),
            Outcome::TimedOut => return Ok(false),
            Outcome::Interrupted => crate::modules::signal::run_pending(vm)?,
        }
    }
}

/// A plain lock (`_thread.lock`): not owned, any thread may release it.
#[derive(Default)]
pub struct Lock {
    locked: Mutex<bool>,
    cond: Condvar,
}

impl Lock {
    fn try_acquire(&self) -> bool {
        let mut l = guard(&self.locked);
        !std::mem::replace(&mut *l, true)
    }

    fn acquire_until(&self, deadline: Option<Instant>, interruptible: bool) -> Outcome {
        let (mut l, outcome) = wait_until(
            &self.cond,
            guard(&self.locked),
            deadline,
            interruptible,
            |l| !*l,
        );
        if outcome == Outcome::Done {
            *l = true;
        }
        outcome
    }

    /// Returns false if the lock was not locked.
    fn release(&self) -> bool {
        let mut l = guard(&self.locked);
        if !*l {
            return false;
        }
        *l = false;
        drop(l);
        self.cond.notify_one();
        true
    }

    fn locked(&self) -> bool {
        *guard(&self.locked)
    }
}

/// A reentrant lock (`_thread.RLock`): owned by a thread, counted.
#[derive(Default)]
pub struct RLock {
    /// Owner ident (0: none) and recursion count.
    state: Mutex<(u64, u64)>,
    cond: Condvar,
}

impl RLock {
    /// Takes the lock for `me` once it is free (or at `deadline`, giving up).
    fn acquire_until(
        &self,
        me: u64,
        deadline: Option<Instant>,
        interruptible: bool,
        count: u64,
    ) -> Outcome {
        let (mut st, outcome) = wait_until(
            &self.cond,
            guard(&self.state),
            deadline,
            interruptible,
            |s| s.1 == 0,
        );
        if outcome == Outcome::Done {
            *st = (me, count);
        }
        outcome
    }
}

/// How `acquire(blocking, timeout)` waits: not at all, forever, or until a deadline.
enum Wait {
    No,
    Forever,
    Until(Instant),
}

/// Parses `acquire(blocking=True, timeout=-1)` as CPython's `lock_acquire_parse_args`.
fn acquire_args(vm: &Vm, a: Args) -> PyResult<Wait> {
    let v = args::clinic(vm, "acquire", a, &["blocking", "timeout"], 0, 2)?;
    let blocking = match &v[0] {
        Some(b) => vm.is_true(b)?,
        None => true,
    };
    let timeout = match &v[1] {
        None => -1.0,
        Some(t) => match crate::objects::float::to_f64(vm, t)? {
            Some(x) => x,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    t.type_name()
                )))
            }
        },
    };
    if timeout.is_nan() || timeout.abs() > 9_223_372_036.854_776 {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    Ok(if !blocking {
        Wait::No
    } else if timeout == -1.0 {
        Wait::Forever
    } else {
        Wait::Until(Instant::now() + Duration::from_secs_f64(timeout))
    })
}

fn lock_of(vm: &Vm, o: &PyRef) -> PyResult<Arc<Lock>> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<Arc<Lock>>().cloned(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_thread.lock' object but received a '{}'",
            o.type_name()
        ))
    })
}

fn rlock_of(vm: &Vm, o: &PyRef) -> PyResult<Arc<RLock>> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<Arc<RLock>>().cloned(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_thread.RLock' object but received a '{}'",
            o.type_name()
        ))
    })
}

fn types(vm: &Vm) -> (PyRef, PyRef) {
    TYPES
        .with(|t| t.borrow().clone())
        .unwrap_or_else(|| make_types(vm))
}

pub fn new_lock(vm: &Vm) -> (PyRef, Arc<Lock>) {
    let inner = Arc::new(Lock::default());
    let o = vm.new_object_of(&types(vm).0, Payload::Native(Box::new(inner.clone())));
    (o, inner)
}

fn lock_acquire(vm: &Vm, a: Args) -> PyResult {
    let this = args::this(vm, &a)?;
    let lock = lock_of(vm, this)?;
    let wait = acquire_args(vm, crate::modules::user_args(a))?;
    if lock.try_acquire() {
        return Ok(vm.new_bool(true));
    }
    let got = match wait {
        Wait::No => false,
        Wait::Forever => blocking_wait(vm, None, |d, i| lock.acquire_until(d, i))?,
        Wait::Until(d) => blocking_wait(vm, Some(d), |d, i| lock.acquire_until(d, i))?,
    };
    Ok(vm.new_bool(got))
}

fn lock_release(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "release", a, 0, 0)?;
    if !lock_of(vm, &s[0])?.release() {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    Ok(vm.none())
}

fn lock_exit(vm: &Vm, a: Args) -> PyResult {
    let this = args::this(vm, &a)?;
    if !lock_of(vm, this)?.release() {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    Ok(vm.none())
}

fn lock_locked(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "locked", a, 0, 0)?;
    Ok(vm.new_bool(lock_of(vm, &s[0])?.locked()))
}

fn lock_reinit(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "_at_fork_reinit", a, 0, 0)?;
    *guard(&lock_of(vm, &s[0])?.locked) = false;
    Ok(vm.none())
}

fn lock_repr(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "__repr__", a, 0, 0)?;
    let state = if lock_of(vm, &s[0])?.locked() {
        "locked"
    } else {
        "unlocked"
    };
    Ok(vm.new_string(format!(
        "<{} {} object at {:#x}>",
        state,
        crate::objects::object::tp_name(vm, s[0].class()),
        s[0].id()
    )))
}

fn rlock_new(vm: &Vm, a: Args) -> PyResult {
    let cls = args::this(vm, &a)?;
    Ok(vm.new_object_of(cls, Payload::Native(Box::new(Arc::new(RLock::default())))))
}

fn rlock_acquire(vm: &Vm, a: Args) -> PyResult {
    let this = args::this(vm, &a)?;
    let lock = rlock_of(vm, this)?;
    let wait = acquire_args(vm, crate::modules::user_args(a))?;
    let me = current_ident();
    {
        let mut st = guard(&lock.state);
        if st.0 == me && st.1 > 0 {
            if st.1 == u64::MAX {
                return Err(vm.overflow_error("Internal lock count overflowed"));
            }
            st.1 += 1;
            return Ok(vm.new_bool(true));
        }
        if st.1 == 0 {
            *st = (me, 1);
            return Ok(vm.new_bool(true));
        }
    }
    let got = match wait {
        Wait::No => false,
        Wait::Forever => blocking_wait(vm, None, |d, i| lock.acquire_until(me, d, i, 1))?,
        Wait::Until(d) => blocking_wait(vm, Some(d), |d, i| lock.acquire_until(me, d, i, 1))?,
    };
    Ok(vm.new_bool(got))
}

/// Releases one level of `lock` held by the calling thread.
fn rlock_release_one(vm: &Vm, lock: &RLock) -> PyResult<()> {
    let mut st = guard(&lock.state);
    if st.0 != current_ident() || st.1 == 0 {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    st.1 -= 1;
    if st.1 == 0 {
        st.0 = 0;
        drop(st);
        lock.cond.notify_one();
    }
    Ok(())
}

fn rlock_release(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "release", a, 0, 0)?;
    rlock_release_one(vm, &*rlock_of(vm, &s[0])?)?;
    Ok(vm.none())
}

fn rlock_exit(vm: &Vm, a: Args) -> PyResult {
    let this = args::this(vm, &a)?;
    rlock_release_one(vm, &*rlock_of(vm, this)?)?;
    Ok(vm.none())
}

fn rlock_is_owned(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "_is_owned", a, 0, 0)?;
    let st = *guard(&rlock_of(vm, &s[0])?.state);
    Ok(vm.new_bool(st.1 > 0 && st.0 == current_ident()))
}

fn rlock_recursion_count(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "_recursion_count", a, 0, 0)?;
    let st = *guard(&rlock_of(vm, &s[0])?.state);
    let n = if st.0 == current_ident() { st.1 } else { 0 };
    Ok(vm.new_int_from_i128(n as i128))
}

fn rlock_release_save(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "_release_save", a, 0, 0)?;
    let lock = rlock_of(vm, &s[0])?;
    let mut st = guard(&lock.state);
    if st.1 == 0 {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    let (owner, count) = std::mem::take(&mut *st);
    drop(st);
    lock.cond.notify_one();
    Ok(vm.new_tuple(vec![
        vm.new_int_from_i128(count as i128),
        vm.new_int_from_i128(owner as i128),
    ]))
}

fn rlock_acquire_restore(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "_acquire_restore", a, 1, 1)?;
    let lock = rlock_of(vm, &s[0])?;
    let pair = match &s[1].payload {
        Payload::Tuple(t) if t.len() == 2 => t.to_vec(),
        _ => return Err(vm.type_error("_acquire_restore() argument must be a 2-tuple")),
    };
    let count = args::to_i64(vm, &pair[0])?.max(0) as u64;
    let owner = args::to_i64(vm, &pair[1])? as u64;
    let free = {
        let mut st = guard(&lock.state);
        let free = st.1 == 0;
        if free {
            *st = (owner, count);
        }
        free
    };
    if !free {
        vm.allow_threads(|| lock.acquire_until(owner, None, false, count));
    }
    Ok(vm.none())
}

fn rlock_reinit(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "_at_fork_reinit", a, 0, 0)?;
    *guard(&rlock_of(vm, &s[0])?.state) = (0, 0);
    Ok(vm.none())
}

fn rlock_repr(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "__repr__", a, 0, 0)?;
    let (owner, count) = *guard(&rlock_of(vm, &s[0])?.state);
    Ok(vm.new_string(format!(
        "<{} {} object owner={} count={} at {:#x}>",
        if count > 0 { "locked" } else { "unlocked" },
        crate::objects::object::tp_name(vm, s[0].class()),
        owner,
        count,
        s[0].id()
    )))
}

fn lock_new(vm: &Vm, _a: Args) -> PyResult {
    Err(vm.type_error("cannot create '_thread.lock' instances"))
}

fn make_types(vm: &Vm) -> (PyRef, PyRef) {
    let lock = new_native_type(vm, "lock", "_thread", false);
    lock.type_data().native_flags.set(TYPE_WEAKREFABLE);
    crate::objects::add_native(vm, &lock, "__new__", lock_new, NativeKind::StaticMethod);
    let acquire: &[(&'static str, NativeFn)] = &[
        ("acquire", lock_acquire),
        ("acquire_lock", lock_acquire),
        ("__enter__", lock_acquire),
        ("release", lock_release),
        ("release_lock", lock_release),
        ("__exit__", lock_exit),
        ("locked", lock_locked),
        ("locked_lock", lock_locked),
        ("_at_fork_reinit", lock_reinit),
        ("__repr__", lock_repr),
    ];
    crate::objects::add_methods(vm, &lock, acquire);
    let rlock = new_native_type(vm, "RLock", "_thread", true);
    rlock.type_data().native_flags.set(TYPE_WEAKREFABLE);
    crate::objects::add_native(vm, &rlock, "__new__", rlock_new, NativeKind::StaticMethod);
    crate::objects::add_methods(
        vm,
        &rlock,
        &[
            ("acquire", rlock_acquire),
            ("__enter__", rlock_acquire),
            ("release", rlock_release),
            ("__exit__", rlock_exit),
            ("_is_owned", rlock_is_owned),
            ("_recursion_count", rlock_recursion_count),
            ("_release_save", rlock_release_save),
            ("_acquire_restore", rlock_acquire_restore),
            ("_at_fork_reinit", rlock_reinit),
            ("__repr__", rlock_repr),
        ],
    );
    TYPES.with(|t| *t.borrow_mut() = Some((lock.clone(), rlock.clone())));
    (lock, rlock)
}

/// What a new thread needs: the interpreter and the call to make.
struct ThreadStart {
    vm: *const Vm,
    func: PyRef,
    args: PyRef,
    kwargs: Option<PyRef>,
}

// SAFETY: the new thread touches `func`, `args` and `kwargs` (and the `Vm`) only after it
// took the GIL, and drops them before releasing it; if the thread cannot be started,
// the closure holding them is dropped by the spawning thread, which holds the GIL. The
// `Vm` outlives every thread: the runner ends the process without dropping it.
unsafe impl Send for ThreadStart {}

/// The body of a thread started by `start_new_thread`.
fn thread_main(start: ThreadStart, stack_size: usize) {
    gil::take();
    // SAFETY: see `ThreadStart`; this thread now holds the GIL.
    let vm = unsafe { &*start.vm };
    vm.restore_thread(ThreadState::fresh(stack_size));
    let ThreadStart {
        func, args, kwargs, ..
    } = start;
    if let Err(e) = vm.call_function_ex(&func, &args, kwargs.as_ref()) {
        if !vm.exc_matches(&e, &vm.exc.system_exit) {
            crate::object::finalize::report_unraisable_msg(
                vm,
                "Exception ignored in thread started by",
                &func,
                &e,
            );
        }
    }
    drop((func, args, kwargs));
    if let Some(sentinel) = SENTINEL.with(|s| s.borrow_mut().take()) {
        sentinel.release();
    }
    RUNNING_THREADS.fetch_sub(1, Ordering::Relaxed);
    drop(vm.save_thread());
    gil::release();
}

fn start_new_thread(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "start_new_thread", crate::modules::user_args(a), 2, 3)?;
    if !vm.is_callable(&a[0]) {
        return Err(vm.type_error("first arg must be callable"));
    }
    if !matches!(a[1].payload, Payload::Tuple(_)) {
        return Err(vm.type_error("2nd arg must be a tuple"));
    }
    let kwargs = match a.get(2) {
        None => None,
        Some(k) if matches!(k.payload, Payload::Dict(_)) => Some(k.clone()),
        Some(_) => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
    };
    gil::enable_threads();
    let start = ThreadStart {
        vm: vm as *const Vm,
        func: a[0].clone(),
        args: a[1].clone(),
        kwargs,
    };
    // A requested size is a minimum: this interpreter's native frames are larger than
    // CPython's, and the stack limit keeps a margin, so a small stack (threading tests
    // use 256 KiB) gets the default instead of failing at the first call.
    let stack = STACK_SIZE.load(Ordering::Relaxed).max(DEFAULT_STACK);
    RUNNING_THREADS.fetch_add(1, Ordering::Relaxed);
    let spawned = std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || thread_main(start, stack));
    match spawned {
        Ok(handle) => {
            use std::os::unix::thread::JoinHandleExt;
            let ident = handle.as_pthread_t();
            drop(handle);
            Ok(vm.new_int_from_i128(ident as i128))
        }
        Err(_) => {
            RUNNING_THREADS.fetch_sub(1, Ordering::Relaxed);
            Err(vm.runtime_error("can't start new thread"))
        }
    }
}

fn allocate_lock(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "allocate_lock", crate::modules::user_args(a), 0, 0)?;
    Ok(new_lock(vm).0)
}

fn set_sentinel(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "_set_sentinel", crate::modules::user_args(a), 0, 0)?;
    let (o, inner) = new_lock(vm);
    SENTINEL.with(|s| *s.borrow_mut() = Some(inner));
    Ok(o)
}

fn get_ident(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "get_ident", crate::modules::user_args(a), 0, 0)?;
    Ok(vm.new_int_from_i128(current_ident() as i128))
}

fn get_native_id(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "get_native_id", crate::modules::user_args(a), 0, 0)?;
    // SAFETY: gettid has no preconditions.
    let tid = unsafe { libc::gettid() };
    Ok(vm.new_int(tid as i64))
}

fn count(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "_count", crate::modules::user_args(a), 0, 0)?;
    Ok(vm.new_int(RUNNING_THREADS.load(Ordering::Relaxed) as i64))
}

fn exit_thread(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "exit", crate::modules::user_args(a), 0, 0)?;
    Err(vm.new_error(&vm.exc.system_exit, ""))
}

fn interrupt_main(vm: &Vm, a: Args) -> PyResult {
    let a = args::bind(
        vm,
        "interrupt_main",
        crate::modules::user_args(a),
        &["signum"],
        0,
        0,
    )?;
    let sig = match &a[0] {
        Some(s) => args::to_i64(vm, s)?,
        None => libc::SIGINT as i64,
    };
    crate::modules::signal::interrupt_main(vm, sig)?;
    Ok(vm.none())
}

fn stack_size(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "stack_size", crate::modules::user_args(a), 0, 1)?;
    let old = STACK_SIZE.load(Ordering::Relaxed);
    if let Some(size) = a.first() {
        let n = args::to_i64(vm, size)?;
        if n != 0 && n < 32768 {
            return Err(vm.value_error(format!("size not valid: {} bytes", n)));
        }
        if n < 0 {
            return Err(vm.value_error("size must be 0 or a positive value"));
        }
        STACK_SIZE.store(n as usize, Ordering::Relaxed);
    }
    Ok(vm.new_int(old as i64))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(
        vm,
        "_thread",
        &[
            ("start_new_thread", start_new_thread),
            ("start_new", start_new_thread),
            ("allocate_lock", allocate_lock),
            ("allocate", allocate_lock),
            ("_set_sentinel", set_sentinel),
            ("get_ident", get_ident),
            ("get_native_id", get_native_id),
            ("_count", count),
            ("exit", exit_thread),
            ("exit_thread", exit_thread),
            ("stack_size", stack_size),
            ("interrupt_main", interrupt_main),
        ],
    );
    let d = vm.module_dict(&m).unwrap();
    let (lock, rlock) = types(vm);
    vm.dict_set_str(&d, "LockType", lock)?;
    vm.dict_set_str(&d, "RLock", rlock)?;
    vm.dict_set_str(&d, "error", vm.exc.runtime_error.clone())?;
    vm.dict_set_str(&d, "TIMEOUT_MAX", vm.new_float(TIMEOUT_MAX))?;
    Ok(m)
}
