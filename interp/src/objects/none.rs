//! `None`, `NotImplemented` and `Ellipsis`.

use crate::object::payload::*;
use crate::objects::args;
use crate::vm::Vm;

fn none_repr(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_str("None"))
}
fn none_bool(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_bool(false))
}
fn none_new(vm: &Vm, args: Args) -> PyResult {
    if args.args.len() > 1 || args.has_kw() {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(vm.none())
}
fn ni_repr(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_str("NotImplemented"))
}
fn ni_new(vm: &Vm, args: Args) -> PyResult {
    if args.args.len() > 1 || args.has_kw() {
        return Err(vm.type_error("NotImplementedType takes no arguments"));
    }
    Ok(vm.not_implemented())
}
fn ni_bool(vm: &Vm, _a: Args) -> PyResult {
    // 3.11 still allows it (with a DeprecationWarning in 3.9+).
    Ok(vm.new_bool(true))
}
fn ellipsis_repr(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_str("Ellipsis"))
}
fn ellipsis_new(vm: &Vm, args: Args) -> PyResult {
    if args.args.len() > 1 || args.has_kw() {
        return Err(vm.type_error("ellipsis takes no arguments"));
    }
    Ok(vm.ellipsis())
}
fn reduce_name(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(vm.new_str(if this.is(&vm.s.ellipsis) {
        "Ellipsis"
    } else {
        "NotImplemented"
    }))
}

pub fn init(vm: &Vm) {
    let n = &vm.types.none_type;
    crate::objects::add_methods(vm, n, &[("__repr__", none_repr), ("__bool__", none_bool)]);
    crate::objects::add_native(vm, n, "__new__", none_new, NativeKind::StaticMethod);
    let ni = &vm.types.not_implemented_type;
    crate::objects::add_methods(
        vm,
        ni,
        &[
            ("__repr__", ni_repr),
            ("__bool__", ni_bool),
            ("__reduce__", reduce_name),
        ],
    );
    crate::objects::add_native(vm, ni, "__new__", ni_new, NativeKind::StaticMethod);
    let e = &vm.types.ellipsis_type;
    crate::objects::add_methods(
        vm,
        e,
        &[("__repr__", ellipsis_repr), ("__reduce__", reduce_name)],
    );
    crate::objects::add_native(vm, e, "__new__", ellipsis_new, NativeKind::StaticMethod);
}
