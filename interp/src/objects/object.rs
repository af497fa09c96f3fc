//! `object`: the root type's methods (attribute hooks, construction, comparison
//! defaults, repr, `__class__`), and `Vm::new_object_of` which every `__new__` uses.

use crate::object::payload::*;
use crate::object::typeobj::{is_subtype, type_lookup};
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

impl Vm {
    /// A new instance of `cls` holding `payload`, with a dict/slots if `cls` is a class
    /// created by a `class` statement.
    pub fn new_object_of(&self, cls: &PyRef, payload: Payload) -> PyRef {
        let td = cls.type_data();
        if td.heap || td.instance_dict {
            let nslots = td.slot_names.borrow().len();
            let ext = InstanceExt::new(nslots);
            PyRef::new_with_ext(cls.clone(), payload, Some(ext))
        } else {
            PyRef::new(cls.clone(), payload)
        }
    }
}

pub fn object_getattribute(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__getattribute__", args, 1, 1)?;
    let name = &a[1];
    if vm.str_of(name).is_none() {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            name.type_name()
        )));
    }
    vm.generic_getattr(&a[0], name)
}

pub fn object_setattr(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__setattr__", args, 2, 2)?;
    if a[0].is_type() {
        return Err(vm.type_error("can't apply this __setattr__ to type object"));
    }
    check_attr_name(vm, &a[1])?;
    vm.generic_setattr(&a[0], &a[1], Some(a[2].clone()))?;
    Ok(vm.none())
}

pub fn object_delattr(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__delattr__", args, 1, 1)?;
    if a[0].is_type() {
        return Err(vm.type_error("can't apply this __delattr__ to type object"));
    }
    check_attr_name(vm, &a[1])?;
    vm.generic_setattr(&a[0], &a[1], None)?;
    Ok(vm.none())
}

/// The TypeError of `__setattr__`/`__delattr__` called with a non-string name.
pub fn check_attr_name(vm: &Vm, name: &PyRef) -> PyResult<()> {
    if vm.str_of(name).is_none() {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            name.type_name()
        )));
    }
    Ok(())
}

fn is_object_init(vm: &Vm, f: &Option<PyRef>) -> bool {
    let _ = vm;
    matches!(f.as_ref().map(|f| &f.payload), Some(Payload::NativeFunction(nf)) if nf.func as *const () == object_init as *const ())
}

pub fn is_object_new(f: &Option<PyRef>) -> bool {
    matches!(f.as_ref().map(|f| &f.payload), Some(Payload::NativeFunction(nf)) if nf.func as *const () == object_new as *const ())
}

pub fn object_init(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    if args.args.len() > 1 {
        let ty = this.class();
        let init = type_lookup(ty, &vm.names.__init__);
        let new = type_lookup(ty, &vm.names.__new__);
        if !is_object_init(vm, &init) {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if is_object_new(&new) {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                ty.type_data().name.borrow()
            )));
        }
    }
    Ok(vm.none())
}

pub fn object_new(vm: &Vm, args: Args) -> PyResult {
    let cls = match args.args.first() {
        Some(c) if c.is_type() => c.clone(),
        Some(c) => {
            return Err(vm.type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                c.type_name()
            )));
        }
        None => return Err(vm.type_error("object.__new__(): not enough arguments")),
    };
    if args.args.len() > 1 {
        let new = type_lookup(&cls, &vm.names.__new__);
        let init = type_lookup(&cls, &vm.names.__init__);
        if !is_object_new(&new) {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if is_object_init(vm, &init) {
            return Err(vm.type_error(format!(
                "{}() takes no arguments",
                cls.type_data().name.borrow()
            )));
        }
    }
    let td = cls.type_data();
    if td.layout != Layout::Object && td.layout != Layout::Exception {
        return Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            td.name.borrow(),
            td.name.borrow()
        )));
    }
    check_abstract(vm, &cls)?;
    if td.layout == Layout::Exception {
        return crate::objects::exception::exc_new_instance(vm, &cls, Args::new(&args.args[1..]));
    }
    Ok(vm.new_object_of(&cls, Payload::Object))
}

/// The checks CPython's `tp_new_wrapper` makes before a builtin `T.__new__(cls, ...)`
/// runs: `cls` must be a type and a subtype of `T`. Called for native static methods
/// (only `__new__` is checked); constructing through `cls(...)` always passes.
#[inline]
pub fn check_builtin_new(vm: &Vm, nf: &NativeFunctionData, args: Args) -> PyResult<()> {
    if nf.name != "__new__" {
        return Ok(());
    }
    let Some(owner) = &nf.owner else {
        return Ok(());
    };
    match args.pos().first() {
        Some(c) if c.is(owner) => Ok(()),
        None => Err(vm.type_error(format!(
            "{}.__new__(): not enough arguments",
            owner.type_data().name.borrow()
        ))),
        Some(c) if !c.is_type() => Err(vm.type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            owner.type_data().name.borrow(),
            c.type_name()
        ))),
        Some(c) if !is_subtype(c, owner) => {
            let on = owner.type_data().name.borrow().clone();
            let cn = c.type_data().name.borrow().clone();
            Err(vm.type_error(format!(
                "{}.__new__({}): {} is not a subtype of {}",
                on, cn, cn, on
            )))
        }
        Some(_) => Ok(()),
    }
}

fn check_abstract(vm: &Vm, cls: &PyRef) -> PyResult<()> {
    if let Some(am) = type_lookup(cls, &vm.names.__abstractmethods__) {
        if !vm.is_true(&am).unwrap_or(false) {
            return Ok(());
        }
        let mut names: Vec<String> = Vec::new();
        for n in vm.iterate(&am)? {
            names.push(vm.str_string(&n)?);
        }
        names.sort();
        return Err(vm.type_error(format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            cls.type_data().name.borrow(),
            if names.len() == 1 { "" } else { "s" },
            names.join(", ")
        )));
    }
    Ok(())
}

pub fn type_display_name(vm: &Vm, ty: &PyRef) -> String {
    let td = ty.type_data();
    let module = td.module.borrow().clone();
    let qual = td.qualname.borrow().clone();
    match module.as_ref().and_then(|m| vm.str_of(m)) {
        Some("builtins") | None => qual,
        Some(m) => format!("{}.{}", m, qual),
    }
}

/// CPython's `tp_name`: a class's plain name, a Rust-defined type's dotted name
/// (`_thread.lock`; builtins without their module).
pub fn tp_name(vm: &Vm, ty: &PyRef) -> String {
    let td = ty.type_data();
    if td.heap {
        td.name.borrow().clone()
    } else {
        type_display_name(vm, ty)
    }
}

fn object_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(vm.new_string(format!(
        "<{} object at {:#x}>",
        type_display_name(vm, this.class()),
        this.id()
    )))
}

fn object_str(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    vm.repr(this)
}

pub(crate) fn object_eq(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__eq__", args, 1, 1)?;
    if a[0].is(&a[1]) {
        Ok(vm.new_bool(true))
    } else {
        Ok(vm.not_implemented())
    }
}

pub(crate) fn object_ne(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__ne__", args, 1, 1)?;
    // CPython: object.__ne__ delegates to __eq__ and inverts unless NotImplemented.
    let eq = match type_lookup(a[0].class(), &vm.names.__eq__) {
        Some(f) => vm.call(&f, Args::new(&[a[0].clone(), a[1].clone()]))?,
        None => vm.not_implemented(),
    };
    if vm.is_not_implemented(&eq) {
        return Ok(eq);
    }
    Ok(vm.new_bool(!vm.is_true(&eq)?))
}

fn object_not_implemented(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.not_implemented())
}

fn object_hash(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(vm.new_int(crate::vm::protocol::id_hash(this)))
}

fn object_format(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__format__", args, 1, 1)?;
    let spec = crate::objects::str::obj_utf8(vm, &a[1]).unwrap_or_else(|| {
        Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            a[1].type_name()
        )))
    })?;
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            a[0].type_name()
        )));
    }
    vm.str(&a[0])
}

fn object_get_class(_vm: &Vm, this: &PyRef) -> PyResult {
    Ok(this.class().clone())
}

fn object_set_class(vm: &Vm, this: &PyRef, value: Option<PyRef>) -> PyResult<()> {
    let v = value.ok_or_else(|| vm.type_error("can't delete __class__ attribute"))?;
    if !v.is_type() {
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            v.type_name()
        )));
    }
    let old = this.class();
    let (otd, ntd) = (old.type_data(), v.type_data());
    if !otd.heap || !ntd.heap {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    // Variable-size builtins (int, tuple, bytes) place the instance dict after the
    // items, so only classes sharing their first heap ancestor agree on layout.
    let varsize = matches!(otd.layout, Layout::Int | Layout::Tuple | Layout::Bytes);
    if otd.layout != ntd.layout
        || *otd.slot_names.borrow() != *ntd.slot_names.borrow()
        || otd.instance_dict != ntd.instance_dict
        || (varsize && !first_heap_class(old).is(&first_heap_class(&v)))
    {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            ntd.name.borrow(),
            otd.name.borrow()
        )));
    }
    this.set_class(v);
    Ok(())
}

/// The heap class in `t`'s MRO that derives directly from a builtin type.
fn first_heap_class(t: &PyRef) -> PyRef {
    let mro = t.type_data().mro.borrow();
    let mut last = t.clone();
    for m in mro.iter() {
        if !m.type_data().heap {
            break;
        }
        last = m.clone();
    }
    last
}

fn object_get_dict(vm: &Vm, this: &PyRef) -> PyResult {
    match vm.instance_dict(this) {
        Some(d) => Ok(d),
        None => Err(vm.attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            this.type_name()
        ))),
    }
}

fn object_set_dict(vm: &Vm, this: &PyRef, value: Option<PyRef>) -> PyResult<()> {
    let Some(v) = value else {
        // `del obj.__dict__` drops the dict; a fresh one appears on next use.
        return match this.ext() {
            Some(ext) => {
                let old = ext.attrs.install_dict(None);
                drop(old);
                Ok(())
            }
            None => Err(vm.attribute_error(format!(
                "'{}' object has no attribute '__dict__'",
                this.type_name()
            ))),
        };
    };
    if !matches!(v.payload, Payload::Dict(_)) {
        return Err(vm.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            v.type_name()
        )));
    }
    match this.ext() {
        Some(ext) => {
            let old = ext.attrs.install_dict(Some(v));
            drop(old);
            Ok(())
        }
        None => Err(vm.attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            this.type_name()
        ))),
    }
}

fn object_dir(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let result = vm.new_dict();
    if let Some(d) = vm.instance_dict(this) {
        for (k, _) in vm.dict_items(&d) {
            vm.dict_set_item(&result, k, vm.none())?;
        }
    }
    let cls = this.class();
    for t in cls.type_data().mro.borrow().iter() {
        for (k, _) in vm.dict_items(&t.type_data().dict) {
            vm.dict_set_item(&result, k, vm.none())?;
        }
    }
    let keys: Vec<PyRef> = vm.dict_items(&result).into_iter().map(|(k, _)| k).collect();
    Ok(vm.new_list(keys))
}

fn object_init_subclass(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?;
    let name = if cls.is_type() {
        cls.type_data().name.borrow().clone()
    } else {
        cls.type_name()
    };
    if args.has_kw() {
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            name
        )));
    }
    let extra = args.pos().len() - 1;
    if extra > 0 {
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no arguments ({} given)",
            name, extra
        )));
    }
    Ok(vm.none())
}

fn object_subclasshook(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.not_implemented())
}

fn object_sizeof(vm: &Vm, args: Args) -> PyResult {
    let _ = args::this(vm, &args)?;
    Ok(vm.new_int(std::mem::size_of::<crate::object::core::PyObject>() as i64))
}

pub fn init(vm: &Vm) {
    let t = &vm.types.object;
    crate::objects::add_methods(
        vm,
        t,
        &[
            ("__getattribute__", object_getattribute),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__lt__", object_not_implemented),
            ("__le__", object_not_implemented),
            ("__gt__", object_not_implemented),
            ("__ge__", object_not_implemented),
            ("__hash__", object_hash),
            ("__format__", object_format),
            ("__dir__", object_dir),
            ("__sizeof__", object_sizeof),
        ],
    );
    crate::objects::add_native(vm, t, "__new__", object_new, NativeKind::StaticMethod);
    crate::objects::add_native(
        vm,
        t,
        "__init_subclass__",
        object_init_subclass,
        NativeKind::ClassMethod,
    );
    crate::objects::add_native(
        vm,
        t,
        "__subclasshook__",
        object_subclasshook,
        NativeKind::ClassMethod,
    );
    crate::objects::descr::add_getset(vm, t, "__class__", object_get_class, Some(object_set_class));
    crate::objects::add_attr(vm, t, "__doc__", vm.new_str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
    // `__dict__` descriptor is installed on each heap class that has instance dicts.
    DICT_GETSET.with(|c| {
        c.set(Some((
            object_get_dict as crate::objects::descr::Getter,
            object_set_dict as crate::objects::descr::Setter,
        )))
    });
}

pub static DICT_GETSET: crate::vm::gil::GilCell<
    std::cell::Cell<Option<(crate::objects::descr::Getter, crate::objects::descr::Setter)>>,
> = crate::vm::gil::GilCell::new(|| std::cell::Cell::new(None));

/// The `__dict__` getset installed on heap classes.
pub fn dict_descr_fns() -> (crate::objects::descr::Getter, crate::objects::descr::Setter) {
    (object_get_dict, object_set_dict)
}
