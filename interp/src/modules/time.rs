//! The `time` module (clock functions and sleep; calendar functions arrive with the
//! standard-library work).

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::object::payload::*;
use crate::objects::args;
use crate::vm::Vm;

/// The origin of `time.monotonic()` and `perf_counter()`, the same for every thread.
static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();

fn now_ns() -> i128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as i128)
        .unwrap_or(0)
}

fn mono_ns() -> i128 {
    // CLOCK_MONOTONIC via Instant, offset to a stable origin.
    START.get_or_init(Instant::now).elapsed().as_nanos() as i128 + 1_000_000_000
}

fn cpu_ns() -> i128 {
    let mut ts = libc_timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the provided, properly sized timespec.
    let r = unsafe { clock_gettime(2, &mut ts) };
    if r == 0 {
        ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
    } else {
        0
    }
}

#[repr(C)]
struct libc_timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

extern "C" {
    fn clock_gettime(clk: i32, ts: *mut libc_timespec) -> i32;
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
    let d = Duration::from_secs_f64(secs.min(1e9));
    vm.allow_threads(|| std::thread::sleep(d));
    Ok(vm.none())
}

pub fn init(vm: &Vm) -> PyResult {
    Ok(crate::modules::new_native_module(
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
            ("thread_time", process_time),
            ("sleep", sleep),
        ],
    ))
}
