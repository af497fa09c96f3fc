//! The `faulthandler` module, reduced to what a runtime without C-level crashes needs:
//! the enable/disable state, `dump_traceback` of the calling thread (written straight to
//! the file descriptor, in CPython's format), a `dump_traceback_later` watchdog that can
//! end a hung process, and `register`/`unregister` bookkeeping.
//!
//! Not provided: tracebacks of threads other than the caller (the watchdog writes only
//! its "Timeout" header) and dumping on fatal signals (`enable` only records the state).

use std::cell::RefCell;
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

/// `enable()`'s file (kept alive, as CPython keeps a reference) while enabled.
static ENABLED: GilCell<RefCell<Option<PyRef>>> = GilCell::new(|| RefCell::new(None));

/// Signals given to `register`.
static REGISTERED: GilCell<RefCell<Vec<i64>>> = GilCell::new(|| RefCell::new(Vec::new()));

/// The pending `dump_traceback_later`: a generation number (bumped to cancel) and the
/// watchdog's wake-up.
static WATCHDOG: (Mutex<u64>, Condvar) = (Mutex::new(0), Condvar::new());

/// The descriptor of `file` (None: `sys.stderr`), flushing a file object first, as
/// CPython's `faulthandler_get_fileno`.
fn fileno_of(vm: &Vm, file: Option<&PyRef>) -> PyResult<(i32, PyRef)> {
    let file = match file {
        Some(f) if !vm.is_none(f) => f.clone(),
        _ => vm.sys_stderr()?,
    };
    if let Payload::Int(_) | Payload::BigInt(_) = file.payload {
        let fd = args::to_i64(vm, &file)?;
        if fd < 0 {
            return Err(vm.value_error("file is not a valid file descriptor"));
        }
        return Ok((fd as i32, file));
    }
    let r = vm.call_method(&file, "fileno", &[])?;
    let fd = match r.payload {
        Payload::Int(_) | Payload::BigInt(_) => args::to_i64(vm, &r)?,
        _ => -1,
    };
    if fd < 0 || fd > i32::MAX as i64 {
        return Err(vm.runtime_error("file.fileno() is not a valid file descriptor"));
    }
    // A failed flush is not an error here (CPython ignores it too).
    if let Err(_e) = vm.call_method(&file, "flush", &[]) {}
    Ok((fd as i32, file))
}

fn write_fd(fd: i32, mut data: &[u8]) {
    while !data.is_empty() {
        // SAFETY: `data` is readable for `data.len()` bytes.
        let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        if n <= 0 {
            if n < 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return;
        }
        data = &data[n as usize..];
    }
}

/// The calling thread's stack in faulthandler's format, innermost frame first; the
/// header names the thread when all threads were asked for (CPython's two headers).
fn format_stack(vm: &Vm, all_threads: bool) -> PyResult<String> {
    let mut out = if all_threads {
        format!(
            "Current thread 0x{:016x} (most recent call first):\n",
            crate::modules::thread::current_ident()
        )
    } else {
        "Stack (most recent call first):\n".to_string()
    };
    let sys = vm
        .sys
        .borrow()
        .clone()
        .ok_or_else(|| vm.runtime_error("lost sys"))?;
    let getframe = vm.get_attr_str(&sys, "_getframe")?;
    let mut frame = vm.call(&getframe, Args::new(&[]))?;
    let mut depth = 0;
    while !vm.is_none(&frame) {
        if depth == 100 {
            out.push_str("  ...\n");
            break;
        }
        let code = vm.get_attr_str(&frame, "f_code")?;
        let file = vm.str_string(&vm.get_attr_str(&code, "co_filename")?)?;
        let name = vm.str_string(&vm.get_attr_str(&code, "co_name")?)?;
        let line = vm.get_attr_str(&frame, "f_lineno")?;
        let line = if vm.is_none(&line) {
            "???".to_string()
        } else {
            vm.str_string(&line)?
        };
        out.push_str(&format!("  File \"{}\", line {} in {}\n", file, line, name));
        frame = vm.get_attr_str(&frame, "f_back")?;
        depth += 1;
    }
    Ok(out)
}

fn enable(vm: &Vm, a: Args) -> PyResult {
    let v = args::bind(
        vm,
        "enable",
        crate::modules::user_args(a),
        &["file", "all_threads"],
        0,
        0,
    )?;
    let (_, file) = fileno_of(vm, v[0].as_ref())?;
    ENABLED.with(|e| *e.borrow_mut() = Some(file));
    Ok(vm.none())
}

fn disable(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "disable", crate::modules::user_args(a), 0, 0)?;
    let was = ENABLED.with(|e| e.borrow_mut().take()).is_some();
    Ok(vm.new_bool(was))
}

fn is_enabled(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "is_enabled", crate::modules::user_args(a), 0, 0)?;
    Ok(vm.new_bool(ENABLED.with(|e| e.borrow().is_some())))
}

fn dump_traceback(vm: &Vm, a: Args) -> PyResult {
    let v = args::bind(
        vm,
        "dump_traceback",
        crate::modules::user_args(a),
        &["file", "all_threads"],
        0,
        0,
    )?;
    let (fd, _file) = fileno_of(vm, v[0].as_ref())?;
    let all_threads = match &v[1] {
        Some(x) => vm.is_true(x)?,
        None => true,
    };
    let text = format_stack(vm, all_threads)?;
    vm.allow_threads(|| write_fd(fd, text.as_bytes()));
    Ok(vm.none())
}

/// `H:MM:SS` with the fraction CPython prints (`Timeout (0:00:01.500000)!`).
fn format_timeout(secs: f64) -> String {
    let us = (secs * 1e6).round() as u64;
    let (s, frac) = (us / 1_000_000, us % 1_000_000);
    let mut t = format!("{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60);
    if frac != 0 {
        t.push_str(&format!(".{:06}", frac));
    }
    t
}

fn dump_traceback_later(vm: &Vm, a: Args) -> PyResult {
    let v = args::bind(
        vm,
        "dump_traceback_later",
        crate::modules::user_args(a),
        &["timeout", "repeat", "file", "exit"],
        1,
        0,
    )?;
    let timeout = match crate::objects::float::to_f64(vm, v[0].as_ref().unwrap())? {
        Some(t) => t,
        None => return Err(vm.type_error("timeout must be a number")),
    };
    if timeout.is_nan() || timeout > 1e15 {
        return Err(vm.overflow_error("timeout value is too large"));
    }
    if timeout <= 0.0 {
        return Err(vm.value_error("timeout must be greater than 0"));
    }
    let repeat = match &v[1] {
        Some(r) => vm.is_true(r)?,
        None => false,
    };
    let exit = match &v[3] {
        Some(r) => vm.is_true(r)?,
        None => false,
    };
    let (fd, _file) = fileno_of(vm, v[2].as_ref())?;
    let header = format!("Timeout ({})!\n", format_timeout(timeout));
    let generation = {
        let mut g = WATCHDOG.0.lock().unwrap_or_else(|p| p.into_inner());
        *g += 1;
        *g
    };
    WATCHDOG.1.notify_all();
    let period = Duration::from_secs_f64(timeout);
    let spawned = std::thread::Builder::new()
        .name("faulthandler watchdog".into())
        .spawn(move || loop {
            let deadline = Instant::now() + period;
            let mut g = WATCHDOG.0.lock().unwrap_or_else(|p| p.into_inner());
            while *g == generation {
                let now = Instant::now();
                if now >= deadline {
                    break;
                }
                g = WATCHDOG
                    .1
                    .wait_timeout(g, deadline - now)
                    .unwrap_or_else(|p| p.into_inner())
                    .0;
            }
            if *g != generation {
                return;
            }
            drop(g);
            write_fd(fd, header.as_bytes());
            if exit {
                // SAFETY: _exit ends the process at once, as CPython's watchdog does.
                unsafe { libc::_exit(1) };
            }
            if !repeat {
                return;
            }
        });
    if spawned.is_err() {
        return Err(vm.runtime_error("unable to start watchdog thread"));
    }
    Ok(vm.none())
}

fn cancel_dump_traceback_later(vm: &Vm, a: Args) -> PyResult {
    args::pos(
        vm,
        "cancel_dump_traceback_later",
        crate::modules::user_args(a),
        0,
        0,
    )?;
    *WATCHDOG.0.lock().unwrap_or_else(|p| p.into_inner()) += 1;
    WATCHDOG.1.notify_all();
    Ok(vm.none())
}

fn signum_arg(vm: &Vm, o: &PyRef) -> PyResult<i64> {
    let n = args::to_i64(vm, o)?;
    if !(1..65).contains(&n) {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(n)
}

fn register(vm: &Vm, a: Args) -> PyResult {
    let v = args::bind(
        vm,
        "register",
        crate::modules::user_args(a),
        &["signum", "file", "all_threads", "chain"],
        1,
        0,
    )?;
    let sig = signum_arg(vm, v[0].as_ref().unwrap())?;
    if [
        libc::SIGSEGV,
        libc::SIGFPE,
        libc::SIGABRT,
        libc::SIGBUS,
        libc::SIGILL,
    ]
    .contains(&(sig as i32))
    {
        return Err(vm.runtime_error(format!(
            "signal {} cannot be registered, use enable() instead",
            sig
        )));
    }
    fileno_of(vm, v[1].as_ref())?;
    REGISTERED.with(|r| {
        let mut r = r.borrow_mut();
        if !r.contains(&sig) {
            r.push(sig);
        }
    });
    Ok(vm.none())
}

fn unregister(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "unregister", crate::modules::user_args(a), 1, 1)?;
    let sig = signum_arg(vm, &a[0])?;
    let was = REGISTERED.with(|r| {
        let mut r = r.borrow_mut();
        let before = r.len();
        r.retain(|s| *s != sig);
        r.len() != before
    });
    Ok(vm.new_bool(was))
}

pub fn init(vm: &Vm) -> PyResult {
    Ok(crate::modules::new_native_module(
        vm,
        "faulthandler",
        &[
            ("enable", enable),
            ("disable", disable),
            ("is_enabled", is_enabled),
            ("dump_traceback", dump_traceback),
            ("dump_traceback_later", dump_traceback_later),
            ("cancel_dump_traceback_later", cancel_dump_traceback_later),
            ("register", register),
            ("unregister", unregister),
        ],
    ))
}
