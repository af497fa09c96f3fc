//! Unraisable exceptions (raised by `__del__`, weakref callbacks, gc callbacks, thread
//! bodies): `sys.unraisablehook`, its default `sys.__unraisablehook__`, the
//! `sys.UnraisableHookArgs` record, and `report`, the path every unraisable exception
//! takes (CPython's `PyErr_WriteUnraisable`).

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

/// The introduction CPython prints when no other message is given.
const DEFAULT_MSG: &str = "Exception ignored in";

/// `sys.UnraisableHookArgs` (made by `fill_structs`).
pub fn make_args_type(vm: &Vm) -> PyResult {
    crate::modules::structseq_type(
        vm,
        "UnraisableHookArgs",
        "sys",
        &[
            "exc_type",
            "exc_value",
            "exc_traceback",
            "err_msg",
            "object",
        ],
        &[],
    )
}

/// Writes what the default hook prints: `<err_msg>: <repr(object)>`, the traceback and
/// the exception.
fn print_default(vm: &Vm, exc: &PyRef, err_msg: Option<String>, obj: Option<&PyRef>) {
    let mut out = String::new();
    match (obj, err_msg) {
        (Some(o), msg) => {
            let r = vm
                .repr(o)
                .ok()
                .and_then(|r| vm.str_of(&r).map(|s| s.to_string()))
                .unwrap_or_else(|| "<object repr() failed>".into());
            out.push_str(&format!(
                "{}: {}\n",
                msg.as_deref().unwrap_or(DEFAULT_MSG),
                r
            ));
        }
        (None, Some(msg)) => out.push_str(&format!("{}:\n", msg)),
        (None, None) => {}
    }
    out.push_str(&vm.format_exception(exc));
    let _ = vm.flush_stdout();
    let _ = vm.write_stderr(&out);
}

/// `sys.__unraisablehook__(unraisable)`.
pub fn default_hook(vm: &Vm, a: Args) -> PyResult {
    let a = crate::objects::args::pos(vm, "unraisablehook", crate::modules::user_args(a), 1, 1)?;
    let field = |i: i64| vm.get_item(&a[0], &vm.new_int(i));
    let exc = field(1)?;
    let err_msg = field(3)?;
    let obj = field(4)?;
    let err_msg = if vm.is_none(&err_msg) {
        None
    } else {
        Some(vm.str_string(&err_msg)?)
    };
    let obj = (!vm.is_none(&obj)).then_some(obj);
    if vm.is_none(&exc) {
        return Ok(vm.none());
    }
    print_default(vm, &exc, err_msg, obj.as_ref());
    Ok(vm.none())
}

/// Reports an exception that cannot be raised: calls `sys.unraisablehook` with an
/// `UnraisableHookArgs`; when the hook is missing or fails, prints as the default does.
pub fn report(vm: &Vm, msg: &str, what: Option<&PyRef>, e: &PyErr) {
    let err_msg = (msg != DEFAULT_MSG).then(|| msg.to_string());
    let sys = vm.sys.borrow().clone();
    let hook = sys
        .as_ref()
        .and_then(|s| vm.get_attr_str(s, "unraisablehook").ok())
        .filter(|h| !vm.is_none(h));
    let record = sys
        .as_ref()
        .and_then(|s| vm.get_attr_str(s, "UnraisableHookArgs").ok());
    let (Some(hook), Some(record)) = (hook, record) else {
        print_default(vm, &e.0, err_msg, what);
        return;
    };
    let exc = &e.0;
    let tb = vm
        .get_attr_str(exc, "__traceback__")
        .unwrap_or_else(|_| vm.none());
    let fields = vm.new_tuple(vec![
        exc.class().clone(),
        exc.clone(),
        tb,
        err_msg
            .as_ref()
            .map_or_else(|| vm.none(), |m| vm.new_str(m)),
        what.cloned().unwrap_or_else(|| vm.none()),
    ]);
    let args = match vm.call1(&record, fields) {
        Ok(a) => a,
        Err(_) => {
            print_default(vm, exc, err_msg, what);
            return;
        }
    };
    if let Err(hook_err) = vm.call(&hook, Args::new(&[args])) {
        print_default(
            vm,
            &hook_err.0,
            Some("Exception ignored in sys.unraisablehook".into()),
            Some(&hook),
        );
    }
}
