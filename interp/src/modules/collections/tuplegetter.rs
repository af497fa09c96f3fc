//! `_collections._tuplegetter`: the descriptor `collections.namedtuple` uses for its
//! fields (`tuple[index]` on instances, read-only, with a writable `__doc__`).

use std::cell::RefCell;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__get__", get),
    ("__set__", set),
    ("__delete__", delete),
    ("__reduce__", reduce),
];

struct TupleGetter {
    index: usize,
    doc: RefCell<PyRef>,
}

fn state<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a TupleGetter> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<TupleGetter>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("expected a '_collections._tuplegetter' object"))
}

pub fn new(vm: &Vm, a: Args) -> PyResult {
    let cls = args::this(vm, &a)?.clone();
    let p = args::pos(vm, "_tuplegetter", crate::modules::user_args(a), 2, 2)?;
    let index = args::to_i64(vm, &p[0])?;
    if index < 0 {
        return Err(vm.index_error("index must be non-negative"));
    }
    let st = TupleGetter {
        index: index as usize,
        doc: RefCell::new(p[1].clone()),
    };
    Ok(vm.new_object_of(&cls, Payload::Native(Box::new(st))))
}

fn get(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "__get__", a, 1, 2)?;
    let g = state(vm, &p[0])?;
    let obj = &p[1];
    if vm.is_none(obj) {
        return Ok(p[0].clone());
    }
    match &obj.payload {
        Payload::Tuple(t) => t
            .get(g.index)
            .cloned()
            .ok_or_else(|| vm.index_error("tuple index out of range")),
        _ => Err(vm.type_error(format!(
            "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
            g.index,
            obj.type_name()
        ))),
    }
}

fn set(vm: &Vm, a: Args) -> PyResult {
    args::method(vm, "__set__", a, 2, 2)?;
    Err(vm.attribute_error("can't set attribute"))
}

fn delete(vm: &Vm, a: Args) -> PyResult {
    args::method(vm, "__delete__", a, 1, 1)?;
    Err(vm.attribute_error("can't delete attribute"))
}

fn reduce(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "__reduce__", a, 0, 0)?;
    let g = state(vm, &p[0])?;
    let args = vm.new_tuple(vec![vm.new_int(g.index as i64), g.doc.borrow().clone()]);
    Ok(vm.new_tuple(vec![p[0].class().clone(), args]))
}

pub fn doc_get(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(state(vm, o)?.doc.borrow().clone())
}

pub fn doc_set(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    *state(vm, o)?.doc.borrow_mut() = v.unwrap_or_else(|| vm.none());
    Ok(())
}
