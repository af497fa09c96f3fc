//! The import system: `import`/`from … import` of native modules, `.py` modules,
//! packages and namespace packages found on `sys.path`, with `sys.modules` caching
//! and CPython's circular-import behaviour (a module is in `sys.modules` while it runs).

use std::path::{Path, PathBuf};

use crate::object::payload::*;
use crate::object::PyRef;

use super::frame::Frame;
use super::Vm;

#[derive(Default)]
pub struct ImportState {}

impl ImportState {
    pub fn is_builtin_module(&self, name: &str) -> bool {
        crate::modules::find_native(name).is_some()
    }
}

enum Found {
    Module(PathBuf),
    Package(PathBuf, PathBuf),
    Namespace(Vec<PathBuf>),
}

impl Vm {
    pub fn sys_modules_get(&self, name: &str) -> PyResult<Option<PyRef>> {
        self.dict_get_str(&self.sys_modules, name)
    }

    /// The ImportName instruction.
    pub fn import_name_instr(
        &self,
        f: &Frame,
        name: &PyRef,
        fromlist: &PyRef,
        level: &PyRef,
    ) -> PyResult {
        let level = match level.payload {
            Payload::Int(i) => i,
            _ => 0,
        };
        let name = self.str_of(name).unwrap_or("").to_string();
        // A user-replaced builtins.__import__ is honoured.
        if let Some(imp) = self.dict_get_str(&f.builtins, "__import__")? {
            let is_ours = matches!(&imp.payload, Payload::NativeFunction(nf) if nf.func as *const () == crate::builtins::import_fn() as *const ());
            if !is_ours {
                let locals = f.locals.clone().unwrap_or_else(|| self.none());
                return self.call(
                    &imp,
                    Args::new(&[
                        self.new_str(&name),
                        f.globals.clone(),
                        locals,
                        fromlist.clone(),
                        self.new_int(level),
                    ]),
                );
            }
        }
        self.import_module_level(&name, Some(&f.globals), fromlist, level)
    }

    fn resolve_name(&self, name: &str, globals: Option<&PyRef>, level: i64) -> PyResult<String> {
        if level < 0 {
            return Err(self.value_error("level must be >= 0"));
        }
        if level == 0 {
            if name.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            return Ok(name.to_string());
        }
        let g = match globals {
            Some(g) => g,
            None => {
                return Err(self.new_error(
                    &self.exc.import_error,
                    "attempted relative import with no known parent package",
                ))
            }
        };
        let package = match self.dict_get_str(g, "__package__")? {
            Some(p) if !self.is_none(&p) => self.str_string(&p)?,
            _ => {
                let modname = match self.dict_get_str(g, "__name__")? {
                    Some(n) => self.str_string(&n)?,
                    None => String::new(),
                };
                if self.dict_get_str(g, "__path__")?.is_some() {
                    modname
                } else {
                    modname
                        .rsplit_once('.')
                        .map(|(p, _)| p.to_string())
                        .unwrap_or_default()
                }
            }
        };
        if package.is_empty() {
            return Err(self.new_error(
                &self.exc.import_error,
                "attempted relative import with no known parent package",
            ));
        }
        let parts: Vec<&str> = package.split('.').collect();
        if (level as usize) > parts.len() {
            return Err(self.new_error(
                &self.exc.import_error,
                "attempted relative import beyond top-level package",
            ));
        }
        let base = parts[..parts.len() + 1 - level as usize].join(".");
        Ok(if name.is_empty() {
            base
        } else {
            format!("{}.{}", base, name)
        })
    }

    /// `__import__(name, globals, locals, fromlist, level)`.
    pub fn import_module_level(
        &self,
        name: &str,
        globals: Option<&PyRef>,
        fromlist: &PyRef,
        level: i64,
    ) -> PyResult {
        let full = self.resolve_name(name, globals, level)?;
        let module = self.import_full(&full)?;
        let has_fromlist = !self.is_none(fromlist) && self.is_true(fromlist)?;
        if has_fromlist {
            // `from pkg import sub` imports submodules named in the fromlist.
            if self.get_attr_opt(&module, &self.names.__path__)?.is_some() {
                for item in self.iterate(fromlist)? {
                    let s = self.str_string(&item)?;
                    if s == "*" {
                        if let Some(all) = self.get_attr_opt(&module, &self.names.__all__)? {
                            for a in self.iterate(&all)? {
                                let an = self.str_string(&a)?;
                                self.ensure_submodule(&module, &full, &an)?;
                            }
                        }
                        continue;
                    }
                    self.ensure_submodule(&module, &full, &s)?;
                }
            }
            return Ok(module);
        }
        if level == 0 {
            let top = full.split('.').next().unwrap_or("");
            return self
                .sys_modules_get(top)?
                .ok_or_else(|| self.module_not_found(top));
        }
        // Relative `import .a.b` without fromlist returns the top of the relative name.
        let cut = full.len() - name.len();
        let top_rel = match name.find('.') {
            Some(i) => &full[..cut + i],
            None => &full[..],
        };
        self.sys_modules_get(top_rel)?
            .ok_or_else(|| self.module_not_found(top_rel))
    }

    fn ensure_submodule(&self, module: &PyRef, full: &str, sub: &str) -> PyResult<()> {
        let attr = self.intern(sub);
        if self.get_attr_opt(module, &attr)?.is_none() {
            match self.import_full(&format!("{}.{}", full, sub)) {
                Ok(_) => {}
                Err(e) if self.exc_matches(&e, &self.exc.module_not_found_error) => {
                    let missing = self
                        .get_attr_opt(&e.0, &self.intern("name"))?
                        .map(|n| self.str_string(&n))
                        .transpose()?
                        .unwrap_or_default();
                    if missing != format!("{}.{}", full, sub) {
                        return Err(e);
                    }
                }
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    fn module_not_found(&self, name: &str) -> PyErr {
        let mut msg = format!("No module named '{}'", name);
        if let Some(hint) = &self.config.borrow().stdlib_missing_hint {
            msg = format!("{} ({})", msg, hint);
        }
        let e = self.new_error(&self.exc.module_not_found_error, msg);
        let _ = self.set_attr_str(&e.0, "name", self.new_str(name));
        e
    }

    /// Imports a dotted name, parents first; returns the named module.
    pub fn import_full(&self, full: &str) -> PyResult {
        if let Some(m) = self.sys_modules_get(full)? {
            if self.is_none(&m) {
                let e = self.new_error(
                    &self.exc.module_not_found_error,
                    format!("import of {} halted; None in sys.modules", full),
                );
                let _ = self.set_attr_str(&e.0, "name", self.new_str(full));
                return Err(e);
            }
            return Ok(m);
        }
        let importlib = super::importlib::installed();
        if let Some(il) = &importlib {
            if !il.default_finders(self)? {
                return il.python_find_and_load(self, full);
            }
        }
        let (parent, child) = match full.rsplit_once('.') {
            Some((p, c)) => (Some(p), c),
            None => (None, full),
        };
        let search: Vec<PathBuf> = match parent {
            Some(p) => {
                let pm = self.import_full(p)?;
                if let Some(m) = self.sys_modules_get(full)? {
                    return Ok(m);
                }
                match self.get_attr_opt(&pm, &self.names.__path__)? {
                    Some(path) => self
                        .iterate(&path)?
                        .iter()
                        .filter_map(|x| self.str_of(x).map(PathBuf::from))
                        .collect(),
                    None => {
                        let e = self.new_error(
                            &self.exc.module_not_found_error,
                            format!("No module named '{}'; '{}' is not a package", full, p),
                        );
                        let _ = self.set_attr_str(&e.0, "name", self.new_str(full));
                        return Err(e);
                    }
                }
            }
            None => {
                if let Some(init) = crate::modules::find_native(full) {
                    let m = init(self)?;
                    if let Some(il) = &importlib {
                        il.init_builtin(self, full, &m)?;
                    }
                    self.dict_set_str(&self.sys_modules, full, m.clone())?;
                    return Ok(m);
                }
                self.sys_path()?
            }
        };
        let Some(found) = find_on_path(child, &search) else {
            if let (None, Some(init)) = (parent, crate::modules::find_fallback(full)) {
                let m = init(self)?;
                self.dict_set_str(&self.sys_modules, full, m.clone())?;
                return Ok(m);
            }
            return Err(self.module_not_found(full));
        };
        let module = match &importlib {
            Some(il) => self.load_found_with_importlib(il, full, found)?,
            None => self.load_found(full, found)?,
        };
        if let Some(p) = parent {
            if let Some(pm) = self.sys_modules_get(p)? {
                let _ = self.set_attr_str(&pm, child, module.clone());
            }
        }
        Ok(module)
    }

    pub fn sys_path(&self) -> PyResult<Vec<PathBuf>> {
        let sys = match self.sys.borrow().clone() {
            Some(s) => s,
            None => return Ok(Vec::new()),
        };
        let path = self.get_attr_str(&sys, "path")?;
        Ok(self
            .iterate(&path)?
            .iter()
            .filter_map(|x| self.str_of(x).map(PathBuf::from))
            .collect())
    }

    fn load_found(&self, full: &str, found: Found) -> PyResult {
        let module = self.new_module(full);
        let d = self.module_dict(&module).unwrap();
        self.dict_set_str(&d, "__builtins__", self.builtins.clone())?;
        let (file, path, package): (Option<PathBuf>, Option<Vec<PathBuf>>, String) = match &found {
            Found::Module(f) => (
                Some(f.clone()),
                None,
                full.rsplit_once('.')
                    .map(|(p, _)| p.to_string())
                    .unwrap_or_default(),
            ),
            Found::Package(dir, init) => (
                Some(init.clone()),
                Some(vec![dir.clone()]),
                full.to_string(),
            ),
            Found::Namespace(dirs) => (None, Some(dirs.clone()), full.to_string()),
        };
        self.dict_set_str(&d, "__package__", self.new_str(&package))?;
        match &file {
            Some(f) => self.dict_set_str(&d, "__file__", self.new_str(&f.to_string_lossy()))?,
            None => self.dict_set_str(&d, "__file__", self.none())?,
        }
        if let Some(p) = &path {
            let mut l = self.new_list(
                p.iter()
                    .map(|x| self.new_str(&x.to_string_lossy()))
                    .collect(),
            );
            if file.is_none() {
                l = self.call(&namespace_path_type(self)?, Args::new(&[l]))?;
            }
            self.dict_set_str(&d, "__path__", l)?;
        }
        let spec = crate::modules::make_spec(self, full, file.as_deref(), path.as_deref())?;
        self.dict_set_str(&d, "__spec__", spec.clone())?;
        self.dict_set_str(&self.sys_modules, full, module.clone())?;
        if let Some(f) = file {
            // `spec._initializing` marks a partially initialized module for ImportFrom.
            let _ = self.set_attr_str(&spec, "_initializing", self.new_bool(true));
            let result = self.exec_file_in(&f, &d);
            let _ = self.set_attr_str(&spec, "_initializing", self.new_bool(false));
            if let Err(e) = result {
                let _ = self.dict_del_item(&self.sys_modules, &self.new_str(full));
                return Err(e);
            }
        }
        // A module may replace itself in sys.modules.
        Ok(self.sys_modules_get(full)?.unwrap_or(module))
    }

    /// `load_found` once importlib is installed: the module gets the spec, loader and
    /// attributes importlib's `PathFinder` and `_init_module_attrs` would give it.
    fn load_found_with_importlib(
        &self,
        il: &super::importlib::Importlib,
        full: &str,
        found: Found,
    ) -> PyResult {
        let (spec, file) = match &found {
            Found::Module(f) => (il.file_spec(self, full, f, None)?, Some(f)),
            Found::Package(dir, init) => (il.file_spec(self, full, init, Some(dir))?, Some(init)),
            Found::Namespace(dirs) => (il.namespace_spec(self, full, dirs)?, None),
        };
        let module = self.new_module(full);
        let d = self.module_dict(&module).unwrap();
        self.dict_set_str(&d, "__builtins__", self.builtins.clone())?;
        il.init_module_attrs(self, &spec, &module)?;
        self.dict_set_str(&self.sys_modules, full, module.clone())?;
        if let Some(f) = file {
            let _ = self.set_attr_str(&spec, "_initializing", self.new_bool(true));
            let result = self.exec_file_in(f, &d);
            let _ = self.set_attr_str(&spec, "_initializing", self.new_bool(false));
            if let Err(e) = result {
                let _ = self.dict_del_item(&self.sys_modules, &self.new_str(full));
                return Err(e);
            }
        }
        Ok(self.sys_modules_get(full)?.unwrap_or(module))
    }

    /// Compiles and runs a source file in `globals`.
    pub fn exec_file_in(&self, path: &Path, globals: &PyRef) -> PyResult<()> {
        let bytes = std::fs::read(path).map_err(|e| {
            self.new_error(&self.exc.os_error, format!("{}: {}", path.display(), e))
        })?;
        let fname = path.to_string_lossy().to_string();
        let src = crate::compile::source::decode_source(&bytes).map_err(|m| {
            let err = crate::compile::CompileError {
                kind: "SyntaxError",
                msg: m,
                lineno: 1,
                col: 1,
                end_lineno: 1,
                end_col: 1,
            };
            self.syntax_error(&err, &fname, "")
        })?;
        let code = crate::compile::cache::compile_file(self, path, &bytes, &src, &fname)?;
        self.run_code(&code, globals, None)?;
        Ok(())
    }

    /// The ImportFrom instruction.
    pub fn import_from(&self, module: &PyRef, name: &PyRef) -> PyResult {
        if let Some(v) = self.get_attr_opt(module, name)? {
            return Ok(v);
        }
        let mname = match self.get_attr_opt(module, &self.names.__name__)? {
            Some(n) => self.str_string(&n)?,
            None => "<unknown module name>".into(),
        };
        let attr = self.str_string(name)?;
        if let Some(m) = self.sys_modules_get(&format!("{}.{}", mname, attr))? {
            return Ok(m);
        }
        let file = self
            .get_attr_opt(module, &self.names.__file__)?
            .map(|f| self.str_string(&f))
            .transpose()?;
        let initializing = self
            .get_attr_opt(module, &self.names.__spec__)?
            .map(|s| self.get_attr_opt(&s, &self.intern("_initializing")))
            .transpose()?
            .flatten()
            .map(|v| self.is_true(&v))
            .transpose()?
            .unwrap_or(false);
        let msg = match (&file, initializing) {
            (Some(f), true) => format!(
                "cannot import name '{}' from partially initialized module '{}' (most likely due to a circular import) ({})",
                attr, mname, f
            ),
            (Some(f), false) => format!("cannot import name '{}' from '{}' ({})", attr, mname, f),
            (None, _) => format!("cannot import name '{}' from '{}' (unknown location)", attr, mname),
        };
        let e = self.new_error(&self.exc.import_error, msg);
        let _ = self.set_attr_str(&e.0, "name", self.new_str(&mname));
        Err(e)
    }

    /// The ImportStar instruction.
    pub fn import_star(&self, f: &Frame, module: &PyRef) -> PyResult<()> {
        let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
        let md = self
            .instance_dict(module)
            .unwrap_or_else(|| self.new_dict());
        let names: Vec<PyRef> = match self.get_attr_opt(module, &self.names.__all__)? {
            Some(all) => self.iterate(&all)?,
            None => self
                .dict_items(&md)
                .into_iter()
                .map(|(k, _)| k)
                .filter(|k| !self.str_of(k).map(|s| s.starts_with('_')).unwrap_or(true))
                .collect(),
        };
        for n in names {
            let v = self.get_attr(module, &n)?;
            self.mapping_set(&target, n, v)?;
        }
        Ok(())
    }
}

static NAMESPACE_PATH: crate::vm::gil::GilCell<std::cell::RefCell<Option<PyRef>>> =
    crate::vm::gil::GilCell::new(|| std::cell::RefCell::new(None));

/// `_NamespacePath`: the list type of a namespace package's `__path__`.
fn namespace_path_type(vm: &Vm) -> PyResult {
    if let Some(t) = NAMESPACE_PATH.with(|s| s.borrow().clone()) {
        return Ok(t);
    }
    let ns = vm.new_dict();
    vm.dict_set_str(
        &ns,
        "__module__",
        vm.new_str("importlib._bootstrap_external"),
    )?;
    let t = crate::objects::typeobj::create_class(
        vm,
        &vm.types.type_,
        "_NamespacePath",
        vec![vm.types.list.clone()],
        &ns,
    )?;
    crate::objects::add_methods(vm, &t, &[("__repr__", namespace_path_repr)]);
    NAMESPACE_PATH.with(|s| *s.borrow_mut() = Some(t.clone()));
    Ok(t)
}

fn namespace_path_repr(vm: &Vm, args: Args) -> PyResult {
    let this = crate::objects::args::this(vm, &args)?;
    let items = vm.new_list(vm.iterate(this)?);
    Ok(vm.new_string(format!("_NamespacePath({})", vm.repr_str(&items)?)))
}

fn find_on_path(name: &str, path: &[PathBuf]) -> Option<Found> {
    let mut namespace = Vec::new();
    for dir in path {
        let dir = if dir.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            dir.clone()
        };
        let pkg = dir.join(name);
        let init = pkg.join("__init__.py");
        if init.is_file() {
            return Some(Found::Package(pkg, init));
        }
        let file = dir.join(format!("{}.py", name));
        if file.is_file() {
            return Some(Found::Module(file));
        }
        if pkg.is_dir() {
            namespace.push(pkg);
        }
    }
    if namespace.is_empty() {
        None
    } else {
        Some(Found::Namespace(namespace))
    }
}
