//! The `time` module: clocks and `sleep` here, the calendar functions (`struct_time`,
//! `gmtime`, `localtime`, `mktime`, `strftime`, `strptime`, time zones) in
//! `calendar.rs`.

mod calendar;

use std::time::{Duration, Instant};

use crate::object::payload::*;
use crate::objects::args;
use crate::vm::Vm;

/// `clock_gettime(clock)` in nanoseconds, or the errno.
fn clock_ns(clock: libc::clockid_t) -> Result<i128, i32> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the provided timespec.
    if unsafe { libc::clock_gettime(clock, &mut ts) } != 0 {
        return Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(0));
    }
    Ok(ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128)
}

fn now_ns() -> i128 {
    clock_ns(libc::CLOCK_REALTIME).unwrap_or(0)
}

fn mono_ns() -> i128 {
    clock_ns(libc::CLOCK_MONOTONIC).unwrap_or(0)
}

fn cpu_ns() -> i128 {
    clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID).unwrap_or(0)
}

fn thread_ns() -> i128 {
    clock_ns(libc::CLOCK_THREAD_CPUTIME_ID).unwrap_or(0)
}

fn time(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_float(now_ns() as f64 / 1e9))
}
fn time_ns(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_int_from_i128(now_ns()))
}
fn perf_counter(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_float(mono_ns() as f64 / 1e9))
}
fn perf_counter_ns(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_int_from_i128(mono_ns()))
}
fn process_time(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_float(cpu_ns() as f64 / 1e9))
}
fn process_time_ns(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_int_from_i128(cpu_ns()))
}

/// One nanosleep(2) of `d`; true if a signal interrupted it.
fn nanosleep_once(d: Duration) -> bool {
    let ts = libc::timespec {
        tv_sec: d.as_secs() as libc::time_t,
        tv_nsec: d.subsec_nanos() as libc::c_long,
    };
    // SAFETY: `ts` is a valid timespec; the remaining-time pointer may be null.
    let r = unsafe { libc::nanosleep(&ts, std::ptr::null_mut()) };
    r != 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR)
}

fn sleep(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(
        vm,
        "sleep",
        Args::with_kw(&args.args[1..], args.kwnames),
        1,
        1,
    )?;
    let secs = match &a[0].payload {
        Payload::Float(f) => *f,
        Payload::Int(i) => *i as f64,
        _ => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                a[0].type_name()
            )))
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let _ = vm.flush_stdout();
    // Sleeps in nanosleep calls; a signal interrupts one, its Python handler runs (and
    // may raise, as Ctrl-C does), then the sleep goes on for the time left.
    let deadline = Instant::now() + Duration::from_secs_f64(secs.min(1e9));
    loop {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        let left = deadline - now;
        if vm.allow_threads(|| nanosleep_once(left)) {
            crate::modules::signal::run_pending(vm)?;
        }
    }
    Ok(vm.none())
}

fn thread_time(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_float(thread_ns() as f64 / 1e9))
}

fn thread_time_ns(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_int_from_i128(thread_ns()))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(
        vm,
        "time",
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic", perf_counter),
            ("monotonic_ns", perf_counter_ns),
            ("process_time", process_time),
            ("process_time_ns", process_time_ns),
            ("thread_time", thread_time),
            ("thread_time_ns", thread_time_ns),
            ("sleep", sleep),
        ],
    );
    calendar::install(vm, &m)?;
    Ok(m)
}
