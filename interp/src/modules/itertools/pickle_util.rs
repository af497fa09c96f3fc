//! Helpers shared by the `__reduce__` / `__setstate__` methods of the itertools types:
//! reduce tuples, the receiver check of a method, and the argument conversions of
//! CPython's `PyArg_ParseTuple` / `PyLong_AsSsize_t` with their messages.

use crate::object::payload::*;
use crate::object::typeobj::type_lookup;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

/// `(callable, args)` or `(callable, args, state)`.
pub(super) fn reduce_value(vm: &Vm, func: PyRef, args: Vec<PyRef>, state: Option<PyRef>) -> PyRef {
    let mut items = vec![func, vm.new_tuple(args)];
    items.extend(state);
    vm.new_tuple(items)
}

/// The state of the itertools object `o` of type `T` for the method `method`, or
/// CPython's TypeError for a receiver of another type.
pub(super) fn method_state<'a, T: 'static>(
    vm: &Vm,
    o: &'a PyRef,
    what: &str,
    method: &str,
) -> PyResult<&'a T> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<T>(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{}' for 'itertools.{}' objects doesn't apply to a '{}' object",
            method,
            what,
            o.type_name()
        ))
    })
}

/// The receiver and state of a `__reduce__(self)` call.
pub(super) fn reduce_args<'a, T: 'static>(
    vm: &Vm,
    a: Args<'a>,
    what: &str,
) -> PyResult<(&'a PyRef, &'a T)> {
    let p = args::method(vm, "__reduce__", a, 0, 0)?;
    let s = method_state::<T>(vm, &p[0], what, "__reduce__")?;
    Ok((&p[0], s))
}

/// The receiver, state and argument of a `__setstate__(self, state)` call.
pub(super) fn setstate_args<'a, T: 'static>(
    vm: &Vm,
    a: Args<'a>,
    what: &str,
) -> PyResult<(&'a PyRef, &'a T, &'a PyRef)> {
    let p = args::method(vm, "__setstate__", a, 1, 1)?;
    let s = method_state::<T>(vm, &p[0], what, "__setstate__")?;
    Ok((&p[0], s, &p[1]))
}

/// The items of a `__setstate__` argument that must be a tuple.
pub(super) fn state_tuple<'a>(vm: &Vm, st: &'a PyRef) -> PyResult<&'a [PyRef]> {
    match &st.payload {
        Payload::Tuple(items) => Ok(items),
        _ => Err(vm.type_error("state is not a tuple")),
    }
}

/// `PyArg_ParseTuple`'s count check of `min..=max` items.
pub(super) fn tuple_arity(vm: &Vm, items: &[PyRef], min: usize, max: usize) -> PyResult<()> {
    let n = items.len();
    let s = |k: usize| if k == 1 { "" } else { "s" };
    let msg = if min == max && n != min {
        format!(
            "function takes exactly {} argument{} ({} given)",
            min,
            s(min),
            n
        )
    } else if n < min {
        format!(
            "function takes at least {} argument{} ({} given)",
            min,
            s(min),
            n
        )
    } else if n > max {
        format!(
            "function takes at most {} argument{} ({} given)",
            max,
            s(max),
            n
        )
    } else {
        return Ok(());
    };
    Err(vm.type_error(msg))
}

/// `PyLong_AsSsize_t`: an int (no `__index__`), or TypeError / OverflowError.
pub(super) fn ssize_strict(vm: &Vm, o: &PyRef) -> PyResult<i64> {
    match &o.payload {
        Payload::Int(i) => Ok(*i),
        Payload::BigInt(_) => {
            Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        _ => Err(vm.type_error("an integer is required")),
    }
}

/// The `i` format of `PyArg_ParseTuple`: `__index__` into a C int.
pub(super) fn int_arg(vm: &Vm, o: &PyRef) -> PyResult<i32> {
    let v = match vm.index_opt(o) {
        Ok(Some(v)) => v,
        Ok(None) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                o.type_name()
            )))
        }
        Err(e) if vm.exc_matches(&e, &vm.exc.overflow_error) => {
            return Err(vm.overflow_error("Python int too large to convert to C long"))
        }
        Err(e) => return Err(e),
    };
    if v > i32::MAX as i64 {
        return Err(vm.overflow_error("signed integer is greater than maximum"));
    }
    if v < i32::MIN as i64 {
        return Err(vm.overflow_error("signed integer is less than minimum"));
    }
    Ok(v as i32)
}

/// `PyIter_Check`: the object's type has `__next__`.
pub(super) fn is_iterator(vm: &Vm, o: &PyRef) -> bool {
    type_lookup(o.class(), &vm.intern("__next__")).is_some()
}

/// A tuple of machine indices.
pub(super) fn index_tuple(vm: &Vm, idx: &[usize]) -> PyRef {
    vm.new_tuple(idx.iter().map(|&i| vm.new_usize(i)).collect())
}
