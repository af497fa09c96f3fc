//! The `math` module: argument conversion and CPython's error mapping around the
//! numeric kernels in `ferropy_primitives::math`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

fn strip(args: Args) -> Args {
    Args::with_kw(&args.args[1..], args.kwnames)
}

/// A float argument (ints converted exactly when small, via __float__/__index__).
fn f(vm: &Vm, o: &PyRef) -> PyResult<f64> {
    match &o.payload {
        Payload::Float(x) => Ok(*x),
        Payload::Int(i) => Ok(*i as f64),
        Payload::BigInt(b) => crate::objects::int::big_to_f64(vm, b),
        _ => crate::objects::float::float_from_object(vm, o),
    }
}

fn domain(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}

fn range(vm: &Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// Applies CPython's libm error rules: NaN from non-NaN input is a domain error,
/// infinity from finite input a range error.
fn checked(vm: &Vm, x: f64, r: f64, can_overflow: bool) -> PyResult {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(vm) } else { domain(vm) });
    }
    Ok(vm.new_float(r))
}

macro_rules! unary {
    ($($name:ident => $body:expr, $ovf:expr);* $(;)?) => {
        $(
            fn $name(vm: &Vm, args: Args) -> PyResult {
                let a = args::pos(vm, stringify!($name), strip(args), 1, 1)?;
                let x = f(vm, &a[0])?;
                let g: fn(f64) -> f64 = $body;
                checked(vm, x, g(x), $ovf)
            }
        )*
    };
}

unary! {
    sin => f64::sin, false;
    cos => f64::cos, false;
    tan => f64::tan, false;
    asin => f64::asin, false;
    acos => f64::acos, false;
    atan => f64::atan, false;
    sinh => f64::sinh, true;
    cosh => f64::cosh, true;
    tanh => f64::tanh, false;
    asinh => f64::asinh, false;
    acosh => f64::acosh, false;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    fabs => f64::abs, false;
    cbrt => f64::cbrt, false;
    erf => erf_impl, false;
    erfc => erfc_impl, false;
    degrees => f64::to_degrees, true;
    radians => f64::to_radians, false;
}

fn atanh(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "atanh", strip(args), 1, 1)?;
    let x = f(vm, &a[0])?;
    if x.abs() >= 1.0 {
        return Err(domain(vm));
    }
    Ok(vm.new_float(x.atanh()))
}

fn sqrt(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "sqrt", strip(args), 1, 1)?;
    let x = f(vm, &a[0])?;
    if x < 0.0 {
        return Err(domain(vm));
    }
    Ok(vm.new_float(x.sqrt()))
}

fn log_of(vm: &Vm, o: &PyRef) -> PyResult<f64> {
    // Big ints: log works beyond the float range (log(10**1000)).
    if let Payload::BigInt(b) = &o.payload {
        if !b.is_positive() {
            return Err(domain(vm));
        }
        let bits = b.bits() as i64;
        if bits > 1000 {
            // As CPython: x = m * 2**e with m in [0.5, 1), log(x) = log(m) + log(2) * e.
            let top = (&**b >> (bits - 64) as usize).to_f64().unwrap_or(1.0);
            let m = top / 2f64.powi(64);
            return Ok(m.ln() + 2f64.ln() * bits as f64);
        }
    }
    let x = f(vm, o)?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(x.ln())
}

fn log(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "log", strip(args), 1, 2)?;
    let num = log_of(vm, &a[0])?;
    match a.get(1) {
        None => Ok(vm.new_float(num)),
        Some(b) => {
            let den = log_of(vm, b)?;
            if den == 0.0 {
                return Err(vm.zero_division_error("float division by zero"));
            }
            Ok(vm.new_float(num / den))
        }
    }
}

fn log2(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "log2", strip(args), 1, 1)?;
    Ok(vm.new_float(log_of(vm, &a[0])? / std::f64::consts::LN_2))
}

fn log10(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "log10", strip(args), 1, 1)?;
    if let Payload::Float(x) = a[0].payload {
        if x > 0.0 {
            return Ok(vm.new_float(x.log10()));
        }
    }
    if let Payload::Int(i) = a[0].payload {
        if i > 0 {
            return Ok(vm.new_float((i as f64).log10()));
        }
    }
    Ok(vm.new_float(log_of(vm, &a[0])? / std::f64::consts::LN_10))
}

fn log1p(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "log1p", strip(args), 1, 1)?;
    let x = f(vm, &a[0])?;
    if x <= -1.0 {
        return Err(domain(vm));
    }
    Ok(vm.new_float(x.ln_1p()))
}

fn pow(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "pow", strip(args), 2, 2)?;
    let (x, y) = (f(vm, &a[0])?, f(vm, &a[1])?);
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain(vm));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

fn atan2(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "atan2", strip(args), 2, 2)?;
    Ok(vm.new_float(f(vm, &a[0])?.atan2(f(vm, &a[1])?)))
}

fn hypot(vm: &Vm, args: Args) -> PyResult {
    let a = strip(args).args;
    let mut vals = Vec::with_capacity(a.len());
    for x in a {
        vals.push(f(vm, x)?.abs());
    }
    if vals.iter().any(|v| v.is_infinite()) {
        return Ok(vm.new_float(f64::INFINITY));
    }
    if vals.iter().any(|v| v.is_nan()) {
        return Ok(vm.new_float(f64::NAN));
    }
    let max = vals.iter().cloned().fold(0.0, f64::max);
    if max == 0.0 {
        return Ok(vm.new_float(0.0));
    }
    let s: f64 = vals.iter().map(|v| (v / max) * (v / max)).sum();
    Ok(vm.new_float(max * s.sqrt()))
}

fn dist(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "dist", strip(args), 2, 2)?;
    let p = vm.iterate(&a[0])?;
    let q = vm.iterate(&a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::new();
    for (x, y) in p.iter().zip(q.iter()) {
        diffs.push(vm.new_float(f(vm, x)? - f(vm, y)?));
    }
    let mut v = vec![vm.none()];
    v.extend(diffs);
    hypot(vm, Args::new(&v))
}

fn floor_ceil(vm: &Vm, o: &PyRef, name: &PyRef, op: fn(f64) -> f64) -> PyResult {
    match &o.payload {
        Payload::Int(_) | Payload::BigInt(_) => {
            return Ok(crate::objects::int::as_exact_int(vm, o))
        }
        Payload::Float(x) if o.class().is(&vm.types.float) => {
            return crate::objects::int::float_to_int(vm, op(*x))
        }
        _ => {}
    }
    if let Some(r) = vm.call_special(o, name, &[])? {
        return Ok(r);
    }
    crate::objects::int::float_to_int(vm, op(f(vm, o)?))
}

fn floor(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "floor", strip(args), 1, 1)?;
    floor_ceil(vm, &a[0], &vm.names.__floor__, f64::floor)
}

fn ceil(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "ceil", strip(args), 1, 1)?;
    floor_ceil(vm, &a[0], &vm.names.__ceil__, f64::ceil)
}

fn trunc(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "trunc", strip(args), 1, 1)?;
    if let Some(r) = vm.call_special(&a[0], &vm.names.__trunc__, &[])? {
        return Ok(r);
    }
    Err(vm.type_error(format!(
        "type {} doesn't define __trunc__ method",
        a[0].type_name()
    )))
}

fn fmod(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "fmod", strip(args), 2, 2)?;
    let (x, y) = (f(vm, &a[0])?, f(vm, &a[1])?);
    if y == 0.0 && !x.is_nan() || x.is_infinite() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(vm.new_float(x % y))
}

fn remainder(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "remainder", strip(args), 2, 2)?;
    let (x, y) = (f(vm, &a[0])?, f(vm, &a[1])?);
    if x.is_nan() || y.is_nan() {
        return Ok(vm.new_float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(vm.new_float(x));
    }
    let n = (x / y).round();
    let n = if ((x / y) - (x / y).trunc()).abs() == 0.5 {
        2.0 * ((x / y) / 2.0).round()
    } else {
        n
    };
    Ok(vm.new_float(x - n * y))
}

fn copysign(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "copysign", strip(args), 2, 2)?;
    Ok(vm.new_float(f(vm, &a[0])?.copysign(f(vm, &a[1])?)))
}

fn isfinite(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "isfinite", strip(args), 1, 1)?;
    Ok(vm.new_bool(f(vm, &a[0])?.is_finite()))
}
fn isinf(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "isinf", strip(args), 1, 1)?;
    Ok(vm.new_bool(f(vm, &a[0])?.is_infinite()))
}
fn isnan(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "isnan", strip(args), 1, 1)?;
    Ok(vm.new_bool(f(vm, &a[0])?.is_nan()))
}

fn isclose(vm: &Vm, args: Args) -> PyResult {
    let b = args::bind(
        vm,
        "isclose",
        strip(args),
        &["a", "b", "rel_tol", "abs_tol"],
        2,
        2,
    )?;
    let x = f(vm, b[0].as_ref().unwrap())?;
    let y = f(vm, b[1].as_ref().unwrap())?;
    let rel = match &b[2] {
        Some(r) => f(vm, r)?,
        None => 1e-9,
    };
    let abs = match &b[3] {
        Some(r) => f(vm, r)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(vm.new_bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(vm.new_bool(false));
    }
    let diff = (y - x).abs();
    Ok(vm.new_bool(diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs))
}

fn frexp_m(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "frexp", strip(args), 1, 1)?;
    let x = f(vm, &a[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.new_tuple(vec![vm.new_float(x), vm.new_int(0)]));
    }
    let e = x.abs().log2().floor() as i32 + 1;
    let mut m = x / 2f64.powi(e);
    let mut e = e;
    if m.abs() >= 1.0 {
        m /= 2.0;
        e += 1;
    }
    if m.abs() < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    Ok(vm.new_tuple(vec![vm.new_float(m), vm.new_int(e as i64)]))
}

fn ldexp(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "ldexp", strip(args), 2, 2)?;
    let x = f(vm, &a[0])?;
    let e = match &a[1].payload {
        Payload::Int(i) => *i,
        Payload::BigInt(b) => {
            if b.is_negative() {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }
        }
        _ => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.new_float(x));
    }
    let e = e.clamp(-2200, 2200) as i32;
    let mut r = x;
    let mut rem = e;
    while rem != 0 {
        let step = rem.clamp(-1000, 1000);
        r *= 2f64.powi(step);
        rem -= step;
    }
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

fn modf(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "modf", strip(args), 1, 1)?;
    let x = f(vm, &a[0])?;
    if x.is_infinite() {
        return Ok(vm.new_tuple(vec![vm.new_float(0.0f64.copysign(x)), vm.new_float(x)]));
    }
    Ok(vm.new_tuple(vec![vm.new_float(x.fract()), vm.new_float(x.trunc())]))
}

fn fsum(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "fsum", strip(args), 1, 1)?;
    let mut values = Vec::new();
    for item in vm.iterate(&a[0])? {
        values.push(f(vm, &item)?);
    }
    ferropy_primitives::math::fsum(values)
        .map(|x| vm.new_float(x))
        .map_err(|e| math_error(vm, e))
}

/// The Python exception for a kernel error from `ferropy_primitives::math`.
fn math_error(vm: &Vm, e: ferropy_primitives::math::MathError) -> PyErr {
    use ferropy_primitives::math::MathError;
    match e {
        MathError::Domain => vm.value_error("math domain error"),
        MathError::Range => vm.overflow_error("math range error"),
        MathError::Value(m) => vm.value_error(m),
        MathError::Overflow(m) => vm.overflow_error(m),
        MathError::ZeroDivision(m) => vm.zero_division_error(m),
    }
}

fn int_arg(vm: &Vm, o: &PyRef, fname: &str) -> PyResult<BigInt> {
    match &o.payload {
        Payload::Int(_) | Payload::BigInt(_) => Ok(crate::objects::int::to_bigint(o).unwrap()),
        Payload::Float(_) => {
            let _ = fname;
            Err(vm.type_error("'float' object cannot be interpreted as an integer"))
        }
        _ => {
            let i = vm.index(o)?;
            Ok(crate::objects::int::to_bigint(&i).unwrap())
        }
    }
}

fn factorial(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "factorial", strip(args), 1, 1)?;
    let n = int_arg(vm, &a[0], "factorial")?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| {
        vm.overflow_error("factorial() argument should not exceed 9223372036854775807")
    })?;
    let mut r = BigInt::from(1);
    for i in 2..=n {
        r *= i;
    }
    Ok(vm.new_bigint(r))
}

fn gcd(vm: &Vm, args: Args) -> PyResult {
    let mut r = BigInt::zero();
    for x in strip(args).args {
        let v = int_arg(vm, x, "gcd")?;
        r = num_integer::Integer::gcd(&r, &v);
    }
    Ok(vm.new_bigint(r))
}

fn lcm(vm: &Vm, args: Args) -> PyResult {
    let mut r = BigInt::from(1);
    for x in strip(args).args {
        let v = int_arg(vm, x, "lcm")?;
        if v.is_zero() {
            return Ok(vm.new_int(0));
        }
        r = num_integer::Integer::lcm(&r, &v);
    }
    Ok(vm.new_bigint(r.abs()))
}

fn isqrt(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "isqrt", strip(args), 1, 1)?;
    let n = int_arg(vm, &a[0], "isqrt")?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

fn comb(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "comb", strip(args), 2, 2)?;
    let n = int_arg(vm, &a[0], "comb")?;
    let k = int_arg(vm, &a[1], "comb")?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(vm.new_int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k)
        .to_u64()
        .ok_or_else(|| vm.overflow_error("min(n - k, k) must not exceed 9223372036854775807"))?;
    let mut r = BigInt::from(1);
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(vm.new_bigint(r))
}

fn perm(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "perm", strip(args), 1, 2)?;
    let n = int_arg(vm, &a[0], "perm")?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    let k = match a.get(1) {
        Some(k) if !vm.is_none(k) => int_arg(vm, k, "perm")?,
        _ => n.clone(),
    };
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(vm.new_int(0));
    }
    let k = k
        .to_u64()
        .ok_or_else(|| vm.overflow_error("k must not exceed 9223372036854775807"))?;
    let mut r = BigInt::from(1);
    for i in 0..k {
        r *= &n - i;
    }
    Ok(vm.new_bigint(r))
}

fn prod(vm: &Vm, args: Args) -> PyResult {
    let b = args::bind(vm, "prod", strip(args), &["iterable", "start"], 1, 1)?;
    let mut acc = b[1].clone().unwrap_or_else(|| vm.new_int(1));
    for x in vm.iterate(b[0].as_ref().unwrap())? {
        acc = vm.binary_op(&acc, &x, crate::compile::bytecode::BinOp::Mul)?;
    }
    Ok(acc)
}

fn gamma(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "gamma", strip(args), 1, 1)?;
    let x = f(vm, &a[0])?;
    if x.is_nan() {
        return Ok(vm.new_float(x));
    }
    if x == f64::NEG_INFINITY || (x <= 0.0 && x.fract() == 0.0) {
        return Err(domain(vm));
    }
    if x == f64::INFINITY {
        return Ok(vm.new_float(x));
    }
    let r = gamma_impl(x);
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

fn lgamma(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "lgamma", strip(args), 1, 1)?;
    let x = f(vm, &a[0])?;
    if x.is_nan() {
        return Ok(vm.new_float(x));
    }
    if x.is_infinite() {
        return Ok(vm.new_float(f64::INFINITY));
    }
    if x <= 0.0 && x.fract() == 0.0 {
        return Err(domain(vm));
    }
    let r = if x > 0.0 && x < 170.0 {
        gamma_impl(x).abs().ln()
    } else {
        lgamma_stirling(x)
    };
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

/// Lanczos approximation (g = 7, n = 9).
fn gamma_impl(x: f64) -> f64 {
    if x < 0.5 {
        return std::f64::consts::PI / ((std::f64::consts::PI * x).sin() * gamma_impl(1.0 - x));
    }
    if x.fract() == 0.0 && x <= 23.0 {
        let mut r = 1.0;
        let mut i = 2.0;
        while i < x {
            r *= i;
            i += 1.0;
        }
        return r;
    }
    const G: f64 = 7.0;
    const C: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    let x = x - 1.0;
    let mut a = C[0];
    let t = x + G + 0.5;
    for (i, c) in C.iter().enumerate().skip(1) {
        a += c / (x + i as f64);
    }
    (2.0 * std::f64::consts::PI).sqrt() * t.powf(x + 0.5) * (-t).exp() * a
}

fn lgamma_stirling(x: f64) -> f64 {
    if x < 0.5 {
        let s = (std::f64::consts::PI * x).sin().abs();
        return std::f64::consts::PI.ln() - s.ln() - lgamma_stirling(1.0 - x);
    }
    let x2 = x * x;
    (x - 0.5) * x.ln() - x + 0.5 * (2.0 * std::f64::consts::PI).ln() + 1.0 / (12.0 * x)
        - 1.0 / (360.0 * x2 * x)
        + 1.0 / (1260.0 * x2 * x2 * x)
}

fn erf_impl(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.abs() < 1.5 {
        // Taylor series.
        let mut sum = x;
        let mut term = x;
        let x2 = x * x;
        for n in 1..60 {
            term *= -x2 / n as f64;
            let add = term / (2 * n + 1) as f64;
            sum += add;
            if add.abs() < 1e-17 * sum.abs() {
                break;
            }
        }
        return sum * 2.0 / std::f64::consts::PI.sqrt();
    }
    1.0f64.copysign(x) - erfc_tail(x.abs()).copysign(x)
}

fn erfc_impl(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.abs() < 1.5 {
        return 1.0 - erf_impl(x);
    }
    if x > 0.0 {
        erfc_tail(x)
    } else {
        2.0 - erfc_tail(-x)
    }
}

/// erfc for x >= 1.5 by continued fraction.
fn erfc_tail(x: f64) -> f64 {
    let mut f = 0.0;
    for k in (1..60).rev() {
        f = (k as f64 / 2.0) / (x + f);
    }
    (-x * x).exp() / std::f64::consts::PI.sqrt() / (x + f)
}

fn nextafter(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "nextafter", strip(args), 2, 2)?;
    let (x, y) = (f(vm, &a[0])?, f(vm, &a[1])?);
    if x.is_nan() || y.is_nan() {
        return Ok(vm.new_float(f64::NAN));
    }
    if x == y {
        return Ok(vm.new_float(y));
    }
    if x == 0.0 {
        return Ok(vm.new_float(f64::from_bits(1).copysign(y)));
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    Ok(vm.new_float(f64::from_bits(if up { bits + 1 } else { bits - 1 })))
}

fn ulp(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "ulp", strip(args), 1, 1)?;
    let x = f(vm, &a[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(vm.new_float(x));
    }
    if x == f64::MAX {
        return Ok(vm.new_float(x - f64::from_bits(x.to_bits() - 1)));
    }
    Ok(vm.new_float(f64::from_bits(x.to_bits() + 1) - x))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(
        vm,
        "math",
        &[
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("asin", asin),
            ("acos", acos),
            ("atan", atan),
            ("atan2", atan2),
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("asinh", asinh),
            ("acosh", acosh),
            ("atanh", atanh),
            ("exp", exp),
            ("exp2", exp2),
            ("expm1", expm1),
            ("log", log),
            ("log2", log2),
            ("log10", log10),
            ("log1p", log1p),
            ("sqrt", sqrt),
            ("cbrt", cbrt),
            ("pow", pow),
            ("fabs", fabs),
            ("floor", floor),
            ("ceil", ceil),
            ("trunc", trunc),
            ("fmod", fmod),
            ("remainder", remainder),
            ("copysign", copysign),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("isclose", isclose),
            ("frexp", frexp_m),
            ("ldexp", ldexp),
            ("modf", modf),
            ("fsum", fsum),
            ("factorial", factorial),
            ("gcd", gcd),
            ("lcm", lcm),
            ("isqrt", isqrt),
            ("comb", comb),
            ("perm", perm),
            ("prod", prod),
            ("hypot", hypot),
            ("dist", dist),
            ("degrees", degrees),
            ("radians", radians),
            ("erf", erf),
            ("erfc", erfc),
            ("gamma", gamma),
            ("lgamma", lgamma),
            ("nextafter", nextafter),
            ("ulp", ulp),
        ],
    );
    let d = vm.module_dict(&m).unwrap();
    vm.dict_set_str(&d, "pi", vm.new_float(std::f64::consts::PI))?;
    vm.dict_set_str(&d, "e", vm.new_float(std::f64::consts::E))?;
    vm.dict_set_str(&d, "tau", vm.new_float(std::f64::consts::TAU))?;
    vm.dict_set_str(&d, "inf", vm.new_float(f64::INFINITY))?;
    vm.dict_set_str(&d, "nan", vm.new_float(f64::NAN))?;
    Ok(m)
}
