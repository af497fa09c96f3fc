//! `functools.partial`: the function, its frozen positional arguments (a tuple) and
//! keywords (a dict), flattened when wrapping another plain partial; calls merge the
//! stored and given arguments; repr, `__reduce__`/`__setstate__` and an instance
//! `__dict__` as in CPython.

use std::cell::RefCell;

use crate::object::payload::*;
use crate::object::typeobj::type_lookup;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use super::{cached, no_instance_dict, PARTIAL_TYPE};

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__call__", call),
    ("__repr__", repr),
    ("__reduce__", reduce),
    ("__setstate__", setstate),
];

pub const GETTERS: &[(&str, crate::objects::descr::Getter)] = &[
    ("func", get_func),
    ("args", get_args),
    ("keywords", get_keywords),
];

struct Partial {
    func: RefCell<PyRef>,
    args: RefCell<PyRef>,
    kw: RefCell<PyRef>,
}

fn state<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a Partial> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<Partial>(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'functools.partial' object but received a '{}'",
            o.type_name()
        ))
    })
}

/// Whether calling `o` runs partial's own `__call__` (CPython: `tp_call == partial_call`).
fn calls_as_partial(vm: &Vm, o: &PyRef) -> bool {
    matches!(o.payload, Payload::Native(_))
        && state(vm, o).is_ok()
        && matches!(type_lookup(o.class(), &vm.names.__call__),
            Some(c) if matches!(&c.payload, Payload::NativeFunction(nf)
                if nf.func as *const () == call as *const ()))
}

fn dict_copy(vm: &Vm, d: &PyRef) -> PyResult {
    let n = vm.new_dict();
    for (k, v) in vm.dict_items(d) {
        vm.dict_set_item(&n, k, v)?;
    }
    Ok(n)
}

pub fn new(vm: &Vm, a: Args) -> PyResult {
    let cls = args::this(vm, &a)?.clone();
    let pos = &a.pos()[1..];
    let Some(first) = pos.first() else {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    };
    let mut func = first.clone();
    let mut fargs: Vec<PyRef> = Vec::new();
    let kw = vm.new_dict();
    if calls_as_partial(vm, &func) && no_instance_dict(vm, &func) {
        let inner = state(vm, &func)?;
        let (f, ia, ik) = (
            inner.func.borrow().clone(),
            inner.args.borrow().clone(),
            inner.kw.borrow().clone(),
        );
        if let Payload::Tuple(t) = &ia.payload {
            fargs.extend(t.iter().cloned());
        }
        for (k, v) in vm.dict_items(&ik) {
            vm.dict_set_item(&kw, k, v)?;
        }
        func = f;
    }
    if !vm.is_callable(&func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    fargs.extend_from_slice(&pos[1..]);
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        vm.dict_set_item(&kw, k.clone(), v.clone())?;
    }
    let st = Partial {
        func: RefCell::new(func),
        args: RefCell::new(vm.new_tuple(fargs)),
        kw: RefCell::new(kw),
    };
    Ok(vm.new_object_of(&cls, Payload::Native(Box::new(st))))
}

fn call(vm: &Vm, a: Args) -> PyResult {
    let p = state(vm, args::this(vm, &a)?)?;
    let (func, pargs, pkw) = (
        p.func.borrow().clone(),
        p.args.borrow().clone(),
        p.kw.borrow().clone(),
    );
    let mut all: Vec<PyRef> = match &pargs.payload {
        Payload::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    };
    let user = crate::modules::user_args(a);
    all.extend_from_slice(user.pos());
    if vm.dict_len(&pkw) == 0 {
        all.extend_from_slice(user.kwvalues());
        return vm.call(&func, Args::with_kw(&all, user.kwnames));
    }
    let merged = dict_copy(vm, &pkw)?;
    for (k, v) in user.kwnames.iter().zip(user.kwvalues()) {
        vm.dict_set_item(&merged, k.clone(), v.clone())?;
    }
    let mut names = Vec::new();
    for (k, v) in vm.dict_items(&merged) {
        if vm.str_of(&k).is_none() {
            return Err(vm.type_error("keywords must be strings"));
        }
        names.push(k);
        all.push(v);
    }
    vm.call(&func, Args::with_kw(&all, &names))
}

fn repr(vm: &Vm, a: Args) -> PyResult {
    let o = args::this(vm, &a)?;
    let p = state(vm, o)?;
    if !crate::builtins::repr_enter(vm, o) {
        return Ok(vm.new_str("..."));
    }
    let r = (|| -> PyResult<String> {
        let (func, pargs, pkw) = (
            p.func.borrow().clone(),
            p.args.borrow().clone(),
            p.kw.borrow().clone(),
        );
        let mut s = vm.repr_str(&func)?;
        if let Payload::Tuple(t) = &pargs.payload {
            for v in t.iter() {
                s.push_str(", ");
                s.push_str(&vm.repr_str(v)?);
            }
        }
        for (k, v) in vm.dict_items(&pkw) {
            s.push_str(&format!(", {}={}", vm.str_string(&k)?, vm.repr_str(&v)?));
        }
        Ok(s)
    })();
    crate::builtins::repr_leave(vm, o);
    let name = if o.class().is(&cached(vm, &PARTIAL_TYPE)?) {
        "functools.partial".to_string()
    } else {
        o.class().type_data().name.borrow().clone()
    };
    Ok(vm.new_string(format!("{}({})", name, r?)))
}

fn reduce(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "__reduce__", a, 0, 0)?;
    let o = &p[0];
    let st = state(vm, o)?;
    let func = st.func.borrow().clone();
    let dict = if no_instance_dict(vm, o) {
        vm.none()
    } else {
        vm.instance_dict(o).unwrap_or_else(|| vm.none())
    };
    let state = vm.new_tuple(vec![
        func.clone(),
        st.args.borrow().clone(),
        st.kw.borrow().clone(),
        dict,
    ]);
    Ok(vm.new_tuple(vec![o.class().clone(), vm.new_tuple(vec![func]), state]))
}

fn setstate(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "__setstate__", a, 1, 1)?;
    let o = &p[0];
    let st = state(vm, o)?;
    let invalid = || vm.type_error("invalid partial state");
    let Payload::Tuple(t) = &p[1].payload else {
        return Err(invalid());
    };
    let [func, fargs, kw, dict] = &t[..] else {
        return Err(invalid());
    };
    if !vm.is_callable(func)
        || !matches!(fargs.payload, Payload::Tuple(_))
        || !(vm.is_none(kw) || matches!(kw.payload, Payload::Dict(_)))
    {
        return Err(invalid());
    }
    let fargs = if fargs.class().is(&vm.types.tuple) {
        fargs.clone()
    } else {
        vm.new_tuple(vm.iterate(fargs)?)
    };
    let kw = if vm.is_none(kw) {
        vm.new_dict()
    } else if kw.class().is(&vm.types.dict) {
        kw.clone()
    } else {
        dict_copy(vm, kw)?
    };
    let dict = if vm.is_none(dict) {
        vm.new_dict()
    } else {
        dict.clone()
    };
    vm.set_attr_str(o, "__dict__", dict)?;
    *st.func.borrow_mut() = func.clone();
    *st.args.borrow_mut() = fargs;
    *st.kw.borrow_mut() = kw;
    Ok(vm.none())
}

pub fn class_getitem(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "__class_getitem__", a, 2, 2)?;
    crate::objects::generic_alias(vm, &p[0], &p[1])
}

fn get_func(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(state(vm, o)?.func.borrow().clone())
}

fn get_args(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(state(vm, o)?.args.borrow().clone())
}

fn get_keywords(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(state(vm, o)?.kw.borrow().clone())
}
