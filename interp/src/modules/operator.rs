//! The `_operator` module: the operator functions (`add`, `lt`, `index`, `getitem`,
//! `length_hint`, `call` …) as builtins over the VM's own operations, with CPython's
//! argument checks and messages, plus `_compare_digest` (used by `hmac` and `secrets`).
//! `operator.py` imports them over its pure-Python definitions; `itemgetter`,
//! `attrgetter` and `methodcaller` still come from `operator.py`.

use crate::compile::bytecode::{BinOp, CompareKind};
use crate::object::payload::*;
use crate::object::typeobj::type_lookup;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

/// The two operands of a binary operator function (`add expected 2 arguments, got 1`).
fn two<'a>(vm: &Vm, name: &str, a: &'a Args) -> PyResult<(&'a PyRef, &'a PyRef)> {
    let user = crate::modules::user_args(*a);
    no_keywords(vm, name, &user)?;
    let p = args::pos(vm, name, user, 2, 2)?;
    Ok((&p[0], &p[1]))
}

fn no_keywords(vm: &Vm, name: &str, a: &Args) -> PyResult<()> {
    if a.has_kw() {
        return Err(vm.type_error(format!("_operator.{}() takes no keyword arguments", name)));
    }
    Ok(())
}

/// Iterates `seq` for countOf/indexOf (`argument of type 'int' is not iterable`).
fn search_iter(vm: &Vm, seq: &PyRef) -> PyResult {
    vm.get_iter(seq).map_err(|e| {
        if vm.exc_matches(&e, &vm.exc.type_error) {
            vm.type_error(format!(
                "argument of type '{}' is not iterable",
                seq.type_name()
            ))
        } else {
            e
        }
    })
}

/// The operand of a one-argument function (`_operator.neg() takes exactly one argument`).
fn one<'a>(vm: &Vm, name: &str, a: &'a Args) -> PyResult<&'a PyRef> {
    let p = args::pos(
        vm,
        &format!("_operator.{}", name),
        crate::modules::user_args(*a),
        1,
        1,
    )?;
    Ok(&p[0])
}

macro_rules! binary_fns {
    ($($fname:ident, $pyname:literal, $inplace:literal, $op:ident;)*) => {
        $(fn $fname(vm: &Vm, a: Args) -> PyResult {
            let (x, y) = two(vm, $pyname, &a)?;
            if $inplace {
                vm.inplace_op(x, y, BinOp::$op)
            } else {
                vm.binary_op(x, y, BinOp::$op)
            }
        })*
    };
}

binary_fns! {
    add, "add", false, Add; sub, "sub", false, Sub; mul, "mul", false, Mul;
    matmul, "matmul", false, MatMul; truediv, "truediv", false, TrueDiv;
    floordiv, "floordiv", false, FloorDiv; mod_, "mod", false, Mod; pow, "pow", false, Pow;
    lshift, "lshift", false, LShift; rshift, "rshift", false, RShift;
    and_, "and_", false, And; or_, "or_", false, Or; xor, "xor", false, Xor;
    iadd, "iadd", true, Add; isub, "isub", true, Sub; imul, "imul", true, Mul;
    imatmul, "imatmul", true, MatMul; itruediv, "itruediv", true, TrueDiv;
    ifloordiv, "ifloordiv", true, FloorDiv; imod, "imod", true, Mod; ipow, "ipow", true, Pow;
    ilshift, "ilshift", true, LShift; irshift, "irshift", true, RShift;
    iand, "iand", true, And; ior, "ior", true, Or; ixor, "ixor", true, Xor;
}

macro_rules! compare_fns {
    ($($fname:ident, $pyname:literal, $kind:ident;)*) => {
        $(fn $fname(vm: &Vm, a: Args) -> PyResult {
            let (x, y) = two(vm, $pyname, &a)?;
            vm.rich_compare(x, y, CompareKind::$kind)
        })*
    };
}

compare_fns! {
    lt, "lt", Lt; le, "le", Le; eq, "eq", Eq; ne, "ne", Ne; gt, "gt", Gt; ge, "ge", Ge;
}

/// `unary_op` codes: 0 neg, 1 pos, 2 invert.
fn neg(vm: &Vm, a: Args) -> PyResult {
    vm.unary_op(one(vm, "neg", &a)?, 0)
}

fn pos(vm: &Vm, a: Args) -> PyResult {
    vm.unary_op(one(vm, "pos", &a)?, 1)
}

fn inv(vm: &Vm, a: Args) -> PyResult {
    vm.unary_op(one(vm, "inv", &a)?, 2)
}

fn invert(vm: &Vm, a: Args) -> PyResult {
    vm.unary_op(one(vm, "invert", &a)?, 2)
}

fn abs(vm: &Vm, a: Args) -> PyResult {
    let x = one(vm, "abs", &a)?;
    match vm.call_special(x, &vm.names.__abs__, &[])? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!("bad operand type for abs(): '{}'", x.type_name()))),
    }
}

fn not_(vm: &Vm, a: Args) -> PyResult {
    let x = one(vm, "not_", &a)?;
    Ok(vm.new_bool(!vm.is_true(x)?))
}

fn truth(vm: &Vm, a: Args) -> PyResult {
    let x = one(vm, "truth", &a)?;
    Ok(vm.new_bool(vm.is_true(x)?))
}

fn index(vm: &Vm, a: Args) -> PyResult {
    vm.index(one(vm, "index", &a)?)
}

fn is_(vm: &Vm, a: Args) -> PyResult {
    let (x, y) = two(vm, "is_", &a)?;
    Ok(vm.new_bool(x.is(y)))
}

fn is_not(vm: &Vm, a: Args) -> PyResult {
    let (x, y) = two(vm, "is_not", &a)?;
    Ok(vm.new_bool(!x.is(y)))
}

/// CPython: PySequence_Check — the left operand of `concat` must be a sequence.
fn check_sequence(vm: &Vm, x: &PyRef) -> PyResult<()> {
    let is_seq = !x.class().is(&vm.types.dict)
        && !x
            .class()
            .type_data()
            .mro
            .borrow()
            .iter()
            .any(|t| t.is(&vm.types.dict))
        && type_lookup(x.class(), &vm.names.__getitem__).is_some();
    if is_seq {
        Ok(())
    } else {
        Err(vm.type_error(format!("'{}' object can't be concatenated", x.type_name())))
    }
}

fn concat(vm: &Vm, a: Args) -> PyResult {
    let (x, y) = two(vm, "concat", &a)?;
    check_sequence(vm, x)?;
    vm.binary_op(x, y, BinOp::Add)
}

fn iconcat(vm: &Vm, a: Args) -> PyResult {
    let (x, y) = two(vm, "iconcat", &a)?;
    check_sequence(vm, x)?;
    vm.inplace_op(x, y, BinOp::Add)
}

fn contains(vm: &Vm, a: Args) -> PyResult {
    let (x, y) = two(vm, "contains", &a)?;
    Ok(vm.new_bool(vm.contains(x, y)?))
}

/// Identity, then equality: CPython's PyObject_RichCompareBool.
fn same_or_equal(vm: &Vm, x: &PyRef, y: &PyRef) -> PyResult<bool> {
    Ok(x.is(y) || vm.compare_bool(x, y, CompareKind::Eq)?)
}

fn count_of(vm: &Vm, a: Args) -> PyResult {
    let (seq, item) = two(vm, "countOf", &a)?;
    let it = search_iter(vm, seq)?;
    let mut n: i64 = 0;
    while let Some(x) = vm.iter_next(&it)? {
        if same_or_equal(vm, &x, item)? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn index_of(vm: &Vm, a: Args) -> PyResult {
    let (seq, item) = two(vm, "indexOf", &a)?;
    let it = search_iter(vm, seq)?;
    let mut i: i64 = 0;
    while let Some(x) = vm.iter_next(&it)? {
        if same_or_equal(vm, &x, item)? {
            return Ok(vm.new_int(i));
        }
        i += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn getitem(vm: &Vm, a: Args) -> PyResult {
    let (x, y) = two(vm, "getitem", &a)?;
    vm.get_item(x, y)
}

fn setitem(vm: &Vm, a: Args) -> PyResult {
    let user = crate::modules::user_args(a);
    no_keywords(vm, "setitem", &user)?;
    let p = args::pos(vm, "setitem", user, 3, 3)?;
    vm.set_item(&p[0], p[1].clone(), p[2].clone())?;
    Ok(vm.none())
}

fn delitem(vm: &Vm, a: Args) -> PyResult {
    let (x, y) = two(vm, "delitem", &a)?;
    vm.del_item(x, y)?;
    Ok(vm.none())
}

/// `length_hint(obj, default=0)`: len(obj) when it has one (a TypeError from it falls
/// through), else `__length_hint__()` (PEP 424; NotImplemented or a TypeError from it
/// mean no hint), else `default`.
fn length_hint(vm: &Vm, a: Args) -> PyResult {
    let user = crate::modules::user_args(a);
    no_keywords(vm, "length_hint", &user)?;
    let p = args::pos(vm, "length_hint", user, 1, 2)?;
    let obj = &p[0];
    let default = match p.get(1) {
        Some(d) => {
            let i = vm.index(d)?;
            args::to_i64(vm, &i)?
        }
        None => 0,
    };
    if type_lookup(obj.class(), &vm.names.__len__).is_some() {
        match vm.len(obj) {
            Ok(n) => return Ok(vm.new_int(n as i64)),
            Err(e) if vm.exc_matches(&e, &vm.exc.type_error) => {}
            Err(e) => return Err(e),
        }
    }
    let hint_name = vm.intern("__length_hint__");
    // A TypeError from `__length_hint__` also means "no hint".
    let r = match vm.call_special(obj, &hint_name, &[]) {
        Ok(Some(r)) => r,
        Ok(None) => return Ok(vm.new_int(default)),
        Err(e) if vm.exc_matches(&e, &vm.exc.type_error) => return Ok(vm.new_int(default)),
        Err(e) => return Err(e),
    };
    if vm.is_not_implemented(&r) {
        return Ok(vm.new_int(default));
    }
    if !matches!(r.payload, Payload::Int(_) | Payload::BigInt(_)) {
        return Err(vm.type_error(format!(
            "__length_hint__ must be an integer, not {}",
            r.type_name()
        )));
    }
    let n = args::to_i64(vm, &r)?;
    if n < 0 {
        return Err(vm.value_error("__length_hint__() should return >= 0"));
    }
    Ok(r)
}

/// `call(obj, /, *args, **kwargs)`.
fn call(vm: &Vm, a: Args) -> PyResult {
    let user = crate::modules::user_args(a);
    let Some(f) = user.pos().first() else {
        return Err(vm.type_error("call expected at least 1 argument, got 0"));
    };
    vm.call(f, Args::with_kw(&user.args[1..], user.kwnames))
}

/// `_compare_digest(a, b)`: equality of two ASCII strs or two bytes-like objects in time
/// that depends only on the length of `b` (CPython's `_tscmp`).
fn compare_digest(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "_compare_digest", crate::modules::user_args(a), 2, 2)?;
    let (x, y) = (&a[0], &a[1]);
    let (left, right) = match (vm.str_of(x), vm.str_of(y)) {
        (Some(l), Some(r)) => {
            if !l.is_ascii() || !r.is_ascii() {
                return Err(
                    vm.type_error("comparing strings with non-ASCII characters is not supported")
                );
            }
            (l.as_bytes().to_vec(), r.as_bytes().to_vec())
        }
        _ => {
            // CPython: neither side a buffer → "unsupported operand types"; otherwise
            // the first side that is not a buffer is named.
            let bl = crate::objects::bytes::bytes_from_object(vm, x);
            let br = crate::objects::bytes::bytes_from_object(vm, y);
            match (bl, br) {
                (Ok(l), Ok(r)) => (l, r),
                (Err(_), Err(_)) => return Err(unsupported(vm, &x.type_name(), &y.type_name())),
                (Err(e), _) | (_, Err(e)) => return Err(e),
            }
        }
    };
    // Compare against `right` in full whatever `left` holds, so the time taken does not
    // reveal where the first difference is.
    let mut diff = (left.len() != right.len()) as u8;
    for (i, b) in right.iter().enumerate() {
        let l = if left.is_empty() {
            0
        } else {
            left[i % left.len()]
        };
        diff |= l ^ b;
    }
    Ok(vm.new_bool(diff == 0))
}

fn unsupported(vm: &Vm, a: &str, b: &str) -> PyErr {
    vm.type_error(format!(
        "unsupported operand types(s) or combination of types: '{}' and '{}'",
        a, b
    ))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_compare_digest", compare_digest),
    ("abs", abs),
    ("add", add),
    ("and_", and_),
    ("call", call),
    ("concat", concat),
    ("contains", contains),
    ("countOf", count_of),
    ("delitem", delitem),
    ("eq", eq),
    ("floordiv", floordiv),
    ("ge", ge),
    ("getitem", getitem),
    ("gt", gt),
    ("iadd", iadd),
    ("iand", iand),
    ("iconcat", iconcat),
    ("ifloordiv", ifloordiv),
    ("ilshift", ilshift),
    ("imatmul", imatmul),
    ("imod", imod),
    ("imul", imul),
    ("index", index),
    ("indexOf", index_of),
    ("inv", inv),
    ("invert", invert),
    ("ior", ior),
    ("ipow", ipow),
    ("irshift", irshift),
    ("is_", is_),
    ("is_not", is_not),
    ("isub", isub),
    ("itruediv", itruediv),
    ("ixor", ixor),
    ("le", le),
    ("length_hint", length_hint),
    ("lshift", lshift),
    ("lt", lt),
    ("matmul", matmul),
    ("mod", mod_),
    ("mul", mul),
    ("ne", ne),
    ("neg", neg),
    ("not_", not_),
    ("or_", or_),
    ("pos", pos),
    ("pow", pow),
    ("rshift", rshift),
    ("setitem", setitem),
    ("sub", sub),
    ("truediv", truediv),
    ("truth", truth),
    ("xor", xor),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(vm, "_operator", FUNCTIONS);
    let d = vm.module_dict(&m).unwrap();
    vm.dict_set_str(
        &d,
        "__doc__",
        vm.new_str("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."),
    )?;
    Ok(m)
}
