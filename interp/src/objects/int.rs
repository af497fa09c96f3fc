//! `int` and `bool`: machine-word fast paths with num-bigint beyond, Python's floor
//! division/modulo semantics, hashing, construction from numbers and strings.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::compile::bytecode::BinOp;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

pub const HASH_MODULUS: u64 = (1u64 << 61) - 1;

pub fn hash_i64(v: i64) -> i64 {
    let m = HASH_MODULUS as i128;
    let r = (v as i128).rem_euclid(m);
    let r = if v < 0 {
        -(((-(v as i128)) % m) as i64)
    } else {
        r as i64
    };
    if r == -1 {
        -2
    } else {
        r
    }
}

pub fn hash_bigint(v: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (v.abs() % &m).to_i64().unwrap_or(0);
    let r = if v.is_negative() { -r } else { r };
    if r == -1 {
        -2
    } else {
        r
    }
}

/// The value of an int-like payload (int, bool, subclasses) as a BigInt.
pub fn to_bigint(o: &PyRef) -> Option<BigInt> {
    match &o.payload {
        Payload::Int(i) => Some(BigInt::from(*i)),
        Payload::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

pub fn is_int(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Int(_) | Payload::BigInt(_))
}

/// An exact `int` with the same value (for `__index__` results of subclasses, bools).
pub fn as_exact_int(vm: &Vm, o: &PyRef) -> PyRef {
    match &o.payload {
        Payload::Int(i) => vm.new_int(*i),
        Payload::BigInt(b) => vm.new_bigint((**b).clone()),
        _ => o.clone(),
    }
}

/// Fast arithmetic on two machine ints; None when the generic path must handle it.
#[inline]
pub fn small_binop(vm: &Vm, a: i64, b: i64, op: BinOp) -> Option<PyResult> {
    let r = match op {
        BinOp::Add => a.checked_add(b).map(|v| vm.new_int(v)),
        BinOp::Sub => a.checked_sub(b).map(|v| vm.new_int(v)),
        BinOp::Mul => a.checked_mul(b).map(|v| vm.new_int(v)),
        BinOp::FloorDiv => {
            if b == 0 {
                return Some(Err(
                    vm.zero_division_error("integer division or modulo by zero")
                ));
            }
            a.checked_div_euclid(b).map(|_| vm.new_int(floor_div(a, b)))
        }
        BinOp::Mod => {
            if b == 0 {
                return Some(Err(vm.zero_division_error("integer modulo by zero")));
            }
            a.checked_rem(b).map(|_| vm.new_int(floor_mod(a, b)))
        }
        BinOp::And => Some(vm.new_int(a & b)),
        BinOp::Or => Some(vm.new_int(a | b)),
        BinOp::Xor => Some(vm.new_int(a ^ b)),
        BinOp::TrueDiv => {
            if b == 0 {
                return Some(Err(vm.zero_division_error("division by zero")));
            }
            if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
                Some(vm.new_float(a as f64 / b as f64))
            } else {
                None
            }
        }
        BinOp::LShift => {
            if b < 0 {
                return Some(Err(vm.value_error("negative shift count")));
            }
            if b < 63 && (a == 0 || (a.abs().leading_zeros() as i64) > b + 1) {
                Some(vm.new_int(a << b))
            } else {
                None
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return Some(Err(vm.value_error("negative shift count")));
            }
            Some(vm.new_int(if b >= 64 {
                if a < 0 {
                    -1
                } else {
                    0
                }
            } else {
                a >> b
            }))
        }
        BinOp::Pow => {
            if (0..64).contains(&b) {
                a.checked_pow(b as u32).map(|v| vm.new_int(v))
            } else {
                None
            }
        }
        BinOp::MatMul => None,
    };
    r.map(Ok)
}

fn floor_div(a: i64, b: i64) -> i64 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

fn floor_mod(a: i64, b: i64) -> i64 {
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// int OP int on arbitrary values; NotImplemented for non-ints.
pub fn int_binop(vm: &Vm, a: &PyRef, b: &PyRef, op: BinOp) -> PyResult {
    if let (Payload::Int(x), Payload::Int(y)) = (&a.payload, &b.payload) {
        if let Some(r) = small_binop(vm, *x, *y, op) {
            return r;
        }
    }
    let (x, y) = match (to_bigint(a), to_bigint(b)) {
        (Some(x), Some(y)) => (x, y),
        _ => return Ok(vm.not_implemented()),
    };
    big_binop(vm, &x, &y, op)
}

pub fn big_binop(vm: &Vm, x: &BigInt, y: &BigInt, op: BinOp) -> PyResult {
    Ok(match op {
        BinOp::Add => vm.new_bigint(x + y),
        BinOp::Sub => vm.new_bigint(x - y),
        BinOp::Mul => vm.new_bigint(x * y),
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(vm.zero_division_error("integer division or modulo by zero"));
            }
            vm.new_bigint(x.div_floor(y))
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(vm.zero_division_error("integer modulo by zero"));
            }
            vm.new_bigint(x.mod_floor(y))
        }
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Err(vm.zero_division_error("division by zero"));
            }
            vm.new_float(int_true_divide(vm, x, y)?)
        }
        BinOp::And => vm.new_bigint(x & y),
        BinOp::Or => vm.new_bigint(x | y),
        BinOp::Xor => vm.new_bigint(x ^ y),
        BinOp::LShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let s = y
                .to_usize()
                .ok_or_else(|| vm.overflow_error("too many digits in integer"))?;
            if s > (1 << 32) && !x.is_zero() {
                return Err(vm.memory_error());
            }
            vm.new_bigint(x << s)
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(s) => vm.new_bigint(x >> s),
                None => vm.new_int(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::Pow => return int_pow(vm, x, y),
        BinOp::MatMul => vm.not_implemented(),
    })
}

fn int_pow(vm: &Vm, x: &BigInt, y: &BigInt) -> PyResult {
    if y.is_negative() {
        if x.is_zero() {
            return Err(vm.zero_division_error("0.0 cannot be raised to a negative power"));
        }
        let xf = big_to_f64(vm, x)?;
        let yf = big_to_f64(vm, y)?;
        return crate::objects::float::float_pow(vm, xf, yf);
    }
    if x.is_zero() || x.is_one() {
        return Ok(vm.new_bigint(if y.is_zero() {
            BigInt::one()
        } else {
            x.clone()
        }));
    }
    if *x == BigInt::from(-1) {
        return Ok(vm.new_int(if y.is_even() { 1 } else { -1 }));
    }
    let e = y.to_u32().ok_or_else(|| vm.memory_error())?;
    let bits = x.bits() as u128 * e as u128;
    if bits > 1u128 << 34 {
        return Err(vm.memory_error());
    }
    Ok(vm.new_bigint(num_traits::pow(x.clone(), e as usize)))
}

/// Correctly rounded int / int.
pub fn int_true_divide(vm: &Vm, a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(x as f64 / y as f64);
        }
    }
    // Scale so the quotient has 55+ significant bits, then round once.
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    let shift = b.bits() as i64 - a.bits() as i64 + 55;
    let (n, d) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = n.div_rem(&d);
    // Make the quotient sticky for correct rounding.
    let q = if r.is_zero() {
        q
    } else {
        (q << 1usize) | BigInt::one()
    };
    let extra = if r.is_zero() { 0 } else { 1 };
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let exp = -(shift + extra);
    let v = if exp > 1023 {
        f64::INFINITY
    } else if exp < -1100 {
        0.0
    } else {
        qf * 2f64.powi(exp as i32)
    };
    if v.is_infinite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(if neg { -v } else { v })
}

pub fn big_to_f64(vm: &Vm, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.overflow_error("int too large to convert to float")),
    }
}

/// An int object's value as f64 (OverflowError when too large).
pub fn int_to_f64(vm: &Vm, o: &PyRef) -> PyResult<f64> {
    match &o.payload {
        Payload::Int(i) => Ok(*i as f64),
        Payload::BigInt(b) => big_to_f64(vm, b),
        _ => Err(vm.type_error("an integer is required")),
    }
}

pub fn int_repr_string(vm: &Vm, o: &PyRef) -> PyResult<String> {
    match &o.payload {
        Payload::Int(i) => Ok(i.to_string()),
        Payload::BigInt(b) => {
            let limit = vm.int_max_str_digits.get();
            if limit > 0 && b.bits() as f64 * std::f64::consts::LOG10_2 > limit as f64 + 1.0 {
                let digits_est = (b.bits() as f64 * std::f64::consts::LOG10_2) as usize;
                if digits_est > limit {
                    return Err(vm.value_error(format!(
                        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                        limit
                    )));
                }
            }
            let s = b.to_string();
            let ndigits = s.trim_start_matches('-').len();
            if limit > 0 && ndigits > limit {
                return Err(vm.value_error(format!(
                    "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                    limit
                )));
            }
            Ok(s)
        }
        _ => Err(vm.type_error("int expected")),
    }
}

fn int_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    if this.class().is(&vm.types.bool_)
        || crate::object::typeobj::is_subtype(this.class(), &vm.types.bool_)
    {
        if let Payload::Int(i) = this.payload {
            return Ok(vm.new_str(if i != 0 { "True" } else { "False" }));
        }
    }
    Ok(vm.new_string(int_repr_string(vm, this)?))
}

macro_rules! int_binop_methods {
    ($($fname:ident, $rname:ident, $op:expr);* $(;)?) => {
        $(
            fn $fname(vm: &Vm, args: Args) -> PyResult {
                let a = args::pos(vm, stringify!($fname), args, 2, 2)?;
                int_binop(vm, &a[0], &a[1], $op)
            }
            fn $rname(vm: &Vm, args: Args) -> PyResult {
                let a = args::pos(vm, stringify!($rname), args, 2, 2)?;
                int_binop(vm, &a[1], &a[0], $op)
            }
        )*
    };
}

int_binop_methods! {
    int_add, int_radd, BinOp::Add;
    int_sub, int_rsub, BinOp::Sub;
    int_mul, int_rmul, BinOp::Mul;
    int_floordiv, int_rfloordiv, BinOp::FloorDiv;
    int_mod, int_rmod, BinOp::Mod;
    int_truediv, int_rtruediv, BinOp::TrueDiv;
    int_and, int_rand, BinOp::And;
    int_or, int_ror, BinOp::Or;
    int_xor, int_rxor, BinOp::Xor;
    int_lshift, int_rlshift, BinOp::LShift;
    int_rshift, int_rrshift, BinOp::RShift;
}

fn bool_binop(vm: &Vm, args: Args, op: BinOp, reflected: bool) -> PyResult {
    let a = args::pos(vm, "bool op", args, 2, 2)?;
    let (x, y) = if reflected {
        (&a[1], &a[0])
    } else {
        (&a[0], &a[1])
    };
    if x.class().is(&vm.types.bool_) && y.class().is(&vm.types.bool_) {
        if let (Payload::Int(p), Payload::Int(q)) = (&x.payload, &y.payload) {
            let r = match op {
                BinOp::And => p & q,
                BinOp::Or => p | q,
                _ => p ^ q,
            };
            return Ok(vm.new_bool(r != 0));
        }
    }
    int_binop(vm, x, y, op)
}
fn bool_and(vm: &Vm, args: Args) -> PyResult {
    bool_binop(vm, args, BinOp::And, false)
}
fn bool_rand(vm: &Vm, args: Args) -> PyResult {
    bool_binop(vm, args, BinOp::And, true)
}
fn bool_or(vm: &Vm, args: Args) -> PyResult {
    bool_binop(vm, args, BinOp::Or, false)
}
fn bool_ror(vm: &Vm, args: Args) -> PyResult {
    bool_binop(vm, args, BinOp::Or, true)
}
fn bool_xor(vm: &Vm, args: Args) -> PyResult {
    bool_binop(vm, args, BinOp::Xor, false)
}
fn bool_rxor(vm: &Vm, args: Args) -> PyResult {
    bool_binop(vm, args, BinOp::Xor, true)
}

fn int_pow_method(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__pow__", args, 2, 3)?;
    if a.len() == 3 && !vm.is_none(&a[2]) {
        return int_modpow(vm, &a[0], &a[1], &a[2]);
    }
    int_binop(vm, &a[0], &a[1], BinOp::Pow)
}

fn int_rpow_method(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__rpow__", args, 2, 3)?;
    if a.len() == 3 && !vm.is_none(&a[2]) {
        return int_modpow(vm, &a[1], &a[0], &a[2]);
    }
    int_binop(vm, &a[1], &a[0], BinOp::Pow)
}

pub fn int_modpow(vm: &Vm, base: &PyRef, exp: &PyRef, m: &PyRef) -> PyResult {
    let (b, e, m) = match (to_bigint(base), to_bigint(exp), to_bigint(m)) {
        (Some(b), Some(e), Some(m)) => (b, e, m),
        _ => return Ok(vm.not_implemented()),
    };
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let (b, e) = if e.is_negative() {
        let inv = mod_inverse(&b.mod_floor(&m.abs()), &m.abs())
            .ok_or_else(|| vm.value_error("base is not invertible for the given modulus"))?;
        (inv, -e)
    } else {
        (b, e)
    };
    let mabs = m.abs();
    let mut r = b.modpow(&e, &mabs);
    if r.is_negative() {
        r += &mabs;
    }
    if m.is_negative() && !r.is_zero() {
        r += &m;
    }
    Ok(vm.new_bigint(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

fn int_divmod(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__divmod__", args, 2, 2)?;
    divmod_impl(vm, &a[0], &a[1])
}
fn int_rdivmod(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__rdivmod__", args, 2, 2)?;
    divmod_impl(vm, &a[1], &a[0])
}
fn divmod_impl(vm: &Vm, x: &PyRef, y: &PyRef) -> PyResult {
    if !is_int(x) || !is_int(y) {
        return Ok(vm.not_implemented());
    }
    if matches!(y.payload, Payload::Int(0)) {
        return Err(vm.zero_division_error("integer division or modulo by zero"));
    }
    let q = int_binop(vm, x, y, BinOp::FloorDiv)?;
    let r = int_binop(vm, x, y, BinOp::Mod)?;
    Ok(vm.new_tuple(vec![q, r]))
}

fn int_neg(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    match &this.payload {
        Payload::Int(i) => Ok(match i.checked_neg() {
            Some(v) => vm.new_int(v),
            None => vm.new_bigint(-BigInt::from(*i)),
        }),
        Payload::BigInt(b) => Ok(vm.new_bigint(-(**b).clone())),
        _ => Ok(vm.not_implemented()),
    }
}
fn int_pos(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(as_exact_int(vm, this))
}
fn int_invert(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    match &this.payload {
        Payload::Int(i) => Ok(vm.new_int(!i)),
        Payload::BigInt(b) => Ok(vm.new_bigint(-(**b).clone() - 1)),
        _ => Ok(vm.not_implemented()),
    }
}
fn int_abs(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    match &this.payload {
        Payload::Int(i) => Ok(match i.checked_abs() {
            Some(v) => vm.new_int(v),
            None => vm.new_bigint(BigInt::from(*i).abs()),
        }),
        Payload::BigInt(b) => Ok(vm.new_bigint(b.abs())),
        _ => Ok(vm.not_implemented()),
    }
}
fn int_bool(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(vm.new_bool(!matches!(this.payload, Payload::Int(0))))
}
fn int_int(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(as_exact_int(vm, this))
}
fn int_float(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(vm.new_float(int_to_f64(vm, this)?))
}
fn int_hash(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(vm.new_int(match &this.payload {
        Payload::Int(i) => hash_i64(*i),
        Payload::BigInt(b) => hash_bigint(b),
        _ => 0,
    }))
}

fn cmp_ints(a: &PyRef, b: &PyRef) -> Option<std::cmp::Ordering> {
    match (&a.payload, &b.payload) {
        (Payload::Int(x), Payload::Int(y)) => Some(x.cmp(y)),
        _ => Some(to_bigint(a)?.cmp(&to_bigint(b)?)),
    }
}

macro_rules! int_cmp_methods {
    ($($fname:ident, $kind:expr);* $(;)?) => {
        $(
            fn $fname(vm: &Vm, args: Args) -> PyResult {
                let a = args::pos(vm, stringify!($fname), args, 2, 2)?;
                if let Payload::Float(f) = a[1].payload {
                    let ord = crate::objects::float::compare_int_float(&a[0], f);
                    return Ok(vm.new_bool(match ord { Some(o) => $kind.eval_ordering(o), None => $kind == crate::compile::bytecode::CompareKind::Ne }));
                }
                match cmp_ints(&a[0], &a[1]) {
                    Some(o) => Ok(vm.new_bool($kind.eval_ordering(o))),
                    None => Ok(vm.not_implemented()),
                }
            }
        )*
    };
}

use crate::compile::bytecode::CompareKind;
int_cmp_methods! {
    int_lt, CompareKind::Lt;
    int_le, CompareKind::Le;
    int_eq, CompareKind::Eq;
    int_ne, CompareKind::Ne;
    int_gt, CompareKind::Gt;
    int_ge, CompareKind::Ge;
}

/// int(x=0) / int(x, base=10)
fn int_new(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    let rest = Args::with_kw(&args.args[1..], args.kwnames);
    let b = args::bind(vm, "int", rest, &["x", "base"], 0, 1)?;
    let value = match (&b[0], &b[1]) {
        (None, None) => vm.new_int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), base) => int_from_object(vm, x, base.as_ref())?,
    };
    if cls.is(&vm.types.int) {
        return Ok(value);
    }
    let payload = match &value.payload {
        Payload::Int(i) => Payload::Int(*i),
        Payload::BigInt(b) => Payload::BigInt(b.clone()),
        _ => Payload::Int(0),
    };
    Ok(vm.new_object_of(&cls, payload))
}

pub fn int_from_object(vm: &Vm, x: &PyRef, base: Option<&PyRef>) -> PyResult {
    if let Some(base) = base {
        let b = args::to_i64(vm, base)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let text: String = match &x.payload {
            Payload::Str(s) => s.s.to_string(),
            Payload::Bytes(bs) => String::from_utf8_lossy(bs).into_owned(),
            Payload::ByteArray(bs) => String::from_utf8_lossy(&bs.borrow()).into_owned(),
            _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
        return parse_int_text(vm, &text, b as u32, x);
    }
    match &x.payload {
        Payload::Int(_) | Payload::BigInt(_) => return Ok(as_exact_int(vm, x)),
        Payload::Float(f) => return float_to_int(vm, *f),
        Payload::Str(s) => return parse_int_text(vm, &s.s, 10, x),
        Payload::Bytes(bs) => return parse_int_text(vm, &String::from_utf8_lossy(bs), 10, x),
        Payload::ByteArray(bs) => {
            let t = String::from_utf8_lossy(&bs.borrow()).into_owned();
            return parse_int_text(vm, &t, 10, x);
        }
        _ => {}
    }
    if let Some(r) = vm.call_special(x, &vm.names.__int__, &[])? {
        if !is_int(&r) {
            return Err(vm.type_error(format!("__int__ returned non-int (type {})", r.type_name())));
        }
        return Ok(as_exact_int(vm, &r));
    }
    if let Some(r) = vm.call_special(x, &vm.names.__index__, &[])? {
        if !is_int(&r) {
            return Err(vm.type_error(format!(
                "__index__ returned non-int (type {})",
                r.type_name()
            )));
        }
        return Ok(as_exact_int(vm, &r));
    }
    if let Some(r) = vm.call_special(x, &vm.names.__trunc__, &[])? {
        if is_int(&r) {
            return Ok(as_exact_int(vm, &r));
        }
        return vm.index(&r);
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        x.type_name()
    )))
}

pub fn float_to_int(vm: &Vm, f: f64) -> PyResult {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(vm.new_int(t as i64));
    }
    Ok(vm.new_bigint(num_bigint::BigInt::from_signed_bytes_le(&[]) + bigint_from_f64(t)))
}

fn bigint_from_f64(f: f64) -> BigInt {
    use num_traits::FromPrimitive;
    BigInt::from_f64(f).unwrap_or_default()
}

fn parse_int_text(vm: &Vm, text: &str, base: u32, orig: &PyRef) -> PyResult {
    let invalid = || -> PyErr {
        let r = vm.repr_str(orig).unwrap_or_default();
        vm.value_error(format!(
            "invalid literal for int() with base {}: {}",
            base, r
        ))
    };
    let t = text.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let (digits, radix) = {
        let pref = |p: &str| lower.strip_prefix(p).map(|r| r.to_string());
        match base {
            0 => {
                if let Some(r) = pref("0x") {
                    (r, 16)
                } else if let Some(r) = pref("0o") {
                    (r, 8)
                } else if let Some(r) = pref("0b") {
                    (r, 2)
                } else {
                    if lower.len() > 1
                        && lower.starts_with('0')
                        && !lower.trim_start_matches(['0', '_']).is_empty()
                    {
                        return Err(invalid());
                    }
                    (lower.clone(), 10)
                }
            }
            16 => (pref("0x").unwrap_or(lower.clone()), 16),
            8 => (pref("0o").unwrap_or(lower.clone()), 8),
            2 => (pref("0b").unwrap_or(lower.clone()), 2),
            b => (lower.clone(), b),
        }
    };
    let prefixed = digits.len() != lower.len();
    // Underscores: only single ones between digits (or right after a base prefix).
    let d = digits.as_str();
    if d.is_empty() || d.ends_with('_') || d.contains("__") || (d.starts_with('_') && !prefixed) {
        return Err(invalid());
    }
    let clean: String = d.chars().filter(|c| *c != '_').collect();
    if clean.is_empty() || !clean.chars().all(|c| c.is_digit(radix)) {
        // Non-ASCII digits (e.g. Arabic-Indic) are accepted by CPython.
        let mapped: Option<String> = clean
            .chars()
            .map(|c| {
                if c.is_ascii() {
                    Some(c)
                } else {
                    c.to_digit(10)
                        .or_else(|| unicode_decimal(c))
                        .and_then(|v| char::from_digit(v, 10))
                }
            })
            .collect();
        match mapped {
            Some(m) if !m.is_empty() && m.chars().all(|c| c.is_digit(radix)) => {
                return finish_parse(vm, &m, radix, neg, invalid);
            }
            _ => return Err(invalid()),
        }
    }
    finish_parse(vm, &clean, radix, neg, invalid)
}

fn unicode_decimal(c: char) -> Option<u32> {
    // Unicode decimal digits come in contiguous runs of ten starting at a zero.
    let zeros = [
        0x660u32, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
        0xE50, 0xED0, 0xF20, 0x1040, 0xFF10,
    ];
    let cp = c as u32;
    zeros
        .iter()
        .find(|&&z| cp >= z && cp < z + 10)
        .map(|z| cp - z)
}

fn finish_parse(
    vm: &Vm,
    clean: &str,
    radix: u32,
    neg: bool,
    invalid: impl Fn() -> PyErr,
) -> PyResult {
    if radix == 10 {
        let limit = vm.int_max_str_digits.get();
        if limit > 0 && clean.len() > limit {
            return Err(vm.value_error(format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                limit,
                clean.len()
            )));
        }
    }
    if let Ok(v) = i64::from_str_radix(clean, radix) {
        return Ok(vm.new_int(if neg { -v } else { v }));
    }
    match BigInt::parse_bytes(clean.as_bytes(), radix) {
        Some(b) => Ok(vm.new_bigint(if neg { -b } else { b })),
        None => Err(invalid()),
    }
}

fn int_bit_length(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(vm.new_int(match &this.payload {
        Payload::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        Payload::BigInt(b) => b.bits() as i64,
        _ => 0,
    }))
}

fn int_bit_count(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(vm.new_int(match &this.payload {
        Payload::Int(i) => i.unsigned_abs().count_ones() as i64,
        Payload::BigInt(b) => b
            .magnitude()
            .iter_u64_digits()
            .map(|d| d.count_ones() as i64)
            .sum(),
        _ => 0,
    }))
}

fn int_conjugate(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(as_exact_int(vm, this))
}

fn int_get_real(vm: &Vm, this: &PyRef) -> PyResult {
    Ok(as_exact_int(vm, this))
}
fn int_get_imag(vm: &Vm, _this: &PyRef) -> PyResult {
    Ok(vm.new_int(0))
}
fn int_get_numerator(vm: &Vm, this: &PyRef) -> PyResult {
    Ok(as_exact_int(vm, this))
}
fn int_get_denominator(vm: &Vm, _this: &PyRef) -> PyResult {
    Ok(vm.new_int(1))
}

fn int_as_integer_ratio(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(vm.new_tuple(vec![as_exact_int(vm, this), vm.new_int(1)]))
}

fn int_to_bytes(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?.clone();
    let rest = Args::with_kw(&args.args[1..], args.kwnames);
    let b = args::bind(
        vm,
        "to_bytes",
        rest,
        &["length", "byteorder", "signed"],
        0,
        0,
    )?;
    let length = match &b[0] {
        Some(l) => args::to_i64(vm, l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let order = match &b[1] {
        Some(o) => args::to_str(vm, o, "to_bytes() argument 'byteorder'")?.to_string(),
        None => "big".into(),
    };
    let signed = match &b[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let v = to_bigint(&this).unwrap_or_default();
    if !signed && v.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        v.to_signed_bytes_le()
    } else {
        v.to_bytes_le().1
    };
    if v.is_zero() {
        bytes = vec![];
    }
    if bytes.len() > length as usize {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if signed && v.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, fill);
    match order.as_str() {
        "little" => {}
        "big" => bytes.reverse(),
        _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
    Ok(vm.new_bytes(bytes))
}

fn int_from_bytes(vm: &Vm, args: Args) -> PyResult {
    let cls = args::this(vm, &args)?.clone();
    let rest = Args::with_kw(&args.args[1..], args.kwnames);
    let b = args::bind(
        vm,
        "from_bytes",
        rest,
        &["bytes", "byteorder", "signed"],
        1,
        0,
    )?;
    let data = crate::objects::bytes::bytes_from_object(vm, b[0].as_ref().unwrap())?;
    let order = match &b[1] {
        Some(o) => args::to_str(vm, o, "from_bytes() argument 'byteorder'")?.to_string(),
        None => "big".into(),
    };
    let signed = match &b[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let v = match (order.as_str(), signed) {
        ("big", false) => BigInt::from_bytes_be(Sign::Plus, &data),
        ("little", false) => BigInt::from_bytes_le(Sign::Plus, &data),
        ("big", true) => BigInt::from_signed_bytes_be(&data),
        ("little", true) => BigInt::from_signed_bytes_le(&data),
        _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    };
    let r = vm.new_bigint(v);
    if cls.is(&vm.types.int) {
        Ok(r)
    } else {
        vm.call1(&cls, r)
    }
}

fn int_index(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(as_exact_int(vm, this))
}

fn int_round(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__round__", args, 1, 2)?;
    if a.len() == 1 || vm.is_none(&a[1]) {
        return Ok(as_exact_int(vm, &a[0]));
    }
    let nd = args::to_i64(vm, &a[1])?;
    if nd >= 0 {
        return Ok(as_exact_int(vm, &a[0]));
    }
    let v = to_bigint(&a[0]).unwrap_or_default();
    let p = num_traits::pow(BigInt::from(10), (-nd) as usize);
    let (q, r) = v.div_mod_floor(&p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) {
        q + 1
    } else {
        q
    };
    Ok(vm.new_bigint(q * p))
}

fn int_trunc(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(as_exact_int(vm, this))
}

fn int_format(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__format__", args, 2, 2)?;
    let spec = args::to_str(vm, &a[1], "format_spec")?;
    if spec.is_empty() {
        // format(x, "") is str(x): "True" for bools, the subclass's __str__ otherwise.
        return vm.str(&a[0]);
    }
    crate::objects::str::format_int_spec(vm, &a[0], spec)
}

fn int_getnewargs(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(vm.new_tuple(vec![as_exact_int(vm, this)]))
}

fn int_sizeof(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    Ok(vm.new_int(match &this.payload {
        Payload::BigInt(b) => 24 + 4 * ((b.bits() as i64 + 29) / 30),
        Payload::Int(0) => 24,
        _ => 28,
    }))
}

fn bool_new(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(
        vm,
        "bool",
        Args::with_kw(&args.args[1..], args.kwnames),
        0,
        1,
    )?;
    match a.first() {
        Some(x) => Ok(vm.new_bool(vm.is_true(x)?)),
        None => Ok(vm.new_bool(false)),
    }
}

pub fn init(vm: &Vm) {
    let t = &vm.types.int;
    crate::objects::add_methods(
        vm,
        t,
        &[
            ("__repr__", int_repr),
            ("__add__", int_add),
            ("__radd__", int_radd),
            ("__sub__", int_sub),
            ("__rsub__", int_rsub),
            ("__mul__", int_mul),
            ("__rmul__", int_rmul),
            ("__floordiv__", int_floordiv),
            ("__rfloordiv__", int_rfloordiv),
            ("__mod__", int_mod),
            ("__rmod__", int_rmod),
            ("__truediv__", int_truediv),
            ("__rtruediv__", int_rtruediv),
            ("__and__", int_and),
            ("__rand__", int_rand),
            ("__or__", int_or),
            ("__ror__", int_ror),
            ("__xor__", int_xor),
            ("__rxor__", int_rxor),
            ("__lshift__", int_lshift),
            ("__rlshift__", int_rlshift),
            ("__rshift__", int_rshift),
            ("__rrshift__", int_rrshift),
            ("__pow__", int_pow_method),
            ("__rpow__", int_rpow_method),
            ("__divmod__", int_divmod),
            ("__rdivmod__", int_rdivmod),
            ("__neg__", int_neg),
            ("__pos__", int_pos),
            ("__invert__", int_invert),
            ("__abs__", int_abs),
            ("__bool__", int_bool),
            ("__int__", int_int),
            ("__float__", int_float),
            ("__index__", int_index),
            ("__hash__", int_hash),
            ("__lt__", int_lt),
            ("__le__", int_le),
            ("__eq__", int_eq),
            ("__ne__", int_ne),
            ("__gt__", int_gt),
            ("__ge__", int_ge),
            ("__round__", int_round),
            ("__trunc__", int_trunc),
            ("__floor__", int_trunc),
            ("__ceil__", int_trunc),
            ("__format__", int_format),
            ("__getnewargs__", int_getnewargs),
            ("__sizeof__", int_sizeof),
            ("bit_length", int_bit_length),
            ("bit_count", int_bit_count),
            ("conjugate", int_conjugate),
            ("as_integer_ratio", int_as_integer_ratio),
            ("to_bytes", int_to_bytes),
        ],
    );
    crate::objects::add_native(vm, t, "__new__", int_new, NativeKind::StaticMethod);
    crate::objects::add_native(vm, t, "from_bytes", int_from_bytes, NativeKind::ClassMethod);
    use crate::objects::descr::add_getset;
    add_getset(vm, t, "real", int_get_real, None);
    add_getset(vm, t, "imag", int_get_imag, None);
    add_getset(vm, t, "numerator", int_get_numerator, None);
    add_getset(vm, t, "denominator", int_get_denominator, None);

    let b = &vm.types.bool_;
    crate::objects::add_methods(
        vm,
        b,
        &[
            ("__repr__", int_repr),
            ("__and__", bool_and),
            ("__rand__", bool_rand),
            ("__or__", bool_or),
            ("__ror__", bool_ror),
            ("__xor__", bool_xor),
            ("__rxor__", bool_rxor),
        ],
    );
    crate::objects::add_native(vm, b, "__new__", bool_new, NativeKind::StaticMethod);
}
