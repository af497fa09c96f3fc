//! The `gc` module: the Python interface to the cycle collector in `object/gc.rs`
//! (collection, thresholds and counts, enabling, tracking queries).

use crate::object::core::tracking;
use crate::object::gc;
use crate::object::payload::*;
use crate::objects::args;
use crate::vm::Vm;

use crate::modules::user_args as user;

/// A generation argument: 0, 1 or 2 (CPython: "invalid generation").
fn generation(vm: &Vm, v: Option<&crate::object::PyRef>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) if v.is(&vm.none()) => Ok(None),
        Some(v) => {
            let g = args::to_i64(vm, v)?;
            if !(0..=2).contains(&g) {
                return Err(vm.value_error("invalid generation"));
            }
            Ok(Some(g as usize))
        }
    }
}

fn collect(vm: &Vm, a: Args) -> PyResult {
    let a = args::bind(vm, "collect", user(a), &["generation"], 0, 0)?;
    let g = generation(vm, a[0].as_ref())?.unwrap_or(2);
    Ok(vm.new_int(gc::collect(vm, g) as i64))
}
fn enable(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "enable", user(a), 0, 0)?;
    gc::set_enabled(true);
    Ok(vm.none())
}
fn disable(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "disable", user(a), 0, 0)?;
    gc::set_enabled(false);
    Ok(vm.none())
}
fn isenabled(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "isenabled", user(a), 0, 0)?;
    Ok(vm.new_bool(gc::is_enabled()))
}
fn get_count(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "get_count", user(a), 0, 0)?;
    let c = gc::counts();
    Ok(vm.new_tuple(c.iter().map(|&n| vm.new_int(n as i64)).collect()))
}
fn get_threshold(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "get_threshold", user(a), 0, 0)?;
    let t = gc::thresholds();
    Ok(vm.new_tuple(t.iter().map(|&n| vm.new_int(n as i64)).collect()))
}
fn set_threshold(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "set_threshold", user(a), 1, 3)?;
    let mut t = gc::thresholds();
    for (i, v) in a.iter().enumerate() {
        // CPython stores C ints; negative thresholds behave like 0 (never collect).
        t[i] = args::to_i64(vm, v)?.max(0) as usize;
    }
    gc::set_thresholds(t);
    Ok(vm.none())
}
fn is_tracked(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "is_tracked", user(a), 1, 1)?;
    Ok(vm.new_bool(tracking::is_tracked(&a[0])))
}
fn get_objects(vm: &Vm, a: Args) -> PyResult {
    let a = args::bind(vm, "get_objects", user(a), &["generation"], 0, 0)?;
    let objs = match generation(vm, a[0].as_ref())? {
        Some(g) => tracking::handles(g),
        None => (0..3).flat_map(tracking::handles).collect(),
    };
    Ok(vm.new_list(objs))
}
fn get_referents(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "get_referents", user(a), 0, usize::MAX)?;
    Ok(vm.new_list(a.iter().flat_map(|o| gc::referents(o)).collect()))
}
fn get_referrers(vm: &Vm, a: Args) -> PyResult {
    let targets = args::pos(vm, "get_referrers", user(a), 0, usize::MAX)?;
    let mut out = Vec::new();
    for o in (0..3).flat_map(tracking::handles) {
        if gc::referents(&o)
            .iter()
            .any(|r| targets.iter().any(|t| t.is(r)))
        {
            out.push(o);
        }
    }
    Ok(vm.new_list(out))
}
fn freeze(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.none())
}
fn get_freeze_count(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_int(0))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(
        vm,
        "gc",
        &[
            ("collect", collect),
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
            ("get_count", get_count),
            ("get_threshold", get_threshold),
            ("set_threshold", set_threshold),
            ("is_tracked", is_tracked),
            ("get_objects", get_objects),
            ("get_referents", get_referents),
            ("get_referrers", get_referrers),
            ("freeze", freeze),
            ("unfreeze", freeze),
            ("get_freeze_count", get_freeze_count),
        ],
    );
    let d = vm.module_dict(&m).unwrap();
    vm.dict_set_str(&d, "garbage", vm.new_list(vec![]))?;
    let callbacks = vm.new_list(vec![]);
    gc::set_callbacks(callbacks.clone());
    vm.dict_set_str(&d, "callbacks", callbacks)?;
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        vm.dict_set_str(&d, name, vm.new_int(v))?;
    }
    Ok(m)
}
