//! `float`: the Python-object layer over `ferropy_primitives::numeric` — operand
//! conversion, the arithmetic fast path, exact int/float comparison, hashing, repr,
//! rounding, `hex`/`fromhex` and construction. The numeric algorithms themselves (and
//! their CPython error messages) live in the primitives crate; this file maps their
//! `NumError`s to Python exceptions.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use ferropy_primitives::numeric::{self as num, PowResult};

use crate::compile::bytecode::{BinOp, CompareKind};
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::objects::int::{num_error, to_bigint};
use crate::vm::Vm;

/// Fast float OP float; None for operations the generic path handles.
#[inline]
pub fn float_binop(vm: &Vm, a: f64, b: f64, op: BinOp) -> Option<PyResult> {
    Some(match op {
        BinOp::Add => Ok(vm.new_float(a + b)),
        BinOp::Sub => Ok(vm.new_float(a - b)),
        BinOp::Mul => Ok(vm.new_float(a * b)),
        BinOp::TrueDiv => num::float_true_div(a, b)
            .map(|v| vm.new_float(v))
            .map_err(|e| num_error(vm, e)),
        BinOp::FloorDiv => num::float_floor_div(a, b)
            .map(|v| vm.new_float(v))
            .map_err(|e| num_error(vm, e)),
        BinOp::Mod => num::float_mod(a, b)
            .map(|v| vm.new_float(v))
            .map_err(|e| num_error(vm, e)),
        BinOp::Pow => float_pow(vm, a, b),
        _ => return None,
    })
}

/// `a ** b` for floats: a float, or a complex for a negative base and a fractional
/// exponent (CPython hands those to complex.__pow__).
pub fn float_pow(vm: &Vm, a: f64, b: f64) -> PyResult {
    match num::float_pow(a, b).map_err(|e| num_error(vm, e))? {
        PowResult::Float(v) => Ok(vm.new_float(v)),
        PowResult::Complex(re, im) => Ok(vm.new_complex(re, im)),
    }
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

/// `a OP b` for an exact int and an exact float in either order (the answer int's
/// and float's comparison methods reach together: int's gives NotImplemented, the
/// float's reflected one compares exactly); None for other operand types.
#[inline]
pub fn exact_int_float_compare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareKind) -> Option<bool> {
    let is_exact_int = |o: &PyRef| {
        matches!(o.payload, Payload::Int(_) | Payload::BigInt(_)) && o.class().is(&vm.types.int)
    };
    let ordering = match (&a.payload, &b.payload) {
        (_, Payload::Float(f)) if is_exact_int(a) && b.class().is(&vm.types.float) => {
            compare_int_float(a, *f)
        }
        (Payload::Float(f), _) if is_exact_int(b) && a.class().is(&vm.types.float) => {
            compare_int_float(b, *f).map(std::cmp::Ordering::reverse)
        }
        _ => return None,
    };
    Some(match ordering {
        Some(o) => op.eval_ordering(o),
        None => op == CompareKind::Ne,
    })
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

/// `hash(x)`; a NaN hashes by the identity of its object `o` (CPython 3.10+).
pub fn hash_float(f: f64, o: &PyRef) -> i64 {
    let nan_hash = if f.is_nan() {
        crate::vm::protocol::id_hash(o)
    } else {
        0
    };
    num::hash_float(f, nan_hash)
}

/// A float operand: float, or int converted (OverflowError if too big).
pub fn to_f64(vm: &Vm, o: &PyRef) -> PyResult<Option<f64>> {
    match &o.payload {
        Payload::Float(f) => Ok(Some(*f)),
        Payload::Int(i) => Ok(Some(*i as f64)),
        Payload::BigInt(b) => Ok(Some(num::bigint_to_f64(b).map_err(|e| num_error(vm, e))?)),
        _ => Ok(None),
    }
}

/// A real-number argument as CPython's `PyFloat_AsDouble` reads it: a float, an int,
/// or an object with `__float__` or `__index__`. Strings are not numbers here
/// (`math.sqrt('4')` is a TypeError: "must be real number, not str").
pub fn float_from_object(vm: &Vm, x: &PyRef) -> PyResult<f64> {
    if let Some(v) = to_f64(vm, x)? {
        return Ok(v);
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
        return match to_f64(vm, &r)? {
            Some(v) if crate::objects::int::is_int(&r) => Ok(v),
            _ => Err(vm.type_error(format!(
                "__index__ returned non-int (type {})",
                r.type_name()
            ))),
        };
    }
    Err(vm.type_error(format!("must be real number, not {}", x.type_name())))
}

/// `float(x)`: numbers as [`float_from_object`], plus the text of str, bytes and
/// bytearray; float()'s own message for anything else.
fn float_ctor_value(vm: &Vm, x: &PyRef) -> PyResult<f64> {
    match &x.payload {
        Payload::Float(f) if x.class().is(&vm.types.float) => return Ok(*f),
        Payload::Int(i) if x.class().is(&vm.types.int) => return Ok(*i as f64),
        Payload::Str(s) if x.class().is(&vm.types.str) => {
            return parse_float_str(vm, &s.lossy(), x)
        }
        _ => {}
    }
    let has = |name: &PyRef| crate::object::typeobj::type_lookup(x.class(), name).is_some();
    if has(&vm.names.__float__) || has(&vm.names.__index__) {
        return float_from_object(vm, x);
    }
    match &x.payload {
        Payload::Float(f) => Ok(*f),
        Payload::Str(s) => parse_float_str(vm, &s.lossy(), x),
        Payload::Bytes(b) => parse_float_str(vm, &String::from_utf8_lossy(b), x),
        Payload::ByteArray(b) => {
            let s = String::from_utf8_lossy(&b.borrow()).into_owned();
            parse_float_str(vm, &s, x)
        }
        Payload::MemoryView(_) => {
            let data = crate::objects::bytes::bytes_from_object(vm, x)?;
            let text = String::from_utf8_lossy(&data).into_owned();
            parse_float_str(vm, &text, x)
        }
        _ => Err(vm.type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            x.type_name()
        ))),
    }
}

/// `float(s)` for text `s` taken from `orig` (whose repr goes in the error message).
pub fn parse_float_str(vm: &Vm, s: &str, orig: &PyRef) -> PyResult<f64> {
    match num::parse_float(s) {
        Some(v) => Ok(v),
        None => {
            let r = vm.repr_str(orig)?;
            Err(vm.value_error(format!("could not convert string to float: {}", r)))
        }
    }
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
        Some(y) => divmod_tuple(vm, x, y),
        None => Ok(vm.not_implemented()),
    }
}

fn float_rdivmod_m(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__rdivmod__", args, 2, 2)?;
    let x = this_f64(vm, &args)?;
    match to_f64(vm, &a[1])? {
        Some(y) => divmod_tuple(vm, y, x),
        None => Ok(vm.not_implemented()),
    }
}

fn divmod_tuple(vm: &Vm, x: f64, y: f64) -> PyResult {
    let (q, r) = num::float_divmod(x, y).map_err(|e| num_error(vm, e))?;
    Ok(vm.new_tuple(vec![vm.new_float(q), vm.new_float(r)]))
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
    Ok(vm.new_bool(num::is_integer(f)))
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
    let (n, d) = num::as_integer_ratio(f).map_err(|e| num_error(vm, e))?;
    Ok(vm.new_tuple(vec![vm.new_bigint(n), vm.new_bigint(d)]))
}

/// An int object for an integral-result conversion of `f` (trunc, floor, ceil, round).
fn bigint_result(vm: &Vm, r: Result<BigInt, num::NumError>) -> PyResult {
    r.map(|v| vm.new_bigint(v)).map_err(|e| num_error(vm, e))
}

fn float_trunc(vm: &Vm, args: Args) -> PyResult {
    crate::objects::int::float_to_int(vm, this_f64(vm, &args)?)
}
fn float_floor(vm: &Vm, args: Args) -> PyResult {
    bigint_result(vm, ferropy_primitives::math::floor(this_f64(vm, &args)?))
}
fn float_ceil(vm: &Vm, args: Args) -> PyResult {
    bigint_result(vm, ferropy_primitives::math::ceil(this_f64(vm, &args)?))
}

/// `ndigits` of `round()`: any `__index__` value, clipped to the i64 range as
/// CPython's `PyNumber_AsSsize_t(o, NULL)` clips it.
fn round_ndigits_arg(vm: &Vm, o: &PyRef) -> PyResult<i64> {
    let i = vm.index(o)?;
    Ok(match &i.payload {
        Payload::Int(v) => *v,
        _ => match to_bigint(&i) {
            Some(b) => b
                .to_i64()
                .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                }),
            None => 0,
        },
    })
}

fn float_round(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__round__", args, 1, 2)?;
    let f = this_f64(vm, &args)?;
    if a.len() == 1 || vm.is_none(&a[1]) {
        return bigint_result(vm, num::round_to_bigint(f));
    }
    let nd = round_ndigits_arg(vm, &a[1])?;
    num::round_half_even(f, nd)
        .map(|v| vm.new_float(v))
        .map_err(|e| num_error(vm, e))
}

fn float_format(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__format__", args, 2, 2)?;
    let f = this_f64(vm, &args)?;
    let spec = args::to_str(vm, &a[1], "format_spec")?;
    crate::objects::str::format_float_spec(vm, f, spec)
}

fn float_hex(vm: &Vm, args: Args) -> PyResult {
    let f = this_f64(vm, &args)?;
    Ok(vm.new_string(num::float_hex(f)))
}

fn float_fromhex(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "fromhex", args, 2, 2)?;
    let s = match vm.str_of(&a[1]) {
        Some(s) => s,
        None => return Err(vm.type_error("bad argument type for built-in operation")),
    };
    let v = num::float_fromhex(s).map_err(|e| num_error(vm, e))?;
    let r = vm.new_float(v);
    if a[0].is(&vm.types.float) {
        Ok(r)
    } else {
        vm.call1(&a[0], r)
    }
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
    crate::objects::add_attr(
        vm,
        t,
        "__doc__",
        vm.new_str("Convert a string or number to a floating point number, if possible."),
    );
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
}
