//! The `_signal` module and the signal machinery behind it: a C-level handler that only
//! records the signal (and writes the wakeup fd), and the eval loop's safe points, which
//! run the Python handlers on the main thread (`run_pending`). SIGINT is handled from
//! start-up, so Ctrl-C raises KeyboardInterrupt even before `signal` is imported.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, Ordering};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::gil::{self, GilCell, BREAK_SIGNALS, EVAL_BREAKER};
use crate::vm::Vm;

/// Signal numbers run from 1 to NSIG - 1 (Linux: 65, as CPython reports).
const NSIG: usize = 65;
const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

/// Signals that arrived and whose Python handler has not run yet.
static PENDING: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];

/// `set_wakeup_fd`'s descriptor (-1: none); the C handler writes the signal number there.
static WAKEUP_FD: AtomicI32 = AtomicI32::new(-1);

/// The Python-level handler of each signal: a callable, SIG_DFL/SIG_IGN as ints, or None
/// when not installed from Python. Empty until the module is first imported.
static HANDLERS: GilCell<RefCell<Vec<Option<PyRef>>>> = GilCell::new(|| RefCell::new(Vec::new()));

/// `default_int_handler`, once the module made it.
static DEFAULT_INT_HANDLER: GilCell<RefCell<Option<PyRef>>> = GilCell::new(|| RefCell::new(None));

/// The thread running the program (`pthread_self`), where handlers run; 0 until set.
static MAIN_PTHREAD: AtomicU64 = AtomicU64::new(0);

/// The C-level handler: async-signal-safe (atomics, `pthread_kill` and `write` only).
extern "C" fn on_signal(sig: libc::c_int) {
    // SAFETY: __errno_location returns this thread's errno slot; it is saved and restored
    // so the interrupted code sees its own errno.
    let saved = unsafe { *libc::__errno_location() };
    // The kernel may deliver a process signal to any thread (here the process's first
    // thread only waits for the interpreter thread). CPython's main thread is the one
    // the kernel prefers; forward the signal there, so a blocking call of the main
    // thread (sleep, lock wait, read) is interrupted and its handler runs at once.
    let main = MAIN_PTHREAD.load(Ordering::Relaxed);
    // SAFETY: pthread_self and pthread_kill are async-signal-safe; `main` is a live
    // thread (the interpreter thread lives until the process exits).
    if main != 0 && unsafe { libc::pthread_self() } as u64 != main {
        unsafe { libc::pthread_kill(main as libc::pthread_t, sig) };
        // SAFETY: as above.
        unsafe { *libc::__errno_location() = saved };
        return;
    }
    if (sig as usize) < NSIG {
        PENDING[sig as usize].store(true, Ordering::SeqCst);
        EVAL_BREAKER.fetch_or(BREAK_SIGNALS, Ordering::SeqCst);
    }
    let fd = WAKEUP_FD.load(Ordering::Relaxed);
    if fd >= 0 {
        let byte = sig as u8;
        // SAFETY: write(2) is async-signal-safe; `byte` outlives the call.
        unsafe { libc::write(fd, &byte as *const u8 as *const libc::c_void, 1) };
    }
    // SAFETY: as above.
    unsafe { *libc::__errno_location() = saved };
}

/// Installs the C handler (`Some(handler)` = ours, else SIG_DFL/SIG_IGN); returns false on
/// failure (errno set).
fn install(sig: i32, action: libc::sighandler_t) -> bool {
    // SAFETY: sigaction with a zeroed, fully initialized struct; the handler is an
    // `extern "C" fn(c_int)` or SIG_DFL/SIG_IGN.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = action;
        sa.sa_flags = libc::SA_ONSTACK;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(sig, &sa, std::ptr::null_mut()) == 0
    }
}

/// The current disposition of `sig` as the module reports it before Python set one.
fn disposition(vm: &Vm, sig: i32) -> Option<PyRef> {
    // SAFETY: querying with a null new action only writes `old`.
    let old = unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(sig, std::ptr::null(), &mut old) != 0 {
            return None;
        }
        old.sa_sigaction
    };
    if old == libc::SIG_DFL {
        Some(vm.new_int(SIG_DFL))
    } else if old == libc::SIG_IGN {
        Some(vm.new_int(SIG_IGN))
    } else {
        None
    }
}

/// At start-up, on the thread that runs the program: SIGINT raises KeyboardInterrupt
/// (unless the parent ignored it).
pub fn install_default_handlers() {
    // SAFETY: pthread_self has no preconditions.
    MAIN_PTHREAD.store(unsafe { libc::pthread_self() } as u64, Ordering::Relaxed);
    // SAFETY: see `disposition`.
    let ignored = unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old) == 0
            && old.sa_sigaction == libc::SIG_IGN
    };
    if !ignored {
        install(libc::SIGINT, on_signal as *const () as libc::sighandler_t);
    }
}

/// Called on the process's first thread once the interpreter thread runs: blocks the
/// asynchronous signals there, so the kernel delivers process signals to the interpreter
/// thread (a `kill` of our own pid then reaches it before `kill` returns, as in CPython).
pub fn keep_signals_off_this_thread() {
    // SAFETY: sigset operations on a local set; pthread_sigmask changes this thread only.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        for sync in [
            libc::SIGSEGV,
            libc::SIGBUS,
            libc::SIGFPE,
            libc::SIGILL,
            libc::SIGTRAP,
            libc::SIGABRT,
            libc::SIGSYS,
        ] {
            libc::sigdelset(&mut set, sync);
        }
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

/// Whether a signal arrived whose handlers have not run (cheap; any thread).
pub fn pending() -> bool {
    EVAL_BREAKER.load(Ordering::Relaxed) & BREAK_SIGNALS != 0
}

/// Ends the process by SIGINT's default action (CPython's exit after an uncaught
/// KeyboardInterrupt), or with status 130 if that does not kill it.
pub fn exit_by_sigint() -> ! {
    install(libc::SIGINT, libc::SIG_DFL);
    // SAFETY: kill(2) on our own process id.
    unsafe { libc::kill(libc::getpid(), libc::SIGINT) };
    std::process::exit(130)
}

fn keyboard_interrupt(vm: &Vm) -> PyErr {
    PyErr(vm.new_exception(&vm.exc.keyboard_interrupt, vec![]))
}

/// Runs the Python handlers of the signals that arrived (main thread only; other threads
/// leave them for it). A handler's exception propagates into the running code.
pub fn run_pending(vm: &Vm) -> PyResult<()> {
    if !gil::is_main_thread() {
        return Ok(());
    }
    EVAL_BREAKER.fetch_and(!BREAK_SIGNALS, Ordering::SeqCst);
    for (sig, flag) in PENDING.iter().enumerate().skip(1) {
        if !flag.swap(false, Ordering::SeqCst) {
            continue;
        }
        let handler = HANDLERS.with(|h| h.borrow().get(sig).cloned().flatten());
        let handler = match handler {
            Some(h) if !matches!(h.payload, Payload::Int(_)) => h,
            // No Python handler (the module was never imported): SIGINT's default.
            _ if sig == libc::SIGINT as usize => return Err(keyboard_interrupt(vm)),
            _ => continue,
        };
        let frame = current_frame(vm);
        if let Err(e) = vm.call(&handler, Args::new(&[vm.new_int(sig as i64), frame])) {
            // The signals not handled yet wait for the next safe point.
            if PENDING.iter().any(|p| p.load(Ordering::SeqCst)) {
                EVAL_BREAKER.fetch_or(BREAK_SIGNALS, Ordering::SeqCst);
            }
            return Err(e);
        }
    }
    Ok(())
}

/// Runs the Python handlers of signals that arrived, if any (CPython's
/// `PyErr_CheckSignals`): loops that may block again call it between steps.
pub fn check_signals(vm: &Vm) -> PyResult<()> {
    if pending() {
        run_pending(vm)?;
    }
    Ok(())
}

/// Runs the blocking system call `call` (which reports failure as an errno) without the
/// GIL, as PEP 475 asks: when it fails with EINTR, the Python signal handlers run (with
/// the GIL) and the call is retried; a handler's exception ends it instead.
pub fn blocking_call<T: Send>(
    vm: &Vm,
    mut call: impl FnMut() -> Result<T, i32> + Send,
) -> PyResult<Result<T, i32>> {
    loop {
        match vm.allow_threads(&mut call) {
            Err(libc::EINTR) => run_pending(vm)?,
            r => return Ok(r),
        }
    }
}

/// `_thread.interrupt_main(signum)`: the main thread acts as if `signum` arrived,
/// provided Python handles it (nothing happens under SIG_IGN or SIG_DFL).
pub fn interrupt_main(vm: &Vm, sig: i64) -> PyResult<()> {
    if sig < 1 || sig >= NSIG as i64 {
        return Err(vm.value_error("signal number out of range"));
    }
    let handler = HANDLERS.with(|h| h.borrow().get(sig as usize).cloned().flatten());
    match handler {
        Some(h) if matches!(h.payload, Payload::Int(_)) => return Ok(()),
        None if sig != libc::SIGINT as i64 => return Ok(()),
        _ => {}
    }
    PENDING[sig as usize].store(true, Ordering::SeqCst);
    EVAL_BREAKER.fetch_or(BREAK_SIGNALS, Ordering::SeqCst);
    Ok(())
}

fn current_frame(vm: &Vm) -> PyRef {
    let sys = vm.sys.borrow().clone();
    sys.and_then(|s| vm.get_attr_opt(&s, &vm.intern("_getframe")).ok().flatten())
        .and_then(|f| vm.call0(&f).ok())
        .unwrap_or_else(|| vm.none())
}

fn signum_arg(vm: &Vm, o: &PyRef) -> PyResult<i32> {
    let n = args::to_i64(vm, o)?;
    if n < 1 || n >= NSIG as i64 {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(n as i32)
}

fn ensure_handlers(vm: &Vm) {
    HANDLERS.with(|h| {
        let mut h = h.borrow_mut();
        if h.is_empty() {
            h.push(None);
            for sig in 1..NSIG as i32 {
                h.push(disposition(vm, sig));
            }
            if h[libc::SIGINT as usize].is_none() {
                h[libc::SIGINT as usize] = DEFAULT_INT_HANDLER.with(|d| d.borrow().clone());
            }
        }
    });
}

fn signal(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "signal", crate::modules::user_args(a), 2, 2)?;
    let sig = signum_arg(vm, &a[0])?;
    if !gil::is_main_thread() {
        return Err(vm.value_error("signal only works in main thread of the main interpreter"));
    }
    let handler = &a[1];
    let action = match &handler.payload {
        Payload::Int(SIG_IGN) => libc::SIG_IGN,
        Payload::Int(SIG_DFL) => libc::SIG_DFL,
        _ if vm.is_callable(handler) => on_signal as *const () as libc::sighandler_t,
        _ => {
            return Err(vm.type_error(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            ))
        }
    };
    ensure_handlers(vm);
    if !install(sig, action) {
        return Err(crate::modules::errno_error(vm, None));
    }
    let old = HANDLERS.with(|h| h.borrow_mut()[sig as usize].replace(handler.clone()));
    Ok(old.unwrap_or_else(|| vm.none()))
}

fn getsignal(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "getsignal", crate::modules::user_args(a), 1, 1)?;
    let sig = signum_arg(vm, &a[0])?;
    ensure_handlers(vm);
    Ok(HANDLERS
        .with(|h| h.borrow()[sig as usize].clone())
        .unwrap_or_else(|| vm.none()))
}

fn default_int_handler(vm: &Vm, _a: Args) -> PyResult {
    Err(keyboard_interrupt(vm))
}

fn raise_signal(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "raise_signal", crate::modules::user_args(a), 1, 1)?;
    let sig = signum_arg(vm, &a[0])?;
    // SAFETY: raise(3) with a valid signal number.
    if unsafe { libc::raise(sig) } != 0 {
        return Err(crate::modules::errno_error(vm, None));
    }
    run_pending(vm)?;
    Ok(vm.none())
}

fn strsignal(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "strsignal", crate::modules::user_args(a), 1, 1)?;
    let sig = signum_arg(vm, &a[0])?;
    // SAFETY: strsignal returns a pointer to a static or thread-local NUL-terminated
    // string (or null), read immediately.
    let text = unsafe {
        let p = libc::strsignal(sig);
        if p.is_null() {
            return Ok(vm.none());
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    };
    if text.starts_with("Unknown signal") || text.starts_with("Real-time signal") {
        return Ok(vm.none());
    }
    Ok(vm.new_string(text))
}

fn valid_signals(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "valid_signals", crate::modules::user_args(a), 0, 0)?;
    let set = vm.new_set();
    for sig in 1..NSIG as i64 {
        // 32 and 33 are reserved by glibc for its threads.
        if sig == 32 || sig == 33 {
            continue;
        }
        vm.set_add(&set, vm.new_int(sig))?;
    }
    Ok(set)
}

fn set_wakeup_fd(vm: &Vm, a: Args) -> PyResult {
    let v = args::bind(
        vm,
        "set_wakeup_fd",
        crate::modules::user_args(a),
        &["fd", "warn_on_full_buffer"],
        1,
        1,
    )?;
    let fd = args::to_i64(vm, v[0].as_ref().unwrap())?;
    if !gil::is_main_thread() {
        return Err(
            vm.value_error("set_wakeup_fd only works in main thread of the main interpreter")
        );
    }
    if fd != -1 {
        // SAFETY: fstat on any integer only reads into `st`.
        let ok = unsafe {
            let mut st: libc::stat = std::mem::zeroed();
            libc::fstat(fd as i32, &mut st) == 0
        };
        if !ok {
            return Err(crate::modules::errno_error(vm, None));
        }
        // SAFETY: fcntl F_GETFL on a valid descriptor.
        let flags = unsafe { libc::fcntl(fd as i32, libc::F_GETFL) };
        if flags & libc::O_NONBLOCK == 0 {
            return Err(vm.value_error(format!("the fd {} must be in non-blocking mode", fd)));
        }
    }
    let old = WAKEUP_FD.swap(fd as i32, Ordering::SeqCst);
    Ok(vm.new_int(old as i64))
}

fn alarm(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "alarm", crate::modules::user_args(a), 1, 1)?;
    let secs = args::to_i64(vm, &a[0])?;
    // SAFETY: alarm(2) has no memory preconditions.
    let left = unsafe { libc::alarm(secs.clamp(0, u32::MAX as i64) as u32) };
    Ok(vm.new_int(left as i64))
}

fn pause(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "pause", crate::modules::user_args(a), 0, 0)?;
    // SAFETY: pause(2) only blocks until a signal arrives.
    vm.allow_threads(|| unsafe { libc::pause() });
    run_pending(vm)?;
    Ok(vm.none())
}

fn siginterrupt(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "siginterrupt", crate::modules::user_args(a), 2, 2)?;
    signum_arg(vm, &a[0])?;
    vm.is_true(&a[1])?;
    Ok(vm.none())
}

fn pthread_kill(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "pthread_kill", crate::modules::user_args(a), 2, 2)?;
    let ident = args::to_i64(vm, &a[0])? as libc::pthread_t;
    let sig = args::to_i64(vm, &a[1])? as i32;
    // SAFETY: pthread_kill with a thread id Python got from get_ident; ESRCH otherwise.
    let err = unsafe { libc::pthread_kill(ident, sig) };
    if err != 0 {
        return Err(crate::modules::errno_error(vm, Some(err)));
    }
    run_pending(vm)?;
    Ok(vm.none())
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(
        vm,
        "_signal",
        &[
            ("signal", signal),
            ("getsignal", getsignal),
            ("default_int_handler", default_int_handler),
            ("raise_signal", raise_signal),
            ("strsignal", strsignal),
            ("valid_signals", valid_signals),
            ("set_wakeup_fd", set_wakeup_fd),
            ("alarm", alarm),
            ("pause", pause),
            ("siginterrupt", siginterrupt),
            ("pthread_kill", pthread_kill),
        ],
    );
    let d = vm.module_dict(&m).unwrap();
    let dih = vm.dict_get_str(&d, "default_int_handler")?;
    DEFAULT_INT_HANDLER.with(|h| *h.borrow_mut() = dih);
    ensure_handlers(vm);
    let consts: &[(&str, i64)] = &[
        ("SIG_DFL", SIG_DFL),
        ("SIG_IGN", SIG_IGN),
        ("NSIG", NSIG as i64),
        ("SIG_BLOCK", libc::SIG_BLOCK as i64),
        ("SIG_UNBLOCK", libc::SIG_UNBLOCK as i64),
        ("SIG_SETMASK", libc::SIG_SETMASK as i64),
        ("SIGHUP", libc::SIGHUP as i64),
        ("SIGINT", libc::SIGINT as i64),
        ("SIGQUIT", libc::SIGQUIT as i64),
        ("SIGILL", libc::SIGILL as i64),
        ("SIGTRAP", libc::SIGTRAP as i64),
        ("SIGABRT", libc::SIGABRT as i64),
        ("SIGIOT", libc::SIGIOT as i64),
        ("SIGBUS", libc::SIGBUS as i64),
        ("SIGFPE", libc::SIGFPE as i64),
        ("SIGKILL", libc::SIGKILL as i64),
        ("SIGUSR1", libc::SIGUSR1 as i64),
        ("SIGSEGV", libc::SIGSEGV as i64),
        ("SIGUSR2", libc::SIGUSR2 as i64),
        ("SIGPIPE", libc::SIGPIPE as i64),
        ("SIGALRM", libc::SIGALRM as i64),
        ("SIGTERM", libc::SIGTERM as i64),
        ("SIGSTKFLT", libc::SIGSTKFLT as i64),
        ("SIGCHLD", libc::SIGCHLD as i64),
        ("SIGCONT", libc::SIGCONT as i64),
        ("SIGSTOP", libc::SIGSTOP as i64),
        ("SIGTSTP", libc::SIGTSTP as i64),
        ("SIGTTIN", libc::SIGTTIN as i64),
        ("SIGTTOU", libc::SIGTTOU as i64),
        ("SIGURG", libc::SIGURG as i64),
        ("SIGXCPU", libc::SIGXCPU as i64),
        ("SIGXFSZ", libc::SIGXFSZ as i64),
        ("SIGVTALRM", libc::SIGVTALRM as i64),
        ("SIGPROF", libc::SIGPROF as i64),
        ("SIGWINCH", libc::SIGWINCH as i64),
        ("SIGIO", libc::SIGIO as i64),
        ("SIGPOLL", libc::SIGPOLL as i64),
        ("SIGPWR", libc::SIGPWR as i64),
        ("SIGSYS", libc::SIGSYS as i64),
        ("SIGRTMIN", libc::SIGRTMIN() as i64),
        ("SIGRTMAX", libc::SIGRTMAX() as i64),
        ("ITIMER_REAL", libc::ITIMER_REAL as i64),
        ("ITIMER_VIRTUAL", libc::ITIMER_VIRTUAL as i64),
        ("ITIMER_PROF", libc::ITIMER_PROF as i64),
    ];
    for (name, v) in consts {
        vm.dict_set_str(&d, name, vm.new_int(*v))?;
    }
    Ok(m)
}
