//! Native descriptors: getset descriptors (computed attributes of builtin types such as
//! `function.__name__`) and member descriptors (`__slots__` entries), plus which native
//! methods CPython exposes as slot wrappers (`wrapper_descriptor` / `method-wrapper`).

use std::cell::RefCell;

use crate::object::payload::*;
use crate::object::typeobj::is_subtype;
use crate::object::PyRef;
use crate::vm::Vm;

pub type Getter = fn(&Vm, &PyRef) -> PyResult;
pub type Setter = fn(&Vm, &PyRef, Option<PyRef>) -> PyResult<()>;

pub struct GetSetDescr {
    pub name: &'static str,
    pub owner_name: String,
    pub get: Getter,
    pub set: Option<Setter>,
    /// The type the attribute belongs to (`__objclass__`).
    pub objclass: RefCell<Option<PyRef>>,
}

/// A `__slots__` entry: the value lives in the instance's slot vector at `index`.
pub struct MemberDescr {
    pub name: String,
    pub index: usize,
    pub owner_name: String,
    /// The class that declared the slot (`__objclass__`), set once the class exists.
    pub objclass: RefCell<Option<PyRef>>,
}

/// Whether a native method named `name` stands for a type slot (`__add__`, `__init__`...):
/// CPython exposes those as `wrapper_descriptor`s that bind to `method-wrapper`s, and
/// other methods as `method_descriptor`s that bind to `builtin_function_or_method`s.
pub fn is_slot_wrapper_name(name: &str) -> bool {
    let b = name.as_bytes();
    if b.len() < 5 || b[0] != b'_' || b[1] != b'_' {
        return false;
    }
    matches!(
        name,
        "__repr__"
            | "__str__"
            | "__hash__"
            | "__call__"
            | "__getattribute__"
            | "__getattr__"
            | "__setattr__"
            | "__delattr__"
            | "__lt__"
            | "__le__"
            | "__eq__"
            | "__ne__"
            | "__gt__"
            | "__ge__"
            | "__iter__"
            | "__next__"
            | "__get__"
            | "__set__"
            | "__delete__"
            | "__init__"
            | "__del__"
            | "__await__"
            | "__aiter__"
            | "__anext__"
            | "__add__"
            | "__radd__"
            | "__sub__"
            | "__rsub__"
            | "__mul__"
            | "__rmul__"
            | "__mod__"
            | "__rmod__"
            | "__divmod__"
            | "__rdivmod__"
            | "__pow__"
            | "__rpow__"
            | "__neg__"
            | "__pos__"
            | "__abs__"
            | "__bool__"
            | "__invert__"
            | "__lshift__"
            | "__rlshift__"
            | "__rshift__"
            | "__rrshift__"
            | "__and__"
            | "__rand__"
            | "__xor__"
            | "__rxor__"
            | "__or__"
            | "__ror__"
            | "__int__"
            | "__float__"
            | "__iadd__"
            | "__isub__"
            | "__imul__"
            | "__imod__"
            | "__ipow__"
            | "__ilshift__"
            | "__irshift__"
            | "__iand__"
            | "__ixor__"
            | "__ior__"
            | "__floordiv__"
            | "__rfloordiv__"
            | "__truediv__"
            | "__rtruediv__"
            | "__ifloordiv__"
            | "__itruediv__"
            | "__index__"
            | "__matmul__"
            | "__rmatmul__"
            | "__imatmul__"
            | "__len__"
            | "__getitem__"
            | "__setitem__"
            | "__delitem__"
            | "__contains__"
    )
}

pub fn add_getset(vm: &Vm, ty: &PyRef, name: &'static str, get: Getter, set: Option<Setter>) {
    let d = PyRef::new(
        vm.types.getset_descriptor.clone(),
        Payload::GetSet(Box::new(GetSetDescr {
            name,
            owner_name: ty.type_data().name.borrow().clone(),
            get,
            set,
            objclass: RefCell::new(Some(ty.clone())),
        })),
    );
    let _ = vm.dict_set_str(&ty.type_data().dict, name, d);
}

/// A member of a builtin type (CPython's `PyMemberDef`: `function.__globals__`,
/// `property.fget`): a `member_descriptor` computed by `get`; without `set` it is
/// read-only ("readonly attribute").
pub fn add_member(vm: &Vm, ty: &PyRef, name: &'static str, get: Getter, set: Option<Setter>) {
    let d = PyRef::new(
        vm.types.member_descriptor.clone(),
        Payload::GetSet(Box::new(GetSetDescr {
            name,
            owner_name: ty.type_data().name.borrow().clone(),
            get,
            set: Some(set.unwrap_or(readonly_member)),
            objclass: RefCell::new(Some(ty.clone())),
        })),
    );
    let _ = vm.dict_set_str(&ty.type_data().dict, name, d);
}

fn readonly_member(vm: &Vm, _obj: &PyRef, _value: Option<PyRef>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

pub fn new_member(vm: &Vm, name: &str, index: usize, owner: &str) -> PyRef {
    PyRef::new(
        vm.types.member_descriptor.clone(),
        Payload::Member(Box::new(MemberDescr {
            name: name.to_string(),
            index,
            owner_name: owner.to_string(),
            objclass: RefCell::new(None),
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
                // CPython 3.11 reports just the slot name here.
                return Err(vm.attribute_error(m.name.clone()));
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
            let kind = if this.class().is(&vm.types.member_descriptor) {
                "member"
            } else {
                "attribute"
            };
            return Ok(vm.new_string(format!(
                "<{} '{}' of '{}' objects>",
                kind, g.name, g.owner_name
            )));
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

/// The "descriptor 'x' for 'T' objects doesn't apply to a 'U' object" check.
fn check_objclass(vm: &Vm, d: &PyRef, obj: &PyRef) -> PyResult<()> {
    let (name, owner) = match &d.payload {
        Payload::Member(m) => (m.name.clone(), m.objclass.borrow().clone()),
        Payload::GetSet(g) => (g.name.to_string(), g.objclass.borrow().clone()),
        _ => return Ok(()),
    };
    match owner {
        Some(t) if !is_subtype(obj.class(), &t) => Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            t.type_data().name.borrow(),
            obj.type_name()
        ))),
        _ => Ok(()),
    }
}

fn descr_get_method(vm: &Vm, args: Args) -> PyResult {
    let a = crate::objects::args::method(vm, "__get__", args, 1, 2)?;
    let obj = if vm.is_none(&a[1]) { None } else { Some(&a[1]) };
    if let Some(o) = obj {
        check_objclass(vm, &a[0], o)?;
    }
    let ty = match (a.get(2), obj) {
        (Some(t), _) if !vm.is_none(t) => t.clone(),
        (_, Some(o)) => o.class().clone(),
        _ => vm.types.object.clone(),
    };
    vm.descr_get(&a[0], obj, &ty)
}

fn descr_set_method(vm: &Vm, args: Args) -> PyResult {
    let a = crate::objects::args::method(vm, "__set__", args, 2, 2)?;
    check_objclass(vm, &a[0], &a[1])?;
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

fn descr_delete_method(vm: &Vm, args: Args) -> PyResult {
    let a = crate::objects::args::method(vm, "__delete__", args, 1, 1)?;
    check_objclass(vm, &a[0], &a[1])?;
    match &a[0].payload {
        Payload::GetSet(g) => match g.set {
            Some(s) => s(vm, &a[1], None)?,
            None => {
                return Err(vm.attribute_error(format!(
                    "attribute '{}' of '{}' objects is not writable",
                    g.name, g.owner_name
                )))
            }
        },
        Payload::Member(m) => member_set(vm, m, &a[1], None)?,
        _ => {}
    }
    Ok(vm.none())
}

fn descr_objclass(vm: &Vm, this: &PyRef) -> PyResult {
    let c = match &this.payload {
        Payload::GetSet(g) => g.objclass.borrow().clone(),
        Payload::Member(m) => m.objclass.borrow().clone(),
        _ => None,
    };
    Ok(c.unwrap_or_else(|| vm.none()))
}

fn descr_doc(vm: &Vm, this: &PyRef) -> PyResult {
    let doc = match &this.payload {
        Payload::GetSet(g) => native_attr_doc(&g.owner_name, g.name),
        _ => None,
    };
    Ok(doc.map_or_else(|| vm.none(), |d| vm.new_str(d)))
}

/// Docstrings of builtin types' computed attributes (CPython's getset / member docs).
fn native_attr_doc(owner: &str, name: &str) -> Option<&'static str> {
    Some(match (owner, name) {
        ("complex", "real") => "the real part of a complex number",
        ("complex", "imag") => "the imaginary part of a complex number",
        ("int" | "bool", "real") => "the real part of a complex number",
        ("int" | "bool", "imag") => "the imaginary part of a complex number",
        ("int" | "bool", "numerator") => "the numerator of a rational number in lowest terms",
        ("int" | "bool", "denominator") => "the denominator of a rational number in lowest terms",
        ("float", "real") => "the real part of a complex number",
        ("float", "imag") => "the imaginary part of a complex number",
        ("FileIO", "closed") => "True if the file is closed",
        ("FileIO", "closefd") => "True if the file descriptor will be closed by close().",
        ("FileIO", "mode") => "String giving the file mode",
        _ => return None,
    })
}

fn descr_qualname(vm: &Vm, this: &PyRef) -> PyResult {
    let (owner, name) = match &this.payload {
        Payload::GetSet(g) => (g.owner_name.clone(), g.name.to_string()),
        Payload::Member(m) => (m.owner_name.clone(), m.name.clone()),
        _ => return Ok(vm.none()),
    };
    Ok(vm.new_string(format!("{}.{}", owner, name)))
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
                ("__delete__", descr_delete_method),
            ],
        );
        add_getset(vm, t, "__name__", descr_name, None);
        add_getset(vm, t, "__objclass__", descr_objclass, None);
        add_getset(vm, t, "__doc__", descr_doc, None);
        add_getset(vm, t, "__qualname__", descr_qualname, None);
    }
}
