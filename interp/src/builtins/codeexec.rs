//! Builtins that look at or run code: globals/locals/vars/dir, exec/eval/compile,
//! `__import__`.

use crate::compile::{compile_source, CompileError, Mode};
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::frame::Frame;
use crate::vm::Vm;

use super::functions::strip_self;

impl Vm {
    /// The caller's globals (the innermost executing Python frame).
    pub fn current_globals(&self) -> PyRef {
        match self.frame_stack.borrow().last() {
            Some(f) => f.globals().clone(),
            None => self.new_dict(),
        }
    }

    /// The caller's locals as published before a frame-reading call.
    pub fn current_locals(&self) -> PyRef {
        match self.frame_stack.borrow().last() {
            Some(f) => f
                .locals
                .borrow()
                .clone()
                .unwrap_or_else(|| f.globals().clone()),
            None => self.new_dict(),
        }
    }

    /// A SyntaxError (or subclass) instance from a compile error.
    pub fn syntax_error(&self, e: &CompileError, filename: &str, source: &str) -> PyErr {
        if e.kind == "SystemError" {
            return self.new_error(&self.exc.system_error, e.msg.clone());
        }
        let ty = match e.kind {
            "IndentationError" => &self.exc.indentation_error,
            "TabError" => &self.exc.tab_error,
            _ => &self.exc.syntax_error,
        };
        let text = crate::compile::source::source_line(source, e.lineno)
            .map(|l| self.new_string(format!("{}\n", l)))
            .unwrap_or_else(|| self.none());
        let details = self.new_tuple(vec![
            self.new_str(filename),
            self.new_int(e.lineno as i64),
            self.new_int(e.col as i64),
            text,
            self.new_int(e.end_lineno as i64),
            self.new_int(e.end_col as i64),
        ]);
        PyErr(self.new_exception(ty, vec![self.new_str(&e.msg), details]))
    }

    pub fn compile_py(&self, source: &str, filename: &str, mode: Mode) -> PyResult {
        let opt = self.config.borrow().optimize;
        compile_source(self, source, filename, mode, opt)
            .map_err(|e| self.syntax_error(&e, filename, source))
    }

    /// Runs a code object with the given namespaces (module or exec/eval semantics).
    pub fn run_code(&self, code: &PyRef, globals: &PyRef, locals: Option<PyRef>) -> PyResult {
        let c = match &code.payload {
            Payload::Code(c) => c.clone(),
            _ => return Err(self.type_error("expected a code object")),
        };
        if self.dict_get_str(globals, "__builtins__")?.is_none() {
            self.dict_set_str(globals, "__builtins__", self.builtins.clone())?;
        }
        let builtins = self.builtins_for(globals);
        let locals = locals.unwrap_or_else(|| globals.clone());
        let frame = Box::new(Frame::new(
            code.clone(),
            c,
            globals.clone(),
            builtins,
            Some(locals),
        ));
        self.run_frame_to_end(frame)
    }
}

pub fn globals(vm: &Vm, args: Args) -> PyResult {
    args::pos(vm, "globals", strip_self(args), 0, 0)?;
    Ok(vm.current_globals())
}

pub fn locals(vm: &Vm, args: Args) -> PyResult {
    args::pos(vm, "locals", strip_self(args), 0, 0)?;
    Ok(vm.current_locals())
}

pub fn vars(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "vars", strip_self(args), 0, 1)?;
    match a.first() {
        None => Ok(vm.current_locals()),
        Some(o) => match vm.get_attr_opt(o, &vm.names.__dict__)? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

pub fn dir(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "dir", strip_self(args), 0, 1)?;
    let items: Vec<PyRef> = match a.first() {
        None => {
            let l = vm.current_locals();
            vm.iterate(&l)?
        }
        // `type(o).__dir__(o)`: for classes that is type.__dir__ unless a metaclass
        // overrides it (enum's EnumType does).
        Some(o) => {
            let r = match vm.call_special(o, &vm.names.__dir__, &[])? {
                Some(r) => r,
                None => return Err(vm.type_error("object does not provide __dir__")),
            };
            vm.iterate(&r)?
        }
    };
    let l = vm.new_list(items);
    crate::objects::list::sort_list(vm, &l, None, false)?;
    Ok(l)
}

/// `type.__dir__(cls)`: the names in the `__dict__` of `cls` and of its bases.
pub fn type_dir_method(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__dir__", args, 0, 0)?;
    let t = &a[0];
    if !t.is_type() {
        return Err(vm.type_error(format!(
            "descriptor '__dir__' for 'type' objects doesn't apply to a '{}' object",
            t.type_name()
        )));
    }
    type_dir(vm, t)
}

fn type_dir(vm: &Vm, t: &PyRef) -> PyResult {
    let d = vm.new_dict();
    for base in t.type_data().mro.borrow().iter() {
        for (k, _) in vm.dict_items(&base.type_data().dict) {
            vm.dict_set_item(&d, k, vm.none())?;
        }
    }
    Ok(vm.new_list(vm.dict_items(&d).into_iter().map(|(k, _)| k).collect()))
}

fn source_text(vm: &Vm, o: &PyRef, fname: &str) -> PyResult<String> {
    match &o.payload {
        Payload::Str(s) => Ok(crate::objects::str::as_utf8(vm, s)?.to_string()),
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            let b = crate::objects::bytes::bytes_from_object(vm, o)?;
            crate::compile::source::decode_source(&b)
                .map_err(|m| vm.new_error(&vm.exc.syntax_error, m))
        }
        _ => Err(vm.type_error(format!(
            "{}() arg 1 must be a string, bytes or code object",
            fname
        ))),
    }
}

fn namespaces(
    vm: &Vm,
    g: Option<&PyRef>,
    l: Option<&PyRef>,
    fname: &str,
) -> PyResult<(PyRef, Option<PyRef>)> {
    let g = g.filter(|x| !vm.is_none(x));
    let l = l.filter(|x| !vm.is_none(x));
    match g {
        Some(g) => {
            if !matches!(g.payload, Payload::Dict(_)) {
                return Err(vm.type_error(format!(
                    "{}() globals must be a dict, not {}",
                    fname,
                    g.type_name()
                )));
            }
            Ok((g.clone(), Some(l.cloned().unwrap_or_else(|| g.clone()))))
        }
        None => {
            let globals = vm.current_globals();
            let locals = match l {
                Some(l) => l.clone(),
                None => vm.current_locals(),
            };
            Ok((globals, Some(locals)))
        }
    }
}

pub fn exec(vm: &Vm, args: Args) -> PyResult {
    let b = args::bind(
        vm,
        "exec",
        strip_self(args),
        &["source", "globals", "locals", "closure"],
        1,
        1,
    )?;
    let src = b[0].as_ref().unwrap();
    let (g, l) = namespaces(vm, b[1].as_ref(), b[2].as_ref(), "exec")?;
    let code = match &src.payload {
        Payload::Code(_) => src.clone(),
        _ => {
            let text = source_text(vm, src, "exec")?;
            vm.compile_py(&text, "<string>", Mode::Exec)?
        }
    };
    vm.run_code(&code, &g, l)?;
    Ok(vm.none())
}

pub fn eval(vm: &Vm, args: Args) -> PyResult {
    let b = args::bind(
        vm,
        "eval",
        strip_self(args),
        &["source", "globals", "locals"],
        1,
        1,
    )?;
    let src = b[0].as_ref().unwrap();
    let (g, l) = namespaces(vm, b[1].as_ref(), b[2].as_ref(), "eval")?;
    let code = match &src.payload {
        Payload::Code(_) => src.clone(),
        _ => {
            let text = source_text(vm, src, "eval")?;
            let text = text.trim_start_matches([' ', '\t']).to_string();
            vm.compile_py(&text, "<string>", Mode::Eval)?
        }
    };
    vm.run_code(&code, &g, l)
}

pub fn compile(vm: &Vm, args: Args) -> PyResult {
    let b = args::bind(
        vm,
        "compile",
        strip_self(args),
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ],
        3,
        0,
    )?;
    let src = b[0].as_ref().unwrap();
    if let Payload::Code(_) = src.payload {
        return Ok(src.clone());
    }
    let flags = match &b[3] {
        Some(f) => args::to_i64(vm, f)?,
        None => 0,
    };
    let filename = vm.str_string(b[1].as_ref().unwrap())?;
    let mode_str = vm.str_string(b[2].as_ref().unwrap())?;
    // AST objects in and out: the `_ast` module owns both directions.
    if !matches!(src.payload, Payload::Str(_) | Payload::Bytes(_)) {
        let tree = crate::modules::ast::compile_tree(vm, src, &filename, &mode_str, flags)?;
        if let Some(code) = tree {
            return Ok(code);
        }
    }
    let text = source_text(vm, src, "compile")?;
    if flags & crate::modules::ast::PY_CF_ONLY_AST != 0 {
        // `ast.parse(feature_version=(3, N))` passes N; -1 (the default) means 3.11.
        let feature_minor = match &b[6] {
            Some(v) => Some(args::to_i64(vm, v)?).filter(|m| (0..11).contains(m)),
            None => None,
        };
        return crate::modules::ast::parse(vm, &text, &filename, &mode_str, flags, feature_minor);
    }
    let mode = match vm.str_of(b[2].as_ref().unwrap()) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    vm.compile_py(&text, &filename, mode)
}

pub fn import(vm: &Vm, args: Args) -> PyResult {
    let b = args::bind(
        vm,
        "__import__",
        strip_self(args),
        &["name", "globals", "locals", "fromlist", "level"],
        1,
        0,
    )?;
    let name = match &b[0].as_ref().unwrap().payload {
        Payload::Str(s) => match s.as_str() {
            Some(t) => t.to_string(),
            // No module file name is found for text with surrogates: CPython's message.
            None => {
                let msg = format!("No module named {}", crate::objects::str::repr_pystr(s));
                let e = vm.new_error(&vm.exc.module_not_found_error, msg);
                let _ = vm.set_attr_str(&e.0, "name", b[0].clone().unwrap());
                return Err(e);
            }
        },
        _ => return Err(vm.type_error("module name must be a string")),
    };
    let globals = b[1].clone().filter(|g| !vm.is_none(g));
    let fromlist = b[3].clone().unwrap_or_else(|| vm.none());
    let level = match &b[4] {
        Some(l) => args::to_i64(vm, l)?,
        None => 0,
    };
    vm.import_module_level(&name, globals.as_ref(), &fromlist, level)
}
