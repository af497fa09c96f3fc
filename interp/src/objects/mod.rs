//! The builtin types: one file per type with its methods, plus shared helpers for
//! registering native methods (`add_methods`) and parsing arguments (`args`).

pub mod args;
pub mod buffer;
pub mod builtin_ctors;
pub mod bytes;
pub mod complex;
pub mod descr;
pub mod dict;
pub mod exception;
pub mod float;
pub mod function;
pub mod gen_drain;
pub mod generator;
pub mod int;
pub mod iter;
pub mod iter_pickle;
pub mod list;
pub mod memoryview;
pub mod module;
pub mod none;
pub mod object;
pub mod property;
pub mod range;
pub mod reduce;
pub mod set;
pub mod str;
pub mod tuple;
pub mod typeobj;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

/// Adds native methods (bound to instances) to a builtin type.
pub fn add_methods(vm: &Vm, ty: &PyRef, defs: &[(&'static str, NativeFn)]) {
    for (name, func) in defs {
        add_native(vm, ty, name, *func, NativeKind::Method);
    }
}

pub fn add_native(vm: &Vm, ty: &PyRef, name: &'static str, func: NativeFn, kind: NativeKind) {
    // The Python-visible type follows CPython: slot wrappers, method descriptors,
    // classmethod descriptors, and builtin functions (`__new__`, static methods).
    let descr_type = match kind {
        NativeKind::Method if descr::is_slot_wrapper_name(name) => &vm.types.wrapper_descriptor,
        NativeKind::Method => &vm.types.method_descriptor,
        NativeKind::ClassMethod => &vm.types.classmethod_descriptor,
        _ => &vm.types.builtin_function,
    };
    let f = PyRef::new(
        descr_type.clone(),
        Payload::NativeFunction(Box::new(NativeFunctionData {
            name,
            func,
            kind,
            bound_self: None,
            owner: Some(ty.clone()),
            doc: None,
            needs_frame: false,
        })),
    );
    // A static method other than `__new__` sits in the type dict as a `staticmethod`.
    let f = if kind == NativeKind::StaticMethod && name != "__new__" {
        PyRef::new(
            vm.types.staticmethod.clone(),
            Payload::StaticMethod(std::cell::RefCell::new(f)),
        )
    } else {
        f
    };
    let _ = vm.dict_set_str(&ty.type_data().dict, name, f);
}

/// Sets a plain attribute in a builtin type's namespace.
pub fn add_attr(vm: &Vm, ty: &PyRef, name: &str, value: PyRef) {
    let _ = vm.dict_set_str(&ty.type_data().dict, name, value);
}

pub fn init_types(vm: &Vm) {
    vm.exc.finish();
    object::init(vm);
    typeobj::init(vm);
    none::init(vm);
    int::init(vm);
    float::init(vm);
    complex::init(vm);
    str::init(vm);
    bytes::init(vm);
    tuple::init(vm);
    list::init(vm);
    memoryview::init(vm);
    dict::init(vm);
    set::init(vm);
    range::init(vm);
    iter::init(vm);
    iter_pickle::init(vm);
    reduce::init(vm);
    function::init(vm);
    generator::init(vm);
    property::init(vm);
    module::init(vm);
    exception::init(vm);
    descr::init(vm);
    for (_, t) in vm.types.all() {
        let td = t.type_data();
        // `int.__subclasses__()` lists bool, as in CPython.
        if let Some(b) = td.bases.borrow().first() {
            if !b.is(&vm.types.object) {
                b.type_data()
                    .weakref_subclasses
                    .borrow_mut()
                    .push(t.clone());
            }
        }
        if td.module.borrow().is_none() {
            *td.module.borrow_mut() = Some(vm.intern("builtins"));
        }
        // Every type's dict has `__doc__` (None when undocumented): `None.__doc__` is
        // None, not object's docstring.
        if !matches!(vm.dict_get_item(&td.dict, &vm.names.__doc__), Ok(Some(_))) {
            let _ = vm.dict_set_item(&td.dict, vm.names.__doc__.clone(), vm.none());
        }
    }
}

/// `type[...]` / `list[int]`: a minimal `types.GenericAlias` stand-in that keeps the origin
/// and arguments and prints like CPython.
pub fn generic_alias(vm: &Vm, origin: &PyRef, args: &PyRef) -> PyResult {
    crate::objects::typeobj::make_generic_alias(vm, origin, args)
}
