//! `collections.defaultdict`: a real `dict` subclass (created like a class statement
//! with `__slots__ = ('default_factory',)`, so every dict operation works and `d[k]`
//! reaches `__missing__`), with CPython's `__init__` check, `__missing__`, repr,
//! `copy`/`__copy__`, `__reduce__` and `|`.

use crate::object::payload::*;
use crate::object::typeobj::type_lookup;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

/// Methods set on the class after it is created.
const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", init),
    ("__missing__", missing),
    ("__repr__", repr),
    ("copy", copy),
    ("__copy__", copy),
    ("__reduce__", reduce),
    ("__or__", or),
    ("__ror__", ror),
];

pub fn make_type(vm: &Vm) -> PyResult {
    let ns = vm.new_dict();
    vm.dict_set_str(&ns, "__module__", vm.new_str("collections"))?;
    vm.dict_set_str(
        &ns,
        "__slots__",
        vm.new_tuple(vec![vm.new_str("default_factory")]),
    )?;
    vm.dict_set_str(
        &ns,
        "__doc__",
        vm.new_str(
            "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n\
The default factory is called without arguments to produce\n\
a new value when a key is not present, in __getitem__ only.\n\
A defaultdict compares equal to a dict with the same items.\n\
All remaining arguments are treated the same as if they were\n\
passed to the dict constructor, including keyword arguments.\n",
        ),
    )?;
    let t = crate::objects::typeobj::create_class(
        vm,
        &vm.types.type_,
        "defaultdict",
        vec![vm.types.dict.clone()],
        &ns,
    )?;
    crate::objects::add_methods(vm, &t, METHODS);
    crate::object::typeobj::invalidate_type_caches();
    Ok(t)
}

fn factory(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm
        .get_attr_opt(o, &vm.intern("default_factory"))?
        .unwrap_or_else(|| vm.none()))
}

fn dict_method(vm: &Vm, name: &str) -> PyResult {
    type_lookup(&vm.types.dict, &vm.intern(name))
        .ok_or_else(|| vm.runtime_error(format!("dict.{} missing", name)))
}

fn init(vm: &Vm, a: Args) -> PyResult {
    let this = args::this(vm, &a)?;
    let pos = &a.pos()[1..];
    let fac = match pos.first() {
        Some(f) => {
            if !vm.is_none(f) && !vm.is_callable(f) {
                return Err(vm.type_error("first argument must be callable or None"));
            }
            f.clone()
        }
        None => vm.none(),
    };
    vm.set_attr_str(this, "default_factory", fac)?;
    let mut rest = vec![this.clone()];
    rest.extend_from_slice(pos.get(1..).unwrap_or(&[]));
    rest.extend_from_slice(a.kwvalues());
    vm.call(
        &dict_method(vm, "__init__")?,
        Args::with_kw(&rest, a.kwnames),
    )
}

fn missing(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "__missing__", a, 1, 1)?;
    let f = factory(vm, &p[0])?;
    if vm.is_none(&f) {
        return Err(vm.key_error(p[1].clone()));
    }
    let v = vm.call0(&f)?;
    vm.set_item(&p[0], p[1].clone(), v.clone())?;
    Ok(v)
}

fn repr(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "__repr__", a, 0, 0)?;
    let base = vm.call(&dict_method(vm, "__repr__")?, Args::new(&p[..1]))?;
    let base = vm.str_string(&base)?;
    let f = factory(vm, &p[0])?;
    let frepr = if vm.is_none(&f) {
        "None".to_string()
    } else if !crate::builtins::repr_enter(vm, &f) {
        "...".to_string()
    } else {
        let r = vm.repr_str(&f);
        crate::builtins::repr_leave(vm, &f);
        r?
    };
    let name = p[0].class().type_data().name.borrow().clone();
    Ok(vm.new_string(format!("{}({}, {})", name, frepr, base)))
}

/// `type(d)(d.default_factory, arg)`.
fn new_like(vm: &Vm, d: &PyRef, arg: &PyRef) -> PyResult {
    let f = factory(vm, d)?;
    vm.call(d.class(), Args::new(&[f, arg.clone()]))
}

fn copy(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "copy", a, 0, 0)?;
    new_like(vm, &p[0], &p[0])
}

fn reduce(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "__reduce__", a, 0, 0)?;
    let f = factory(vm, &p[0])?;
    let args = if vm.is_none(&f) {
        vm.new_tuple(vec![])
    } else {
        vm.new_tuple(vec![f])
    };
    let items = vm.call_method(&p[0], "items", &[])?;
    let it = vm.get_iter(&items)?;
    Ok(vm.new_tuple(vec![p[0].class().clone(), args, vm.none(), vm.none(), it]))
}

/// `left | right` where `this` (a defaultdict) is one of them.
fn union(vm: &Vm, this: &PyRef, left: &PyRef, right: &PyRef, other: &PyRef) -> PyResult {
    if !matches!(other.payload, Payload::Dict(_)) {
        return Ok(vm.not_implemented());
    }
    let new = new_like(vm, this, left)?;
    crate::objects::dict::dict_update_from(vm, &new, right)?;
    Ok(new)
}

fn or(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "__or__", a, 1, 1)?;
    union(vm, &p[0], &p[0], &p[1], &p[1])
}

fn ror(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "__ror__", a, 1, 1)?;
    union(vm, &p[0], &p[1], &p[0], &p[1])
}
