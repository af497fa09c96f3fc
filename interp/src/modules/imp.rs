//! The `_imp` module (CPython's Python/import.c, the part importlib calls): which
//! modules are built in and how to create them, the global import lock, and the
//! frozen-module and extension-module entry points. ferropy freezes nothing and loads no
//! C extensions, so those answer "not found" the way CPython does for an unknown name.

use std::cell::RefCell;

use crate::modules::user_args;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

/// The global import lock: a `_thread.RLock`, made on first use.
static IMPORT_LOCK: GilCell<RefCell<Option<PyRef>>> = GilCell::new(|| RefCell::new(None));

fn import_lock(vm: &Vm) -> PyResult {
    if let Some(l) = IMPORT_LOCK.with(|l| l.borrow().clone()) {
        return Ok(l);
    }
    let thread = vm.import_full("_thread")?;
    let rlock = vm.get_attr_str(&thread, "RLock")?;
    let lock = vm.call0(&rlock)?;
    IMPORT_LOCK.with(|l| *l.borrow_mut() = Some(lock.clone()));
    Ok(lock)
}

fn lock_method(vm: &Vm, name: &str) -> PyResult {
    let lock = import_lock(vm)?;
    let m = vm.get_attr_str(&lock, name)?;
    vm.call0(&m)
}

fn acquire_lock(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "acquire_lock", user_args(a), 0, 0)?;
    lock_method(vm, "acquire")?;
    Ok(vm.none())
}

fn release_lock(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "release_lock", user_args(a), 0, 0)?;
    let owned = lock_method(vm, "_is_owned")?;
    if !vm.is_true(&owned)? {
        return Err(vm.runtime_error("not holding the import lock"));
    }
    lock_method(vm, "release")?;
    Ok(vm.none())
}

fn lock_held(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "lock_held", user_args(a), 0, 0)?;
    let owned = lock_method(vm, "_is_owned")?;
    Ok(vm.new_bool(vm.is_true(&owned)?))
}

/// The module name argument of the `is_*` functions: a str, as CPython's clinic checks.
fn name_arg(vm: &Vm, fname: &str, a: Args) -> PyResult<String> {
    let a = args::pos(vm, fname, user_args(a), 1, 1)?;
    match vm.str_of(&a[0]) {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error(format!(
            "{}() argument must be str, not {}",
            fname,
            a[0].type_name()
        ))),
    }
}

/// `is_builtin(name)`: -1 for modules that cannot be re-initialized (`sys`,
/// `builtins`), 1 for other native modules, 0 otherwise.
fn is_builtin(vm: &Vm, a: Args) -> PyResult {
    let name = name_arg(vm, "is_builtin", a)?;
    let n = match crate::modules::find_native(&name) {
        Some(_) if name == "sys" || name == "builtins" => -1,
        Some(_) => 1,
        None => 0,
    };
    Ok(vm.new_int(n))
}

/// `create_builtin(spec)`: the native module named by `spec.name` (the existing object
/// for `sys` and `builtins`).
fn create_builtin(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "create_builtin", user_args(a), 1, 1)?;
    let name = vm.get_attr_str(&a[0], "name")?;
    let Some(name_s) = vm.str_of(&name).map(str::to_string) else {
        return Err(vm.type_error(format!("name must be string, not {}", name.type_name())));
    };
    let Some(init) = crate::modules::find_native(&name_s) else {
        let e = vm.new_error(
            &vm.exc.import_error,
            format!("no built-in module named {}", name_s),
        );
        let _ = vm.set_attr_str(&e.0, "name", name);
        return Err(e);
    };
    if name_s == "sys" || name_s == "builtins" {
        if let Some(m) = vm.sys_modules_get(&name_s)? {
            return Ok(m);
        }
    }
    init(vm)
}

/// `exec_builtin(mod)` / `exec_dynamic(mod)`: native modules are complete once created.
fn exec_builtin(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "exec_builtin", user_args(a), 1, 1)?;
    Ok(vm.new_int(0))
}

fn exec_dynamic(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "exec_dynamic", user_args(a), 1, 1)?;
    Ok(vm.new_int(0))
}

/// `create_dynamic(spec, file=None)`: C extension modules need the C API layer, which
/// ferropy does not have yet.
fn create_dynamic(vm: &Vm, a: Args) -> PyResult {
    let a = args::pos(vm, "create_dynamic", user_args(a), 1, 2)?;
    let name = vm.get_attr_str(&a[0], "name")?;
    let origin = vm.get_attr_str(&a[0], "origin")?;
    let e = vm.new_error(
        &vm.exc.import_error,
        format!(
            "ferropy cannot load C extension module {} ({})",
            vm.str_string(&name)?,
            vm.str_string(&origin)?
        ),
    );
    let _ = vm.set_attr_str(&e.0, "name", name);
    let _ = vm.set_attr_str(&e.0, "path", origin);
    Err(e)
}

/// `extension_suffixes()`: none, so importlib never offers a C extension file.
fn extension_suffixes(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "extension_suffixes", user_args(a), 0, 0)?;
    Ok(vm.new_list(Vec::new()))
}

fn is_frozen(vm: &Vm, a: Args) -> PyResult {
    name_arg(vm, "is_frozen", a)?;
    Ok(vm.new_bool(false))
}

fn frozen_not_found(vm: &Vm, name: &str) -> PyErr {
    let e = vm.new_error(
        &vm.exc.import_error,
        format!("No such frozen object named '{}'", name),
    );
    let _ = vm.set_attr_str(&e.0, "name", vm.new_str(name));
    e
}

fn is_frozen_package(vm: &Vm, a: Args) -> PyResult {
    let name = name_arg(vm, "is_frozen_package", a)?;
    Err(frozen_not_found(vm, &name))
}

fn get_frozen_object(vm: &Vm, a: Args) -> PyResult {
    let v = args::clinic(
        vm,
        "get_frozen_object",
        user_args(a),
        &["name", "data"],
        1,
        2,
    )?;
    let name = vm.str_string(v[0].as_ref().unwrap())?;
    Err(frozen_not_found(vm, &name))
}

fn init_frozen(vm: &Vm, a: Args) -> PyResult {
    name_arg(vm, "init_frozen", a)?;
    Ok(vm.none())
}

/// `find_frozen(name, *, withdata=False)`: None, nothing is frozen.
fn find_frozen(vm: &Vm, a: Args) -> PyResult {
    let a = user_args(a);
    let v = args::clinic(vm, "find_frozen", a, &["name", "withdata"], 1, 1)?;
    if vm.str_of(v[0].as_ref().unwrap()).is_none() {
        return Err(vm.type_error(format!(
            "find_frozen() argument 1 must be str, not {}",
            v[0].as_ref().unwrap().type_name()
        )));
    }
    Ok(vm.none())
}

fn frozen_module_names(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "_frozen_module_names", user_args(a), 0, 0)?;
    Ok(vm.new_tuple(Vec::new()))
}

fn override_frozen_modules_for_tests(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "_override_frozen_modules_for_tests", user_args(a), 1, 1)?;
    Ok(vm.none())
}

/// `_fix_co_filename(code, path)`: code objects keep the file name they were compiled
/// with; importlib only calls this for code read from a cache, which it never does here
/// (`sys.implementation.cache_tag` is None).
fn fix_co_filename(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "_fix_co_filename", user_args(a), 2, 2)?;
    Ok(vm.none())
}

/// `source_hash(key, source)`: the 8-byte keyed hash of hash-based pyc files
/// (SipHash-1-3 keyed with `key`, as CPython's `_Py_KeyedHash`).
fn source_hash(vm: &Vm, a: Args) -> PyResult {
    let v = args::clinic(vm, "source_hash", user_args(a), &["key", "source"], 2, 2)?;
    let key_obj = v[0].as_ref().unwrap();
    let key = vm.index_opt(key_obj)?.ok_or_else(|| {
        vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            key_obj.type_name()
        ))
    })?;
    let data = crate::objects::bytes::bytes_from_object(vm, v[1].as_ref().unwrap())?;
    let h = crate::objects::str::siphash::siphash13_keyed(key as u64, 0, &data);
    Ok(vm.new_bytes(h.to_le_bytes().to_vec()))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(
        vm,
        "_imp",
        &[
            ("lock_held", lock_held),
            ("acquire_lock", acquire_lock),
            ("release_lock", release_lock),
            ("is_builtin", is_builtin),
            ("create_builtin", create_builtin),
            ("exec_builtin", exec_builtin),
            ("create_dynamic", create_dynamic),
            ("exec_dynamic", exec_dynamic),
            ("extension_suffixes", extension_suffixes),
            ("is_frozen", is_frozen),
            ("is_frozen_package", is_frozen_package),
            ("get_frozen_object", get_frozen_object),
            ("init_frozen", init_frozen),
            ("find_frozen", find_frozen),
            ("_frozen_module_names", frozen_module_names),
            (
                "_override_frozen_modules_for_tests",
                override_frozen_modules_for_tests,
            ),
            ("_fix_co_filename", fix_co_filename),
            ("source_hash", source_hash),
        ],
    );
    let d = vm.module_dict(&m).unwrap();
    vm.dict_set_str(&d, "check_hash_based_pycs", vm.new_str("default"))?;
    vm.dict_set_str(
        &d,
        "__doc__",
        vm.new_str("(Extremely) low-level import machinery bits as used by importlib."),
    )?;
    Ok(m)
}
