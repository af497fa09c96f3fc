//! The `gc` module. Objects are freed by reference counting; the cycle collector is not
//! written yet, so `collect()` finds nothing to free.

use crate::object::payload::*;
use crate::vm::Vm;

thread_local! {
    static ENABLED: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

fn collect(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_int(0))
}
fn enable(vm: &Vm, _a: Args) -> PyResult {
    ENABLED.with(|e| e.set(true));
    Ok(vm.none())
}
fn disable(vm: &Vm, _a: Args) -> PyResult {
    ENABLED.with(|e| e.set(false));
    Ok(vm.none())
}
fn isenabled(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_bool(ENABLED.with(|e| e.get())))
}
fn get_count(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_tuple(vec![vm.new_int(0), vm.new_int(0), vm.new_int(0)]))
}
fn get_threshold(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_tuple(vec![vm.new_int(700), vm.new_int(10), vm.new_int(10)]))
}
fn set_threshold(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.none())
}
fn is_tracked(vm: &Vm, args: Args) -> PyResult {
    let a = crate::objects::args::pos(
        vm,
        "is_tracked",
        Args::with_kw(&args.args[1..], args.kwnames),
        1,
        1,
    )?;
    Ok(vm.new_bool(!matches!(
        a[0].payload,
        Payload::Int(_)
            | Payload::Float(_)
            | Payload::Str(_)
            | Payload::BigInt(_)
            | Payload::Bytes(_)
    )))
}
fn freeze(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.none())
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
            ("freeze", freeze),
            ("unfreeze", freeze),
        ],
    );
    let d = vm.module_dict(&m).unwrap();
    vm.dict_set_str(&d, "garbage", vm.new_list(vec![]))?;
    vm.dict_set_str(&d, "callbacks", vm.new_list(vec![]))?;
    Ok(m)
}
