//! Native modules: one file (or folder) per module, named after the CPython module it
//! replaces, registered in the single table below.

pub mod array;
pub mod ast;
pub mod atexit;
pub mod binascii;
pub mod codecs;
pub mod collections;
pub mod contextvars;
pub mod csv;
pub mod errno;
pub mod faulthandler;
pub mod functools;
pub mod gc;
pub mod hashes;
pub mod imp;
pub mod io;
pub mod itertools;
pub mod json;
pub mod marshal;
pub mod math;
pub mod operator;
pub mod posix;
pub mod posixsubprocess;
pub mod random;
pub mod select;
pub mod signal;
pub mod socket;
pub mod sre;
pub mod string;
pub mod r#struct;
pub mod sys;
pub mod thread;
pub mod time;
pub mod unicodedata;
pub mod warnings;
pub mod weakref;

use std::path::Path;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

pub type ModuleInit = fn(&Vm) -> PyResult;

/// The caller's arguments of a native module function (which receives its module
/// first).
pub fn user_args(a: Args) -> Args {
    Args::with_kw(&a.args[1..], a.kwnames)
}

/// The C library's text for `errno` value `e` (posix's thread-safe `strerror_r` wrapper).
pub fn strerror(e: i32) -> String {
    posix::raw::strerror(e)
}

/// `OSError(errno, strerror)` for `errno` value `e` (the current errno when `None`);
/// OSError's constructor picks the subclass (FileNotFoundError...).
pub fn errno_error(vm: &Vm, e: Option<i32>) -> PyErr {
    let e = e.unwrap_or_else(|| std::io::Error::last_os_error().raw_os_error().unwrap_or(0));
    let args = [vm.new_int(e as i64), vm.new_string(strerror(e))];
    match vm.call(&vm.exc.os_error, Args::new(&args)) {
        Ok(exc) => PyErr(exc),
        Err(err) => err,
    }
}

/// Every native module: name → function that builds (or returns) it.
const NATIVE_MODULES: &[(&str, ModuleInit)] = &[
    ("sys", sys::module),
    ("builtins", builtins_module),
    ("time", time::init),
    ("math", math::init),
    ("gc", gc::init),
    ("_string", string::init),
    ("_weakref", weakref::init),
    ("itertools", itertools::init),
    ("_sre", sre::init),
    ("_thread", thread::init),
    ("_contextvars", contextvars::init),
    ("_signal", signal::init),
    ("_operator", operator::init),
    ("atexit", atexit::init),
    ("faulthandler", faulthandler::init),
    ("_struct", r#struct::init),
    ("_collections", collections::init),
    ("_functools", functools::init),
    ("posix", posix::init),
    ("errno", errno::init),
    ("_io", io::init),
    ("_posixsubprocess", posixsubprocess::init),
    ("select", select::init),
    ("_socket", socket::init),
    ("_codecs", codecs::init),
    ("_random", random::init),
    ("binascii", binascii::init),
    ("_md5", hashes::md5_init),
    ("_sha1", hashes::sha1_init),
    ("_sha256", hashes::sha256_init),
    ("_sha512", hashes::sha512_init),
    ("_sha3", hashes::sha3_init),
    ("_blake2", hashes::blake2_init),
    ("_ast", ast::init),
    ("_imp", imp::init),
    ("_warnings", warnings::init),
    ("_csv", csv::init),
    ("marshal", marshal::init),
    ("array", array::init),
    ("unicodedata", unicodedata::init),
    ("_json", json::init),
];

/// Stand-ins for pure-Python modules of CPython's standard library, used only when the
/// module is not found on `sys.path` (ferropy running without the standard library).
const FALLBACK_MODULES: &[(&str, ModuleInit)] =
    &[("__future__", future_module), ("types", types_module)];

pub fn find_native(name: &str) -> Option<ModuleInit> {
    NATIVE_MODULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
}

/// The stand-in for the standard-library module `name`, when there is one.
pub fn find_fallback(name: &str) -> Option<ModuleInit> {
    FALLBACK_MODULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
}

pub fn native_names() -> Vec<&'static str> {
    NATIVE_MODULES.iter().map(|(n, _)| *n).collect()
}

/// `__future__`: feature records from the embedded `future.py`.
fn future_module(vm: &Vm) -> PyResult {
    let m = vm.new_module("__future__");
    let d = vm.module_dict(&m).unwrap();
    vm.dict_set_str(&d, "__builtins__", vm.builtins.clone())?;
    let code = vm.compile_py(
        include_str!("future.py"),
        "<frozen __future__>",
        crate::compile::Mode::Exec,
    )?;
    vm.run_code(&code, &d, None)?;
    Ok(m)
}

/// `types`: built-in type names, from the embedded `types.py`.
fn types_module(vm: &Vm) -> PyResult {
    let m = vm.new_module("types");
    let d = vm.module_dict(&m).unwrap();
    vm.dict_set_str(&d, "__builtins__", vm.builtins.clone())?;
    let code = vm.compile_py(
        include_str!("types.py"),
        "<frozen types>",
        crate::compile::Mode::Exec,
    )?;
    vm.run_code(&code, &d, None)?;
    Ok(m)
}

fn builtins_module(vm: &Vm) -> PyResult {
    Ok(vm.builtins.clone())
}

/// Creates a native module object with the given functions.
/// A module-level builtin function with a docstring, bound to the module.
pub fn module_function(
    vm: &Vm,
    m: &PyRef,
    name: &'static str,
    func: NativeFn,
    doc: &'static str,
) -> PyRef {
    PyRef::new(
        vm.types.builtin_function.clone(),
        Payload::NativeFunction(Box::new(NativeFunctionData {
            name,
            func,
            kind: NativeKind::Function,
            bound_self: Some(m.clone()),
            owner: None,
            doc: Some(doc),
            needs_frame: false,
        })),
    )
}

pub fn new_native_module(vm: &Vm, name: &str, funcs: &[(&'static str, NativeFn)]) -> PyRef {
    let m = vm.new_module(name);
    let d = vm.module_dict(&m).unwrap();
    for (fname, f) in funcs {
        let nf = vm.new_bound_native(fname, *f, m.clone());
        let _ = vm.dict_set_str(&d, fname, nf);
    }
    let spec = make_spec(vm, name, None, None).unwrap_or_else(|_| vm.none());
    let _ = vm.dict_set_str(&d, "__spec__", spec);
    m
}

/// A `ModuleSpec`-like object for `__spec__`.
pub fn make_spec(
    vm: &Vm,
    name: &str,
    origin: Option<&Path>,
    search: Option<&[std::path::PathBuf]>,
) -> PyResult {
    let spec = vm.new_object_of(&spec_type(vm), Payload::Object);
    let d = vm.instance_dict(&spec).unwrap();
    vm.dict_set_str(&d, "name", vm.new_str(name))?;
    let origin_v = match origin {
        Some(p) => vm.new_str(&p.to_string_lossy()),
        None => {
            if search.is_none() {
                vm.new_str("built-in")
            } else {
                vm.none()
            }
        }
    };
    vm.dict_set_str(&d, "origin", origin_v)?;
    vm.dict_set_str(&d, "has_location", vm.new_bool(origin.is_some()))?;
    let sl = match search {
        Some(p) => vm.new_list(p.iter().map(|x| vm.new_str(&x.to_string_lossy())).collect()),
        None => vm.none(),
    };
    vm.dict_set_str(&d, "submodule_search_locations", sl)?;
    let parent = if search.is_some() {
        name.to_string()
    } else {
        name.rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default()
    };
    vm.dict_set_str(&d, "parent", vm.new_str(&parent))?;
    vm.dict_set_str(&d, "loader", vm.none())?;
    vm.dict_set_str(&d, "cached", vm.none())?;
    Ok(spec)
}

static SPEC_TYPE: crate::vm::gil::GilCell<std::cell::RefCell<Option<PyRef>>> =
    crate::vm::gil::GilCell::new(|| std::cell::RefCell::new(None));
static STRUCTSEQ: crate::vm::gil::GilCell<std::cell::RefCell<Option<PyRef>>> =
    crate::vm::gil::GilCell::new(|| std::cell::RefCell::new(None));

fn spec_repr(vm: &Vm, args: Args) -> PyResult {
    let this = crate::objects::args::this(vm, &args)?;
    let name = vm.get_attr_str(this, "name")?;
    let origin = vm.get_attr_str(this, "origin")?;
    Ok(vm.new_string(format!(
        "ModuleSpec(name={}, loader=None, origin={})",
        vm.repr_str(&name)?,
        vm.repr_str(&origin)?
    )))
}

fn spec_type(vm: &Vm) -> PyRef {
    if let Some(t) = SPEC_TYPE.with(|s| s.borrow().clone()) {
        return t;
    }
    let ns = vm.new_dict();
    let _ = vm.dict_set_str(&ns, "__module__", vm.new_str("importlib._bootstrap"));
    let t = crate::objects::typeobj::create_class(vm, &vm.types.type_, "ModuleSpec", vec![], &ns)
        .expect("ModuleSpec type");
    crate::objects::add_methods(vm, &t, &[("__repr__", spec_repr)]);
    SPEC_TYPE.with(|s| *s.borrow_mut() = Some(t.clone()));
    t
}

/// The struct-sequence factory (`structseq.py`), compiled on first use.
pub fn structseq_type(
    vm: &Vm,
    qualname: &str,
    module: &str,
    fields: &[&str],
    extra: &[&str],
) -> PyResult {
    let m = match STRUCTSEQ.with(|s| s.borrow().clone()) {
        Some(m) => m,
        None => {
            let globals = vm.new_dict();
            vm.dict_set_str(&globals, "__name__", vm.new_str("_structseq"))?;
            let code = vm.compile_py(
                include_str!("structseq.py"),
                "<structseq>",
                crate::compile::Mode::Exec,
            )?;
            vm.run_code(&code, &globals, None)?;
            let make = vm
                .dict_get_str(&globals, "make")?
                .ok_or_else(|| vm.runtime_error("structseq.make missing"))?;
            STRUCTSEQ.with(|s| *s.borrow_mut() = Some(make.clone()));
            make
        }
    };
    let f = vm.new_tuple(fields.iter().map(|s| vm.new_str(s)).collect());
    let e = vm.new_tuple(extra.iter().map(|s| vm.new_str(s)).collect());
    vm.call(
        &m,
        Args::with_kw(
            &[vm.new_str(qualname), vm.new_str(module), f, e],
            &[vm.intern("extra")],
        ),
    )
}

pub fn init(vm: &Vm) {
    sys::create(vm);
}
