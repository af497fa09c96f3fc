//! Module objects.

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

fn module_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let d = match &this.payload {
        Payload::Module(m) => m.dict.clone(),
        _ => return Ok(vm.new_str("<module>")),
    };
    let name = vm
        .dict_get_str(&d, "__name__")?
        .map(|n| vm.str_string(&n))
        .transpose()?
        .unwrap_or_else(|| "?".into());
    if let Some(f) = vm.dict_get_str(&d, "__file__")? {
        if !vm.is_none(&f) {
            return Ok(vm.new_string(format!("<module '{}' from '{}'>", name, vm.str_string(&f)?)));
        }
    }
    if name == "sys" || name == "builtins" || vm.import_state.is_builtin_module(&name) {
        return Ok(vm.new_string(format!("<module '{}' (built-in)>", name)));
    }
    Ok(vm.new_string(format!("<module '{}'>", name)))
}

fn module_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    let d = vm.new_dict();
    Ok(vm.new_object_of(&cls, Payload::Module(Box::new(ModuleData { dict: d }))))
}

fn module_init(vm: &Vm, args: Args) -> PyResult {
    let b = args::bind(
        vm,
        "module",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["name", "doc"],
        1,
        0,
    )?;
    let this = &args.args[0];
    if let Payload::Module(m) = &this.payload {
        vm.dict_set_str(&m.dict, "__name__", b[0].clone().unwrap())?;
        vm.dict_set_str(
            &m.dict,
            "__doc__",
            b[1].clone().unwrap_or_else(|| vm.none()),
        )?;
        for k in ["__package__", "__loader__", "__spec__"] {
            if vm.dict_get_str(&m.dict, k)?.is_none() {
                vm.dict_set_str(&m.dict, k, vm.none())?;
            }
        }
    }
    Ok(vm.none())
}

fn module_dir(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    // `self.__dict__` as an attribute: a subclass may override it (CPython checks it
    // is a dict).
    let d = vm.get_attr(this, &vm.intern("__dict__"))?;
    if !matches!(d.payload, Payload::Dict(_)) {
        let name = vm.get_attr_opt(this, &vm.names.__name__)?;
        let name = match name {
            Some(n) => vm.str_string(&n)?,
            None => "?".to_string(),
        };
        return Err(vm.type_error(format!("{name}.__dict__ is not a dictionary")));
    }
    if let Some(f) = vm.dict_get_str(&d, "__dir__")? {
        return vm.call0(&f);
    }
    let keys: Vec<PyRef> = vm.dict_items(&d).into_iter().map(|(k, _)| k).collect();
    Ok(vm.new_list(keys))
}

fn get_dict(vm: &Vm, o: &PyRef) -> PyResult {
    vm.instance_dict(o)
        .ok_or_else(|| vm.attribute_error("__dict__"))
}

pub fn init(vm: &Vm) {
    let t = &vm.types.module;
    crate::objects::add_methods(
        vm,
        t,
        &[
            ("__repr__", module_repr),
            ("__init__", module_init),
            ("__dir__", module_dir),
        ],
    );
    crate::objects::add_native(vm, t, "__new__", module_new, NativeKind::StaticMethod);
    crate::objects::descr::add_getset(vm, t, "__dict__", get_dict, None);
}
