//! `property`, `classmethod`, `staticmethod` and `super`.

use std::cell::RefCell;

use crate::object::payload::*;
use crate::object::typeobj::{dict_get_str, is_subtype};
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

fn pdata<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a PropertyData> {
    match &o.payload {
        Payload::Property(p) => Ok(p),
        _ => Err(vm.type_error("property expected")),
    }
}

fn make_property(
    vm: &Vm,
    cls: &PyRef,
    fget: Option<PyRef>,
    fset: Option<PyRef>,
    fdel: Option<PyRef>,
    doc: Option<PyRef>,
) -> PyResult {
    let none_to_opt = |o: Option<PyRef>| o.filter(|x| !vm.is_none(x));
    let fget = none_to_opt(fget);
    let mut doc = none_to_opt(doc);
    if doc.is_none() {
        if let Some(g) = &fget {
            doc = vm
                .get_attr_opt(g, &vm.names.__doc__)?
                .filter(|d| !vm.is_none(d));
        }
    }
    let name = match &fget {
        Some(g) => vm.get_attr_opt(g, &vm.names.__name__)?,
        None => None,
    };
    Ok(vm.new_object_of(
        cls,
        Payload::Property(Box::new(PropertyData {
            fget,
            fset: none_to_opt(fset),
            fdel: none_to_opt(fdel),
            doc: RefCell::new(doc),
            name: RefCell::new(name),
        })),
    ))
}

fn property_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    let b = args::bind(
        vm,
        "property",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["fget", "fset", "fdel", "doc"],
        0,
        0,
    )?;
    let mut it = b.into_iter();
    make_property(
        vm,
        &cls,
        it.next().flatten(),
        it.next().flatten(),
        it.next().flatten(),
        it.next().flatten(),
    )
}

fn property_init(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

fn property_get(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__get__", args, 1, 2)?;
    args::check_receiver(vm, "__get__", &a[0], &vm.types.property)?;
    if vm.is_none(&a[1]) {
        return Ok(a[0].clone());
    }
    vm.descr_get(&a[0], Some(&a[1]), a[1].class())
}

fn property_set(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__set__", args, 2, 2)?;
    args::check_receiver(vm, "__set__", &a[0], &vm.types.property)?;
    let p = pdata(vm, &a[0])?;
    match &p.fset {
        Some(s) => vm.call2(s, a[1].clone(), a[2].clone()),
        None => Err(vm.attribute_error("can't set attribute")),
    }
}

fn property_delete(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__delete__", args, 1, 1)?;
    args::check_receiver(vm, "__delete__", &a[0], &vm.types.property)?;
    let p = pdata(vm, &a[0])?;
    match &p.fdel {
        Some(s) => vm.call1(s, a[1].clone()),
        None => Err(vm.attribute_error("can't delete attribute")),
    }
}

fn property_copy_with(vm: &Vm, args: Args, which: usize) -> PyResult {
    let name = ["getter", "setter", "deleter"][which];
    let a = args::method(vm, name, args, 1, 1)?;
    args::check_receiver(vm, name, &a[0], &vm.types.property)?;
    let p = pdata(vm, &a[0])?;
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = Some(a[1].clone());
    let [g, s, d] = parts;
    let doc = p.doc.borrow().clone();
    // A doc taken from the old getter is replaced by the new getter's; one given
    // explicitly (`property(doc=...)`) stays.
    let doc_from_getter = match (&doc, &p.fget) {
        (Some(d), Some(g)) => vm
            .get_attr_opt(g, &vm.names.__doc__)?
            .is_some_and(|gd| gd.is(d)),
        _ => false,
    };
    let doc = if which == 0 && doc_from_getter {
        None
    } else {
        doc
    };
    make_property(vm, a[0].class(), g, s, d, doc)
}

fn property_getter(vm: &Vm, args: Args) -> PyResult {
    property_copy_with(vm, args, 0)
}
fn property_setter(vm: &Vm, args: Args) -> PyResult {
    property_copy_with(vm, args, 1)
}
fn property_deleter(vm: &Vm, args: Args) -> PyResult {
    property_copy_with(vm, args, 2)
}

fn property_set_name(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__set_name__", args, 2, 2)?;
    let p = pdata(vm, &a[0])?;
    *p.name.borrow_mut() = Some(a[2].clone());
    Ok(vm.none())
}

fn get_fget(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(pdata(vm, o)?.fget.clone().unwrap_or_else(|| vm.none()))
}
fn get_fset(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(pdata(vm, o)?.fset.clone().unwrap_or_else(|| vm.none()))
}
fn get_fdel(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(pdata(vm, o)?.fdel.clone().unwrap_or_else(|| vm.none()))
}
fn get_pdoc(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(pdata(vm, o)?
        .doc
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none()))
}
fn set_pdoc(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    *pdata(vm, o)?.doc.borrow_mut() = v;
    Ok(())
}
fn get_isabstract(vm: &Vm, o: &PyRef) -> PyResult {
    let p = pdata(vm, o)?;
    for f in [&p.fget, &p.fset, &p.fdel].into_iter().flatten() {
        if let Some(v) = vm.get_attr_opt(f, &vm.intern("__isabstractmethod__"))? {
            if vm.is_true(&v)? {
                return Ok(vm.new_bool(true));
            }
        }
    }
    Ok(vm.new_bool(false))
}

// ----- classmethod / staticmethod -----------------------------------------------------

fn wrapped(o: &PyRef) -> Option<PyRef> {
    match &o.payload {
        Payload::ClassMethod(f) | Payload::StaticMethod(f) => Some(f.borrow().clone()),
        _ => None,
    }
}

fn classmethod_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    let a = args::pos(vm, "classmethod", Args::new(&args.args[1..]), 1, 1)?;
    Ok(vm.new_object_of(&cls, Payload::ClassMethod(RefCell::new(a[0].clone()))))
}

fn staticmethod_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    let a = args::pos(vm, "staticmethod", Args::new(&args.args[1..]), 1, 1)?;
    Ok(vm.new_object_of(&cls, Payload::StaticMethod(RefCell::new(a[0].clone()))))
}

/// `classmethod.__init__` / `staticmethod.__init__`: like CPython (3.10+), the wrapper
/// takes over the function's `__module__`, `__name__`, `__qualname__`, `__doc__` and
/// `__annotations__` into its own `__dict__` (those the function has).
fn cm_init(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    if let (Some(f), Some(d)) = (wrapped(this), vm.instance_dict(this)) {
        for name in [
            "__module__",
            "__name__",
            "__qualname__",
            "__doc__",
            "__annotations__",
        ] {
            let n = vm.intern(name);
            if let Some(v) = vm.get_attr_opt(&f, &n)? {
                vm.dict_set_item(&d, n, v)?;
            }
        }
    }
    Ok(vm.none())
}

fn cm_get(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__get__", args, 1, 2)?;
    let ty = match a.get(2) {
        Some(t) if !vm.is_none(t) => t.clone(),
        _ => a[1].class().clone(),
    };
    let obj = if vm.is_none(&a[1]) { None } else { Some(&a[1]) };
    vm.descr_get(&a[0], obj, &ty)
}

fn get_func(vm: &Vm, o: &PyRef) -> PyResult {
    wrapped(o).ok_or_else(|| vm.type_error("expected classmethod/staticmethod"))
}

fn wrapper_getattr(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__getattribute__", args, 1, 1)?;
    match vm.generic_getattr(&a[0], &a[1]) {
        Ok(v) => Ok(v),
        Err(e) if vm.exc_matches(&e, &vm.exc.attribute_error) => {
            // __doc__, __name__, __qualname__, __isabstractmethod__ come from the function.
            match vm.str_of(&a[1]) {
                Some(
                    "__doc__"
                    | "__name__"
                    | "__qualname__"
                    | "__module__"
                    | "__isabstractmethod__"
                    | "__annotations__",
                ) => {
                    let f = wrapped(&a[0]).ok_or(e)?;
                    vm.get_attr(&f, &a[1])
                }
                _ => Err(e),
            }
        }
        Err(e) => Err(e),
    }
}

fn staticmethod_call(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let f = wrapped(this).ok_or_else(|| vm.type_error("staticmethod expected"))?;
    vm.call(&f, Args::with_kw(&args.args[1..], args.kwnames))
}

fn wrapper_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let f = wrapped(this).ok_or_else(|| vm.type_error("expected classmethod/staticmethod"))?;
    Ok(vm.new_string(format!("<{}({})>", this.type_name(), vm.repr_str(&f)?)))
}

// ----- super ---------------------------------------------------------------------------

impl Vm {
    pub fn new_super(&self, ty: &PyRef, obj: &PyRef, obj_type: &PyRef) -> PyResult {
        Ok(PyRef::new(
            self.types.super_.clone(),
            Payload::Super(Box::new((ty.clone(), obj.clone(), obj_type.clone()))),
        ))
    }
}

fn super_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    let a = args::pos(vm, "super", Args::new(&args.args[1..]), 0, 2)?;
    let (ty, obj) = match a.len() {
        0 => zero_arg_super(vm)?,
        1 => (a[0].clone(), None),
        _ => (a[0].clone(), Some(a[1].clone())),
    };
    new_super(vm, &cls, ty, obj)
}

/// `super.__init__`: the proxy is set up by `__new__`; a subclass's `__init__` chaining
/// to it (`super(mysuper, self).__init__(*args)`) has nothing left to do.
fn super_init(vm: &Vm, args: Args) -> PyResult {
    args::this(vm, &args)?;
    Ok(vm.none())
}

/// `cls(ty, obj)` for `super` and its subclasses, once the arguments are known: checks
/// them as CPython's `super_init` does and builds the proxy.
pub fn new_super(vm: &Vm, cls: &PyRef, ty: PyRef, obj: Option<PyRef>) -> PyResult {
    if !ty.is_type() {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            ty.type_name()
        )));
    }
    let (obj, obj_type) = match obj {
        None => (vm.none(), vm.none()),
        Some(o) => {
            let ot = if o.is_type() && is_subtype(&o, &ty) {
                o.clone()
            } else if is_subtype(o.class(), &ty) {
                o.class().clone()
            } else if let Some(c) = vm
                .get_attr_opt(&o, &vm.names.__class__)?
                .filter(|c| c.is_type() && is_subtype(c, &ty))
            {
                // A proxy whose `__class__` claims the type (CPython's `supercheck`).
                c
            } else {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            };
            (o, ot)
        }
    };
    Ok(vm.new_object_of(cls, Payload::Super(Box::new((ty, obj, obj_type)))))
}

/// super() with no arguments: the `__class__` cell and the first argument of the caller.
fn zero_arg_super(vm: &Vm) -> PyResult<(PyRef, Option<PyRef>)> {
    let info = crate::objects::exception::caller_frame_locals(vm);
    match info {
        Some((class_cell, first)) => {
            let cls =
                class_cell.ok_or_else(|| vm.runtime_error("super(): __class__ cell not found"))?;
            let first = first.ok_or_else(|| vm.runtime_error("super(): no arguments"))?;
            Ok((cls, Some(first)))
        }
        None => {
            // The compiler rewrites super() whenever a __class__ cell and a first argument
            // exist, so only the error cases reach here.
            let code = vm.frame_stack.borrow().last().map(|f| f.code().clone());
            let has_args = match code.as_ref().map(|c| &c.payload) {
                Some(Payload::Code(c)) => c.argcount > 0 || c.flags & 0x0c != 0,
                _ => false,
            };
            Err(vm.runtime_error(if has_args {
                "super(): __class__ cell not found"
            } else {
                "super(): no arguments"
            }))
        }
    }
}

fn super_getattribute(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__getattribute__", args, 1, 1)?;
    args::check_receiver(vm, "__getattribute__", &a[0], &vm.types.super_)?;
    let (ty, obj, obj_type) = match &a[0].payload {
        Payload::Super(s) => (s.0.clone(), s.1.clone(), s.2.clone()),
        _ => return Err(vm.type_error("super expected")),
    };
    let name = &a[1];
    if let Some(v) = super_lookup(vm, &ty, &obj_type, name) {
        let inst = if obj.is(&obj_type) { None } else { Some(&obj) };
        return match &v.payload {
            Payload::Function(_) => match inst {
                Some(o) => Ok(vm.new_method(v.clone(), o.clone())),
                None => Ok(v),
            },
            _ => vm.descr_get(&v, inst, &obj_type),
        };
    }
    vm.generic_getattr(&a[0], name)
}

/// What `super(ty, obj).name` finds along the MRO of `obj_type` after `ty`, before
/// binding (`None`: not found there, or `__class__`, which is the super object's own).
pub fn super_lookup(vm: &Vm, ty: &PyRef, obj_type: &PyRef, name: &PyRef) -> Option<PyRef> {
    if vm.str_of(name) == Some("__class__") || vm.is_none(obj_type) {
        return None;
    }
    let mro = obj_type.type_data().mro.borrow();
    let start = mro
        .iter()
        .position(|t| t.is(ty))
        .map(|p| p + 1)
        .unwrap_or(mro.len());
    mro[start..]
        .iter()
        .find_map(|t| dict_get_str(&t.type_data().dict.dict_table().borrow(), name))
}

fn super_get(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__get__", args, 1, 2)?;
    args::check_receiver(vm, "__get__", &a[0], &vm.types.super_)?;
    if let Payload::Super(s) = &a[0].payload {
        if vm.is_none(&s.1) && !vm.is_none(&a[1]) {
            return super_new(
                vm,
                Args::new(&[vm.types.super_.clone(), s.0.clone(), a[1].clone()]),
            );
        }
    }
    Ok(a[0].clone())
}

fn super_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    if let Payload::Super(s) = &this.payload {
        let tn = s.0.type_data().name.borrow().clone();
        return Ok(vm.new_string(if vm.is_none(&s.2) {
            format!("<super: <class '{}'>, NULL>", tn)
        } else {
            format!(
                "<super: <class '{}'>, <{} object>>",
                tn,
                s.2.type_data().name.borrow()
            )
        }));
    }
    Ok(vm.new_str("<super>"))
}

fn super_thisclass(vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Super(s) => Ok(s.0.clone()),
        _ => Ok(vm.none()),
    }
}
fn super_self(vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Super(s) => Ok(s.1.clone()),
        _ => Ok(vm.none()),
    }
}
fn super_self_class(vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Super(s) => Ok(s.2.clone()),
        _ => Ok(vm.none()),
    }
}

pub fn init(vm: &Vm) {
    use crate::objects::descr::add_getset;
    let p = &vm.types.property;
    crate::objects::add_methods(
        vm,
        p,
        &[
            ("__init__", property_init),
            ("__get__", property_get),
            ("__set__", property_set),
            ("__delete__", property_delete),
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
            ("__set_name__", property_set_name),
        ],
    );
    crate::objects::add_native(vm, p, "__new__", property_new, NativeKind::StaticMethod);
    use crate::objects::descr::add_member;
    add_member(vm, p, "fget", get_fget, None);
    add_member(vm, p, "fset", get_fset, None);
    add_member(vm, p, "fdel", get_fdel, None);
    add_member(vm, p, "__doc__", get_pdoc, Some(set_pdoc));
    add_getset(vm, p, "__isabstractmethod__", get_isabstract, None);

    for (t, newf) in [
        (&vm.types.classmethod, classmethod_new as NativeFn),
        (&vm.types.staticmethod, staticmethod_new as NativeFn),
    ] {
        crate::objects::add_methods(
            vm,
            t,
            &[
                ("__get__", cm_get),
                ("__init__", cm_init),
                ("__getattribute__", wrapper_getattr),
                ("__repr__", wrapper_repr),
            ],
        );
        crate::objects::add_native(vm, t, "__new__", newf, NativeKind::StaticMethod);
        add_getset(vm, t, "__func__", get_func, None);
        add_getset(vm, t, "__wrapped__", get_func, None);
        let (g, s) = crate::objects::object::dict_descr_fns();
        add_getset(vm, t, "__dict__", g, Some(s));
    }
    vm.types.classmethod.type_data();
    crate::objects::add_methods(
        vm,
        &vm.types.staticmethod,
        &[("__call__", staticmethod_call)],
    );

    let s = &vm.types.super_;
    crate::objects::add_methods(
        vm,
        s,
        &[
            ("__getattribute__", super_getattribute),
            ("__init__", super_init),
            ("__get__", super_get),
            ("__repr__", super_repr),
        ],
    );
    crate::objects::add_native(vm, s, "__new__", super_new, NativeKind::StaticMethod);
    add_getset(vm, s, "__thisclass__", super_thisclass, None);
    add_getset(vm, s, "__self__", super_self, None);
    add_getset(vm, s, "__self_class__", super_self_class, None);
}
