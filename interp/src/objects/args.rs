//! Argument parsing for native functions, with CPython's error messages: `pos` for
//! plain functions, `method` for methods (counts exclude the receiver), `bind` for
//! keyword-capable signatures, and `check_receiver` for unbound-method receivers.

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

/// Checks a positional-only call with `min..=max` arguments and no keywords.
pub fn pos<'a>(
    vm: &Vm,
    name: &str,
    args: Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [PyRef]> {
    if args.has_kw() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    let p = args.args;
    if p.len() < min || p.len() > max {
        return Err(arg_count_error(vm, name, p.len(), min, max));
    }
    Ok(p)
}

/// Checks a method call: `args[0]` is the receiver and `min..=max` counts the arguments
/// after it, as CPython's messages do (`insert expected 2 arguments, got 0`).
pub fn method<'a>(
    vm: &Vm,
    name: &str,
    args: Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [PyRef]> {
    if args.has_kw() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    let p = args.args;
    if p.is_empty() {
        return Err(vm.type_error(format!("descriptor '{}' needs an argument", name)));
    }
    let got = p.len() - 1;
    if got < min || got > max {
        return Err(method_count_error(vm, name, &p[0], got, min, max));
    }
    Ok(p)
}

/// CPython's arity messages for builtin methods, by calling convention: slot wrappers
/// (`expected 1 argument, got 0`), METH_NOARGS / METH_O (`list.append() takes exactly
/// one argument (0 given)`), and Argument Clinic (`insert expected 2 arguments, got 0`).
fn method_count_error(
    vm: &Vm,
    name: &str,
    receiver: &PyRef,
    got: usize,
    min: usize,
    max: usize,
) -> PyErr {
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if crate::objects::descr::is_slot_wrapper_name(name) {
        // Wrappers that unpack their arguments with an empty function name keep the
        // separating space of CPython's "%s expected ..." format.
        let lead = match name {
            "__setattr__" | "__get__" | "__set__" | "__setitem__" | "__pow__" | "__rpow__" => " ",
            _ => "",
        };
        let msg = if min == max {
            format!("expected {} argument{}, got {}", min, plural(min), got)
        } else if got < min {
            format!(
                "expected at least {} argument{}, got {}",
                min,
                plural(min),
                got
            )
        } else {
            format!(
                "expected at most {} argument{}, got {}",
                max,
                plural(max),
                got
            )
        };
        return vm.type_error(format!("{}{}", lead, msg));
    }
    if min == max && min <= 1 {
        // Named like a bound builtin method's __qualname__: after the receiver's type,
        // or the receiver itself when it is a class.
        let owner = if receiver.is_type() {
            receiver
        } else {
            receiver.class()
        };
        let qual = format!("{}.{}", owner.type_data().qualname.borrow(), name);
        return vm.type_error(if min == 0 {
            format!("{}() takes no arguments ({} given)", qual, got)
        } else {
            format!("{}() takes exactly one argument ({} given)", qual, got)
        });
    }
    arg_count_error(vm, name, got, min, max)
}

pub fn arg_count_error(vm: &Vm, name: &str, got: usize, min: usize, max: usize) -> PyErr {
    let msg = if min == max {
        match min {
            0 => format!("{}() takes no arguments ({} given)", name, got),
            1 => format!("{}() takes exactly one argument ({} given)", name, got),
            n => format!("{} expected {} arguments, got {}", name, n, got),
        }
    } else if got < min {
        format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            if min == 1 { "" } else { "s" },
            got
        )
    } else {
        format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            if max == 1 { "" } else { "s" },
            got
        )
    };
    vm.type_error(msg)
}

/// Binds positional-or-keyword parameters `names` (the first `posonly` positional only).
/// Returns one slot per name; missing ones below `required` raise CPython's error.
pub fn bind(
    vm: &Vm,
    fname: &str,
    args: Args,
    names: &[&str],
    required: usize,
    posonly: usize,
) -> PyResult<Vec<Option<PyRef>>> {
    let pos = args.pos();
    if pos.len() > names.len() {
        return Err(vm.type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            fname,
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            pos.len() + args.kwnames.len()
        )));
    }
    let mut out: Vec<Option<PyRef>> = vec![None; names.len()];
    for (i, a) in pos.iter().enumerate() {
        out[i] = Some(a.clone());
    }
    for (k, v) in args.kwnames.iter().zip(args.kwvalues()) {
        let kn = vm.str_of(k).unwrap_or("");
        match names.iter().position(|n| *n == kn) {
            Some(i) if i >= posonly => {
                if out[i].is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {}() given by name ('{}') and position ({})",
                        fname,
                        kn,
                        i + 1
                    )));
                }
                out[i] = Some(v.clone());
            }
            _ => {
                return Err(vm.type_error(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    fname, kn
                )));
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(vm.type_error(format!(
                "{}() missing required argument '{}' (pos {})",
                fname,
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// Argument Clinic style binding: unknown keywords are "'x' is an invalid keyword
/// argument for f()"; the first `npos` names may be given positionally.
pub fn clinic(
    vm: &Vm,
    name: &str,
    a: Args,
    names: &[&str],
    required: usize,
    npos: usize,
) -> PyResult<Vec<Option<PyRef>>> {
    if a.args.len() > names.len() {
        return Err(vm.type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            name,
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            a.args.len()
        )));
    }
    for k in a.kwnames {
        let kn = vm.str_of(k).unwrap_or("");
        if !names.contains(&kn) {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                kn, name
            )));
        }
    }
    let np = a.pos().len();
    if np > npos && npos < names.len() {
        return Err(vm.type_error(format!(
            "{}() takes at most {} positional argument{} ({} given)",
            name,
            npos,
            if npos == 1 { "" } else { "s" },
            np
        )));
    }
    bind(vm, name, a, names, required, 0)
}

/// Checks that an unbound builtin method got a receiver of its own type, with CPython's
/// messages for slot wrappers and for method descriptors.
pub fn check_receiver(vm: &Vm, name: &str, recv: &PyRef, owner: &PyRef) -> PyResult<()> {
    if recv.class().is(owner) || crate::object::typeobj::is_subtype(recv.class(), owner) {
        return Ok(());
    }
    let oname = owner.type_data().name.borrow().clone();
    Err(
        vm.type_error(if crate::objects::descr::is_slot_wrapper_name(name) {
            format!(
                "descriptor '{}' requires a '{}' object but received a '{}'",
                name,
                oname,
                recv.type_name()
            )
        } else {
            format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                name,
                oname,
                recv.type_name()
            )
        }),
    )
}

/// The receiver of a method: args[0].
pub fn this<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a PyRef> {
    args.args
        .first()
        .ok_or_else(|| vm.type_error("descriptor needs an argument"))
}

/// An index argument (`__index__`) as i64, with the overflow message of CPython's
/// `Py_ssize_t` argument converter.
pub fn to_i64(vm: &Vm, o: &PyRef) -> PyResult<i64> {
    match ssize_opt(vm, o)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            o.type_name()
        ))),
    }
}

/// `__index__` of a `Py_ssize_t` argument: `None` without `__index__`; an int that does
/// not fit raises "Python int too large to convert to C ssize_t" (the subscript wording,
/// "cannot fit ... into an index-sized integer", belongs to `Vm::index_opt`).
pub fn ssize_opt(vm: &Vm, o: &PyRef) -> PyResult<Option<i64>> {
    match vm.index_opt(o) {
        Err(e) if vm.exc_matches(&e, &vm.exc.overflow_error) => {
            Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        other => other,
    }
}

/// An argument that must be a str.
pub fn to_str<'a>(vm: &Vm, o: &'a PyRef, what: &str) -> PyResult<&'a str> {
    crate::objects::str::obj_utf8(vm, o).unwrap_or_else(|| {
        Err(vm.type_error(format!("{} must be str, not {}", what, o.type_name())))
    })
}

/// Whether `cls` still gets its `name` slot from the builtin implementation `f`: CPython
/// refuses keywords to `list()`, `tuple()`… only when a subclass has not replaced the
/// relevant `__new__`/`__init__` (`type->tp_new == PyList_Type.tp_new`).
pub fn uses_builtin_slot(cls: &PyRef, name: &PyRef, f: NativeFn) -> bool {
    matches!(crate::object::typeobj::type_lookup(cls, name).as_ref().map(|m| &m.payload),
        Some(Payload::NativeFunction(nf)) if nf.func as *const () == f as *const ())
}
