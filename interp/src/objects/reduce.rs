//! Pickling support of the core types, as CPython's typeobject.c gives it:
//! `object.__reduce_ex__`, `object.__reduce__` and `object.__getstate__` (protocol 2+
//! reduces through `copyreg.__newobj__` with `__getnewargs_ex__`/`__getnewargs__`,
//! state from the instance dict and `__slots__`, list and dict items; protocols 0 and 1
//! through `copyreg._reduce_ex`), and the `__reduce__`/`__getnewargs__` of set,
//! frozenset, range, slice, bytearray and complex.

use crate::object::payload::*;
use crate::object::typeobj::type_lookup;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

fn copyreg(vm: &Vm, name: &str) -> PyResult {
    vm.get_attr_str(&vm.import_full("copyreg")?, name)
}

fn cannot_pickle(vm: &Vm, o: &PyRef) -> PyErr {
    vm.type_error(format!("cannot pickle '{}' object", o.type_name()))
}

/// Whether instances carry data besides a dict and slots (CPython compares
/// `tp_basicsize` with object's): such objects cannot be pickled from their state alone.
fn has_native_state(o: &PyRef) -> bool {
    !matches!(o.payload, Payload::Object)
}

/// CPython's `object_getstate_default`: a copy of the instance dict (None when empty)
/// and, when slots hold values, `(dict_state, {slot: value})`.
fn default_state(vm: &Vm, obj: &PyRef, required: bool) -> PyResult {
    if required && has_native_state(obj) {
        return Err(cannot_pickle(vm, obj));
    }
    let mut state = match vm.instance_dict(obj) {
        Some(d) if vm.len(&d)? > 0 => vm.call(&vm.types.dict, Args::new(&[d]))?,
        _ => vm.none(),
    };
    let names = vm.call(
        &copyreg(vm, "_slotnames")?,
        Args::new(&[obj.class().clone()]),
    )?;
    let names = vm.iterate(&names)?;
    if !names.is_empty() {
        let slots = vm.new_dict();
        for name in names {
            if let Some(v) = vm.get_attr_opt(obj, &name)? {
                vm.set_item(&slots, name, v)?;
            }
        }
        if vm.len(&slots)? > 0 {
            state = vm.new_tuple(vec![state, slots]);
        }
    }
    Ok(state)
}

/// CPython's `_PyObject_GetState`: an overriding `__getstate__` is called; object's own
/// gives the default state.
fn get_state(vm: &Vm, obj: &PyRef, required: bool) -> PyResult {
    let own = vm.intern("__getstate__");
    let object_version = type_lookup(&vm.types.object, &own);
    match type_lookup(obj.class(), &own) {
        Some(g) if object_version.as_ref().is_some_and(|o| !o.is(&g)) => {
            let bound = vm.descr_get(&g, Some(obj), obj.class())?;
            vm.call0(&bound)
        }
        _ => default_state(vm, obj, required),
    }
}

fn object_getstate(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__getstate__", a, 0, 0)?;
    default_state(vm, &a[0], false)
}

/// `(args, kwargs)` from `__getnewargs_ex__`, or `(args, None)` from `__getnewargs__`.
fn new_arguments(vm: &Vm, obj: &PyRef) -> PyResult<Option<(PyRef, Option<PyRef>)>> {
    let cls = obj.class();
    if let Some(g) = type_lookup(cls, &vm.intern("__getnewargs_ex__")) {
        let r = vm.call0(&vm.descr_get(&g, Some(obj), cls)?)?;
        let Payload::Tuple(t) = &r.payload else {
            return Err(vm.type_error(format!(
                "__getnewargs_ex__ should return a tuple, not '{}'",
                r.type_name()
            )));
        };
        if t.len() != 2 {
            return Err(vm.value_error(format!(
                "__getnewargs_ex__ should return a tuple of length 2, not {}",
                t.len()
            )));
        }
        if !matches!(t[0].payload, Payload::Tuple(_)) {
            return Err(vm.type_error(format!(
                "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'",
                t[0].type_name()
            )));
        }
        if !matches!(t[1].payload, Payload::Dict(_)) {
            return Err(vm.type_error(format!(
                "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'",
                t[1].type_name()
            )));
        }
        return Ok(Some((t[0].clone(), Some(t[1].clone()))));
    }
    if let Some(g) = type_lookup(cls, &vm.intern("__getnewargs__")) {
        let r = vm.call0(&vm.descr_get(&g, Some(obj), cls)?)?;
        if !matches!(r.payload, Payload::Tuple(_)) {
            return Err(vm.type_error(format!(
                "__getnewargs__ should return a tuple, not '{}'",
                r.type_name()
            )));
        }
        return Ok(Some((r, None)));
    }
    Ok(None)
}

/// CPython's `reduce_newobj` (protocol 2 and up).
fn reduce_newobj(vm: &Vm, obj: &PyRef) -> PyResult {
    let cls = obj.class().clone();
    if type_lookup(&cls, &vm.intern("__new__")).is_none() {
        return Err(cannot_pickle(vm, obj));
    }
    let newargs = new_arguments(vm, obj)?;
    let hasargs = newargs.is_some();
    let (func, fargs) = match newargs {
        Some((args, Some(kw))) if vm.len(&kw)? > 0 => (
            copyreg(vm, "__newobj_ex__")?,
            vm.new_tuple(vec![cls.clone(), args, kw]),
        ),
        other => {
            let mut v = vec![cls.clone()];
            if let Some((args, _)) = other {
                if let Payload::Tuple(t) = &args.payload {
                    v.extend(t.iter().cloned());
                }
            }
            (copyreg(vm, "__newobj__")?, vm.new_tuple(v))
        }
    };
    let is_list = matches!(obj.payload, Payload::List(_));
    let is_dict = matches!(obj.payload, Payload::Dict(_));
    let required = !hasargs && !is_list && !is_dict;
    let state = get_state(vm, obj, required)?;
    let listitems = if is_list {
        vm.get_iter(obj)?
    } else {
        vm.none()
    };
    let dictitems = if is_dict {
        vm.get_iter(&vm.call_method(obj, "items", &[])?)?
    } else {
        vm.none()
    };
    Ok(vm.new_tuple(vec![func, fargs, state, listitems, dictitems]))
}

fn common_reduce(vm: &Vm, obj: &PyRef, proto: i64) -> PyResult {
    if proto >= 2 {
        return reduce_newobj(vm, obj);
    }
    vm.call(
        &copyreg(vm, "_reduce_ex")?,
        Args::new(&[obj.clone(), vm.new_int(proto)]),
    )
}

fn object_reduce(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__reduce__", a, 0, 0)?;
    common_reduce(vm, &a[0], 0)
}

fn object_reduce_ex(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__reduce_ex__", a, 1, 1)?;
    let this = &a[0];
    let proto = args::to_i64(vm, &a[1])?;
    let name = vm.intern("__reduce__");
    let object_version = type_lookup(&vm.types.object, &name);
    if let Some(r) = type_lookup(this.class(), &name) {
        if !object_version.is_some_and(|o| o.is(&r)) {
            let reduce = vm.get_attr_str(this, "__reduce__")?;
            return vm.call0(&reduce);
        }
    }
    common_reduce(vm, this, proto)
}

/// The instance dict of `o`, or None (the state part of the container reduces).
fn dict_or_none(vm: &Vm, o: &PyRef) -> PyRef {
    vm.instance_dict(o)
        .filter(|d| vm.len(d).unwrap_or(0) > 0)
        .unwrap_or_else(|| vm.none())
}

fn set_reduce(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__reduce__", a, 0, 0)?;
    let keys = vm.new_list(vm.iterate(&a[0])?);
    Ok(vm.new_tuple(vec![
        a[0].class().clone(),
        vm.new_tuple(vec![keys]),
        dict_or_none(vm, &a[0]),
    ]))
}

/// `range.__reduce__` and `slice.__reduce__`: `(type, (start, stop, step))`.
fn start_stop_step_reduce(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__reduce__", a, 0, 0)?;
    let parts = ["start", "stop", "step"]
        .iter()
        .map(|n| vm.get_attr_str(&a[0], n))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(vm.new_tuple(vec![a[0].class().clone(), vm.new_tuple(parts)]))
}

fn bytearray_reduce_common(vm: &Vm, this: &PyRef, proto: i64) -> PyResult {
    let data = match &this.payload {
        Payload::ByteArray(b) => b.borrow().clone(),
        _ => return Err(vm.type_error("bytearray expected")),
    };
    let args = if proto < 3 {
        // Python 2 compatible: the bytes as a latin-1 str.
        let text: String = data.iter().map(|&b| b as char).collect();
        vec![vm.new_string(text), vm.new_str("latin-1")]
    } else if data.is_empty() {
        vec![]
    } else {
        vec![vm.new_bytes(data)]
    };
    Ok(vm.new_tuple(vec![
        this.class().clone(),
        vm.new_tuple(args),
        get_state(vm, this, false)?,
    ]))
}

fn bytearray_reduce(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__reduce__", a, 0, 0)?;
    bytearray_reduce_common(vm, &a[0], 0)
}

fn bytearray_reduce_ex(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__reduce_ex__", a, 0, 1)?;
    let proto = match a.get(1) {
        Some(p) => args::to_i64(vm, p)?,
        None => 0,
    };
    bytearray_reduce_common(vm, &a[0], proto)
}

fn complex_getnewargs(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "__getnewargs__", a, 0, 0)?;
    let (re, im) = match &a[0].payload {
        Payload::Complex(r, i) => (*r, *i),
        _ => return Err(vm.type_error("complex expected")),
    };
    Ok(vm.new_tuple(vec![vm.new_float(re), vm.new_float(im)]))
}

pub fn init(vm: &Vm) {
    use crate::objects::add_methods;
    add_methods(
        vm,
        &vm.types.object,
        &[
            ("__reduce__", object_reduce),
            ("__reduce_ex__", object_reduce_ex),
            ("__getstate__", object_getstate),
        ],
    );
    add_methods(vm, &vm.types.set, &[("__reduce__", set_reduce)]);
    add_methods(vm, &vm.types.frozenset, &[("__reduce__", set_reduce)]);
    add_methods(
        vm,
        &vm.types.range,
        &[("__reduce__", start_stop_step_reduce)],
    );
    add_methods(
        vm,
        &vm.types.slice,
        &[("__reduce__", start_stop_step_reduce)],
    );
    add_methods(
        vm,
        &vm.types.bytearray,
        &[
            ("__reduce__", bytearray_reduce),
            ("__reduce_ex__", bytearray_reduce_ex),
        ],
    );
    add_methods(
        vm,
        &vm.types.complex,
        &[("__getnewargs__", complex_getnewargs)],
    );
}
