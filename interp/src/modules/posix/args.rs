//! Argument conventions of CPython's `posix` functions, each with its own error messages:
//! METH_NOARGS (`posix.getpid() takes no arguments (1 given)`), METH_O
//! (`posix.dup() takes exactly one argument (0 given)`), positional-only Argument Clinic
//! (`read expected 2 arguments, got 1`), old-style tuples (`kill() takes exactly 2
//! arguments (1 given)`) and keyword-capable Argument Clinic (`stat() missing required
//! argument 'path' (pos 1)`); plus the C integer converters (`int`, `long`, `uid_t`...).

use num_traits::ToPrimitive;

use crate::modules::user_args;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

fn no_keywords(vm: &Vm, name: &str) -> PyErr {
    vm.type_error(format!("posix.{}() takes no keyword arguments", name))
}

/// A METH_NOARGS function.
pub fn noargs(vm: &Vm, name: &str, a: Args) -> PyResult<()> {
    let a = user_args(a);
    if a.has_kw() {
        return Err(no_keywords(vm, name));
    }
    if !a.args.is_empty() {
        return Err(vm.type_error(format!(
            "posix.{}() takes no arguments ({} given)",
            name,
            a.args.len()
        )));
    }
    Ok(())
}

/// A METH_O function: its one argument.
pub fn one(vm: &Vm, name: &str, a: Args) -> PyResult<PyRef> {
    let a = user_args(a);
    if a.has_kw() {
        return Err(no_keywords(vm, name));
    }
    if a.args.len() != 1 {
        return Err(vm.type_error(format!(
            "posix.{}() takes exactly one argument ({} given)",
            name,
            a.args.len()
        )));
    }
    Ok(a.args[0].clone())
}

/// Positional-only Argument Clinic parameters (`_PyArg_CheckPositional`).
pub fn positional<'a>(
    vm: &Vm,
    name: &str,
    a: Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [PyRef]> {
    let a = user_args(a);
    if a.has_kw() {
        return Err(no_keywords(vm, name));
    }
    let n = a.args.len();
    let s = |k: usize| if k == 1 { "" } else { "s" };
    let msg = if min == max && n != min {
        format!("{} expected {} argument{}, got {}", name, min, s(min), n)
    } else if n < min {
        format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            s(min),
            n
        )
    } else if n > max {
        format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            s(max),
            n
        )
    } else {
        return Ok(a.args);
    };
    Err(vm.type_error(msg))
}

/// An old-style `PyArg_ParseTuple` function of exactly `n` arguments.
pub fn tuple<'a>(vm: &Vm, name: &str, a: Args<'a>, n: usize) -> PyResult<&'a [PyRef]> {
    let a = user_args(a);
    if a.has_kw() {
        return Err(no_keywords(vm, name));
    }
    if a.args.len() != n {
        return Err(vm.type_error(format!(
            "{}() takes exactly {} argument{} ({} given)",
            name,
            n,
            if n == 1 { "" } else { "s" },
            a.args.len()
        )));
    }
    Ok(a.args)
}

/// A keyword-capable Argument Clinic signature: `names` in order, the first `posonly`
/// positional-only, at most `maxpos` given positionally (the rest keyword-only), the
/// first `required` required.
pub struct Clinic {
    pub names: &'static [&'static str],
    pub posonly: usize,
    pub maxpos: usize,
    pub required: usize,
}

/// Binds `a` to the signature, in the order CPython's `_PyArg_UnpackKeywords` checks.
pub fn clinic(vm: &Vm, name: &str, sig: &Clinic, a: Args) -> PyResult<Vec<Option<PyRef>>> {
    let a = user_args(a);
    let pos = a.pos();
    let total = a.args.len();
    let maxargs = sig.names.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if total > maxargs {
        // CPython says "keyword argument" when nothing was positional (bpo-31229).
        return Err(vm.type_error(format!(
            "{}() takes at most {} {}argument{} ({} given)",
            name,
            maxargs,
            if pos.is_empty() { "keyword " } else { "" },
            plural(maxargs),
            total
        )));
    }
    if pos.len() > sig.maxpos {
        let minpos = sig.required.min(sig.maxpos);
        return Err(vm.type_error(if sig.maxpos == 0 {
            format!("{}() takes no positional arguments", name)
        } else {
            format!(
                "{}() takes {} {} positional argument{} ({} given)",
                name,
                if minpos < sig.maxpos {
                    "at most"
                } else {
                    "exactly"
                },
                sig.maxpos,
                plural(sig.maxpos),
                pos.len()
            )
        }));
    }
    let mut out: Vec<Option<PyRef>> = vec![None; maxargs];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    let mut used = vec![false; a.kwnames.len()];
    for (i, slot) in out.iter_mut().enumerate() {
        if slot.is_none() && i >= sig.posonly {
            for (k, (kn, v)) in a.kwnames.iter().zip(a.kwvalues()).enumerate() {
                if vm.str_of(kn) == Some(sig.names[i]) {
                    *slot = Some(v.clone());
                    used[k] = true;
                }
            }
        }
        if slot.is_none() && i < sig.required {
            return Err(if i < sig.posonly {
                vm.type_error(format!(
                    "{}() takes at least {} positional argument{} ({} given)",
                    name,
                    sig.posonly,
                    plural(sig.posonly),
                    pos.len()
                ))
            } else {
                vm.type_error(format!(
                    "{}() missing required argument '{}' (pos {})",
                    name,
                    sig.names[i],
                    i + 1
                ))
            });
        }
    }
    for (k, kn) in a.kwnames.iter().enumerate() {
        if used[k] {
            continue;
        }
        let kname = vm.str_of(kn).unwrap_or("");
        if let Some(i) = sig.names[..pos.len()]
            .iter()
            .position(|n| *n == kname)
            .filter(|i| *i >= sig.posonly)
        {
            return Err(vm.type_error(format!(
                "argument for {}() given by name ('{}') and position ({})",
                name,
                kname,
                i + 1
            )));
        }
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for {}()",
            kname, name
        )));
    }
    Ok(out)
}

// ---- integer converters ----

/// An integer argument (`__index__`) as i128; `None` for ints beyond that range.
fn index_i128(vm: &Vm, o: &PyRef) -> PyResult<Option<i128>> {
    if matches!(o.payload, Payload::Float(_)) {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            o.type_name()
        )));
    }
    let i = vm.index(o)?;
    Ok(match &i.payload {
        Payload::Int(v) => Some(*v as i128),
        Payload::BigInt(b) => b.to_i128(),
        _ => None,
    })
}

/// A C `int` argument.
pub fn c_int(vm: &Vm, o: &PyRef) -> PyResult<i32> {
    match index_i128(vm, o)?.and_then(|v| i32::try_from(v).ok()) {
        Some(v) => Ok(v),
        None => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

/// A C `long` (also `off_t`, `Py_ssize_t`) argument.
pub fn c_long(vm: &Vm, o: &PyRef) -> PyResult<i64> {
    match index_i128(vm, o)?.and_then(|v| i64::try_from(v).ok()) {
        Some(v) => Ok(v),
        None => Err(vm.overflow_error("Python int too large to convert to C long")),
    }
}

/// A `Py_ssize_t` argument (the message of CPython's ssize_t converter).
pub fn ssize(vm: &Vm, o: &PyRef) -> PyResult<i64> {
    match index_i128(vm, o)?.and_then(|v| i64::try_from(v).ok()) {
        Some(v) => Ok(v),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// A file descriptor argument of a function taking only descriptors.
pub fn fd(vm: &Vm, o: &PyRef) -> PyResult<i32> {
    c_int(vm, o)
}

/// A `uid_t`/`gid_t` argument: -1 means "unchanged"; other negatives are errors.
pub fn id_t(vm: &Vm, o: &PyRef, what: &str) -> PyResult<u32> {
    let v = match index_i128(vm, o) {
        Ok(v) => v,
        Err(e) if vm.exc_matches(&e, &vm.exc.type_error) => {
            return Err(vm.type_error(format!("{} should be integer, not {}", what, o.type_name())))
        }
        Err(e) => return Err(e),
    };
    match v {
        Some(-1) => Ok(u32::MAX),
        Some(v) if (0..u32::MAX as i128).contains(&v) => Ok(v as u32),
        Some(v) if v < 0 => Err(vm.overflow_error(format!("{} is less than minimum", what))),
        _ => Err(vm.overflow_error(format!("{} is greater than maximum", what))),
    }
}

/// An optional `dir_fd` argument: None (or missing) is "relative to the cwd".
pub fn dir_fd(vm: &Vm, o: Option<&PyRef>) -> PyResult<i32> {
    match o {
        None => Ok(super::raw::CWD),
        Some(v) if vm.is_none(v) => Ok(super::raw::CWD),
        Some(v) => {
            if !has_index(vm, v) {
                return Err(vm.type_error(format!(
                    "argument should be integer or None, not {}",
                    v.type_name()
                )));
            }
            fd_value(vm, v)
        }
    }
}

fn has_index(vm: &Vm, o: &PyRef) -> bool {
    matches!(o.payload, Payload::Int(_) | Payload::BigInt(_))
        || crate::object::typeobj::type_lookup(o.class(), &vm.names.__index__).is_some()
}

/// A descriptor given where a path is also allowed: out-of-range values get CPython's
/// "fd is greater than maximum" / "fd is less than minimum".
pub fn fd_value(vm: &Vm, o: &PyRef) -> PyResult<i32> {
    match index_i128(vm, o)? {
        Some(v) if v > i32::MAX as i128 => Err(vm.overflow_error("fd is greater than maximum")),
        Some(v) if v < i32::MIN as i128 => Err(vm.overflow_error("fd is less than minimum")),
        Some(v) => Ok(v as i32),
        None => Err(vm.overflow_error("fd is greater than maximum")),
    }
}

/// A boolean flag argument (`follow_symlinks=`, `effective_ids=`): any object's truth.
pub fn flag(vm: &Vm, o: Option<&PyRef>, default: bool) -> PyResult<bool> {
    match o {
        None => Ok(default),
        Some(v) => vm.is_true(v),
    }
}

/// A zeroed buffer of `n` bytes for a read, or MemoryError when it cannot be allocated.
pub fn buffer(vm: &Vm, n: usize) -> PyResult<Vec<u8>> {
    super::raw::zeroed_buffer(n).ok_or_else(|| vm.memory_error())
}
