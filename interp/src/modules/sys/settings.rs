//! The parts of `sys` that describe the installation and hold interpreter settings other
//! modules read back: `prefix` and friends, `thread_info`, the switch interval, dlopen
//! flags, async-generator hooks (asyncio's event loop installs them), the coroutine
//! origin tracking depth, and small introspection functions CPython has
//! (`_current_frames`, `_clear_type_cache`, `getallocatedblocks`, `call_tracing`).

use std::cell::{Cell, RefCell};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

/// `sys.getdlopenflags()` (CPython's default: RTLD_NOW).
static DLOPEN_FLAGS: GilCell<Cell<i64>> = GilCell::new(|| Cell::new(2));
static ORIGIN_DEPTH: GilCell<Cell<i64>> = GilCell::new(|| Cell::new(0));
/// `(firstiter, finalizer)` of `sys.set_asyncgen_hooks`.
static ASYNCGEN_HOOKS: GilCell<RefCell<(Option<PyRef>, Option<PyRef>)>> =
    GilCell::new(|| RefCell::new((None, None)));
static HOOKS_TYPE: GilCell<RefCell<Option<PyRef>>> = GilCell::new(|| RefCell::new(None));

fn user(a: Args) -> Args {
    crate::modules::user_args(a)
}

fn getswitchinterval(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "getswitchinterval", user(a), 0, 0)?;
    Ok(vm.new_float(crate::vm::gil::switch_interval()))
}

fn setswitchinterval(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "setswitchinterval", user(a), 1, 1)?;
    let v = crate::objects::float::float_from_object(vm, &a[0])?;
    if v <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    crate::vm::gil::set_switch_interval(v);
    Ok(vm.none())
}

fn getdlopenflags(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "getdlopenflags", user(a), 0, 0)?;
    Ok(vm.new_int(DLOPEN_FLAGS.with(|f| f.get())))
}

fn setdlopenflags(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "setdlopenflags", user(a), 1, 1)?;
    let v = args::to_i64(vm, &a[0])?;
    DLOPEN_FLAGS.with(|f| f.set(v));
    Ok(vm.none())
}

fn get_origin_depth(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "get_coroutine_origin_tracking_depth", user(a), 0, 0)?;
    Ok(vm.new_int(ORIGIN_DEPTH.with(|f| f.get())))
}

fn set_origin_depth(vm: &Vm, a: Args) -> PyResult {
    let v = args::bind(
        vm,
        "set_coroutine_origin_tracking_depth",
        user(a),
        &["depth"],
        1,
        0,
    )?;
    let depth = args::to_i64(vm, v[0].as_ref().unwrap())?;
    if depth < 0 {
        return Err(vm.value_error("depth must be >= 0"));
    }
    ORIGIN_DEPTH.with(|f| f.set(depth));
    Ok(vm.none())
}

fn hooks_type(vm: &Vm) -> PyResult {
    if let Some(t) = HOOKS_TYPE.with(|t| t.borrow().clone()) {
        return Ok(t);
    }
    let t = crate::modules::structseq_type(
        vm,
        "asyncgen_hooks",
        "sys",
        &["firstiter", "finalizer"],
        &[],
    )?;
    HOOKS_TYPE.with(|h| *h.borrow_mut() = Some(t.clone()));
    Ok(t)
}

fn get_asyncgen_hooks(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "get_asyncgen_hooks", user(a), 0, 0)?;
    let (first, fin) = ASYNCGEN_HOOKS.with(|h| h.borrow().clone());
    let none = || vm.none();
    let t = hooks_type(vm)?;
    vm.call1(
        &t,
        vm.new_tuple(vec![first.unwrap_or_else(none), fin.unwrap_or_else(none)]),
    )
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: an argument left out keeps
/// its hook; None clears it.
fn set_asyncgen_hooks(vm: &Vm, a: Args) -> PyResult {
    let v = args::bind(
        vm,
        "set_asyncgen_hooks",
        user(a),
        &["firstiter", "finalizer"],
        0,
        0,
    )?;
    for (i, what) in [(1, "finalizer"), (0, "firstiter")] {
        if let Some(h) = &v[i] {
            if !vm.is_none(h) && !vm.is_callable(h) {
                return Err(vm.type_error(format!(
                    "callable {} expected, got {}",
                    what,
                    h.type_name()
                )));
            }
        }
    }
    let keep = |new: &Option<PyRef>, old: Option<PyRef>| match new {
        None => old,
        Some(h) if vm.is_none(h) => None,
        Some(h) => Some(h.clone()),
    };
    ASYNCGEN_HOOKS.with(|h| {
        let (first, fin) = h.borrow().clone();
        *h.borrow_mut() = (keep(&v[0], first), keep(&v[1], fin));
    });
    Ok(vm.none())
}

/// Sets the line of the frame objects made for a waiting thread's frames to where each
/// frame is now.
fn refresh_lines(fs: &[crate::vm::frame::FrameInfo]) {
    for fi in fs {
        if let (Some(o), Payload::Code(c)) = (&*fi.obj.borrow(), &fi.code().payload) {
            if let Payload::Frame(fd) = &o.payload {
                fd.lineno.set(c.line_at(fi.lasti.get()));
                fd.lasti.set(fi.lasti.get() as u32 * 2);
            }
        }
    }
}

/// `sys._current_frames()`: the top frame of every thread, by thread ident (the
/// running thread and those waiting for the GIL).
fn current_frames(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "_current_frames", user(a), 0, 0)?;
    let d = vm.new_dict();
    let me = crate::modules::thread::current_ident();
    // The running thread: its innermost Python frame is the caller.
    let top = {
        let fs = vm.frame_stack.borrow();
        (!fs.is_empty())
            .then(|| crate::objects::exception::frame_object_at(vm, &fs, fs.len() - 1, true))
    };
    if let Some(top) = top {
        vm.dict_set_item(&d, vm.new_int_from_i128(me as i128), top)?;
    }
    let mut others = Vec::new();
    crate::vm::thread_state::for_each_parked(|id, fs, _| {
        refresh_lines(fs);
        if !fs.is_empty() {
            let top = crate::objects::exception::frame_object_at(vm, fs, fs.len() - 1, false);
            others.push((id, top));
        }
    });
    for (id, top) in others {
        vm.dict_set_item(&d, vm.new_int_from_i128(id as i128), top)?;
    }
    Ok(d)
}

/// `sys._current_exceptions()`: `(type, value, traceback)` of the exception each thread
/// is handling (`(None, None, None)` for none), by thread ident.
fn current_exceptions(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "_current_exceptions", user(a), 0, 0)?;
    let d = vm.new_dict();
    let info = |e: Option<PyRef>| match e {
        Some(e) => vm.new_tuple(vec![
            e.class().clone(),
            e.clone(),
            crate::objects::exception::traceback_of(vm, &e),
        ]),
        None => vm.new_tuple(vec![vm.none(), vm.none(), vm.none()]),
    };
    let me = crate::modules::thread::current_ident();
    let mut all = vec![(me, vm.topmost_handled_exc())];
    crate::vm::thread_state::for_each_parked(|id, fs, e| {
        refresh_lines(fs);
        all.push((id, e.cloned()))
    });
    for (id, e) in all {
        vm.dict_set_item(&d, vm.new_int_from_i128(id as i128), info(e))?;
    }
    Ok(d)
}

fn clear_type_cache(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "_clear_type_cache", user(a), 0, 0)?;
    Ok(vm.none())
}

fn getallocatedblocks(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "getallocatedblocks", user(a), 0, 0)?;
    Ok(vm.new_int(0))
}

fn call_tracing(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "call_tracing", user(a), 2, 2)?;
    if !matches!(a[1].payload, Payload::Tuple(_)) {
        return Err(vm.type_error(format!(
            "call_tracing() argument 2 must be tuple, not {}",
            a[1].type_name()
        )));
    }
    vm.call_function_ex(&a[0], &a[1], None)
}

/// The installation prefix: the folder holding `lib/python3.11` of the standard
/// library in use (CPython's `sys.prefix` when ferropy runs CPython's Lib).
fn prefix_of(stdlib: Option<&str>) -> String {
    stdlib
        .map(std::path::Path::new)
        .and_then(|lib| lib.parent()?.parent())
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "/usr/local".to_string())
}

/// Adds these functions and values to `sys`'s dict `d`.
pub fn install(vm: &Vm, m: &PyRef, d: &PyRef) -> PyResult<()> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("getswitchinterval", getswitchinterval),
        ("setswitchinterval", setswitchinterval),
        ("getdlopenflags", getdlopenflags),
        ("setdlopenflags", setdlopenflags),
        ("get_coroutine_origin_tracking_depth", get_origin_depth),
        ("set_coroutine_origin_tracking_depth", set_origin_depth),
        ("get_asyncgen_hooks", get_asyncgen_hooks),
        ("set_asyncgen_hooks", set_asyncgen_hooks),
        ("_current_frames", current_frames),
        ("_current_exceptions", current_exceptions),
        ("_clear_type_cache", clear_type_cache),
        ("getallocatedblocks", getallocatedblocks),
        ("call_tracing", call_tracing),
    ];
    for (name, f) in funcs {
        let nf = vm.new_bound_native(name, *f, m.clone());
        vm.dict_set_str(d, name, nf)?;
    }
    let stdlib = vm.config.borrow().stdlib_dir.clone();
    let prefix = vm.new_string(prefix_of(stdlib.as_deref()));
    for name in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        vm.dict_set_str(d, name, prefix.clone())?;
    }
    vm.dict_set_str(d, "platlibdir", vm.new_str("lib"))?;
    let stdlib_dir = stdlib
        .map(|s| vm.new_string(s))
        .unwrap_or_else(|| vm.none());
    vm.dict_set_str(d, "_stdlib_dir", stdlib_dir)?;
    let ti = crate::modules::structseq_type(
        vm,
        "sys.thread_info",
        "sys",
        &["name", "lock", "version"],
        &[],
    )?;
    let info = vm.call1(
        &ti,
        vm.new_tuple(vec![
            vm.new_str("pthread"),
            vm.new_str("semaphore"),
            vm.none(),
        ]),
    )?;
    vm.dict_set_str(d, "thread_info", info)?;
    Ok(())
}
