//! `complex`: the Python-object layer over `ferropy_primitives::numeric` — operand
//! conversion, arithmetic (`*`, `/`, `**`, `abs` come from the primitives with
//! CPython's algorithms), `==`, hashing, repr/format and construction from numbers and
//! strings.

use ferropy_primitives::numeric::{self as num, ComplexLiteralError};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::objects::int::num_error;
use crate::vm::Vm;

/// The value of a number as complex (None for non-numbers).
pub fn to_complex(vm: &Vm, o: &PyRef) -> PyResult<Option<(f64, f64)>> {
    match &o.payload {
        Payload::Complex(r, i) => Ok(Some((*r, *i))),
        _ => Ok(crate::objects::float::to_f64(vm, o)?.map(|f| (f, 0.0))),
    }
}

/// A binary operation on two complex values given as `(real, imag)` pairs.
type ComplexBinary = fn(&Vm, (f64, f64), (f64, f64)) -> PyResult<(f64, f64)>;

fn this_c(vm: &Vm, args: &Args) -> PyResult<(f64, f64)> {
    match args::this(vm, args)?.payload {
        Payload::Complex(r, i) => Ok((r, i)),
        _ => Err(vm.type_error("descriptor requires a 'complex' object")),
    }
}

fn binop(vm: &Vm, args: Args, reflected: bool, f: ComplexBinary) -> PyResult {
    let a = args::pos(vm, "complex op", args, 2, 3)?;
    let x = this_c(vm, &args)?;
    let y = match to_complex(vm, &a[1])? {
        Some(y) => y,
        None => return Ok(vm.not_implemented()),
    };
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    let v = f(vm, l, r)?;
    Ok(vm.new_complex(v.0, v.1))
}

fn add(_: &Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    Ok((a.0 + b.0, a.1 + b.1))
}
fn sub(_: &Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    Ok((a.0 - b.0, a.1 - b.1))
}
fn mul(_: &Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    Ok(num::complex_mul(a, b))
}
fn div(vm: &Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    num::complex_div(a, b).map_err(|e| num_error(vm, e))
}
fn pow(vm: &Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    num::complex_pow(a, b).map_err(|e| num_error(vm, e))
}

fn c_add(vm: &Vm, a: Args) -> PyResult {
    binop(vm, a, false, add)
}
fn c_radd(vm: &Vm, a: Args) -> PyResult {
    binop(vm, a, true, add)
}
fn c_sub(vm: &Vm, a: Args) -> PyResult {
    binop(vm, a, false, sub)
}
fn c_rsub(vm: &Vm, a: Args) -> PyResult {
    binop(vm, a, true, sub)
}
fn c_mul(vm: &Vm, a: Args) -> PyResult {
    binop(vm, a, false, mul)
}
fn c_rmul(vm: &Vm, a: Args) -> PyResult {
    binop(vm, a, true, mul)
}
fn c_div(vm: &Vm, a: Args) -> PyResult {
    binop(vm, a, false, div)
}
fn c_rdiv(vm: &Vm, a: Args) -> PyResult {
    binop(vm, a, true, div)
}
fn c_pow(vm: &Vm, a: Args) -> PyResult {
    if a.args.len() == 3 && !vm.is_none(&a.args[2]) {
        return Err(vm.value_error("complex modulo"));
    }
    binop(vm, a, false, pow)
}
fn c_rpow(vm: &Vm, a: Args) -> PyResult {
    binop(vm, a, true, pow)
}
fn c_neg(vm: &Vm, a: Args) -> PyResult {
    let x = this_c(vm, &a)?;
    Ok(vm.new_complex(-x.0, -x.1))
}
fn c_pos(vm: &Vm, a: Args) -> PyResult {
    let x = this_c(vm, &a)?;
    Ok(vm.new_complex(x.0, x.1))
}
fn c_abs(vm: &Vm, a: Args) -> PyResult {
    let x = this_c(vm, &a)?;
    let r = num::complex_abs(x).map_err(|e| num_error(vm, e))?;
    Ok(vm.new_float(r))
}
fn c_bool(vm: &Vm, a: Args) -> PyResult {
    let x = this_c(vm, &a)?;
    Ok(vm.new_bool(x.0 != 0.0 || x.1 != 0.0))
}
fn c_eq(vm: &Vm, a: Args) -> PyResult {
    let x = this_c(vm, &a)?;
    let other = &a.args[1];
    match &other.payload {
        Payload::Int(_) | Payload::BigInt(_) => {
            if x.1 != 0.0 {
                return Ok(vm.new_bool(false));
            }
            let o = crate::objects::float::compare_int_float(other, x.0);
            Ok(vm.new_bool(o == Some(std::cmp::Ordering::Equal)))
        }
        _ => match to_complex(vm, other)? {
            Some(y) => Ok(vm.new_bool(x == y)),
            None => Ok(vm.not_implemented()),
        },
    }
}
fn c_ne(vm: &Vm, a: Args) -> PyResult {
    let r = c_eq(vm, a)?;
    if vm.is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(vm.new_bool(!vm.is_true(&r)?))
}
fn c_hash(vm: &Vm, a: Args) -> PyResult {
    let this = args::this(vm, &a)?;
    let x = this_c(vm, &a)?;
    let nan_hash = if x.0.is_nan() || x.1.is_nan() {
        crate::vm::protocol::id_hash(this)
    } else {
        0
    };
    Ok(vm.new_int(num::hash_complex(x.0, x.1, nan_hash)))
}
fn c_conjugate(vm: &Vm, a: Args) -> PyResult {
    let x = this_c(vm, &a)?;
    Ok(vm.new_complex(x.0, -x.1))
}
fn c_repr(vm: &Vm, a: Args) -> PyResult {
    let x = this_c(vm, &a)?;
    Ok(vm.new_string(ferropy_primitives::format_spec::complex_repr(x.0, x.1)))
}
fn c_format(vm: &Vm, a: Args) -> PyResult {
    let x = this_c(vm, &a)?;
    let spec = args::to_str(vm, &a.args[1], "format_spec")?;
    if spec.is_empty() {
        return Ok(vm.new_string(ferropy_primitives::format_spec::complex_repr(x.0, x.1)));
    }
    let tname = a.args[0].type_name();
    let s = ferropy_primitives::format_spec::parse_format_spec_for(spec, &tname)
        .and_then(|fs| ferropy_primitives::format_spec::format_complex(x.0, x.1, &fs))
        .map_err(|e| crate::objects::str::format_error(vm, e))?;
    Ok(vm.new_string(s))
}
fn get_real(vm: &Vm, this: &PyRef) -> PyResult {
    match this.payload {
        Payload::Complex(r, _) => Ok(vm.new_float(r)),
        _ => Ok(vm.new_float(0.0)),
    }
}
fn get_imag(vm: &Vm, this: &PyRef) -> PyResult {
    match this.payload {
        Payload::Complex(_, i) => Ok(vm.new_float(i)),
        _ => Ok(vm.new_float(0.0)),
    }
}

/// Whether `o` can be a part of `complex(real, imag)`: a complex, or a number with
/// `__float__` or `__index__`.
fn is_complex_part(vm: &Vm, o: &PyRef) -> bool {
    use crate::object::typeobj::type_lookup;
    matches!(
        o.payload,
        Payload::Int(_) | Payload::BigInt(_) | Payload::Float(_) | Payload::Complex(..)
    ) || type_lookup(o.class(), &vm.names.__float__).is_some()
        || type_lookup(o.class(), &vm.names.__index__).is_some()
}

/// A part of `complex(real, imag)` as (value, whether it was complex).
fn complex_part(vm: &Vm, o: &PyRef) -> PyResult<((f64, f64), bool)> {
    match o.payload {
        Payload::Complex(r, i) => Ok(((r, i), true)),
        _ => Ok((
            (crate::objects::float::float_from_object(vm, o)?, 0.0),
            false,
        )),
    }
}

fn complex_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    let b = args::bind(
        vm,
        "complex",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["real", "imag"],
        0,
        0,
    )?;
    let r = match &b[0] {
        Some(r) => r.clone(),
        None => vm.new_int(0),
    };
    if let Payload::Str(s) = &r.payload {
        if b[1].is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        let v = num::parse_complex(&s.lossy()).map_err(|e| match e {
            ComplexLiteralError::Malformed => vm.value_error("complex() arg is a malformed string"),
            ComplexLiteralError::Underscore => match vm.repr_str(&r) {
                Ok(shown) => {
                    vm.value_error(format!("could not convert string to complex: {}", shown))
                }
                Err(e) => e,
            },
        })?;
        return Ok(finish(vm, &cls, v));
    }
    if let Some(i) = &b[1] {
        if matches!(i.payload, Payload::Str(_)) {
            return Err(vm.type_error("complex() second arg can't be a string"));
        }
    }
    let r = match vm.call_special(&r, &vm.names.__complex__, &[])? {
        Some(c) if matches!(c.payload, Payload::Complex(..)) => c,
        Some(c) => {
            return Err(vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                c.type_name()
            )))
        }
        None => r,
    };
    if !is_complex_part(vm, &r) {
        return Err(vm.type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            r.type_name()
        )));
    }
    if let Some(i) = &b[1] {
        if !is_complex_part(vm, i) {
            return Err(vm.type_error(format!(
                "complex() second argument must be a number, not '{}'",
                i.type_name()
            )));
        }
    }
    let (cr, cr_is_complex) = complex_part(vm, &r)?;
    let (value, ci_is_complex) = match &b[1] {
        None => return Ok(finish(vm, &cls, cr)),
        Some(i) => complex_part(vm, i)?,
    };
    let mut real = cr.0;
    let mut imag = value.0;
    if ci_is_complex {
        real -= value.1;
    }
    if cr_is_complex {
        imag += cr.1;
    }
    Ok(finish(vm, &cls, (real, imag)))
}

fn finish(vm: &Vm, cls: &PyRef, v: (f64, f64)) -> PyRef {
    if cls.is(&vm.types.complex) {
        vm.new_complex(v.0, v.1)
    } else {
        vm.new_object_of(cls, Payload::Complex(v.0, v.1))
    }
}

pub fn init(vm: &Vm) {
    let t = &vm.types.complex;
    crate::objects::add_methods(
        vm,
        t,
        &[
            ("__add__", c_add),
            ("__radd__", c_radd),
            ("__sub__", c_sub),
            ("__rsub__", c_rsub),
            ("__mul__", c_mul),
            ("__rmul__", c_rmul),
            ("__truediv__", c_div),
            ("__rtruediv__", c_rdiv),
            ("__pow__", c_pow),
            ("__rpow__", c_rpow),
            ("__neg__", c_neg),
            ("__pos__", c_pos),
            ("__abs__", c_abs),
            ("__bool__", c_bool),
            ("__eq__", c_eq),
            ("__ne__", c_ne),
            ("__hash__", c_hash),
            ("__repr__", c_repr),
            ("__format__", c_format),
            ("conjugate", c_conjugate),
        ],
    );
    crate::objects::add_native(vm, t, "__new__", complex_new, NativeKind::StaticMethod);
    crate::objects::add_attr(vm, t, "__doc__", vm.new_str("Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0."));
    crate::objects::descr::add_member(vm, t, "real", get_real, None);
    crate::objects::descr::add_member(vm, t, "imag", get_imag, None);
}
