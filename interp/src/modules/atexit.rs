//! The `atexit` module: callbacks registered with `register` run at interpreter shutdown
//! in reverse order (`run_at_exit`, called by the runner after `threading._shutdown`);
//! an exception in one is reported and the others still run, as CPython does.

use std::cell::RefCell;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

/// A registered call: function, positional arguments (a tuple), keywords (a dict).
type Callback = (PyRef, PyRef, Option<PyRef>);

/// The callbacks in registration order.
static CALLBACKS: GilCell<RefCell<Vec<Callback>>> = GilCell::new(|| RefCell::new(Vec::new()));

fn register(vm: &Vm, a: Args) -> PyResult {
    let rest = crate::modules::user_args(a);
    let Some(func) = rest.pos().first().cloned() else {
        return Err(vm.type_error("register() takes at least 1 argument (0 given)"));
    };
    if !vm.is_callable(&func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let pos = vm.new_tuple(rest.pos()[1..].to_vec());
    let kwargs = if rest.kwnames.is_empty() {
        None
    } else {
        let d = vm.new_dict();
        for (k, v) in rest.kwnames.iter().zip(rest.kwvalues()) {
            vm.dict_set_item(&d, k.clone(), v.clone())?;
        }
        Some(d)
    };
    CALLBACKS.with(|c| c.borrow_mut().push((func.clone(), pos, kwargs)));
    Ok(func)
}

fn unregister(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "unregister", crate::modules::user_args(a), 1, 1)?;
    let all = CALLBACKS.with(|c| c.borrow().clone());
    let mut keep = Vec::with_capacity(all.len());
    for entry in all {
        // CPython compares with ==, which may run Python code (and raise).
        if !vm.eq_bool(&entry.0, &a[0])? {
            keep.push(entry);
        }
    }
    CALLBACKS.with(|c| *c.borrow_mut() = keep);
    Ok(vm.none())
}

/// Runs and forgets the callbacks, last registered first.
pub fn run_at_exit(vm: &Vm) {
    loop {
        let Some((func, pos, kwargs)) = CALLBACKS.with(|c| c.borrow_mut().pop()) else {
            break;
        };
        if let Err(e) = vm.call_function_ex(&func, &pos, kwargs.as_ref()) {
            if !vm.exc_matches(&e, &vm.exc.system_exit) {
                crate::object::finalize::report_unraisable_msg(
                    vm,
                    "Exception ignored in atexit callback",
                    &func,
                    &e,
                );
            }
        }
    }
}

fn run_exitfuncs(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "_run_exitfuncs", crate::modules::user_args(a), 0, 0)?;
    run_at_exit(vm);
    Ok(vm.none())
}

fn clear(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "_clear", crate::modules::user_args(a), 0, 0)?;
    CALLBACKS.with(|c| c.borrow_mut().clear());
    Ok(vm.none())
}

fn ncallbacks(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "_ncallbacks", crate::modules::user_args(a), 0, 0)?;
    Ok(vm.new_int(CALLBACKS.with(|c| c.borrow().len()) as i64))
}

pub fn init(vm: &Vm) -> PyResult {
    Ok(crate::modules::new_native_module(
        vm,
        "atexit",
        &[
            ("register", register),
            ("unregister", unregister),
            ("_run_exitfuncs", run_exitfuncs),
            ("_clear", clear),
            ("_ncallbacks", ncallbacks),
        ],
    ))
}
