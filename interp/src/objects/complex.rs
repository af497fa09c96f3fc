//! `complex`: arithmetic, comparison (== only), repr, construction.

use crate::object::payload::*;
use crate::object::typeobj::type_lookup;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

/// The value of a number as complex (None for non-numbers).
pub fn to_complex(vm: &Vm, o: &PyRef) -> PyResult<Option<(f64, f64)>> {
    match &o.payload {
        Payload::Complex(r, i) => Ok(Some((*r, *i))),
        _ => Ok(crate::objects::float::to_f64(vm, o)?.map(|f| (f, 0.0))),
    }
}

pub fn complex_div(vm: &Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (ar, ai) = a;
    let (br, bi) = b;
    if br == 0.0 && bi == 0.0 {
        return Err(vm.zero_division_error("complex division by zero"));
    }
    // Smith's algorithm, as CPython's _Py_c_quot.
    let abs_br = br.abs();
    let abs_bi = bi.abs();
    if abs_br >= abs_bi {
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Ok(((ar + ai * ratio) / denom, (ai - ar * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Ok(((ar * ratio + ai) / denom, (ai * ratio - ar) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

pub fn complex_pow_values(vm: &Vm, a: (f64, f64), b: (f64, f64)) -> PyResult {
    let r = complex_pow(vm, a, b)?;
    Ok(vm.new_complex(r.0, r.1))
}

/// A binary operation on two complex values given as `(real, imag)` pairs.
type ComplexBinary = fn(&Vm, (f64, f64), (f64, f64)) -> PyResult<(f64, f64)>;

fn complex_pow(vm: &Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(vm.zero_division_error("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    // Integer exponents use repeated multiplication like CPython (c_powi).
    if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let mut result = (1.0, 0.0);
        let mut base = a;
        let mut e = n.unsigned_abs();
        while e > 0 {
            if e & 1 == 1 {
                result = mul(result, base);
            }
            base = mul(base, base);
            e >>= 1;
        }
        if n < 0 {
            return complex_div(vm, (1.0, 0.0), result);
        }
        return Ok(result);
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    let r = (len * phase.cos(), len * phase.sin());
    if !r.0.is_finite() || !r.1.is_finite() {
        return Err(vm.overflow_error("complex exponentiation"));
    }
    Ok(r)
}

fn mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

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
fn mulf(_: &Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    Ok(mul(a, b))
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
    binop(vm, a, false, mulf)
}
fn c_rmul(vm: &Vm, a: Args) -> PyResult {
    binop(vm, a, true, mulf)
}
fn c_div(vm: &Vm, a: Args) -> PyResult {
    binop(vm, a, false, complex_div)
}
fn c_rdiv(vm: &Vm, a: Args) -> PyResult {
    binop(vm, a, true, complex_div)
}
fn c_pow(vm: &Vm, a: Args) -> PyResult {
    if a.args.len() == 3 && !vm.is_none(&a.args[2]) {
        return Err(vm.value_error("complex modulo"));
    }
    binop(vm, a, false, complex_pow)
}
fn c_rpow(vm: &Vm, a: Args) -> PyResult {
    binop(vm, a, true, complex_pow)
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
    let r = x.0.hypot(x.1);
    if r.is_infinite() && x.0.is_finite() && x.1.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
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
    let hr = crate::objects::float::hash_float(x.0, this);
    let hi = crate::objects::float::hash_float(x.1, this);
    let h = hr.wrapping_add(1000003i64.wrapping_mul(hi));
    Ok(vm.new_int(if h == -1 { -2 } else { h }))
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
    let s = ferropy_primitives::format_spec::parse_format_spec(spec)
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
    let (mut re, mut im) = (0.0, 0.0);
    if let Some(r) = &b[0] {
        if let Payload::Str(s) = &r.payload {
            if b[1].is_some() {
                return Err(vm.type_error("complex() can't take second arg if first is a string"));
            }
            let v = parse_complex(&s.s)
                .ok_or_else(|| vm.value_error("complex() arg is a malformed string"))?;
            return Ok(finish(vm, &cls, v));
        }
        let c = match vm.call_special(r, &vm.names.__complex__, &[])? {
            Some(c) => match c.payload {
                Payload::Complex(x, y) => (x, y),
                _ => {
                    return Err(vm.type_error(format!(
                        "__complex__ returned non-complex (type {})",
                        c.type_name()
                    )))
                }
            },
            None => match to_complex(vm, r)? {
                Some(c) => c,
                None => match vm.call_special(r, &vm.names.__float__, &[])? {
                    Some(f) => (crate::objects::float::float_from_object(vm, &f)?, 0.0),
                    // Like PyFloat_AsDouble, fall back to __index__.
                    None if type_lookup(r.class(), &vm.names.__index__).is_some() => {
                        let i = vm.index(r)?;
                        (crate::objects::float::float_from_object(vm, &i)?, 0.0)
                    }
                    None => {
                        return Err(vm.type_error(format!(
                            "complex() first argument must be a string or a number, not '{}'",
                            r.type_name()
                        )))
                    }
                },
            },
        };
        re = c.0;
        im = c.1;
    }
    if let Some(i) = &b[1] {
        let c = match to_complex(vm, i)? {
            Some(c) => c,
            None => {
                return Err(vm.type_error(format!(
                    "complex() second argument must be a number, not '{}'",
                    i.type_name()
                )))
            }
        };
        re -= c.1;
        im += c.0;
    }
    Ok(finish(vm, &cls, (re, im)))
}

fn finish(vm: &Vm, cls: &PyRef, v: (f64, f64)) -> PyRef {
    if cls.is(&vm.types.complex) {
        vm.new_complex(v.0, v.1)
    } else {
        vm.new_object_of(cls, Payload::Complex(v.0, v.1))
    }
}

fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let mut t = s.trim();
    if t.starts_with('(') && t.ends_with(')') {
        t = t[1..t.len() - 1].trim();
    }
    if t.is_empty() {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    if let Some(body) = lower.strip_suffix('j') {
        // Split at the last sign that is not part of an exponent.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && bytes[i - 1] != b'e' {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (&body[..i], &body[i..]),
            None => ("", body),
        };
        let im_v = match im {
            "" | "+" => 1.0,
            "-" => -1.0,
            x => crate::objects::float::parse_float_text(x)?,
        };
        let re_v = if re.is_empty() {
            0.0
        } else {
            crate::objects::float::parse_float_text(re)?
        };
        return Some((re_v, im_v));
    }
    Some((crate::objects::float::parse_float_text(&lower)?, 0.0))
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
    crate::objects::descr::add_getset(vm, t, "real", get_real, None);
    crate::objects::descr::add_getset(vm, t, "imag", get_imag, None);
}
