//! The `_functools` module (CPython's Modules/_functoolsmodule.c): `reduce` and
//! `cmp_to_key` with its `KeyWrapper` objects (here), `partial` (`partial.rs`) and
//! `_lru_cache_wrapper` (`lru_cache.rs`).

mod lru_cache;
mod partial;

use std::cell::RefCell;

use crate::compile::bytecode::CompareKind;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::{add_methods, add_native, args};
use crate::vm::gil::GilCell;
use crate::vm::Vm;

/// Module functions.
const FUNCTIONS: &[(&str, NativeFn)] = &[("reduce", reduce), ("cmp_to_key", cmp_to_key)];

static KEY_TYPE: GilCell<RefCell<Option<PyRef>>> = GilCell::new(|| RefCell::new(None));
static PARTIAL_TYPE: GilCell<RefCell<Option<PyRef>>> = GilCell::new(|| RefCell::new(None));

fn cached(vm: &Vm, slot: &'static GilCell<RefCell<Option<PyRef>>>) -> PyResult {
    slot.with(|s| s.borrow().clone())
        .ok_or_else(|| vm.runtime_error("_functools is not initialized"))
}

/// A Rust-defined type whose instances have a `__dict__` (partial, the lru_cache
/// wrapper), subclassable.
fn new_type_with_dict(vm: &Vm, name: &str, module: &str) -> PyRef {
    let mut td = crate::object::typeobj::builtin_type_data(
        name,
        Some(&vm.types.object),
        Layout::Special,
        vm.new_dict(),
        true,
    );
    td.instance_dict = true;
    let t = PyRef::new(vm.types.type_.clone(), Payload::Type(Box::new(td)));
    *t.type_data().mro.borrow_mut() = vec![t.clone(), vm.types.object.clone()];
    *t.type_data().module.borrow_mut() = Some(vm.intern(module));
    let (g, s) = crate::objects::object::dict_descr_fns();
    crate::objects::descr::add_getset(vm, &t, "__dict__", g, Some(s));
    t
}

/// Whether `o` has no instance attributes (CPython's `dict == NULL`).
fn no_instance_dict(vm: &Vm, o: &PyRef) -> bool {
    vm.instance_attrs(o).is_none_or(|a| a.items().is_empty())
}

// ---- reduce ----

fn reduce(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "reduce", crate::modules::user_args(a), 2, 3)?;
    let func = &p[0];
    let it = match vm.get_iter(&p[1]) {
        Ok(it) => it,
        Err(e) if vm.exc_matches(&e, &vm.exc.type_error) => {
            return Err(vm.type_error("reduce() arg 2 must support iteration"))
        }
        Err(e) => return Err(e),
    };
    let mut acc = p.get(2).cloned();
    while let Some(v) = vm.iter_next(&it)? {
        acc = Some(match acc {
            None => v,
            Some(x) => vm.call2(func, x, v)?,
        });
    }
    acc.ok_or_else(|| vm.type_error("reduce() of empty iterable with no initial value"))
}

// ---- cmp_to_key ----

struct KeyWrapper {
    cmp: PyRef,
    obj: RefCell<Option<PyRef>>,
}

fn key_state<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a KeyWrapper> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<KeyWrapper>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("other argument must be K instance"))
}

fn new_key(vm: &Vm, cmp: PyRef, obj: Option<PyRef>) -> PyResult {
    let st = KeyWrapper {
        cmp,
        obj: RefCell::new(obj),
    };
    Ok(vm.new_object_of(&cached(vm, &KEY_TYPE)?, Payload::Native(Box::new(st))))
}

fn cmp_to_key(vm: &Vm, a: Args) -> PyResult {
    let b = args::bind(
        vm,
        "cmp_to_key",
        crate::modules::user_args(a),
        &["mycmp"],
        1,
        0,
    )?;
    new_key(vm, b[0].clone().unwrap_or_else(|| vm.none()), None)
}

fn key_call(vm: &Vm, a: Args) -> PyResult {
    let k = key_state(vm, args::this(vm, &a)?)?;
    let b = args::bind(vm, "K", crate::modules::user_args(a), &["obj"], 1, 0)?;
    new_key(vm, k.cmp.clone(), b[0].clone())
}

fn key_compare(vm: &Vm, a: Args, op: CompareKind) -> PyResult {
    let p = args::method(vm, "__eq__", a, 1, 1)?;
    if !p[1].class().is(p[0].class()) {
        return Err(vm.type_error("other argument must be K instance"));
    }
    let (x, y) = (key_state(vm, &p[0])?, key_state(vm, &p[1])?);
    let (Some(xo), Some(yo)) = (x.obj.borrow().clone(), y.obj.borrow().clone()) else {
        return Err(vm.attribute_error("object"));
    };
    let res = vm.call2(&x.cmp, xo, yo)?;
    vm.rich_compare(&res, &vm.new_int(0), op)
}

fn key_lt(vm: &Vm, a: Args) -> PyResult {
    key_compare(vm, a, CompareKind::Lt)
}
fn key_le(vm: &Vm, a: Args) -> PyResult {
    key_compare(vm, a, CompareKind::Le)
}
fn key_eq(vm: &Vm, a: Args) -> PyResult {
    key_compare(vm, a, CompareKind::Eq)
}
fn key_ne(vm: &Vm, a: Args) -> PyResult {
    key_compare(vm, a, CompareKind::Ne)
}
fn key_gt(vm: &Vm, a: Args) -> PyResult {
    key_compare(vm, a, CompareKind::Gt)
}
fn key_ge(vm: &Vm, a: Args) -> PyResult {
    key_compare(vm, a, CompareKind::Ge)
}

fn key_obj_get(vm: &Vm, o: &PyRef) -> PyResult {
    key_state(vm, o)?
        .obj
        .borrow()
        .clone()
        .ok_or_else(|| vm.attribute_error("obj"))
}

fn key_obj_set(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    *key_state(vm, o)?.obj.borrow_mut() = v;
    Ok(())
}

const KEY_METHODS: &[(&str, NativeFn)] = &[
    ("__call__", key_call),
    ("__lt__", key_lt),
    ("__le__", key_le),
    ("__eq__", key_eq),
    ("__ne__", key_ne),
    ("__gt__", key_gt),
    ("__ge__", key_ge),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(vm, "_functools", FUNCTIONS);
    let d = vm.module_dict(&m).unwrap();
    vm.dict_set_str(
        &d,
        "__doc__",
        vm.new_str("Tools that operate on functions."),
    )?;

    let kt = crate::objects::typeobj::new_native_type(vm, "KeyWrapper", "functools", false);
    add_methods(vm, &kt, KEY_METHODS);
    crate::objects::add_attr(vm, &kt, "__hash__", vm.none());
    crate::objects::descr::add_getset(vm, &kt, "obj", key_obj_get, Some(key_obj_set));

    let pt = new_type_with_dict(vm, "partial", "functools");
    add_native(vm, &pt, "__new__", partial::new, NativeKind::StaticMethod);
    add_methods(vm, &pt, partial::METHODS);
    add_native(
        vm,
        &pt,
        "__class_getitem__",
        partial::class_getitem,
        NativeKind::ClassMethod,
    );
    for (name, get) in partial::GETTERS {
        crate::objects::descr::add_getset(vm, &pt, name, *get, None);
    }
    crate::objects::add_attr(
        vm,
        &pt,
        "__doc__",
        vm.new_str(
            "partial(func, *args, **keywords) - new function with partial application\n    \
of the given arguments and keywords.\n",
        ),
    );
    vm.dict_set_str(&d, "partial", pt.clone())?;

    let lt = new_type_with_dict(vm, "_lru_cache_wrapper", "functools");
    add_native(vm, &lt, "__new__", lru_cache::new, NativeKind::StaticMethod);
    add_methods(vm, &lt, lru_cache::METHODS);
    crate::objects::add_attr(vm, &lt, "__doc__", vm.new_str(lru_cache::DOC));
    vm.dict_set_str(&d, "_lru_cache_wrapper", lt)?;

    KEY_TYPE.with(|s| *s.borrow_mut() = Some(kt));
    PARTIAL_TYPE.with(|s| *s.borrow_mut() = Some(pt));
    Ok(m)
}
