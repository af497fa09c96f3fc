//! The `faulthandler` module, reduced to what Python code can observe without native
//! crashes: the enabled flag, `dump_traceback` (the running thread's frames, innermost
//! first, in faulthandler's format, written with the file's `write` once its `fileno()`
//! checked out), and the timed and
//! signal dumps as accepted no-ops (a Rust runtime error is reported by the runtime
//! itself, not by a signal handler).

use std::cell::Cell;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

static ENABLED: GilCell<Cell<bool>> = GilCell::new(|| Cell::new(false));

/// The `file` argument, or `sys.stderr` (which must not be None).
fn target(vm: &Vm, a: &Args) -> PyResult<PyRef> {
    let mut file = a.pos().first().cloned();
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        if vm.str_of(k) == Some("file") {
            file = Some(v.clone());
        }
    }
    let f = match file.filter(|f| !vm.is_none(f)) {
        Some(f) => f,
        None => {
            let f = vm.sys_stderr()?;
            if vm.is_none(&f) {
                return Err(vm.runtime_error("sys.stderr is None"));
            }
            f
        }
    };
    // As in CPython, the file must have a descriptor.
    vm.call_method(&f, "fileno", &[])?;
    Ok(f)
}

fn enable(vm: &Vm, a: Args) -> PyResult {
    let a = crate::modules::user_args(a);
    target(vm, &a)?;
    ENABLED.with(|e| e.set(true));
    Ok(vm.none())
}

fn disable(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "disable", crate::modules::user_args(a), 0, 0)?;
    Ok(vm.new_bool(ENABLED.with(|e| e.replace(false))))
}

fn is_enabled(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "is_enabled", crate::modules::user_args(a), 0, 0)?;
    Ok(vm.new_bool(ENABLED.with(|e| e.get())))
}

fn dump_traceback(vm: &Vm, a: Args) -> PyResult {
    let a = crate::modules::user_args(a);
    let file = target(vm, &a)?;
    let mut all_threads = match a.pos().get(1) {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        if vm.str_of(k) == Some("all_threads") {
            all_threads = vm.is_true(v)?;
        }
    }
    let mut out = if all_threads {
        format!(
            "Current thread 0x{:016x} (most recent call first):\n",
            crate::modules::thread::current_ident()
        )
    } else {
        "Stack (most recent call first):\n".to_string()
    };
    for fi in vm.frame_stack.borrow().iter().rev() {
        if let Payload::Code(c) = &fi.code().payload {
            out.push_str(&format!(
                "  File \"{}\", line {} in {}\n",
                vm.str_of(&c.filename).unwrap_or("???"),
                c.line_at(fi.lasti.get()),
                vm.str_of(&c.name).unwrap_or("???")
            ));
        }
    }
    vm.call_method(&file, "write", &[vm.new_string(out)])?;
    if vm.get_attr_opt(&file, &vm.intern("flush"))?.is_some() {
        vm.call_method(&file, "flush", &[])?;
    }
    Ok(vm.none())
}

/// `dump_traceback_later`, `cancel_dump_traceback_later`, `register`, `unregister`:
/// accepted, nothing is armed.
fn accept(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.none())
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
            ("dump_traceback_later", accept),
            ("cancel_dump_traceback_later", accept),
            ("register", accept),
            ("unregister", accept),
        ],
    ))
}
