//! Wrapping of exceptions raised inside a codec, as CPython's codec machinery does: an
//! exception whose type can be re-created from a single message (no `__init__` or
//! `__new__` of its own anywhere below `BaseException`, no extra slots, no builtin type
//! with extra state such as `OSError`) and which carries at most one `str` argument and
//! no instance attributes is replaced by a new exception of the same type whose message
//! names the operation and codec, chained to the original with `__cause__`. Any other
//! exception is left alone.

use crate::object::payload::*;
use crate::object::typeobj::is_subtype;
use crate::object::PyRef;
use crate::vm::Vm;

/// Builtin exception types whose instances carry more than their arguments (CPython
/// gives them their own `__init__`/`__new__`), so they are never wrapped.
fn has_extra_state(vm: &Vm, ty: &PyRef) -> bool {
    let e = &vm.exc;
    [
        &e.system_exit,
        &e.import_error,
        &e.os_error,
        &e.name_error,
        &e.attribute_error,
        &e.syntax_error,
        &e.unicode_encode_error,
        &e.unicode_decode_error,
        &e.unicode_translate_error,
        &e.stop_iteration,
        &e.memory_error,
        &e.base_exception_group,
    ]
    .iter()
    .any(|t| is_subtype(ty, t))
}

/// Whether instances of `ty` can be re-created from a message alone.
fn recreatable(vm: &Vm, ty: &PyRef) -> bool {
    if has_extra_state(vm, ty) {
        return false;
    }
    let td = ty.type_data();
    if td
        .slot_names
        .borrow()
        .iter()
        .any(|n| n != "__weakref__" && n != "__dict__")
    {
        return false;
    }
    let init = vm.intern("__init__");
    let new = vm.intern("__new__");
    for c in td.mro.borrow().iter() {
        if c.is(&vm.exc.base_exception) {
            break;
        }
        let d = &c.type_data().dict;
        if matches!(vm.dict_get_item(d, &init), Ok(Some(_)))
            || matches!(vm.dict_get_item(d, &new), Ok(Some(_)))
        {
            return false;
        }
    }
    true
}

/// `err`, raised by the `operation` ("encoding"/"decoding") of codec `encoding`,
/// wrapped when that is safe (see the module documentation).
pub fn wrap_codec_error(vm: &Vm, err: PyErr, operation: &str, encoding: &str) -> PyErr {
    match try_wrap(vm, &err, operation, encoding) {
        Ok(Some(new)) => new,
        _ => err,
    }
}

fn try_wrap(vm: &Vm, err: &PyErr, operation: &str, encoding: &str) -> PyResult<Option<PyErr>> {
    let exc = &err.0;
    let ty = exc.class().clone();
    if !matches!(exc.payload, Payload::Exception(_)) || !recreatable(vm, &ty) {
        return Ok(None);
    }
    let args = crate::objects::exception::args_of(vm, exc);
    let plain_str = |a: &PyRef| a.class().is(&vm.types.str);
    if args.len() > 1 || (args.len() == 1 && !plain_str(&args[0])) {
        return Ok(None);
    }
    if let Some(d) = vm.get_attr_opt(exc, &vm.intern("__dict__"))? {
        if vm.len(&d)? != 0 {
            return Ok(None);
        }
    }
    let msg = format!(
        "{} with '{}' codec failed ({}: {})",
        operation,
        encoding,
        ty.type_data().name.borrow(),
        vm.str_string(exc)?
    );
    let new = vm.call(&ty, Args::new(&[vm.new_str(&msg)]))?;
    crate::objects::exception::set_cause(vm, &new, exc.clone())?;
    Ok(Some(PyErr(new)))
}
