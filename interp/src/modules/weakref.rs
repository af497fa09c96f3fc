//! The `_weakref` module: `ref` (`weakref.ReferenceType`, subclassable: `weakref.py`'s
//! `KeyedRef`), proxies (`weakproxy`, `weakcallableproxy`), `getweakrefcount`,
//! `getweakrefs` and `_remove_dead_weakref`, on the registry of `object/weakref.rs`.

use crate::compile::bytecode::{BinOp, CompareKind};
use crate::object::payload::*;
use crate::object::weakref::{self as wr, WeakRefData};
use crate::object::PyRef;
use crate::objects::args;
use crate::objects::typeobj::new_native_type;
use crate::vm::Vm;

use crate::modules::user_args as user;

fn data<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a WeakRefData> {
    wr::data_of(o).ok_or_else(|| vm.type_error("weak reference expected"))
}

fn check_referent(vm: &Vm, ob: &PyRef) -> PyResult<()> {
    if wr::supports_weakref(ob) {
        Ok(())
    } else {
        Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            ob.type_name()
        )))
    }
}

/// `ref.__new__(cls, ob, callback=None)`: an exact `ref` without a callback is shared by
/// all such requests for the same object, as in CPython.
fn ref_new(vm: &Vm, a: Args) -> PyResult {
    let cls = args::this(vm, &a)?.clone();
    // CPython unpacks only the positional arguments here: keywords are left to the
    // `__init__` of a subclass (and refused by `ref.__init__`).
    let b = unpack_ob_callback(vm, "__new__", &a.args[1..])?;
    let ob = b[0].clone();
    check_referent(vm, &ob)?;
    let callback = b.get(1).cloned().filter(|c| !vm.is_none(c));
    let ref_type = ref_type(vm)?;
    if callback.is_none() && cls.is(&ref_type) {
        if let Some(r) = wr::refs_to(&ob).into_iter().find(|r| {
            r.class().is(&ref_type)
                && wr::data_of(r).is_some_and(|d| d.callback.borrow().is_none() && !d.is_proxy)
        }) {
            return Ok(r);
        }
    }
    Ok(wr::new_weakref(
        |p| vm.new_object_of(&cls, p),
        &ob,
        callback,
        false,
    ))
}

/// `PyArg_UnpackTuple(args, name, 1, 2)`: the object and an optional callback.
fn unpack_ob_callback<'a>(vm: &Vm, name: &str, p: &'a [PyRef]) -> PyResult<&'a [PyRef]> {
    match p.len() {
        0 => Err(vm.type_error(format!("{} expected at least 1 argument, got 0", name))),
        1 | 2 => Ok(p),
        n => Err(vm.type_error(format!("{} expected at most 2 arguments, got {}", name, n))),
    }
}

fn ref_init(vm: &Vm, a: Args) -> PyResult {
    if a.has_kw() {
        return Err(vm.type_error("ref() takes no keyword arguments"));
    }
    unpack_ob_callback(vm, "__init__", a.args.get(1..).unwrap_or(&[]))?;
    Ok(vm.none())
}

fn ref_call(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "__call__", a, 0, 0)?;
    Ok(data(vm, &s[0])?.get().unwrap_or_else(|| vm.none()))
}

fn ref_hash(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "__hash__", a, 0, 0)?;
    let d = data(vm, &s[0])?;
    if let Some(h) = d.hash.get() {
        return Ok(vm.new_int(h));
    }
    let Some(ob) = d.get() else {
        return Err(vm.type_error("weak object has gone away"));
    };
    let h = vm.hash(&ob)?;
    d.hash.set(Some(h));
    Ok(vm.new_int(h))
}

/// `==`/`!=`: two live references compare their referents, otherwise identity.
fn ref_compare(vm: &Vm, a: Args, kind: CompareKind) -> PyResult {
    let s = args::method(vm, "__eq__", a, 1, 1)?;
    let (Some(x), Some(y)) = (wr::data_of(&s[0]), wr::data_of(&s[1])) else {
        return Ok(vm.not_implemented());
    };
    match (x.get(), y.get()) {
        (Some(p), Some(q)) => vm.rich_compare(&p, &q, kind),
        _ => Ok(vm.new_bool(s[0].is(&s[1]) == (kind == CompareKind::Eq))),
    }
}
fn ref_eq(vm: &Vm, a: Args) -> PyResult {
    ref_compare(vm, a, CompareKind::Eq)
}
fn ref_ne(vm: &Vm, a: Args) -> PyResult {
    ref_compare(vm, a, CompareKind::Ne)
}

fn referent_text(vm: &Vm, ob: &PyRef) -> String {
    let name = vm
        .get_attr_opt(ob, &vm.names.__name__)
        .ok()
        .flatten()
        .and_then(|n| vm.str_of(&n).map(|s| s.to_string()));
    match name {
        Some(n) => format!("to '{}' at {:#x} ({})", ob.type_name(), ob.id(), n),
        None => format!("to '{}' at {:#x}", ob.type_name(), ob.id()),
    }
}

fn ref_repr(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "__repr__", a, 0, 0)?;
    let d = data(vm, &s[0])?;
    let what = if d.is_proxy { "weakproxy" } else { "weakref" };
    Ok(vm.new_str(&match d.get() {
        Some(ob) => format!("<{} at {:#x}; {}>", what, s[0].id(), referent_text(vm, &ob)),
        None => format!("<{} at {:#x}; dead>", what, s[0].id()),
    }))
}

fn ref_callback(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(data(vm, o)?
        .callback
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none()))
}

fn ref_class_getitem(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "__class_getitem__", a, 2, 2)?;
    crate::objects::generic_alias(vm, &a[0], &a[1])
}

/// The referent of a proxy, or ReferenceError.
fn proxied(vm: &Vm, o: &PyRef) -> PyResult<PyRef> {
    data(vm, o)?.get().ok_or_else(|| {
        vm.new_error(
            &vm.exc.reference_error,
            "weakly-referenced object no longer exists",
        )
    })
}

/// Defines proxy methods that call an operation on the referent.
macro_rules! forward {
    ($($name:ident($dunder:literal, $n:literal) => |$vm:ident, $ob:ident, $x:ident| $body:expr;)*) => {
        $(fn $name($vm: &Vm, a: Args) -> PyResult {
            let s = args::method($vm, $dunder, a, $n, $n)?;
            let $ob = proxied($vm, &s[0])?;
            let $x = &s[1..];
            $body
        })*
    };
}

forward! {
    proxy_getattribute("__getattribute__", 1) => |vm, ob, x| vm.get_attr(&ob, &x[0]);
    proxy_setattr("__setattr__", 2) => |vm, ob, x| vm.set_attr(&ob, &x[0], x[1].clone()).map(|_| vm.none());
    proxy_delattr("__delattr__", 1) => |vm, ob, x| vm.del_attr(&ob, &x[0]).map(|_| vm.none());
    proxy_str("__str__", 0) => |vm, ob, _x| vm.str(&ob);
    proxy_bool("__bool__", 0) => |vm, ob, _x| vm.is_true(&ob).map(|t| vm.new_bool(t));
    proxy_len("__len__", 0) => |vm, ob, _x| vm.len(&ob).map(|n| vm.new_usize(n));
    proxy_getitem("__getitem__", 1) => |vm, ob, x| vm.get_item(&ob, &x[0]);
    proxy_setitem("__setitem__", 2) => |vm, ob, x| vm.set_item(&ob, x[0].clone(), x[1].clone()).map(|_| vm.none());
    proxy_delitem("__delitem__", 1) => |vm, ob, x| vm.del_item(&ob, &x[0]).map(|_| vm.none());
    proxy_contains("__contains__", 1) => |vm, ob, x| vm.contains(&ob, &x[0]).map(|t| vm.new_bool(t));
    proxy_eq("__eq__", 1) => |vm, ob, x| vm.rich_compare(&ob, &unproxy(vm, &x[0])?, CompareKind::Eq);
    proxy_ne("__ne__", 1) => |vm, ob, x| vm.rich_compare(&ob, &unproxy(vm, &x[0])?, CompareKind::Ne);
    proxy_lt("__lt__", 1) => |vm, ob, x| vm.rich_compare(&ob, &unproxy(vm, &x[0])?, CompareKind::Lt);
    proxy_le("__le__", 1) => |vm, ob, x| vm.rich_compare(&ob, &unproxy(vm, &x[0])?, CompareKind::Le);
    proxy_gt("__gt__", 1) => |vm, ob, x| vm.rich_compare(&ob, &unproxy(vm, &x[0])?, CompareKind::Gt);
    proxy_ge("__ge__", 1) => |vm, ob, x| vm.rich_compare(&ob, &unproxy(vm, &x[0])?, CompareKind::Ge);
}

/// Calls the builtin `name` (abs, int, ...) on `ob`.
fn call_builtin(vm: &Vm, name: &str, ob: PyRef) -> PyResult {
    let f = vm
        .dict_get_str(&vm.builtins_dict, name)?
        .ok_or_else(|| vm.runtime_error(format!("lost builtins.{}", name)))?;
    vm.call(&f, Args::new(&[ob]))
}

forward! {
    proxy_neg("__neg__", 0) => |vm, ob, _x| vm.unary_op(&ob, 0);
    proxy_pos("__pos__", 0) => |vm, ob, _x| vm.unary_op(&ob, 1);
    proxy_invert("__invert__", 0) => |vm, ob, _x| vm.unary_op(&ob, 2);
    proxy_abs("__abs__", 0) => |vm, ob, _x| call_builtin(vm, "abs", ob);
    proxy_int("__int__", 0) => |vm, ob, _x| call_builtin(vm, "int", ob);
    proxy_float("__float__", 0) => |vm, ob, _x| call_builtin(vm, "float", ob);
    proxy_bytes("__bytes__", 0) => |vm, ob, _x| call_builtin(vm, "bytes", ob);
    proxy_reversed("__reversed__", 0) => |vm, ob, _x| call_builtin(vm, "reversed", ob);
    proxy_index("__index__", 0) => |vm, ob, _x| vm.index(&ob);
    proxy_iter("__iter__", 0) => |vm, ob, _x| vm.get_iter(&ob);
    proxy_next("__next__", 0) => |vm, ob, _x| {
        if vm.get_attr_opt(ob.class(), &vm.intern("__next__"))?.is_none() {
            return Err(vm.type_error(format!(
                "Weakref proxy referenced a non-iterator '{}' object",
                ob.type_name()
            )));
        }
        vm.call_method(&ob, "__next__", &[])
    };
}

/// Proxy number methods: the operands are unwrapped and the operation is done on them
/// (forward, reflected and in-place forms of each binary operator).
macro_rules! proxy_binops {
    ($($op:ident: $f:ident $fname:literal, $r:ident $rname:literal, $i:ident $iname:literal;)*) => {
        $(
            fn $f(vm: &Vm, a: Args) -> PyResult {
                let s = args::method(vm, $fname, a, 1, 1)?;
                vm.binary_op(&unproxy(vm, &s[0])?, &unproxy(vm, &s[1])?, BinOp::$op)
            }
            fn $r(vm: &Vm, a: Args) -> PyResult {
                let s = args::method(vm, $rname, a, 1, 1)?;
                vm.binary_op(&unproxy(vm, &s[1])?, &unproxy(vm, &s[0])?, BinOp::$op)
            }
            fn $i(vm: &Vm, a: Args) -> PyResult {
                let s = args::method(vm, $iname, a, 1, 1)?;
                vm.inplace_op(&unproxy(vm, &s[0])?, &unproxy(vm, &s[1])?, BinOp::$op)
            }
        )*
        const PROXY_NUMBER_METHODS: &[(&str, NativeFn)] = &[
            $(($fname, $f), ($rname, $r), ($iname, $i),)*
        ];
    };
}

proxy_binops! {
    Add: proxy_add "__add__", proxy_radd "__radd__", proxy_iadd "__iadd__";
    Sub: proxy_sub "__sub__", proxy_rsub "__rsub__", proxy_isub "__isub__";
    Mul: proxy_mul "__mul__", proxy_rmul "__rmul__", proxy_imul "__imul__";
    MatMul: proxy_matmul "__matmul__", proxy_rmatmul "__rmatmul__", proxy_imatmul "__imatmul__";
    TrueDiv: proxy_truediv "__truediv__", proxy_rtruediv "__rtruediv__", proxy_itruediv "__itruediv__";
    FloorDiv: proxy_floordiv "__floordiv__", proxy_rfloordiv "__rfloordiv__", proxy_ifloordiv "__ifloordiv__";
    Mod: proxy_mod "__mod__", proxy_rmod "__rmod__", proxy_imod "__imod__";
    Pow: proxy_pow "__pow__", proxy_rpow "__rpow__", proxy_ipow "__ipow__";
    LShift: proxy_lshift "__lshift__", proxy_rlshift "__rlshift__", proxy_ilshift "__ilshift__";
    RShift: proxy_rshift "__rshift__", proxy_rrshift "__rrshift__", proxy_irshift "__irshift__";
    And: proxy_and "__and__", proxy_rand "__rand__", proxy_iand "__iand__";
    Or: proxy_or "__or__", proxy_ror "__ror__", proxy_ior "__ior__";
    Xor: proxy_xor "__xor__", proxy_rxor "__rxor__", proxy_ixor "__ixor__";
}

fn proxy_divmod(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "__divmod__", a, 1, 1)?;
    let f = vm
        .dict_get_str(&vm.builtins_dict, "divmod")?
        .ok_or_else(|| vm.runtime_error("lost builtins.divmod"))?;
    vm.call(&f, Args::new(&[unproxy(vm, &s[0])?, unproxy(vm, &s[1])?]))
}
fn proxy_rdivmod(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "__rdivmod__", a, 1, 1)?;
    let f = vm
        .dict_get_str(&vm.builtins_dict, "divmod")?
        .ok_or_else(|| vm.runtime_error("lost builtins.divmod"))?;
    vm.call(&f, Args::new(&[unproxy(vm, &s[1])?, unproxy(vm, &s[0])?]))
}

/// A proxy operand stands for its referent in comparisons.
fn unproxy(vm: &Vm, o: &PyRef) -> PyResult<PyRef> {
    match wr::data_of(o) {
        Some(d) if d.is_proxy => proxied(vm, o),
        _ => Ok(o.clone()),
    }
}

fn proxy_call(vm: &Vm, a: Args) -> PyResult {
    let this = args::this(vm, &a)?;
    let ob = proxied(vm, this)?;
    vm.call(&ob, Args::with_kw(&a.args[1..], a.kwnames))
}

fn proxy_hash(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "__hash__", a, 0, 0)?;
    Err(vm.type_error(format!("unhashable type: '{}'", s[0].type_name())))
}

fn proxy(vm: &Vm, a: Args) -> PyResult {
    let b = args::bind(vm, "proxy", user(a), &["object", "callback"], 1, 2)?;
    let ob = b[0].clone().unwrap_or_else(|| vm.none());
    check_referent(vm, &ob)?;
    let callback = b[1].clone().filter(|c| !vm.is_none(c));
    let name = if vm.is_callable(&ob) {
        "CallableProxyType"
    } else {
        "ProxyType"
    };
    let ty = module_attr(vm, name)?;
    // A proxy without a callback is shared, as CPython does.
    if callback.is_none() {
        if let Some(p) = wr::refs_to(&ob).into_iter().find(|r| {
            r.class().is(&ty)
                && wr::data_of(r).is_some_and(|d| d.callback.borrow().is_none() && d.is_proxy)
        }) {
            return Ok(p);
        }
    }
    Ok(wr::new_weakref(
        |p| PyRef::new(ty.clone(), p),
        &ob,
        callback,
        true,
    ))
}

fn getweakrefcount(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "getweakrefcount", user(a), 1, 1)?;
    Ok(vm.new_usize(wr::refs_to(&a[0]).len()))
}

fn getweakrefs(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "getweakrefs", user(a), 1, 1)?;
    Ok(vm.new_list(wr::refs_to(&a[0])))
}

/// `_remove_dead_weakref(dict, key)`: deletes `dict[key]` if it is a dead reference.
fn remove_dead_weakref(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "_remove_dead_weakref", user(a), 2, 2)?;
    if !matches!(a[0].payload, Payload::Dict(_)) {
        return Err(vm.type_error("_remove_dead_weakref() argument 1 must be dict"));
    }
    if let Some(v) = vm.dict_get_item(&a[0], &a[1])? {
        if wr::data_of(&v).is_some_and(|d| d.is_dead()) {
            vm.dict_del_item(&a[0], &a[1])?;
        }
    }
    Ok(vm.none())
}

fn module_attr(vm: &Vm, name: &str) -> PyResult {
    let m = vm.import_full("_weakref")?;
    vm.get_attr(&m, &vm.intern(name))
}

fn ref_type(vm: &Vm) -> PyResult {
    module_attr(vm, "ref")
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(
        vm,
        "_weakref",
        &[
            ("proxy", proxy),
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
            ("_remove_dead_weakref", remove_dead_weakref),
        ],
    );
    let d = vm.module_dict(&m).unwrap();
    let r = new_native_type(vm, "ReferenceType", "weakref", true);
    crate::objects::add_native(vm, &r, "__new__", ref_new, NativeKind::StaticMethod);
    crate::objects::add_native(
        vm,
        &r,
        "__class_getitem__",
        ref_class_getitem,
        NativeKind::ClassMethod,
    );
    crate::objects::add_methods(
        vm,
        &r,
        &[
            ("__init__", ref_init),
            ("__call__", ref_call),
            ("__hash__", ref_hash),
            ("__eq__", ref_eq),
            ("__ne__", ref_ne),
            ("__repr__", ref_repr),
        ],
    );
    crate::objects::descr::add_getset(vm, &r, "__callback__", ref_callback, None);
    vm.dict_set_str(&d, "ref", r.clone())?;
    vm.dict_set_str(&d, "ReferenceType", r)?;
    let proxy_methods: &[(&'static str, NativeFn)] = &[
        ("__getattribute__", proxy_getattribute),
        ("__setattr__", proxy_setattr),
        ("__delattr__", proxy_delattr),
        ("__repr__", ref_repr),
        ("__str__", proxy_str),
        ("__bool__", proxy_bool),
        ("__len__", proxy_len),
        ("__iter__", proxy_iter),
        ("__getitem__", proxy_getitem),
        ("__setitem__", proxy_setitem),
        ("__delitem__", proxy_delitem),
        ("__contains__", proxy_contains),
        ("__eq__", proxy_eq),
        ("__ne__", proxy_ne),
        ("__lt__", proxy_lt),
        ("__le__", proxy_le),
        ("__gt__", proxy_gt),
        ("__ge__", proxy_ge),
        ("__hash__", proxy_hash),
        ("__next__", proxy_next),
        ("__neg__", proxy_neg),
        ("__pos__", proxy_pos),
        ("__invert__", proxy_invert),
        ("__abs__", proxy_abs),
        ("__int__", proxy_int),
        ("__float__", proxy_float),
        ("__index__", proxy_index),
        ("__bytes__", proxy_bytes),
        ("__reversed__", proxy_reversed),
        ("__divmod__", proxy_divmod),
        ("__rdivmod__", proxy_rdivmod),
    ];
    for (name, callable) in [("ProxyType", false), ("CallableProxyType", true)] {
        let t = new_native_type(vm, name, "weakref", false);
        crate::objects::add_methods(vm, &t, proxy_methods);
        crate::objects::add_methods(vm, &t, PROXY_NUMBER_METHODS);
        if callable {
            crate::objects::add_methods(vm, &t, &[("__call__", proxy_call)]);
        }
        vm.dict_set_str(&d, name, t)?;
    }
    Ok(m)
}
