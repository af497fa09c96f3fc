//! The `math` module: argument conversion (`__float__`/`__index__`, iterables,
//! `__floor__`/`__ceil__`/`__trunc__` dispatch, `prod`) and CPython's error mapping
//! around the numeric kernels in `ferropy_primitives::math`, which compute every
//! result.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use ferropy_primitives::math::{self as m, MathError, MathResult};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

fn strip(args: Args) -> Args {
    Args::with_kw(&args.args[1..], args.kwnames)
}

/// The positional arguments of `math.<name>`, with CPython's messages: a one-argument
/// function says "math.sin() takes exactly one argument (0 given)", others
/// "atan2 expected 2 arguments, got 0"; keywords are refused naming `math.<name>()`.
fn pos<'a>(vm: &Vm, name: &str, args: Args<'a>, min: usize, max: usize) -> PyResult<&'a [PyRef]> {
    let args = strip(args);
    if args.has_kw() {
        return Err(vm.type_error(format!("math.{}() takes no keyword arguments", name)));
    }
    let n = args.args.len();
    if n < min || n > max {
        if min == 1 && max == 1 {
            return Err(vm.type_error(format!(
                "math.{}() takes exactly one argument ({} given)",
                name, n
            )));
        }
        return Err(args::arg_count_error(vm, name, n, min, max));
    }
    Ok(args.args)
}

/// The arguments of a variadic `math` function (`gcd`, `lcm`, `hypot`): no keywords.
fn varargs<'a>(vm: &Vm, name: &str, args: Args<'a>) -> PyResult<&'a [PyRef]> {
    pos(vm, name, args, 0, usize::MAX)
}

/// A float argument, read as CPython's `PyFloat_AsDouble` reads it: floats, ints
/// (OverflowError when too large) and objects with `__float__`/`__index__`; anything
/// else, strings included, is "TypeError: must be real number, not X".
fn f(vm: &Vm, o: &PyRef) -> PyResult<f64> {
    match &o.payload {
        Payload::Float(x) => Ok(*x),
        Payload::Int(i) => Ok(*i as f64),
        _ => crate::objects::float::float_from_object(vm, o),
    }
}

/// The Python exception for a kernel error from `ferropy_primitives::math`.
fn math_error(vm: &Vm, e: MathError) -> PyErr {
    match e {
        MathError::Domain => vm.value_error("math domain error"),
        MathError::Range => vm.overflow_error("math range error"),
        MathError::Value(m) => vm.value_error(m),
        MathError::Overflow(m) => vm.overflow_error(m),
        MathError::ZeroDivision(m) => vm.zero_division_error(m),
    }
}

/// A kernel's float result as a Python float, or its error as an exception.
fn float_result(vm: &Vm, r: MathResult<f64>) -> PyResult {
    r.map(|v| vm.new_float(v)).map_err(|e| math_error(vm, e))
}

/// A kernel's int result as a Python int, or its error as an exception.
fn int_result(vm: &Vm, r: MathResult<BigInt>) -> PyResult {
    r.map(|v| vm.new_bigint(v)).map_err(|e| math_error(vm, e))
}

macro_rules! unary {
    ($($name:ident),* $(,)?) => {
        $(
            fn $name(vm: &Vm, args: Args) -> PyResult {
                let a = pos(vm, stringify!($name), args, 1, 1)?;
                let x = f(vm, &a[0])?;
                float_result(vm, m::$name(x))
            }
        )*
    };
}

unary!(
    sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, asinh, acosh, atanh, exp, exp2, expm1, fabs,
    cbrt, sqrt, log1p, erf, erfc, gamma, lgamma, degrees, radians,
);

macro_rules! binary {
    ($($name:ident),* $(,)?) => {
        $(
            fn $name(vm: &Vm, args: Args) -> PyResult {
                let a = pos(vm, stringify!($name), args, 2, 2)?;
                let (x, y) = (f(vm, &a[0])?, f(vm, &a[1])?);
                float_result(vm, m::$name(x, y))
            }
        )*
    };
}

binary!(atan2, pow, fmod, remainder);

/// Which logarithm `log_of` computes.
#[derive(Clone, Copy)]
enum LogBase {
    E,
    Two,
    Ten,
}

/// The logarithm of an argument: ints of any size exactly (CPython's `loghelper`),
/// other numbers as floats.
fn log_of(vm: &Vm, o: &PyRef, base: LogBase) -> PyResult<f64> {
    let r = match &o.payload {
        Payload::Int(_) | Payload::BigInt(_) => {
            let n = crate::objects::int::to_bigint(o).unwrap_or_default();
            match base {
                LogBase::E => m::log_int(&n),
                LogBase::Two => m::log2_int(&n),
                LogBase::Ten => m::log10_int(&n),
            }
        }
        _ => {
            let x = f(vm, o)?;
            match base {
                LogBase::E => m::log(x),
                LogBase::Two => m::log2(x),
                LogBase::Ten => m::log10(x),
            }
        }
    };
    r.map_err(|e| math_error(vm, e))
}

fn log(vm: &Vm, args: Args) -> PyResult {
    let a = strip(args);
    if a.has_kw() {
        return Err(vm.type_error("log() takes no keyword arguments"));
    }
    let a = a.args;
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &a[0], LogBase::E)?;
    match a.get(1) {
        None => Ok(vm.new_float(num)),
        Some(b) => {
            let den = log_of(vm, b, LogBase::E)?;
            float_result(vm, m::log_with_base(num, den))
        }
    }
}

fn log2(vm: &Vm, args: Args) -> PyResult {
    let a = pos(vm, "log2", args, 1, 1)?;
    Ok(vm.new_float(log_of(vm, &a[0], LogBase::Two)?))
}

fn log10(vm: &Vm, args: Args) -> PyResult {
    let a = pos(vm, "log10", args, 1, 1)?;
    Ok(vm.new_float(log_of(vm, &a[0], LogBase::Ten)?))
}

/// The float arguments of `hypot`/`dist`, from an iterable.
fn float_list(vm: &Vm, items: &[PyRef]) -> PyResult<Vec<f64>> {
    items.iter().map(|x| f(vm, x)).collect()
}

fn hypot(vm: &Vm, args: Args) -> PyResult {
    let coordinates = float_list(vm, varargs(vm, "hypot", args)?)?;
    Ok(vm.new_float(m::hypot(&coordinates)))
}

fn dist(vm: &Vm, args: Args) -> PyResult {
    let a = pos(vm, "dist", args, 2, 2)?;
    let p = float_list(vm, &vm.iterate(&a[0])?)?;
    let q = float_list(vm, &vm.iterate(&a[1])?)?;
    float_result(vm, m::dist(&p, &q))
}

/// `floor`/`ceil`: exact floats directly, then the type's `__floor__`/`__ceil__`,
/// then any real number through `__float__`.
fn floor_ceil(
    vm: &Vm,
    o: &PyRef,
    name: &PyRef,
    op: fn(f64) -> Result<BigInt, ferropy_primitives::numeric::NumError>,
) -> PyResult {
    let x = match &o.payload {
        Payload::Float(x) if o.class().is(&vm.types.float) => *x,
        _ => {
            if let Some(r) = vm.call_special(o, name, &[])? {
                return Ok(r);
            }
            f(vm, o)?
        }
    };
    op(x)
        .map(|v| vm.new_bigint(v))
        .map_err(|e| crate::objects::int::num_error(vm, e))
}

fn floor(vm: &Vm, args: Args) -> PyResult {
    let a = pos(vm, "floor", args, 1, 1)?;
    floor_ceil(vm, &a[0], &vm.names.__floor__, m::floor)
}

fn ceil(vm: &Vm, args: Args) -> PyResult {
    let a = pos(vm, "ceil", args, 1, 1)?;
    floor_ceil(vm, &a[0], &vm.names.__ceil__, m::ceil)
}

fn trunc(vm: &Vm, args: Args) -> PyResult {
    let a = pos(vm, "trunc", args, 1, 1)?;
    if let Some(r) = vm.call_special(&a[0], &vm.names.__trunc__, &[])? {
        return Ok(r);
    }
    Err(vm.type_error(format!(
        "type {} doesn't define __trunc__ method",
        a[0].type_name()
    )))
}

fn copysign(vm: &Vm, args: Args) -> PyResult {
    let a = pos(vm, "copysign", args, 2, 2)?;
    Ok(vm.new_float(m::copysign(f(vm, &a[0])?, f(vm, &a[1])?)))
}

fn nextafter(vm: &Vm, args: Args) -> PyResult {
    let a = pos(vm, "nextafter", args, 2, 2)?;
    Ok(vm.new_float(m::nextafter(f(vm, &a[0])?, f(vm, &a[1])?)))
}

fn ulp(vm: &Vm, args: Args) -> PyResult {
    let a = pos(vm, "ulp", args, 1, 1)?;
    Ok(vm.new_float(m::ulp(f(vm, &a[0])?)))
}

macro_rules! predicate {
    ($($name:ident),* $(,)?) => {
        $(
            fn $name(vm: &Vm, args: Args) -> PyResult {
                let a = pos(vm, stringify!($name), args, 1, 1)?;
                Ok(vm.new_bool(m::$name(f(vm, &a[0])?)))
            }
        )*
    };
}

predicate!(isfinite, isinf, isnan);

fn isclose(vm: &Vm, args: Args) -> PyResult {
    let given = args.args.len() - 1;
    let positional = args.pos().len() - 1;
    if given <= 4 && positional > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            positional
        )));
    }
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
    m::isclose(x, y, rel, abs)
        .map(|v| vm.new_bool(v))
        .map_err(|e| math_error(vm, e))
}

fn frexp(vm: &Vm, args: Args) -> PyResult {
    let a = pos(vm, "frexp", args, 1, 1)?;
    let (mantissa, exponent) = m::frexp(f(vm, &a[0])?);
    Ok(vm.new_tuple(vec![
        vm.new_float(mantissa),
        vm.new_int(i64::from(exponent)),
    ]))
}

fn ldexp(vm: &Vm, args: Args) -> PyResult {
    let a = pos(vm, "ldexp", args, 2, 2)?;
    let x = f(vm, &a[0])?;
    // The exponent must be an int; values beyond a C long are clipped.
    let e = match crate::objects::int::to_bigint(&a[1]) {
        Some(b) => b
            .to_i64()
            .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }),
        None => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    float_result(vm, m::ldexp(x, e))
}

fn modf(vm: &Vm, args: Args) -> PyResult {
    let a = pos(vm, "modf", args, 1, 1)?;
    let (fraction, integral) = m::modf(f(vm, &a[0])?);
    Ok(vm.new_tuple(vec![vm.new_float(fraction), vm.new_float(integral)]))
}

fn fsum(vm: &Vm, args: Args) -> PyResult {
    let a = pos(vm, "fsum", args, 1, 1)?;
    let values = float_list(vm, &vm.iterate(&a[0])?)?;
    float_result(vm, m::fsum(values))
}

/// An integer argument (`__index__`); floats are refused as CPython 3.11 does.
fn int_arg(vm: &Vm, o: &PyRef) -> PyResult<BigInt> {
    match crate::objects::int::to_bigint(o) {
        Some(v) => Ok(v),
        None => {
            let i = vm.index(o)?;
            Ok(crate::objects::int::to_bigint(&i).unwrap_or_default())
        }
    }
}

fn int_args(vm: &Vm, items: &[PyRef]) -> PyResult<Vec<BigInt>> {
    items.iter().map(|x| int_arg(vm, x)).collect()
}

fn factorial(vm: &Vm, args: Args) -> PyResult {
    let a = pos(vm, "factorial", args, 1, 1)?;
    int_result(vm, m::factorial(&int_arg(vm, &a[0])?))
}

fn gcd(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_bigint(m::gcd(&int_args(vm, varargs(vm, "gcd", args)?)?)))
}

fn lcm(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_bigint(m::lcm(&int_args(vm, varargs(vm, "lcm", args)?)?)))
}

fn isqrt(vm: &Vm, args: Args) -> PyResult {
    let a = pos(vm, "isqrt", args, 1, 1)?;
    int_result(vm, m::isqrt(&int_arg(vm, &a[0])?))
}

fn comb(vm: &Vm, args: Args) -> PyResult {
    let a = pos(vm, "comb", args, 2, 2)?;
    let n = int_arg(vm, &a[0])?;
    let k = int_arg(vm, &a[1])?;
    int_result(vm, m::comb(&n, &k))
}

fn perm(vm: &Vm, args: Args) -> PyResult {
    let a = pos(vm, "perm", args, 1, 2)?;
    let n = int_arg(vm, &a[0])?;
    let k = match a.get(1) {
        Some(k) if !vm.is_none(k) => Some(int_arg(vm, k)?),
        _ => None,
    };
    int_result(vm, m::perm(&n, k.as_ref()))
}

fn prod(vm: &Vm, args: Args) -> PyResult {
    let a = strip(args);
    for k in a.kwnames.iter() {
        let name = vm.str_of(k).unwrap_or("");
        if name != "start" {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for prod()",
                name
            )));
        }
    }
    if a.pos().is_empty() {
        return Err(vm.type_error("prod() takes exactly 1 positional argument (0 given)"));
    }
    let b = args::bind(vm, "prod", a, &["iterable", "start"], 1, 1)?;
    let mut acc = b[1].clone().unwrap_or_else(|| vm.new_int(1));
    for x in vm.iterate(b[0].as_ref().unwrap())? {
        acc = vm.binary_op(&acc, &x, crate::compile::bytecode::BinOp::Mul)?;
    }
    Ok(acc)
}

pub fn init(vm: &Vm) -> PyResult {
    let module = crate::modules::new_native_module(
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
            ("frexp", frexp),
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
    let d = vm.module_dict(&module).unwrap();
    vm.dict_set_str(&d, "pi", vm.new_float(std::f64::consts::PI))?;
    vm.dict_set_str(&d, "e", vm.new_float(std::f64::consts::E))?;
    vm.dict_set_str(&d, "tau", vm.new_float(std::f64::consts::TAU))?;
    vm.dict_set_str(&d, "inf", vm.new_float(f64::INFINITY))?;
    vm.dict_set_str(&d, "nan", vm.new_float(f64::NAN))?;
    Ok(module)
}
