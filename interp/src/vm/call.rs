//! Calling: the generic `call`, binding arguments to a new frame (with CPython's error
//! messages), `f(*args, **kwargs)`, and convenience wrappers for native code.

use std::rc::Rc;

use crate::compile::code::{flags, CodeObject};
use crate::object::payload::*;
use crate::object::typeobj::type_lookup;
use crate::object::PyRef;

use super::frame::Frame;
use super::Vm;

/// The RecursionError message suffix for calls of objects through native code.
pub const CALLING: &str = " while calling a Python object";

impl Vm {
    /// Calls any callable object.
    pub fn call(&self, callable: &PyRef, args: Args) -> PyResult {
        match &callable.payload {
            Payload::Function(func) => {
                let code_obj = func.code.borrow().clone();
                if let Payload::Code(code) = &code_obj.payload {
                    let frame = self.bind_function_frame(&code_obj, func, code, args)?;
                    if code.is_generator_like() {
                        return Ok(crate::objects::generator::new_generator(self, frame, func));
                    }
                    return self.run_frame_to_end(frame);
                }
                Err(self.type_error("function without code"))
            }
            Payload::NativeFunction(nf) => match &nf.bound_self {
                Some(s) => {
                    let mut v = Vec::with_capacity(args.args.len() + 1);
                    v.push(s.clone());
                    v.extend_from_slice(args.args);
                    (nf.func)(self, Args::with_kw(&v, args.kwnames))
                }
                None => {
                    if nf.kind == NativeKind::Method && args.pos().is_empty() {
                        return Err(self.type_error(format!(
                            "unbound method {}() needs an argument",
                            self.native_qualname(nf)
                        )));
                    }
                    if nf.kind == NativeKind::StaticMethod {
                        crate::objects::object::check_builtin_new(self, nf, args)?;
                    }
                    (nf.func)(self, args)
                }
            },
            Payload::Method(m) => {
                let mut v = Vec::with_capacity(args.args.len() + 1);
                v.push(m.1.clone());
                v.extend_from_slice(args.args);
                self.call(&m.0, Args::with_kw(&v, args.kwnames))
            }
            Payload::Type(_) if callable.class().is(&self.types.type_) => {
                self.recursive_call(CALLING, || self.type_call(callable, args))
            }
            _ => {
                // A native `__call__` (lru_cache wrappers, partial) counts its own depth
                // where CPython's does; anything else counts here, as `tp_call` does.
                let native = matches!(
                    type_lookup(callable.class(), &self.names.__call__)
                        .map(|c| matches!(c.payload, Payload::NativeFunction(_))),
                    Some(true)
                );
                if native {
                    self.check_stack()?;
                    self.call_via_slot(callable, args)
                } else {
                    self.recursive_call(CALLING, || self.call_via_slot(callable, args))
                }
            }
        }
    }

    /// Calls an object through its type's `__call__` (CPython's `slot_tp_call`): a
    /// function-like `__call__` gets the object first; any other object found there is
    /// bound through its `__get__` (if it has one) and called with the arguments alone.
    fn call_via_slot(&self, callable: &PyRef, args: Args) -> PyResult {
        let ty = callable.class();
        let Some(c) = type_lookup(ty, &self.names.__call__) else {
            return Err(
                self.type_error(format!("'{}' object is not callable", callable.type_name()))
            );
        };
        match &c.payload {
            Payload::Function(_) | Payload::NativeFunction(_) => {
                let mut v = Vec::with_capacity(args.args.len() + 1);
                v.push(callable.clone());
                v.extend_from_slice(args.args);
                self.call(&c, Args::with_kw(&v, args.kwnames))
            }
            _ => {
                let bound = self.descr_get(&c, Some(callable), ty)?;
                self.call(&bound, args)
            }
        }
    }

    /// Runs `f` one level deeper in the recursion count (CPython's
    /// `Py_EnterRecursiveCall`): native paths that can re-enter the interpreter without
    /// a Python frame (`__call__` chains, nested containers, `__instancecheck__`...)
    /// raise RecursionError at the limit, or when the native stack runs low, instead of
    /// exhausting memory or the stack. `suffix` completes CPython's message
    /// ("maximum recursion depth exceeded" + suffix).
    #[inline]
    pub fn recursive_call<R>(&self, suffix: &str, f: impl FnOnce() -> PyResult<R>) -> PyResult<R> {
        let depth = self.recursion_depth.get() + 1;
        if depth > self.recursion_limit.get() {
            return Err(self.recursion_error(suffix));
        }
        self.check_stack()?;
        self.recursion_depth.set(depth);
        let r = f();
        self.recursion_depth
            .set(self.recursion_depth.get().saturating_sub(1));
        r
    }

    /// `RecursionError("maximum recursion depth exceeded" + suffix)`.
    #[cold]
    pub fn recursion_error(&self, suffix: &str) -> PyErr {
        self.new_error(
            &self.exc.recursion_error,
            format!("maximum recursion depth exceeded{suffix}"),
        )
    }

    pub fn native_qualname(&self, nf: &NativeFunctionData) -> String {
        match &nf.owner {
            Some(o) => format!("{}.{}", o.type_data().name.borrow(), nf.name),
            None => nf.name.to_string(),
        }
    }

    pub fn call0(&self, f: &PyRef) -> PyResult {
        self.call(f, Args::new(&[]))
    }
    pub fn call1(&self, f: &PyRef, a: PyRef) -> PyResult {
        self.call(f, Args::new(&[a]))
    }
    pub fn call2(&self, f: &PyRef, a: PyRef, b: PyRef) -> PyResult {
        self.call(f, Args::new(&[a, b]))
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method(&self, obj: &PyRef, name: &str, args: &[PyRef]) -> PyResult {
        let n = self.intern(name);
        let (m, selfv) = self.load_method(obj.clone(), &n)?;
        match selfv {
            Some(s) => {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(s);
                v.extend_from_slice(args);
                self.call(&m, Args::new(&v))
            }
            None => self.call(&m, Args::new(args)),
        }
    }

    /// Looks up a special method on the type (not the instance) and calls it with `obj`
    /// first; `None` if the type has no such method.
    pub fn call_special(
        &self,
        obj: &PyRef,
        name: &PyRef,
        args: &[PyRef],
    ) -> PyResult<Option<PyRef>> {
        let m = match type_lookup(obj.class(), name) {
            Some(m) => m,
            None => return Ok(None),
        };
        self.call_slot_method(&m, obj, args).map(Some)
    }

    /// Calls `m`, a special method found on `obj`'s type, for `obj`: functions get `obj`
    /// first, other objects are bound through their `__get__` (CPython's
    /// `lookup_maybe_method` + `call_unbound`).
    pub fn call_slot_method(&self, m: &PyRef, obj: &PyRef, args: &[PyRef]) -> PyResult {
        self.check_stack()?;
        // Descriptors other than plain functions bind through __get__.
        match &m.payload {
            Payload::Function(_) | Payload::NativeFunction(_) => {
                // `obj` then the arguments, in a stack array for the common arities.
                match args {
                    [] => self.call(m, Args::new(std::slice::from_ref(obj))),
                    [a] => self.call(m, Args::new(&[obj.clone(), a.clone()])),
                    [a, b] => self.call(m, Args::new(&[obj.clone(), a.clone(), b.clone()])),
                    _ => {
                        let mut v = Vec::with_capacity(args.len() + 1);
                        v.push(obj.clone());
                        v.extend_from_slice(args);
                        self.call(m, Args::new(&v))
                    }
                }
            }
            _ => {
                let bound = self.descr_get(m, Some(obj), obj.class())?;
                self.call(&bound, Args::new(args))
            }
        }
    }

    /// `f(*args, **kwargs)`.
    pub fn call_function_ex(&self, func: &PyRef, args: &PyRef, kwargs: Option<&PyRef>) -> PyResult {
        let mut items: Vec<PyRef> = match &args.payload {
            // Tuple subclasses go through their own __iter__.
            Payload::Tuple(t) if args.class().is(&self.types.tuple) => t.to_vec(),
            _ => self
                .iterate(args)
                .map_err(|e| self.star_arg_error(e, func, args))?,
        };
        let mut names: Vec<PyRef> = Vec::new();
        if let Some(kw) = kwargs {
            if let Payload::Dict(d) = &kw.payload {
                let entries: Vec<(PyRef, PyRef)> = d
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                for (k, v) in entries {
                    if !matches!(k.payload, Payload::Str(_)) {
                        return Err(self.type_error("keywords must be strings"));
                    }
                    names.push(k);
                    items.push(v);
                }
            }
        }
        self.call(func, Args::with_kw(&items, &names))
    }

    /// `f(*x)` with a non-iterable `x`: CPython's message names the callee.
    fn star_arg_error(&self, e: PyErr, func: &PyRef, args: &PyRef) -> PyErr {
        if self.exc_matches(&e, &self.exc.type_error) && self.get_iter(args).is_err() {
            return self.type_error(format!(
                "{} argument after * must be an iterable, not {}",
                self.callable_desc(func),
                args.type_name()
            ));
        }
        e
    }

    fn func_qualname(&self, fd: &FunctionData) -> String {
        self.str_of(&fd.qualname.borrow())
            .unwrap_or("?")
            .to_string()
    }

    /// Creates the frame for a call of a Python function, binding `args` to parameters.
    pub fn bind_function_frame(
        &self,
        code_obj: &PyRef,
        fd: &FunctionData,
        code: &Rc<CodeObject>,
        args: Args,
    ) -> PyResult<Box<Frame>> {
        let mut frame = self.alloc_frame(code_obj, code, &fd.globals, &fd.builtins, None);
        let argcount = code.argcount as usize;
        let pos = args.pos();
        let simple = args.kwnames.is_empty()
            && pos.len() == argcount
            && code.kwonlyargcount == 0
            && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0;
        if simple {
            for (i, a) in pos.iter().enumerate() {
                frame.fast[i] = Some(a.clone());
            }
        } else {
            self.bind_general(fd, code, args, &mut frame.fast)?;
        }
        self.init_cells(&mut frame, fd, code);
        Ok(frame)
    }

    /// Fills a new frame's cell and free-variable slots (cells for arguments take the
    /// argument's value).
    #[inline(always)]
    pub fn init_cells(&self, frame: &mut Frame, fd: &FunctionData, code: &CodeObject) {
        if !(code.cell2arg.is_empty() && fd.closure.is_none()) {
            self.fill_cells(frame, fd, code);
        }
    }

    #[inline(never)]
    fn fill_cells(&self, frame: &mut Frame, fd: &FunctionData, code: &CodeObject) {
        let nlocals = code.nlocals();
        for (ci, arg) in code.cell2arg.iter().enumerate() {
            let init = arg.and_then(|a| frame.fast[a as usize].take());
            frame.fast[nlocals + ci] = Some(self.new_cell(init));
        }
        if let Some(cl) = &fd.closure {
            if let Payload::Tuple(cells) = &cl.payload {
                let base = nlocals + code.cellvars.len();
                for (i, c) in cells.iter().enumerate() {
                    if base + i < frame.fast.len() {
                        frame.fast[base + i] = Some(c.clone());
                    }
                }
            }
        }
    }

    pub fn builtins_for(&self, globals: &PyRef) -> PyRef {
        if let Ok(Some(b)) = self.dict_get_item(globals, &self.names.__builtins__) {
            if let Payload::Module(m) = &b.payload {
                return m.dict.clone();
            }
            if let Payload::Dict(_) = &b.payload {
                return b;
            }
        }
        self.builtins_dict.clone()
    }

    fn bind_general(
        &self,
        fd: &FunctionData,
        code: &CodeObject,
        args: Args,
        fast: &mut [Option<PyRef>],
    ) -> PyResult<()> {
        let argcount = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags & flags::VARARGS != 0;
        let has_varkw = code.flags & flags::VARKEYWORDS != 0;
        let pos = args.pos();
        let qual = || self.func_qualname(fd);
        // Positional arguments.
        let n = pos.len().min(argcount);
        for i in 0..n {
            fast[i] = Some(pos[i].clone());
        }
        let varargs_idx = argcount + kwonly;
        let varkw_idx = varargs_idx + has_varargs as usize;
        if has_varargs {
            let extra = if pos.len() > argcount {
                pos[argcount..].to_vec()
            } else {
                Vec::new()
            };
            fast[varargs_idx] = Some(self.new_tuple(extra));
        } else if pos.len() > argcount {
            let defaults_n = self.defaults_len(fd);
            let given = pos.len();
            let kw_given = args
                .kwnames
                .iter()
                .filter(|k| {
                    code.varnames[argcount..argcount + kwonly]
                        .iter()
                        .any(|v| self.str_eq(v, k))
                })
                .count();
            let takes = if defaults_n > 0 {
                format!(
                    "from {} to {} positional arguments",
                    argcount - defaults_n,
                    argcount
                )
            } else {
                format!(
                    "{} positional argument{}",
                    argcount,
                    if argcount == 1 { "" } else { "s" }
                )
            };
            let kwpart = if kw_given > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    if given == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                String::new()
            };
            let was = if given == 1 && kw_given == 0 {
                "was"
            } else {
                "were"
            };
            let msg = if kw_given > 0 {
                format!(
                    "{}() takes {} but {}{} were given",
                    qual(),
                    takes,
                    given,
                    kwpart
                )
            } else {
                format!("{}() takes {} but {} {} given", qual(), takes, given, was)
            };
            return Err(self.type_error(msg));
        }
        let kwdict = if has_varkw {
            let d = self.new_dict();
            fast[varkw_idx] = Some(d.clone());
            Some(d)
        } else {
            None
        };
        // Keyword arguments.
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (k, v) in args.kwnames.iter().zip(args.kwvalues()) {
            let kname = self.str_of(k).unwrap_or("");
            let idx = code.varnames[..argcount + kwonly]
                .iter()
                .position(|vn| self.str_of(vn) == Some(kname));
            match idx {
                Some(i) if i >= posonly => {
                    if fast[i].is_some() {
                        return Err(self.type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            qual(),
                            kname
                        )));
                    }
                    fast[i] = Some(v.clone());
                }
                Some(_) if kwdict.is_none() => posonly_as_kw.push(kname.to_string()),
                _ => match &kwdict {
                    Some(d) => {
                        self.dict_set_item(d, k.clone(), v.clone())?;
                    }
                    None => {
                        return Err(self.type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            qual(),
                            kname
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                qual(),
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for missing positionals.
        if pos.len() < argcount {
            let defaults: Vec<PyRef> = match &*fd.defaults.borrow() {
                Some(t) => match &t.payload {
                    Payload::Tuple(items) => items.to_vec(),
                    _ => Vec::new(),
                },
                None => Vec::new(),
            };
            let first_default = argcount - defaults.len();
            let mut missing: Vec<String> = Vec::new();
            for i in pos.len()..argcount {
                if fast[i].is_none() {
                    if i >= first_default {
                        fast[i] = Some(defaults[i - first_default].clone());
                    } else {
                        missing.push(self.str_of(&code.varnames[i]).unwrap_or("").to_string());
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.type_error(format!(
                    "{}() missing {} required positional argument{}: {}",
                    qual(),
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    join_names(&missing)
                )));
            }
        }
        if kwonly > 0 {
            let mut missing: Vec<String> = Vec::new();
            // Indexing: `fast[i]` is both tested and filled, and `i` also names the parameter.
            #[allow(clippy::needless_range_loop)]
            for i in argcount..argcount + kwonly {
                if fast[i].is_none() {
                    let name = &code.varnames[i];
                    let dflt = match &*fd.kwdefaults.borrow() {
                        Some(d) => self.dict_get_item(d, name)?,
                        None => None,
                    };
                    match dflt {
                        Some(v) => fast[i] = Some(v),
                        None => missing.push(self.str_of(name).unwrap_or("").to_string()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.type_error(format!(
                    "{}() missing {} required keyword-only argument{}: {}",
                    qual(),
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    join_names(&missing)
                )));
            }
        }
        Ok(())
    }

    fn defaults_len(&self, fd: &FunctionData) -> usize {
        match &*fd.defaults.borrow() {
            Some(t) => match &t.payload {
                Payload::Tuple(items) => items.len(),
                _ => 0,
            },
            None => 0,
        }
    }

    pub fn str_eq(&self, a: &PyRef, b: &PyRef) -> bool {
        a.is(b) || matches!((self.str_of(a), self.str_of(b)), (Some(x), Some(y)) if x == y)
    }
}

/// 'a', 'b' and 'c' — CPython's list formatting for missing-argument messages.
fn join_names(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}
