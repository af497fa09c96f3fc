//! Builtin functions over iterables: iter/next/aiter/anext (with the `anext_awaitable`
//! that supplies anext's default), sorted, min/max, sum, all/any.

use crate::compile::bytecode::{BinOp, CompareKind};
use crate::object::payload::*;
use crate::object::typeobj::type_lookup;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use super::functions::strip_self;

pub fn iter(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "iter", strip_self(args), 1, 2)?;
    if a.len() == 2 {
        if !vm.is_callable(&a[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(vm.new_iterator(
            &vm.types.callable_iterator,
            IterState::Callable {
                func: a[0].clone(),
                sentinel: a[1].clone(),
            },
        ));
    }
    vm.get_iter(&a[0])
}

pub fn next(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "next", strip_self(args), 1, 2)?;
    let it = &a[0];
    if type_lookup(it.class(), &vm.names.__next__).is_none() {
        return Err(vm.type_error(format!("'{}' object is not an iterator", it.type_name())));
    }
    match &it.payload {
        Payload::Generator(_) | Payload::Iterator(_) if !it.class().type_data().heap => {
            // Keep the generator's return value in the StopIteration.
            if let Payload::Generator(_) = &it.payload {
                return match crate::objects::generator::gen_resume(vm, it, vm.none(), None) {
                    Ok(crate::objects::generator::SendResult::Yield(v)) => Ok(v),
                    Ok(crate::objects::generator::SendResult::Return(v)) => match a.get(1) {
                        Some(d) => Ok(d.clone()),
                        None => Err(vm.stop_iteration(if vm.is_none(&v) { None } else { Some(v) })),
                    },
                    Err(e) => Err(e),
                };
            }
            match vm.iter_next(it)? {
                Some(v) => Ok(v),
                None => match a.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(vm.stop_iteration(None)),
                },
            }
        }
        _ => {
            let n = type_lookup(it.class(), &vm.names.__next__).unwrap();
            let r = match &n.payload {
                Payload::Function(_) | Payload::NativeFunction(_) => vm.call1(&n, it.clone()),
                // Other descriptors bind through `__get__` (mock's MagicProxy).
                _ => vm
                    .descr_get(&n, Some(it), it.class())
                    .and_then(|bound| vm.call0(&bound)),
            };
            match r {
                Ok(v) => Ok(v),
                Err(e) if vm.exc_matches(&e, &vm.exc.stop_iteration) && a.len() == 2 => {
                    Ok(a[1].clone())
                }
                Err(e) => Err(e),
            }
        }
    }
}

pub fn aiter(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "aiter", strip_self(args), 1, 1)?;
    match vm.call_special(&a[0], &vm.names.__aiter__, &[])? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            a[0].type_name()
        ))),
    }
}

pub fn anext(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "anext", strip_self(args), 1, 2)?;
    let aw = match vm.call_special(&a[0], &vm.names.__anext__, &[])? {
        Some(r) => r,
        None => {
            return Err(vm.type_error(format!(
                "'{}' object is not an async iterator",
                a[0].type_name()
            )))
        }
    };
    if a.len() == 1 {
        return Ok(aw);
    }
    Ok(PyRef::new(
        anext_awaitable_type(vm),
        Payload::Native(Box::new(AnextAwaitable {
            awaitable: aw,
            default: a[1].clone(),
            iter: std::cell::RefCell::new(None),
        })),
    ))
}

/// `anext(it, default)`: awaits `it.__anext__()` and turns its StopAsyncIteration into a
/// return of `default`.
struct AnextAwaitable {
    awaitable: PyRef,
    default: PyRef,
    iter: std::cell::RefCell<Option<PyRef>>,
}

static ANEXT_TYPE: crate::vm::gil::GilCell<std::cell::RefCell<Option<PyRef>>> =
    crate::vm::gil::GilCell::new(|| std::cell::RefCell::new(None));

fn anext_awaitable_type(vm: &Vm) -> PyRef {
    if let Some(t) = ANEXT_TYPE.with(|t| t.borrow().clone()) {
        return t;
    }
    let t = crate::objects::typeobj::new_helper_type(vm, "anext_awaitable");
    *t.type_data().module.borrow_mut() = Some(vm.intern("builtins"));
    crate::objects::add_methods(
        vm,
        &t,
        &[
            ("__await__", anext_self),
            ("__iter__", anext_self),
            ("__next__", anext_next),
            ("send", anext_send),
            ("throw", anext_throw),
            ("close", anext_close),
        ],
    );
    ANEXT_TYPE.with(|c| *c.borrow_mut() = Some(t.clone()));
    t
}

fn anext_data<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a AnextAwaitable> {
    if let Payload::Native(n) = &o.payload {
        if let Some(d) = n.downcast_ref::<AnextAwaitable>() {
            return Ok(d);
        }
    }
    Err(vm.type_error("descriptor requires an 'anext_awaitable' object"))
}

/// The iterator driving the wrapped awaitable, obtained on first use.
fn anext_iter(vm: &Vm, d: &AnextAwaitable) -> PyResult {
    if let Some(it) = d.iter.borrow().clone() {
        return Ok(it);
    }
    let it = vm.get_awaitable(&d.awaitable)?;
    *d.iter.borrow_mut() = Some(it.clone());
    Ok(it)
}

fn anext_result(vm: &Vm, d: &AnextAwaitable, r: PyResult) -> PyResult {
    match r {
        Err(e) if vm.exc_matches(&e, &vm.exc.stop_async_iteration) => {
            Err(vm.stop_iteration(Some(d.default.clone())))
        }
        r => r,
    }
}

fn anext_self(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    anext_data(vm, this)?;
    Ok(this.clone())
}

fn anext_send_value(vm: &Vm, this: &PyRef, value: PyRef) -> PyResult {
    let d = anext_data(vm, this)?;
    let it = anext_iter(vm, d)?;
    let r = if vm.is_none(&value)
        && !matches!(it.payload, Payload::Generator(_) | Payload::GenWrapper(_))
    {
        vm.call_method(&it, "__next__", &[])
    } else {
        vm.call_method(&it, "send", &[value])
    };
    anext_result(vm, d, r)
}

fn anext_next(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__next__", args, 1, 1)?;
    anext_send_value(vm, &a[0], vm.none())
}

fn anext_send(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "send", args, 2, 2)?;
    anext_send_value(vm, &a[0], a[1].clone())
}

fn anext_throw(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "throw", args, 2, 4)?;
    let d = anext_data(vm, &a[0])?;
    let it = anext_iter(vm, d)?;
    let r = vm.call_method(&it, "throw", &a[1..]);
    anext_result(vm, d, r)
}

fn anext_close(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "close", args, 1, 1)?;
    let d = anext_data(vm, &a[0])?;
    let it = d.iter.borrow().clone();
    match it {
        Some(it) if vm.get_attr_str(&it, "close").is_ok() => vm.call_method(&it, "close", &[]),
        _ => Ok(vm.none()),
    }
}

pub fn sorted(vm: &Vm, args: Args) -> PyResult {
    let args = strip_self(args);
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let items = vm.iterate(&pos[0])?;
    let l = vm.new_list(items);
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.kwnames.iter().zip(args.kwvalues()) {
        match vm.str_of(k) {
            Some("key") => key = Some(v.clone()),
            Some("reverse") => reverse = vm.is_true(v)?,
            Some(o) => {
                return Err(
                    vm.type_error(format!("'{}' is an invalid keyword argument for sort()", o))
                )
            }
            None => {}
        }
    }
    crate::objects::list::sort_list(vm, &l, key.as_ref(), reverse)?;
    Ok(l)
}

fn minmax(vm: &Vm, args: Args, name: &str, op: CompareKind) -> PyResult {
    let args = strip_self(args);
    let pos = args.pos();
    let mut key: Option<PyRef> = None;
    let mut default: Option<PyRef> = None;
    for (k, v) in args.kwnames.iter().zip(args.kwvalues()) {
        match vm.str_of(k) {
            Some("key") => key = Some(v.clone()).filter(|x| !vm.is_none(x)),
            Some("default") => default = Some(v.clone()),
            Some(o) => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    o, name
                )))
            }
            None => {}
        }
    }
    let items: Vec<PyRef> = match pos.len() {
        0 => return Err(vm.type_error(format!("{} expected at least 1 argument, got 0", name))),
        1 => vm.iterate(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(PyRef, PyRef)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call1(f, it.clone())?,
            None => it.clone(),
        };
        best = match best {
            None => Some((k, it)),
            Some((bk, bv)) => {
                if vm.compare_bool(&k, &bk, op)? {
                    Some((k, it))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{}() arg is an empty sequence", name))),
        },
    }
}

pub fn min(vm: &Vm, args: Args) -> PyResult {
    minmax(vm, args, "min", CompareKind::Lt)
}

pub fn max(vm: &Vm, args: Args) -> PyResult {
    minmax(vm, args, "max", CompareKind::Gt)
}

pub fn sum(vm: &Vm, args: Args) -> PyResult {
    let args = strip_self(args);
    if args.pos().is_empty() {
        return Err(vm.type_error(format!(
            "sum() takes at least 1 positional argument ({} given)",
            args.pos().len()
        )));
    }
    let b = args::bind(vm, "sum", args, &["iterable", "start"], 1, 1)?;
    let mut acc = b[1].clone().unwrap_or_else(|| vm.new_int(0));
    match &acc.payload {
        Payload::Str(_) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Payload::Bytes(_) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Payload::ByteArray(_) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = vm.get_iter(b[0].as_ref().unwrap())?;
    while let Some(v) = vm.iter_next(&it)? {
        acc = vm.binary_op(&acc, &v, BinOp::Add)?;
    }
    Ok(acc)
}

pub fn all(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "all", strip_self(args), 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    while let Some(v) = vm.iter_next(&it)? {
        if !vm.is_true(&v)? {
            return Ok(vm.new_bool(false));
        }
    }
    Ok(vm.new_bool(true))
}

pub fn any(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "any", strip_self(args), 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    while let Some(v) = vm.iter_next(&it)? {
        if vm.is_true(&v)? {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}
