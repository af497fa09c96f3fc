//! The `builtins` module: builtin functions (`functions.rs`, `iteration.rs`,
//! `codeexec.rs`), class creation (`build_class.rs`) and its registration table.

mod build_class;
pub(crate) mod codeexec;
mod functions;
mod iteration;

use std::cell::RefCell;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

thread_local! {
    /// Objects whose repr is in progress (CPython's Py_ReprEnter), to print `[...]`.
    static REPR_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Returns false if `o`'s repr is already being computed (a recursive container).
pub fn repr_enter(_vm: &Vm, o: &PyRef) -> bool {
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.contains(&o.id()) {
            false
        } else {
            s.push(o.id());
            true
        }
    })
}

pub fn repr_leave(_vm: &Vm, o: &PyRef) {
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(p) = s.iter().rposition(|x| *x == o.id()) {
            s.remove(p);
        }
    });
}

/// The builtin functions: (name, function, needs the caller's frame).
const FUNCTIONS: &[(&str, NativeFn, bool)] = &[
    ("print", functions::print, false),
    ("input", functions::input, false),
    ("len", functions::len, false),
    ("repr", functions::repr, false),
    ("ascii", functions::ascii, false),
    ("format", functions::format, false),
    ("hash", functions::hash, false),
    ("id", functions::id, false),
    ("isinstance", functions::isinstance, false),
    ("issubclass", functions::issubclass, false),
    ("getattr", functions::getattr, false),
    ("setattr", functions::setattr, false),
    ("delattr", functions::delattr, false),
    ("hasattr", functions::hasattr, false),
    ("abs", functions::abs, false),
    ("round", functions::round, false),
    ("divmod", functions::divmod, false),
    ("pow", functions::pow, false),
    ("chr", functions::chr, false),
    ("ord", functions::ord, false),
    ("bin", functions::bin, false),
    ("hex", functions::hex, false),
    ("oct", functions::oct, false),
    ("callable", functions::callable, false),
    ("breakpoint", functions::breakpoint, false),
    ("iter", iteration::iter, false),
    ("next", iteration::next, false),
    ("aiter", iteration::aiter, false),
    ("anext", iteration::anext, false),
    ("sorted", iteration::sorted, false),
    ("min", iteration::min, false),
    ("max", iteration::max, false),
    ("sum", iteration::sum, false),
    ("all", iteration::all, false),
    ("any", iteration::any, false),
    ("vars", codeexec::vars, true),
    ("dir", codeexec::dir, true),
    ("globals", codeexec::globals, true),
    ("locals", codeexec::locals, true),
    ("exec", codeexec::exec, true),
    ("eval", codeexec::eval, true),
    ("compile", codeexec::compile, false),
    ("__import__", codeexec::import, false),
    ("__build_class__", build_class::build_class, false),
    ("open", crate::modules::io::open, false),
];

pub fn init(vm: &Vm) {
    let d = &vm.builtins_dict;
    for (name, func, needs_frame) in FUNCTIONS {
        let f = PyRef::new(
            vm.types.builtin_function.clone(),
            Payload::NativeFunction(Box::new(NativeFunctionData {
                name,
                func: *func,
                kind: NativeKind::Function,
                bound_self: Some(vm.builtins.clone()),
                owner: None,
                doc: None,
                needs_frame: *needs_frame,
            })),
        );
        let _ = vm.dict_set_str(d, name, f);
    }
    for (name, t) in vm.types.all() {
        if matches!(
            name,
            "int"
                | "bool"
                | "float"
                | "complex"
                | "str"
                | "bytes"
                | "bytearray"
                | "tuple"
                | "list"
                | "dict"
                | "set"
                | "frozenset"
                | "type"
                | "object"
                | "property"
                | "classmethod"
                | "staticmethod"
                | "super"
                | "range"
                | "slice"
                | "enumerate"
                | "zip"
                | "map"
                | "filter"
                | "reversed"
                | "memoryview"
        ) {
            let _ = vm.dict_set_str(d, name, t);
        }
    }
    for (name, t) in vm.exc.all() {
        let _ = vm.dict_set_str(d, name, t);
    }
    let _ = vm.dict_set_str(d, "EnvironmentError", vm.exc.os_error.clone());
    let _ = vm.dict_set_str(d, "IOError", vm.exc.os_error.clone());
    let _ = vm.dict_set_str(d, "None", vm.none());
    let _ = vm.dict_set_str(d, "True", vm.new_bool(true));
    let _ = vm.dict_set_str(d, "False", vm.new_bool(false));
    let _ = vm.dict_set_str(d, "NotImplemented", vm.not_implemented());
    let _ = vm.dict_set_str(d, "Ellipsis", vm.ellipsis());
    let _ = vm.dict_set_str(
        d,
        "__debug__",
        vm.new_bool(vm.config.borrow().optimize == 0),
    );
    let _ = vm.dict_set_str(d, "__name__", vm.new_str("builtins"));
    let _ = vm.dict_set_str(
        d,
        "__doc__",
        vm.new_str("Built-in functions, exceptions, and other objects."),
    );
    let _ = vm.dict_set_str(d, "__package__", vm.new_str(""));
    let _ = vm.dict_set_str(d, "__spec__", vm.none());
    let _ = vm.dict_set_str(d, "__loader__", vm.none());
}

/// The native `__import__`, to tell whether a program replaced it.
pub fn import_fn() -> NativeFn {
    codeexec::import
}
