//! Native descriptors: getset descriptors (computed attributes of builtin types such as
//! `function.__name__`) and member descriptors (`__slots__` entries).

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

pub type Getter = fn(&Vm, &PyRef) -> PyResult;
pub type Setter = fn(&Vm, &PyRef, Option<PyRef>) -> PyResult<()>;

pub struct GetSetDescr {
    pub name: &'static str,
    pub owner_name: String,
    pub get: Getter,
    pub set: Option<Setter>,
}

/// A `__slots__` entry: the value lives in the instance's slot vector at `index`.
pub struct MemberDescr {
    pub name: String,
    pub index: usize,
    pub owner_name: String,
}

pub fn add_getset(vm: &Vm, ty: &PyRef, name: &'static str, get: Getter, set: Option<Setter>) {
    let d = PyRef::new(
        vm.types.getset_descriptor.clone(),
        Payload::GetSet(Box::new(GetSetDescr {
            name,
            owner_name: ty.type_data().name.borrow().clone(),
            get,
            set,
        })),
    );
    let _ = vm.dict_set_str(&ty.type_data().dict, name, d);
}

pub fn new_member(vm: &Vm, name: &str, index: usize, owner: &str) -> PyRef {
    PyRef::new(
        vm.types.member_descriptor.clone(),
        Payload::Member(Box::new(MemberDescr {
            name: name.to_string(),
            index,
            owner_name: owner.to_string(),
        })),
    )
}

pub fn member_get(vm: &Vm, m: &MemberDescr, obj: &PyRef) -> PyResult {
    if let Some(ext) = obj.ext() {
        if let Some(Some(v)) = ext.slots.borrow().get(m.index) {
            return Ok(v.clone());
        }
    }
    Err(vm.attribute_error(format!(
        "'{}' object has no attribute '{}'",
        obj.type_name(),
        m.name
    )))
}

pub fn member_set(vm: &Vm, m: &MemberDescr, obj: &PyRef, value: Option<PyRef>) -> PyResult<()> {
    if let Some(ext) = obj.ext() {
        let mut slots = ext.slots.borrow_mut();
        if m.index < slots.len() {
            if value.is_none() && slots[m.index].is_none() {
                return Err(vm.attribute_error(format!(
                    "'{}' object has no attribute '{}'",
                    obj.type_name(),
                    m.name
                )));
            }
            let old = std::mem::replace(&mut slots[m.index], value);
            drop(slots);
            drop(old);
            return Ok(());
        }
    }
    Err(vm.attribute_error(format!(
        "'{}' object has no attribute '{}'",
        obj.type_name(),
        m.name
    )))
}

fn descr_repr(vm: &Vm, args: Args) -> PyResult {
    let this = crate::objects::args::this(vm, &args)?;
    match &this.payload {
        Payload::GetSet(g) => {
            return Ok(vm.new_string(format!(
                "<attribute '{}' of '{}' objects>",
                g.name, g.owner_name
            )))
        }
        Payload::Member(m) => {
            return Ok(vm.new_string(format!(
                "<member '{}' of '{}' objects>",
                m.name, m.owner_name
            )))
        }
        _ => {}
    }
    Ok(vm.new_str("<descriptor>"))
}

fn descr_get_method(vm: &Vm, args: Args) -> PyResult {
    let a = crate::objects::args::pos(vm, "__get__", args, 2, 3)?;
    let obj = if vm.is_none(&a[1]) { None } else { Some(&a[1]) };
    let ty = match (a.get(2), obj) {
        (Some(t), _) if !vm.is_none(t) => t.clone(),
        (_, Some(o)) => o.class().clone(),
        _ => vm.types.object.clone(),
    };
    vm.descr_get(&a[0], obj, &ty)
}

fn descr_set_method(vm: &Vm, args: Args) -> PyResult {
    let a = crate::objects::args::pos(vm, "__set__", args, 3, 3)?;
    match &a[0].payload {
        Payload::GetSet(g) => match g.set {
            Some(s) => s(vm, &a[1], Some(a[2].clone()))?,
            None => {
                return Err(vm.attribute_error(format!(
                    "attribute '{}' of '{}' objects is not writable",
                    g.name, g.owner_name
                )))
            }
        },
        Payload::Member(m) => member_set(vm, m, &a[1], Some(a[2].clone()))?,
        _ => {}
    }
    Ok(vm.none())
}

fn descr_name(vm: &Vm, this: &PyRef) -> PyResult {
    match &this.payload {
        Payload::GetSet(g) => return Ok(vm.new_str(g.name)),
        Payload::Member(m) => return Ok(vm.new_str(&m.name)),
        _ => {}
    }
    Ok(vm.none())
}

pub fn init(vm: &Vm) {
    for t in [&vm.types.getset_descriptor, &vm.types.member_descriptor] {
        crate::objects::add_methods(
            vm,
            t,
            &[
                ("__repr__", descr_repr),
                ("__get__", descr_get_method),
                ("__set__", descr_set_method),
            ],
        );
        add_getset(vm, t, "__name__", descr_name, None);
    }
}
