//! The bridge between the native import system (`vm/import.rs`) and CPython's
//! `importlib`, so that both agree as they do in CPython.
//!
//! At start-up `install` runs `importlib/_bootstrap.py` and `_bootstrap_external.py`
//! from the located standard library as `_frozen_importlib` and
//! `_frozen_importlib_external` (CPython freezes them under those names) and installs
//! their finders: `sys.meta_path` is `[BuiltinImporter, FrozenImporter, PathFinder]` and
//! `sys.path_hooks` holds `FileFinder`'s hook, as in CPython.
//!
//! The native import system stays the fast path: while `sys.meta_path` and
//! `sys.path_hooks` hold exactly those default objects it finds and loads modules itself
//! and gives them the specs and loaders importlib would (`ModuleSpec`,
//! `SourceFileLoader`, `BuiltinImporter`). Once a program adds a finder or a path hook,
//! imports go through importlib's own `_find_and_load`. importlib's `_find_and_load` is
//! in turn replaced by the native one, so `importlib.import_module` and the `__import__`
//! of `_bootstrap` take the fast path too.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

/// importlib's objects that the native import system uses.
#[derive(Clone)]
pub struct Importlib {
    bootstrap: PyRef,
    /// The default `sys.meta_path` and `sys.path_hooks` entries.
    default_meta_path: Vec<PyRef>,
    default_path_hooks: Vec<PyRef>,
    module_spec: PyRef,
    builtin_importer: PyRef,
    source_file_loader: PyRef,
    namespace_path: PyRef,
    path_finder: PyRef,
    init_module_attrs: PyRef,
    /// `_bootstrap._find_and_load` as written in Python, for non-default finders.
    python_find_and_load: PyRef,
}

static IMPORTLIB: GilCell<RefCell<Option<Importlib>>> = GilCell::new(|| RefCell::new(None));

/// The installed importlib objects, once `install` has run.
pub fn installed() -> Option<Importlib> {
    IMPORTLIB.with(|s| s.borrow().clone())
}

/// Runs importlib's bootstrap modules from `stdlib` and installs their finders (see
/// the module comment). Does nothing when the standard library has no importlib.
pub fn install(vm: &Vm, stdlib: &Path) -> PyResult<()> {
    let dir = stdlib.join("importlib");
    let (boot_file, ext_file) = (
        dir.join("_bootstrap.py"),
        dir.join("_bootstrap_external.py"),
    );
    if !boot_file.is_file() || !ext_file.is_file() {
        return Ok(());
    }
    let sys = vm.sys_modules_get("sys")?.expect("sys is imported first");
    let imp = vm.import_full("_imp")?;
    // Native modules made before importlib get importlib's specs from `_setup`, which
    // keeps any spec a module already has.
    for (_, m) in vm.dict_items(&vm.sys_modules) {
        if let Some(d) = vm.module_dict(&m) {
            vm.dict_set_str(&d, "__spec__", vm.none())?;
        }
    }
    let bootstrap = run_bootstrap_module(vm, "_frozen_importlib", &boot_file)?;
    vm.call_method(&bootstrap, "_install", &[sys.clone(), imp])?;
    let external = run_bootstrap_module(vm, "_frozen_importlib_external", &ext_file)?;
    vm.set_attr_str(&bootstrap, "_bootstrap_external", external.clone())?;
    vm.call_method(&external, "_install", std::slice::from_ref(&bootstrap))?;

    let list_items = |name: &str| -> PyResult<Vec<PyRef>> {
        let l = vm.get_attr_str(&sys, name)?;
        vm.iterate(&l)
    };
    let state = Importlib {
        default_meta_path: list_items("meta_path")?,
        default_path_hooks: list_items("path_hooks")?,
        module_spec: vm.get_attr_str(&bootstrap, "ModuleSpec")?,
        builtin_importer: vm.get_attr_str(&bootstrap, "BuiltinImporter")?,
        source_file_loader: vm.get_attr_str(&external, "SourceFileLoader")?,
        namespace_path: vm.get_attr_str(&external, "_NamespacePath")?,
        path_finder: vm.get_attr_str(&external, "PathFinder")?,
        init_module_attrs: vm.get_attr_str(&bootstrap, "_init_module_attrs")?,
        python_find_and_load: vm.get_attr_str(&bootstrap, "_find_and_load")?,
        bootstrap: bootstrap.clone(),
    };
    IMPORTLIB.with(|s| *s.borrow_mut() = Some(state));
    let native = vm.new_native_function("_find_and_load", find_and_load);
    vm.set_attr_str(&bootstrap, "_find_and_load", native)?;
    Ok(())
}

/// Runs one of importlib's bootstrap files as the module `name` (in sys.modules).
fn run_bootstrap_module(vm: &Vm, name: &str, file: &Path) -> PyResult {
    let module = vm.new_module(name);
    let d = vm.module_dict(&module).unwrap();
    vm.dict_set_str(&d, "__builtins__", vm.builtins.clone())?;
    vm.dict_set_str(&vm.sys_modules, name, module.clone())?;
    if let Err(e) = vm.exec_file_in(file, &d) {
        let _ = vm.dict_del_item(&vm.sys_modules, &vm.new_str(name));
        return Err(e);
    }
    Ok(module)
}

/// `_bootstrap._find_and_load(name, import_)`, natively.
fn find_and_load(vm: &Vm, a: Args) -> PyResult {
    let a = crate::objects::args::pos(vm, "_find_and_load", a, 2, 2)?;
    let name = vm.str_string(&a[0])?;
    vm.import_full(&name)
}

impl Importlib {
    /// True while `sys.meta_path` and `sys.path_hooks` hold exactly the default finders,
    /// so the native search gives the answer importlib would.
    pub fn default_finders(&self, vm: &Vm) -> PyResult<bool> {
        let sys = match vm.sys.borrow().clone() {
            Some(s) => s,
            None => return Ok(true),
        };
        let same = |name: &str, expected: &[PyRef]| -> PyResult<bool> {
            let l = vm.get_attr_str(&sys, name)?;
            let Payload::List(items) = &l.payload else {
                return Ok(false);
            };
            let items = items.borrow();
            Ok(items.len() == expected.len() && items.iter().zip(expected).all(|(a, b)| a.is(b)))
        };
        Ok(same("meta_path", &self.default_meta_path)?
            && same("path_hooks", &self.default_path_hooks)?)
    }

    /// importlib's `_find_and_load(name, __import__)`, for non-default finders.
    pub fn python_find_and_load(&self, vm: &Vm, name: &str) -> PyResult {
        let import = vm.get_attr_str(&vm.builtins, "__import__")?;
        vm.call(
            &self.python_find_and_load,
            Args::new(&[vm.new_str(name), import]),
        )
    }

    /// Gives a native module the spec `BuiltinImporter.find_spec` would.
    pub fn init_builtin(&self, vm: &Vm, name: &str, module: &PyRef) -> PyResult<()> {
        let kw = [vm.new_str("built-in")];
        let kwnames = [vm.intern("origin")];
        let all = [
            vm.new_str(name),
            self.builtin_importer.clone(),
            kw[0].clone(),
        ];
        let spec = vm.call(&self.module_spec, Args::with_kw(&all, &kwnames))?;
        self.init_module_attrs(vm, &spec, module)
    }

    /// The spec `PathFinder` gives a source file or a regular package found on the
    /// path (`search` is the package directory).
    pub fn file_spec(&self, vm: &Vm, name: &str, file: &Path, search: Option<&Path>) -> PyResult {
        let origin = vm.new_str(&file.to_string_lossy());
        let loader = vm.call(
            &self.source_file_loader,
            Args::new(&[vm.new_str(name), origin.clone()]),
        )?;
        let kwnames = [vm.intern("origin")];
        let all = [vm.new_str(name), loader, origin];
        let spec = vm.call(&self.module_spec, Args::with_kw(&all, &kwnames))?;
        vm.set_attr_str(&spec, "has_location", vm.new_bool(true))?;
        if let Some(dir) = search {
            let l = vm.new_list(vec![vm.new_str(&dir.to_string_lossy())]);
            vm.set_attr_str(&spec, "submodule_search_locations", l)?;
        }
        Ok(spec)
    }

    /// The spec `PathFinder` gives a namespace package spread over `dirs`.
    pub fn namespace_spec(&self, vm: &Vm, name: &str, dirs: &[PathBuf]) -> PyResult {
        let spec = vm.call(&self.module_spec, Args::new(&[vm.new_str(name), vm.none()]))?;
        let dirs = vm.new_list(
            dirs.iter()
                .map(|d| vm.new_str(&d.to_string_lossy()))
                .collect(),
        );
        let get_spec = vm.get_attr_str(&self.path_finder, "_get_spec")?;
        let path = vm.call(
            &self.namespace_path,
            Args::new(&[vm.new_str(name), dirs, get_spec]),
        )?;
        vm.set_attr_str(&spec, "submodule_search_locations", path)?;
        Ok(spec)
    }

    /// `_bootstrap._init_module_attrs(spec, module)`: `__name__`, `__loader__`,
    /// `__package__`, `__spec__`, `__path__`, `__file__`.
    pub fn init_module_attrs(&self, vm: &Vm, spec: &PyRef, module: &PyRef) -> PyResult<()> {
        vm.call(
            &self.init_module_attrs,
            Args::new(&[spec.clone(), module.clone()]),
        )?;
        Ok(())
    }

    pub fn bootstrap(&self) -> &PyRef {
        &self.bootstrap
    }
}
