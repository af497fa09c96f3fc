//! The `_contextvars` module: `ContextVar`, `Token`, `Context` and `copy_context`.
//!
//! Each thread has a current context (`Vm::context`, part of the thread state, made on
//! first use). A context holds its variables in a dict keyed by `ContextVar` objects
//! (identity); `copy_context()` copies that dict, so a copy is a snapshot, as CPython's
//! immutable mappings give. `ContextVar.set` writes into the current context's dict.

use std::cell::{Cell, RefCell};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::objects::typeobj::new_native_type;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

/// The module's types: Context, ContextVar, Token, and the `Token.MISSING` marker.
struct Types {
    context: PyRef,
    var: PyRef,
    token: PyRef,
    missing: PyRef,
}

static TYPES: GilCell<RefCell<Option<std::rc::Rc<Types>>>> = GilCell::new(|| RefCell::new(None));

struct ContextData {
    /// ContextVar → value.
    vars: RefCell<PyRef>,
    /// Running inside `Context.run`.
    entered: Cell<bool>,
    /// The context that was current when `run` entered this one.
    prev: RefCell<Option<PyRef>>,
}

struct VarData {
    name: PyRef,
    default: Option<PyRef>,
}

struct TokenData {
    var: PyRef,
    old_value: Option<PyRef>,
    context: PyRef,
    used: Cell<bool>,
}

fn types(vm: &Vm) -> std::rc::Rc<Types> {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let t = std::rc::Rc::new(make_types(vm));
    TYPES.with(|c| *c.borrow_mut() = Some(t.clone()));
    t
}

fn native<T: 'static>(o: &PyRef) -> Option<&T> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<T>(),
        _ => None,
    }
}

fn context_of<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a ContextData> {
    native::<ContextData>(o).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_contextvars.Context' object but received a '{}'",
            o.type_name()
        ))
    })
}

fn var_of<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a VarData> {
    native::<VarData>(o).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_contextvars.ContextVar' object but received a '{}'",
            o.type_name()
        ))
    })
}

fn token_of<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a TokenData> {
    native::<TokenData>(o).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_contextvars.Token' object but received a '{}'",
            o.type_name()
        ))
    })
}

fn copy_dict(vm: &Vm, d: &PyRef) -> PyResult {
    let out = vm.new_dict();
    crate::objects::dict::dict_update_from(vm, &out, d)?;
    Ok(out)
}

fn new_context(vm: &Vm, vars: PyRef) -> PyRef {
    let data = ContextData {
        vars: RefCell::new(vars),
        entered: Cell::new(false),
        prev: RefCell::new(None),
    };
    vm.new_object_of(&types(vm).context, Payload::Native(Box::new(data)))
}

/// The thread's current context, made on first use.
fn current(vm: &Vm) -> PyRef {
    if let Some(c) = vm.context.borrow().clone() {
        return c;
    }
    let c = new_context(vm, vm.new_dict());
    *vm.context.borrow_mut() = Some(c.clone());
    c
}

fn vars_of(vm: &Vm, ctx: &PyRef) -> PyRef {
    context_of(vm, ctx)
        .map(|c| c.vars.borrow().clone())
        .unwrap_or_else(|_| vm.new_dict())
}

fn copy_context(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "copy_context", crate::modules::user_args(a), 0, 0)?;
    let vars = vars_of(vm, &current(vm));
    Ok(new_context(vm, copy_dict(vm, &vars)?))
}

fn context_new(vm: &Vm, a: Args) -> PyResult {
    if a.args.len() > 1 || a.has_kw() {
        return Err(vm.type_error("Context() does not accept any arguments"));
    }
    Ok(new_context(vm, vm.new_dict()))
}

/// A mapping key that must be a ContextVar.
fn check_key(vm: &Vm, key: &PyRef) -> PyResult<()> {
    if native::<VarData>(key).is_none() {
        let r = vm.repr(key)?;
        return Err(vm.type_error(format!(
            "a ContextVar key was expected, got {}",
            vm.str_of(&r).unwrap_or("")
        )));
    }
    Ok(())
}

fn context_getitem(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "__getitem__", a, 1, 1)?;
    check_key(vm, &s[1])?;
    let vars = context_of(vm, &s[0])?.vars.borrow().clone();
    match vm.dict_get_item(&vars, &s[1])? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(s[1].clone())),
    }
}

fn context_contains(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "__contains__", a, 1, 1)?;
    check_key(vm, &s[1])?;
    let vars = context_of(vm, &s[0])?.vars.borrow().clone();
    Ok(vm.new_bool(vm.dict_get_item(&vars, &s[1])?.is_some()))
}

fn context_get(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "get", a, 1, 2)?;
    check_key(vm, &s[1])?;
    let vars = context_of(vm, &s[0])?.vars.borrow().clone();
    Ok(vm
        .dict_get_item(&vars, &s[1])?
        .unwrap_or_else(|| s.get(2).cloned().unwrap_or_else(|| vm.none())))
}

fn context_len(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "__len__", a, 0, 0)?;
    let vars = context_of(vm, &s[0])?.vars.borrow().clone();
    Ok(vm.new_int(vm.dict_items(&vars).len() as i64))
}

/// The context's variables, values or pairs, as a list.
fn context_view(vm: &Vm, a: Args, name: &str, pick: fn(&Vm, PyRef, PyRef) -> PyRef) -> PyResult {
    let s = args::method(vm, name, a, 0, 0)?;
    let vars = context_of(vm, &s[0])?.vars.borrow().clone();
    Ok(vm.new_list(
        vm.dict_items(&vars)
            .into_iter()
            .map(|(k, v)| pick(vm, k, v))
            .collect(),
    ))
}

fn context_keys(vm: &Vm, a: Args) -> PyResult {
    context_view(vm, a, "keys", |_, k, _| k)
}

fn context_values(vm: &Vm, a: Args) -> PyResult {
    context_view(vm, a, "values", |_, _, v| v)
}

fn context_items(vm: &Vm, a: Args) -> PyResult {
    context_view(vm, a, "items", |vm, k, v| vm.new_tuple(vec![k, v]))
}

fn context_iter(vm: &Vm, a: Args) -> PyResult {
    let keys = context_view(vm, a, "__iter__", |_, k, _| k)?;
    vm.get_iter(&keys)
}

fn context_copy(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "copy", a, 0, 0)?;
    let vars = context_of(vm, &s[0])?.vars.borrow().clone();
    Ok(new_context(vm, copy_dict(vm, &vars)?))
}

fn context_eq(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "__eq__", a, 1, 1)?;
    let Some(other) = native::<ContextData>(&s[1]) else {
        return Ok(vm.s.not_implemented.clone());
    };
    let mine = context_of(vm, &s[0])?.vars.borrow().clone();
    let theirs = other.vars.borrow().clone();
    vm.rich_compare(&mine, &theirs, crate::compile::bytecode::CompareKind::Eq)
}

fn context_run(vm: &Vm, a: Args) -> PyResult {
    let this = args::this(vm, &a)?.clone();
    if a.args.len() < 2 {
        return Err(vm.type_error("run() missing 1 required positional argument"));
    }
    let ctx = context_of(vm, &this)?;
    if ctx.entered.get() {
        let r = vm.repr(&this)?;
        return Err(vm.runtime_error(format!(
            "cannot enter context: {} is already entered",
            vm.str_of(&r).unwrap_or("")
        )));
    }
    ctx.entered.set(true);
    let prev = vm.context.replace(Some(this.clone()));
    *ctx.prev.borrow_mut() = prev.clone();
    let r = vm.call(&a.args[1], Args::with_kw(&a.args[2..], a.kwnames));
    *vm.context.borrow_mut() = prev;
    *ctx.prev.borrow_mut() = None;
    ctx.entered.set(false);
    r
}

fn var_new(vm: &Vm, a: Args) -> PyResult {
    let cls = args::this(vm, &a)?.clone();
    let rest = crate::modules::user_args(a);
    let v = args::bind(vm, "ContextVar", rest, &["name", "default"], 1, 1)?;
    let name = v[0].clone().unwrap();
    if !matches!(name.payload, Payload::Str(_)) {
        return Err(vm.type_error("context variable name must be a str"));
    }
    let data = VarData {
        name,
        default: v[1].clone(),
    };
    Ok(vm.new_object_of(&cls, Payload::Native(Box::new(data))))
}

fn var_get(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "get", a, 0, 1)?;
    let var = var_of(vm, &s[0])?;
    let vars = vars_of(vm, &current(vm));
    if let Some(v) = vm.dict_get_item(&vars, &s[0])? {
        return Ok(v);
    }
    if let Some(d) = s.get(1).or(var.default.as_ref()) {
        return Ok(d.clone());
    }
    Err(PyErr(
        vm.new_exception(&vm.exc.lookup_error, vec![s[0].clone()]),
    ))
}

fn var_set(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "set", a, 1, 1)?;
    var_of(vm, &s[0])?;
    let ctx = current(vm);
    let vars = vars_of(vm, &ctx);
    let old_value = vm.dict_get_item(&vars, &s[0])?;
    vm.dict_set_item(&vars, s[0].clone(), s[1].clone())?;
    let token = TokenData {
        var: s[0].clone(),
        old_value,
        context: ctx,
        used: Cell::new(false),
    };
    Ok(vm.new_object_of(&types(vm).token, Payload::Native(Box::new(token))))
}

fn var_reset(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "reset", a, 1, 1)?;
    var_of(vm, &s[0])?;
    let Some(token) = native::<TokenData>(&s[1]) else {
        return Err(vm.type_error(format!(
            "expected an instance of Token, got '{}'",
            s[1].type_name()
        )));
    };
    let token_text = || -> PyResult<String> {
        let r = vm.repr(&s[1])?;
        Ok(vm.str_of(&r).unwrap_or("").to_string())
    };
    if token.used.get() {
        return Err(vm.runtime_error(format!("{} has already been used once", token_text()?)));
    }
    if !token.var.is(&s[0]) {
        return Err(vm.value_error(format!(
            "{} was created by a different ContextVar",
            token_text()?
        )));
    }
    let ctx = current(vm);
    if !token.context.is(&ctx) {
        return Err(vm.value_error(format!(
            "{} was created in a different Context",
            token_text()?
        )));
    }
    token.used.set(true);
    let vars = vars_of(vm, &ctx);
    match &token.old_value {
        Some(v) => vm.dict_set_item(&vars, s[0].clone(), v.clone())?,
        None => {
            vm.dict_del_item(&vars, &s[0])?;
        }
    }
    Ok(vm.none())
}

fn var_name(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(var_of(vm, o)?.name.clone())
}

fn var_repr(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "__repr__", a, 0, 0)?;
    let var = var_of(vm, &s[0])?;
    let name = vm.repr(&var.name)?;
    let mut out = format!("<ContextVar name={}", vm.str_of(&name).unwrap_or(""));
    if let Some(d) = &var.default {
        let d = vm.repr(d)?;
        out.push_str(&format!(" default={}", vm.str_of(&d).unwrap_or("")));
    }
    out.push_str(&format!(" at {:#x}>", s[0].id()));
    Ok(vm.new_string(out))
}

fn class_getitem(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "__class_getitem__", a, 2, 2)?;
    crate::objects::generic_alias(vm, &a[0], &a[1])
}

fn token_var(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(token_of(vm, o)?.var.clone())
}

fn token_old_value(vm: &Vm, o: &PyRef) -> PyResult {
    let t = token_of(vm, o)?;
    Ok(t.old_value
        .clone()
        .unwrap_or_else(|| types(vm).missing.clone()))
}

fn token_repr(vm: &Vm, a: Args) -> PyResult {
    let s = args::method(vm, "__repr__", a, 0, 0)?;
    let t = token_of(vm, &s[0])?;
    let var = vm.repr(&t.var)?;
    Ok(vm.new_string(format!(
        "<Token{} var={} at {:#x}>",
        if t.used.get() { " used" } else { "" },
        vm.str_of(&var).unwrap_or(""),
        s[0].id()
    )))
}

fn token_new(vm: &Vm, _a: Args) -> PyResult {
    Err(vm.runtime_error("Tokens can only be created by ContextVars"))
}

fn missing_repr(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.new_str("<Token.MISSING>"))
}

fn make_types(vm: &Vm) -> Types {
    use crate::objects::descr::add_getset;
    use crate::objects::{add_methods, add_native};
    let context = new_native_type(vm, "Context", "_contextvars", false);
    add_native(
        vm,
        &context,
        "__new__",
        context_new,
        NativeKind::StaticMethod,
    );
    add_methods(
        vm,
        &context,
        &[
            ("__getitem__", context_getitem),
            ("__contains__", context_contains),
            ("__len__", context_len),
            ("__iter__", context_iter),
            ("__eq__", context_eq),
            ("get", context_get),
            ("keys", context_keys),
            ("values", context_values),
            ("items", context_items),
            ("copy", context_copy),
            ("run", context_run),
        ],
    );
    let var = new_native_type(vm, "ContextVar", "_contextvars", false);
    add_native(vm, &var, "__new__", var_new, NativeKind::StaticMethod);
    add_native(
        vm,
        &var,
        "__class_getitem__",
        class_getitem,
        NativeKind::ClassMethod,
    );
    add_methods(
        vm,
        &var,
        &[
            ("get", var_get),
            ("set", var_set),
            ("reset", var_reset),
            ("__repr__", var_repr),
        ],
    );
    add_getset(vm, &var, "name", var_name, None);
    let token = new_native_type(vm, "Token", "_contextvars", false);
    add_native(vm, &token, "__new__", token_new, NativeKind::StaticMethod);
    add_native(
        vm,
        &token,
        "__class_getitem__",
        class_getitem,
        NativeKind::ClassMethod,
    );
    add_methods(vm, &token, &[("__repr__", token_repr)]);
    add_getset(vm, &token, "var", token_var, None);
    add_getset(vm, &token, "old_value", token_old_value, None);
    let missing_type = new_native_type(vm, "Token.MISSING", "builtins", false);
    add_methods(vm, &missing_type, &[("__repr__", missing_repr)]);
    let missing = vm.new_object_of(&missing_type, Payload::Object);
    let _ = vm.dict_set_str(&token.type_data().dict, "MISSING", missing.clone());
    Types {
        context,
        var,
        token,
        missing,
    }
}

pub fn init(vm: &Vm) -> PyResult {
    let m =
        crate::modules::new_native_module(vm, "_contextvars", &[("copy_context", copy_context)]);
    let d = vm.module_dict(&m).unwrap();
    let t = types(vm);
    vm.dict_set_str(&d, "Context", t.context.clone())?;
    vm.dict_set_str(&d, "ContextVar", t.var.clone())?;
    vm.dict_set_str(&d, "Token", t.token.clone())?;
    Ok(m)
}
