//! The `_collections` module (CPython's Modules/_collectionsmodule.c): `deque` and its
//! iterators (`deque.rs`), `defaultdict` (`defaultdict.rs`), `_count_elements` (here)
//! and `_tuplegetter` (`tuplegetter.rs`). `OrderedDict` is left to the pure-Python
//! fallback in `collections/__init__.py`.

mod defaultdict;
mod deque;
mod tuplegetter;

use std::cell::RefCell;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::typeobj::new_native_type;
use crate::objects::{add_methods, add_native};
use crate::vm::gil::GilCell;
use crate::vm::Vm;

/// Module functions.
const FUNCTIONS: &[(&str, NativeFn)] = &[("_count_elements", count_elements)];

static DEQUE_TYPE: GilCell<RefCell<Option<PyRef>>> = GilCell::new(|| RefCell::new(None));
static DEQUE_ITER: GilCell<RefCell<Option<PyRef>>> = GilCell::new(|| RefCell::new(None));
static DEQUE_REVITER: GilCell<RefCell<Option<PyRef>>> = GilCell::new(|| RefCell::new(None));

fn cached(vm: &Vm, slot: &'static GilCell<RefCell<Option<PyRef>>>) -> PyResult {
    slot.with(|s| s.borrow().clone())
        .ok_or_else(|| vm.runtime_error("_collections is not initialized"))
}

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1` for each
/// item (Counter's update).
fn count_elements(vm: &Vm, a: Args) -> PyResult {
    let p = crate::objects::args::pos(vm, "_count_elements", crate::modules::user_args(a), 2, 2)?;
    let (mapping, iterable) = (&p[0], &p[1]);
    let it = vm.get_iter(iterable)?;
    let get = vm.get_attr_str(mapping, "get")?;
    let zero = vm.new_int(0);
    let one = vm.new_int(1);
    while let Some(x) = vm.iter_next(&it)? {
        let old = vm.call2(&get, x.clone(), zero.clone())?;
        let new = vm.binary_op(&old, &one, crate::compile::bytecode::BinOp::Add)?;
        vm.set_item(mapping, x, new)?;
    }
    Ok(vm.none())
}

fn class_getitem(vm: &Vm, a: Args) -> PyResult {
    let p = crate::objects::args::pos(vm, "__class_getitem__", a, 2, 2)?;
    crate::objects::generic_alias(vm, &p[0], &p[1])
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(vm, "_collections", FUNCTIONS);
    let d = vm.module_dict(&m).unwrap();
    vm.dict_set_str(
        &d,
        "__doc__",
        vm.new_str(
            "High performance data structures.\n\
- deque:        ordered collection accessible from endpoints only\n\
- defaultdict:  dict subclass with a default value factory\n",
        ),
    )?;

    let dq = new_native_type(vm, "deque", "collections", true);
    add_native(
        vm,
        &dq,
        "__new__",
        deque::deque_new,
        NativeKind::StaticMethod,
    );
    add_methods(vm, &dq, deque::METHODS);
    add_native(
        vm,
        &dq,
        "__class_getitem__",
        class_getitem,
        NativeKind::ClassMethod,
    );
    crate::objects::add_attr(vm, &dq, "__hash__", vm.none());
    crate::objects::add_attr(
        vm,
        &dq,
        "__doc__",
        vm.new_str(
            "deque([iterable[, maxlen]]) --> deque object\n\n\
A list-like sequence optimized for data accesses near its endpoints.",
        ),
    );
    crate::objects::descr::add_getset(vm, &dq, "maxlen", deque::maxlen_get, None);
    vm.dict_set_str(&d, "deque", dq.clone())?;

    let it = new_native_type(vm, "_deque_iterator", "_collections", false);
    add_methods(vm, &it, deque::ITER_METHODS);
    vm.dict_set_str(&d, "_deque_iterator", it.clone())?;
    let rit = new_native_type(vm, "_deque_reverse_iterator", "_collections", false);
    add_methods(vm, &rit, deque::REVITER_METHODS);
    vm.dict_set_str(&d, "_deque_reverse_iterator", rit.clone())?;

    vm.dict_set_str(&d, "defaultdict", defaultdict::make_type(vm)?)?;

    let tg = new_native_type(vm, "_tuplegetter", "_collections", false);
    add_native(
        vm,
        &tg,
        "__new__",
        tuplegetter::new,
        NativeKind::StaticMethod,
    );
    add_methods(vm, &tg, tuplegetter::METHODS);
    crate::objects::descr::add_getset(
        vm,
        &tg,
        "__doc__",
        tuplegetter::doc_get,
        Some(tuplegetter::doc_set),
    );
    vm.dict_set_str(&d, "_tuplegetter", tg)?;

    DEQUE_TYPE.with(|s| *s.borrow_mut() = Some(dq));
    DEQUE_ITER.with(|s| *s.borrow_mut() = Some(it));
    DEQUE_REVITER.with(|s| *s.borrow_mut() = Some(rit));
    Ok(m)
}
