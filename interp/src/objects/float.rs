//! `float`: arithmetic with CPython's error cases, mixed int/float comparison that is
//! exact, hashing consistent with int, repr and construction.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive, Zero};

use crate::compile::bytecode::{BinOp, CompareKind};
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::objects::int::{hash_bigint, to_bigint, HASH_MODULUS};
use crate::vm::Vm;

/// Fast float OP float; None for operations the generic path handles.
#[inline]
pub fn float_binop(vm: &Vm, a: f64, b: f64, op: BinOp) -> Option<PyResult> {
    Some(match op {
        BinOp::Add => Ok(vm.new_float(a + b)),
        BinOp::Sub => Ok(vm.new_float(a - b)),
        BinOp::Mul => Ok(vm.new_float(a * b)),
        BinOp::TrueDiv => {
            if b == 0.0 {
                Err(vm.zero_division_error("float division by zero"))
            } else {
                Ok(vm.new_float(a / b))
            }
        }
        BinOp::FloorDiv => float_floordiv(vm, a, b).map(|v| vm.new_float(v)),
        BinOp::Mod => float_mod(vm, a, b).map(|v| vm.new_float(v)),
        BinOp::Pow => float_pow(vm, a, b),
        _ => return None,
    })
}

pub fn float_mod(vm: &Vm, a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(vm.zero_division_error("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

pub fn float_floordiv(vm: &Vm, a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(vm.zero_division_error("float floor division by zero"));
    }
    Ok(divmod_f64(a, b).0)
}

/// CPython's float_divmod.
pub fn divmod_f64(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

pub fn float_pow(vm: &Vm, a: f64, b: f64) -> PyResult {
    if b == 0.0 {
        return Ok(vm.new_float(1.0));
    }
    if a.is_nan() {
        return Ok(vm.new_float(if b == 0.0 { 1.0 } else { a }));
    }
    if b.is_nan() {
        return Ok(vm.new_float(if a == 1.0 { 1.0 } else { b }));
    }
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(vm.zero_division_error("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && a.is_finite() && b.is_finite() && b.fract() != 0.0 {
        // A negative base with a fractional exponent gives a complex result.
        return crate::objects::complex::complex_pow_values(vm, (a, 0.0), (b, 0.0));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(vm.new_float(r))
}

pub fn compare_f64(a: f64, b: f64, op: CompareKind) -> bool {
    match op {
        CompareKind::Lt => a < b,
        CompareKind::Le => a <= b,
        CompareKind::Eq => a == b,
        CompareKind::Ne => a != b,
        CompareKind::Gt => a > b,
        CompareKind::Ge => a >= b,
    }
}

/// Exact comparison of an int object with a float (None if the float is NaN).
pub fn compare_int_float(i: &PyRef, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    if let Payload::Int(v) = i.payload {
        if v.unsigned_abs() < (1 << 53) {
            return (v as f64).partial_cmp(&f);
        }
    }
    let iv = to_bigint(i)?;
    let ff = f.floor();
    let fb = BigInt::from_f64(ff)?;
    match iv.cmp(&fb) {
        std::cmp::Ordering::Equal => {
            if f > ff {
                Some(std::cmp::Ordering::Less)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

pub fn hash_float(f: f64, o: &PyRef) -> i64 {
    if f.is_nan() {
        return crate::vm::protocol::id_hash(o);
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.0e18 {
        return crate::objects::int::hash_i64(f as i64);
    }
    // CPython's _Py_HashDouble: reduce the mantissa modulo 2**61-1.
    let (mut m, mut e) = frexp(f.abs());
    let sign = if f < 0.0 { -1i64 } else { 1 };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & HASH_MODULUS) | (x >> (61 - e));
    let r = (x as i64) * sign;
    if r == -1 {
        -2
    } else {
        r
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// A float operand: float, or int converted (OverflowError if too big).
pub fn to_f64(vm: &Vm, o: &PyRef) -> PyResult<Option<f64>> {
    match &o.payload {
        Payload::Float(f) => Ok(Some(*f)),
        Payload::Int(i) => Ok(Some(*i as f64)),
        Payload::BigInt(b) => Ok(Some(crate::objects::int::big_to_f64(vm, b)?)),
        _ => Ok(None),
    }
}

/// `float(x)` conversion for arbitrary objects (used by math and builtins too).
pub fn float_from_object(vm: &Vm, x: &PyRef) -> PyResult<f64> {
    match &x.payload {
        Payload::Float(f) => return Ok(*f),
        Payload::Int(_) | Payload::BigInt(_) => return Ok(to_f64(vm, x)?.unwrap()),
        Payload::Str(s) => return parse_float_str(vm, &s.s, x),
        Payload::Bytes(b) => return parse_float_str(vm, &String::from_utf8_lossy(b), x),
        _ => {}
    }
    if let Some(r) = vm.call_special(x, &vm.names.__float__, &[])? {
        return match &r.payload {
            Payload::Float(f) => Ok(*f),
            _ => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                x.type_name(),
                r.type_name()
            ))),
        };
    }
    if let Some(r) = vm.call_special(x, &vm.names.__index__, &[])? {
        return Ok(to_f64(vm, &r)?.unwrap_or(0.0));
    }
    Err(vm.type_error(format!("must be real number, not {}", x.type_name())))
}

/// Like `float_from_object` but with float()'s own error message for wrong types.
fn float_ctor_value(vm: &Vm, x: &PyRef) -> PyResult<f64> {
    match &x.payload {
        Payload::Float(_)
        | Payload::Int(_)
        | Payload::BigInt(_)
        | Payload::Str(_)
        | Payload::Bytes(_) => float_from_object(vm, x),
        Payload::ByteArray(b) => {
            let s = String::from_utf8_lossy(&b.borrow()).into_owned();
            parse_float_str(vm, &s, x)
        }
        _ => {
            if crate::object::typeobj::type_lookup(x.class(), &vm.names.__float__).is_none()
                && crate::object::typeobj::type_lookup(x.class(), &vm.names.__index__).is_none()
            {
                return Err(vm.type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    x.type_name()
                )));
            }
            float_from_object(vm, x)
        }
    }
}

pub fn parse_float_str(vm: &Vm, s: &str, orig: &PyRef) -> PyResult<f64> {
    match parse_float_text(s) {
        Some(v) => Ok(v),
        None => {
            let r = vm.repr_str(orig)?;
            Err(vm.value_error(format!("could not convert string to float: {}", r)))
        }
    }
}

/// Python's float() text grammar.
pub fn parse_float_text(s: &str) -> Option<f64> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes()[0] {
        b'-' => (-1.0, &lower[1..]),
        b'+' => (1.0, &lower[1..]),
        _ => (1.0, &lower[..]),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return None;
    }
    // Underscores are allowed only between digits.
    let bytes = body.as_bytes();
    for (i, &c) in bytes.iter().enumerate() {
        if c == b'_'
            && !(i > 0
                && bytes[i - 1].is_ascii_digit()
                && i + 1 < bytes.len()
                && bytes[i + 1].is_ascii_digit())
        {
            return None;
        }
        if !(c.is_ascii_digit() || c == b'.' || c == b'e' || c == b'+' || c == b'-' || c == b'_') {
            return None;
        }
    }
    let clean: String = body.chars().filter(|c| *c != '_').collect();
    clean.parse::<f64>().ok().map(|v| sign * v)
}

pub fn float_repr_string(f: f64) -> String {
    ferropy_primitives::float_repr::float_repr(f)
}

fn this_f64(vm: &Vm, args: &Args) -> PyResult<f64> {
    match args::this(vm, args)?.payload {
        Payload::Float(f) => Ok(f),
        _ => Err(vm.type_error("descriptor requires a 'float' object")),
    }
}

fn float_repr(vm: &Vm, args: Args) -> PyResult {
    let f = this_f64(vm, &args)?;
    Ok(vm.new_string(float_repr_string(f)))
}

macro_rules! float_arith {
    ($($fname:ident, $rname:ident, $op:expr);* $(;)?) => {
        $(
            fn $fname(vm: &Vm, args: Args) -> PyResult {
                let a = args::pos(vm, stringify!($fname), args, 2, 2)?;
                let x = this_f64(vm, &args)?;
                match to_f64(vm, &a[1])? {
                    Some(y) => float_binop(vm, x, y, $op).unwrap(),
                    None => Ok(vm.not_implemented()),
                }
            }
            fn $rname(vm: &Vm, args: Args) -> PyResult {
                let a = args::pos(vm, stringify!($rname), args, 2, 2)?;
                let x = this_f64(vm, &args)?;
                match to_f64(vm, &a[1])? {
                    Some(y) => float_binop(vm, y, x, $op).unwrap(),
                    None => Ok(vm.not_implemented()),
                }
            }
        )*
    };
}

float_arith! {
    float_add, float_radd, BinOp::Add;
    float_sub, float_rsub, BinOp::Sub;
    float_mul, float_rmul, BinOp::Mul;
    float_truediv, float_rtruediv, BinOp::TrueDiv;
    float_floordiv_m, float_rfloordiv_m, BinOp::FloorDiv;
    float_mod_m, float_rmod_m, BinOp::Mod;
}

fn float_pow_m(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__pow__", args, 2, 3)?;
    if a.len() == 3 && !vm.is_none(&a[2]) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let x = this_f64(vm, &args)?;
    match to_f64(vm, &a[1])? {
        Some(y) => float_pow(vm, x, y),
        None => Ok(vm.not_implemented()),
    }
}

fn float_rpow_m(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__rpow__", args, 2, 3)?;
    let x = this_f64(vm, &args)?;
    match to_f64(vm, &a[1])? {
        Some(y) => float_pow(vm, y, x),
        None => Ok(vm.not_implemented()),
    }
}

fn float_divmod_m(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__divmod__", args, 2, 2)?;
    let x = this_f64(vm, &args)?;
    match to_f64(vm, &a[1])? {
        Some(y) => {
            if y == 0.0 {
                return Err(vm.zero_division_error("float divmod()"));
            }
            let (q, r) = divmod_f64(x, y);
            Ok(vm.new_tuple(vec![vm.new_float(q), vm.new_float(r)]))
        }
        None => Ok(vm.not_implemented()),
    }
}

fn float_rdivmod_m(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__rdivmod__", args, 2, 2)?;
    let x = this_f64(vm, &args)?;
    match to_f64(vm, &a[1])? {
        Some(y) => {
            if x == 0.0 {
                return Err(vm.zero_division_error("float divmod()"));
            }
            let (q, r) = divmod_f64(y, x);
            Ok(vm.new_tuple(vec![vm.new_float(q), vm.new_float(r)]))
        }
        None => Ok(vm.not_implemented()),
    }
}

macro_rules! float_cmp {
    ($($fname:ident, $kind:expr);* $(;)?) => {
        $(
            fn $fname(vm: &Vm, args: Args) -> PyResult {
                let a = args::pos(vm, stringify!($fname), args, 2, 2)?;
                let x = this_f64(vm, &args)?;
                match &a[1].payload {
                    Payload::Float(y) => Ok(vm.new_bool(compare_f64(x, *y, $kind))),
                    Payload::Int(_) | Payload::BigInt(_) => {
                        let r = match compare_int_float(&a[1], x) {
                            Some(o) => $kind.eval_ordering(o.reverse()),
                            None => $kind == CompareKind::Ne,
                        };
                        Ok(vm.new_bool(r))
                    }
                    _ => Ok(vm.not_implemented()),
                }
            }
        )*
    };
}

float_cmp! {
    float_lt, CompareKind::Lt;
    float_le, CompareKind::Le;
    float_eq, CompareKind::Eq;
    float_ne, CompareKind::Ne;
    float_gt, CompareKind::Gt;
    float_ge, CompareKind::Ge;
}

fn float_neg(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_float(-this_f64(vm, &args)?))
}
fn float_pos(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_float(this_f64(vm, &args)?))
}
fn float_abs(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_float(this_f64(vm, &args)?.abs()))
}
fn float_bool(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_bool(this_f64(vm, &args)? != 0.0))
}
fn float_int(vm: &Vm, args: Args) -> PyResult {
    crate::objects::int::float_to_int(vm, this_f64(vm, &args)?)
}
fn float_float(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_float(this_f64(vm, &args)?))
}
fn float_hash(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(vm.new_int(hash_float(this_f64(vm, &args)?, this)))
}
fn float_is_integer(vm: &Vm, args: Args) -> PyResult {
    let f = this_f64(vm, &args)?;
    Ok(vm.new_bool(f.is_finite() && f.fract() == 0.0))
}
fn float_conjugate(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_float(this_f64(vm, &args)?))
}
fn float_get_real(vm: &Vm, this: &PyRef) -> PyResult {
    match this.payload {
        Payload::Float(f) => Ok(vm.new_float(f)),
        _ => Ok(vm.new_float(0.0)),
    }
}
fn float_get_imag(vm: &Vm, _this: &PyRef) -> PyResult {
    Ok(vm.new_float(0.0))
}

fn float_as_integer_ratio(vm: &Vm, args: Args) -> PyResult {
    let f = this_f64(vm, &args)?;
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (m, e) = frexp(f);
    let mut m = m;
    let mut e = e;
    let mut i = 0;
    while m != m.floor() && i < 300 {
        m *= 2.0;
        e -= 1;
        i += 1;
    }
    let num = BigInt::from_f64(m).unwrap_or_default();
    let (num, den) = if e >= 0 {
        (num << e as usize, BigInt::from(1))
    } else {
        (num, BigInt::from(1) << (-e) as usize)
    };
    // Reduce by the power of two common factor.
    let g = num_integer::Integer::gcd(&num, &den);
    let (num, den) = if g.is_zero() {
        (num, den)
    } else {
        (&num / &g, &den / &g)
    };
    Ok(vm.new_tuple(vec![vm.new_bigint(num), vm.new_bigint(den)]))
}

fn float_trunc(vm: &Vm, args: Args) -> PyResult {
    crate::objects::int::float_to_int(vm, this_f64(vm, &args)?)
}
fn float_floor(vm: &Vm, args: Args) -> PyResult {
    crate::objects::int::float_to_int(vm, this_f64(vm, &args)?.floor())
}
fn float_ceil(vm: &Vm, args: Args) -> PyResult {
    crate::objects::int::float_to_int(vm, this_f64(vm, &args)?.ceil())
}

fn float_round(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__round__", args, 1, 2)?;
    let f = this_f64(vm, &args)?;
    if a.len() == 1 || vm.is_none(&a[1]) {
        let r = round_half_even(f);
        return crate::objects::int::float_to_int(vm, r);
    }
    let nd = args::to_i64(vm, &a[1])?;
    Ok(vm.new_float(round_ndigits(f, nd)))
}

pub fn round_half_even(f: f64) -> f64 {
    let r = f.round();
    if (f - f.trunc()).abs() == 0.5 {
        2.0 * (f / 2.0).round()
    } else {
        r
    }
}

/// round(x, n) as CPython: correctly rounded through a decimal string.
pub fn round_ndigits(x: f64, nd: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if nd > 323 {
        return x;
    }
    if nd < -308 {
        return 0.0f64.copysign(x);
    }
    if nd >= 0 {
        let s = format!("{:.*}", nd as usize, x);
        return s.parse::<f64>().unwrap_or(x);
    }
    let p = 10f64.powi((-nd) as i32);
    let y = x / p;
    let r = round_half_even(y) * p;
    if r.is_infinite() {
        return x;
    }
    r
}

fn float_format(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__format__", args, 2, 2)?;
    let f = this_f64(vm, &args)?;
    let spec = args::to_str(vm, &a[1], "format_spec")?;
    crate::objects::str::format_float_spec(vm, f, spec)
}

fn float_hex(vm: &Vm, args: Args) -> PyResult {
    let f = this_f64(vm, &args)?;
    Ok(vm.new_string(float_hex_string(f)))
}

pub fn float_hex_string(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = f.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let hex = format!("{:013x}", mant);
    format!(
        "{}0x{}.{}p{}{}",
        sign,
        lead,
        hex,
        if e >= 0 { "+" } else { "-" },
        e.abs()
    )
}

fn float_fromhex(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "fromhex", args, 2, 2)?;
    let s = args::to_str(vm, &a[1], "fromhex() argument")?;
    let v = parse_hex_float(s)
        .ok_or_else(|| vm.value_error("invalid hexadecimal floating-point string"))?;
    if v.is_infinite() && !s.to_ascii_lowercase().contains("inf") {
        return Err(vm.overflow_error("hexadecimal value too large to represent as a float"));
    }
    let r = vm.new_float(v);
    if a[0].is(&vm.types.float) {
        Ok(r)
    } else {
        vm.call1(&a[0], r)
    }
}

fn parse_hex_float(s: &str) -> Option<f64> {
    let t = s.trim().to_ascii_lowercase();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, &t[..]),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    let body = body.strip_prefix("0x").unwrap_or(body);
    let (mant, exp) = match body.find('p') {
        Some(i) => (&body[..i], body[i + 1..].parse::<i64>().ok()?),
        None => (body, 0),
    };
    let (ip, fp) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if ip.is_empty() && fp.is_empty() {
        return None;
    }
    let mut v = BigInt::zero();
    for c in ip.chars().chain(fp.chars()) {
        v = v * 16 + c.to_digit(16)?;
    }
    let e = exp - 4 * fp.len() as i64;
    let f = v.to_f64()?;
    // Scale carefully to keep correct rounding for typical inputs.
    let r = if e > 2000 {
        f64::INFINITY
    } else if e < -2200 {
        0.0
    } else {
        let mut r = f;
        let mut e = e;
        while e > 0 {
            let s = e.min(1000);
            r *= 2f64.powi(s as i32);
            e -= s;
        }
        while e < 0 {
            let s = (-e).min(1000);
            r /= 2f64.powi(s as i32);
            e += s;
        }
        r
    };
    Some(sign * r)
}

fn float_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    let a = args::pos(
        vm,
        "float",
        Args::with_kw(&args.args[1..], args.kwnames),
        0,
        1,
    )?;
    let v = match a.first() {
        Some(x) => float_ctor_value(vm, x)?,
        None => 0.0,
    };
    if cls.is(&vm.types.float) {
        return Ok(vm.new_float(v));
    }
    Ok(vm.new_object_of(&cls, Payload::Float(v)))
}

fn float_getnewargs(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_tuple(vec![vm.new_float(this_f64(vm, &args)?)]))
}

fn float_getformat(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__getformat__", args, 2, 2)?;
    match vm.str_of(&a[1]) {
        Some("double") | Some("float") => Ok(vm.new_str("IEEE, little-endian")),
        _ => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
    }
}

pub fn init(vm: &Vm) {
    let t = &vm.types.float;
    crate::objects::add_methods(
        vm,
        t,
        &[
            ("__repr__", float_repr),
            ("__add__", float_add),
            ("__radd__", float_radd),
            ("__sub__", float_sub),
            ("__rsub__", float_rsub),
            ("__mul__", float_mul),
            ("__rmul__", float_rmul),
            ("__truediv__", float_truediv),
            ("__rtruediv__", float_rtruediv),
            ("__floordiv__", float_floordiv_m),
            ("__rfloordiv__", float_rfloordiv_m),
            ("__mod__", float_mod_m),
            ("__rmod__", float_rmod_m),
            ("__pow__", float_pow_m),
            ("__rpow__", float_rpow_m),
            ("__divmod__", float_divmod_m),
            ("__rdivmod__", float_rdivmod_m),
            ("__lt__", float_lt),
            ("__le__", float_le),
            ("__eq__", float_eq),
            ("__ne__", float_ne),
            ("__gt__", float_gt),
            ("__ge__", float_ge),
            ("__neg__", float_neg),
            ("__pos__", float_pos),
            ("__abs__", float_abs),
            ("__bool__", float_bool),
            ("__int__", float_int),
            ("__float__", float_float),
            ("__hash__", float_hash),
            ("__trunc__", float_trunc),
            ("__floor__", float_floor),
            ("__ceil__", float_ceil),
            ("__round__", float_round),
            ("__format__", float_format),
            ("__getnewargs__", float_getnewargs),
            ("is_integer", float_is_integer),
            ("conjugate", float_conjugate),
            ("as_integer_ratio", float_as_integer_ratio),
            ("hex", float_hex),
        ],
    );
    crate::objects::add_native(vm, t, "__new__", float_new, NativeKind::StaticMethod);
    crate::objects::add_native(vm, t, "fromhex", float_fromhex, NativeKind::ClassMethod);
    crate::objects::add_native(
        vm,
        t,
        "__getformat__",
        float_getformat,
        NativeKind::ClassMethod,
    );
    crate::objects::descr::add_getset(vm, t, "real", float_get_real, None);
    crate::objects::descr::add_getset(vm, t, "imag", float_get_imag, None);
    let _ = hash_bigint;
}
