//! `int` and `bool`: the Python-object layer over `ferropy_primitives::numeric` —
//! machine-word fast paths with num-bigint beyond, Python's floor division/modulo
//! semantics, construction from numbers and strings, `to_bytes`/`from_bytes`, and
//! the mapping of the primitives' `NumError` to Python exceptions ([`num_error`]).

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use ferropy_primitives::numeric::{self as num, NumError, ParsedInt};

use crate::compile::bytecode::BinOp;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

pub use ferropy_primitives::numeric::{hash_bigint, hash_i64};

/// The Python exception for a numeric primitive's error. Float `**` overflow is
/// CPython's errno-style `OverflowError(34, 'Numerical result out of range')`.
pub fn num_error(vm: &Vm, e: NumError) -> PyErr {
    match e {
        NumError::ZeroDivision(m) => vm.zero_division_error(m),
        NumError::Overflow(m) if m == num::POW_OVERFLOW_MESSAGE => PyErr(vm.new_exception(
            &vm.exc.overflow_error,
            vec![
                vm.new_int(num::POW_OVERFLOW_ERRNO as i64),
                vm.new_str(num::POW_OVERFLOW_STRERROR),
            ],
        )),
        NumError::Overflow(m) => vm.overflow_error(m),
        NumError::Value(m) => vm.value_error(m),
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
    num::int_true_divide(a, b).map_err(|e| num_error(vm, e))
}

pub fn big_to_f64(vm: &Vm, b: &BigInt) -> PyResult<f64> {
    num::bigint_to_f64(b).map_err(|e| num_error(vm, e))
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
        Payload::BigInt(b) => bigint_decimal_string(vm, b),
        _ => Err(vm.type_error("int expected")),
    }
}

/// The ValueError of `str(n)` (and `'%d' % n`) when `n` has more decimal digits than
/// `sys.get_int_max_str_digits()` allows.
pub fn check_decimal_digit_limit(vm: &Vm, b: &BigInt) -> PyResult<()> {
    let limit = vm.int_max_str_digits.get();
    // At most bits * log10(2) + 1 digits: clearly within the limit needs no conversion.
    if limit == 0 || (b.bits() as f64 * std::f64::consts::LOG10_2) + 1.0 <= limit as f64 {
        return Ok(());
    }
    bigint_decimal_string(vm, b).map(|_| ())
}

/// `str(n)` for a big int, refusing more digits than `sys.get_int_max_str_digits()`.
pub fn bigint_decimal_string(vm: &Vm, b: &BigInt) -> PyResult<String> {
    let limit = vm.int_max_str_digits.get();
    let too_long = || {
        vm.value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
            limit
        ))
    };
    // Reject clearly oversized values before the (quadratic) conversion.
    if limit > 0 && (b.bits() as f64 - 1.0) * std::f64::consts::LOG10_2 >= limit as f64 {
        return Err(too_long());
    }
    let s = b.to_string();
    if limit > 0 && s.trim_start_matches('-').len() > limit {
        return Err(too_long());
    }
    Ok(s)
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
    for k in rest.kwnames.iter() {
        let name = vm.str_of(k).unwrap_or("");
        if name != "base" {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for int()",
                name
            )));
        }
    }
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
        return match &x.payload {
            Payload::Str(s) => parse_int_text(vm, &s.lossy(), b as u32, x),
            Payload::Bytes(bs) => parse_int_text(vm, &String::from_utf8_lossy(bs), b as u32, x),
            Payload::ByteArray(bs) => {
                let t = String::from_utf8_lossy(&bs.borrow()).into_owned();
                parse_int_text(vm, &t, b as u32, x)
            }
            _ => Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
    }
    match &x.payload {
        Payload::Int(_) | Payload::BigInt(_) => return Ok(as_exact_int(vm, x)),
        Payload::Float(f) => return float_to_int(vm, *f),
        Payload::Str(s) => return parse_int_text(vm, &s.lossy(), 10, x),
        Payload::Bytes(bs) => return parse_int_text(vm, &String::from_utf8_lossy(bs), 10, x),
        Payload::ByteArray(bs) => {
            let t = String::from_utf8_lossy(&bs.borrow()).into_owned();
            return parse_int_text(vm, &t, 10, x);
        }
        _ => {}
    }
    let from_buffer = |vm: &Vm| -> PyResult {
        let data = crate::objects::bytes::bytes_from_object(vm, x)?;
        parse_int_text(
            vm,
            &String::from_utf8_lossy(&data),
            10,
            &vm.new_bytes(data.clone()),
        )
    };
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
    if matches!(x.payload, Payload::MemoryView(_)) {
        return from_buffer(vm);
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        x.type_name()
    )))
}

/// `int(f)` for a float: truncation toward zero.
pub fn float_to_int(vm: &Vm, f: f64) -> PyResult {
    if f.abs() < 9.0e18 {
        return Ok(vm.new_int(f as i64));
    }
    num::float_to_bigint(f)
        .map(|v| vm.new_bigint(v))
        .map_err(|e| num_error(vm, e))
}

/// `int()`'s ValueError for invalid text: the repr of the argument, cut to 200
/// characters as CPython's `%.200R` cuts it.
fn invalid_literal(vm: &Vm, base: u32, orig: &PyRef) -> PyErr {
    match vm.repr_str(orig) {
        Ok(r) => {
            let shown: String = r.chars().take(200).collect();
            vm.value_error(format!(
                "invalid literal for int() with base {}: {}",
                base, shown
            ))
        }
        Err(e) => e,
    }
}

/// `int(text, base)`, `text` taken from `orig`; base is 0 or 2..=36.
fn parse_int_text(vm: &Vm, text: &str, base: u32, orig: &PyRef) -> PyResult {
    let limit = vm.int_max_str_digits.get();
    if limit > 0 && text.len() > limit {
        if let Some(digits) = limited_digit_count(text, base) {
            if digits > limit {
                return Err(vm.value_error(format!(
                    "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                    limit, digits
                )));
            }
        }
    }
    match num::parse_int_fast(text, base) {
        Ok(ParsedInt::Small(v)) => Ok(vm.new_int(v)),
        Ok(ParsedInt::Big(b)) => Ok(vm.new_bigint(b)),
        Err(_) => Err(invalid_literal(vm, base, orig)),
    }
}

/// The digit count CPython 3.11 checks against `sys.get_int_max_str_digits()`: the
/// digits before the first character that is not a digit of the base (underscores
/// skipped). None for power-of-two bases (including base 0 with a `0x`/`0o`/`0b`
/// prefix), which have no limit.
fn limited_digit_count(text: &str, base: u32) -> Option<usize> {
    let t = text.trim_start();
    let t = t.strip_prefix(['+', '-']).unwrap_or(t);
    let b = t.as_bytes();
    let prefixed = b.len() >= 2 && b[0] == b'0' && matches!(b[1] | 0x20, b'x' | b'o' | b'b');
    let base = match base {
        0 if prefixed => return None,
        0 => 10,
        b => b,
    };
    if base.is_power_of_two() {
        return None;
    }
    let count = t
        .chars()
        .filter(|&c| c != '_')
        .take_while(|&c| {
            c.is_digit(base)
                || (!c.is_ascii() && ferropy_primitives::unicode::decimal_value(c).is_some())
        })
        .count();
    Some(count)
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

/// `to_bytes`/`from_bytes` take at most three arguments, of which `signed` is
/// keyword-only.
fn check_signed_keyword_only(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    let total = args.args.len();
    if total > 3 {
        return Err(vm.type_error(format!(
            "{}() takes at most 3 arguments ({} given)",
            name, total
        )));
    }
    let positional = args.pos().len();
    if positional > 2 {
        return Err(vm.type_error(format!(
            "{}() takes at most 2 positional arguments ({} given)",
            name, positional
        )));
    }
    Ok(())
}

fn int_to_bytes(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?.clone();
    let rest = Args::with_kw(&args.args[1..], args.kwnames);
    check_signed_keyword_only(vm, "to_bytes", &rest)?;
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
    let extra = length as usize - bytes.len();
    if !ferropy_primitives::memory::allocation_fits(length as usize)
        || bytes.try_reserve_exact(extra).is_err()
    {
        return Err(vm.memory_error());
    }
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
    check_signed_keyword_only(vm, "from_bytes", &rest)?;
    let b = args::bind(
        vm,
        "from_bytes",
        rest,
        &["bytes", "byteorder", "signed"],
        1,
        0,
    )?;
    let src = b[0].as_ref().unwrap();
    let data = match &src.payload {
        Payload::Bytes(d) => d.to_vec(),
        Payload::Str(_) => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to bytes",
                src.type_name()
            )))
        }
        _ => {
            let converted = vm.call1(&vm.types.bytes, src.clone())?;
            crate::objects::bytes::bytes_from_object(vm, &converted)?
        }
    };
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
    let nd = vm.index(&a[1])?;
    let nd = to_bigint(&nd).unwrap_or_default();
    if !nd.is_negative() {
        return Ok(as_exact_int(vm, &a[0]));
    }
    let v = to_bigint(&a[0]).unwrap_or_default();
    // 10**-nd beyond every digit of v: the result is 0 (and 10**-nd is never built).
    let digits = (v.bits() as f64 * std::f64::consts::LOG10_2) as u64 + 1;
    let places = match (-nd).to_u64() {
        Some(p) if p <= digits => p,
        _ => return Ok(vm.new_int(0)),
    };
    let p = num_traits::pow(BigInt::from(10), places as usize);
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

/// `int.__doc__`, as CPython 3.11 shows it.
const INT_DOC: &str = "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4";
/// `bool.__doc__`, as CPython 3.11 shows it.
const BOOL_DOC: &str = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.";

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
    crate::objects::add_attr(vm, t, "__doc__", vm.new_str(INT_DOC));
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
    crate::objects::add_attr(vm, b, "__doc__", vm.new_str(BOOL_DOC));
}
