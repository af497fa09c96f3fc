//! Function-like objects: Python functions, bound methods, builtin functions and method
//! descriptors, code objects and cells.

use std::cell::RefCell;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::frame::Frame;
use crate::vm::Vm;

impl Vm {
    /// The MakeFunction instruction.
    pub fn make_function_instr(&self, f: &mut Frame, flags: u32) -> PyResult {
        let code = f.stack.pop().unwrap();
        let closure = if flags & 8 != 0 { f.stack.pop() } else { None };
        let annotations = if flags & 4 != 0 { f.stack.pop() } else { None };
        let kwdefaults = if flags & 2 != 0 { f.stack.pop() } else { None };
        let defaults = if flags & 1 != 0 { f.stack.pop() } else { None };
        let (name, qualname, doc) = match &code.payload {
            Payload::Code(c) => {
                let doc = if c.flags & crate::compile::code::flags::OPTIMIZED != 0 {
                    c.consts
                        .first()
                        .cloned()
                        .filter(|d| matches!(d.payload, Payload::Str(_)))
                        .unwrap_or_else(|| self.none())
                } else {
                    self.none()
                };
                (c.name.clone(), c.qualname.clone(), doc)
            }
            _ => return Err(self.type_error("MakeFunction needs a code object")),
        };
        let module = self
            .dict_get_str_key(&f.globals, &self.names.__name__)?
            .unwrap_or_else(|| self.none());
        Ok(PyRef::new(
            self.types.function.clone(),
            Payload::Function(Box::new(FunctionData {
                code: RefCell::new(code),
                globals: f.globals.clone(),
                builtins: f.builtins.clone(),
                name: RefCell::new(name),
                qualname: RefCell::new(qualname),
                defaults: RefCell::new(defaults),
                kwdefaults: RefCell::new(kwdefaults),
                closure,
                doc: RefCell::new(doc),
                annotations: RefCell::new(annotations),
                module: RefCell::new(module),
                dict: RefCell::new(None),
            })),
        ))
    }
}

fn fdata<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a FunctionData> {
    match &o.payload {
        Payload::Function(f) => Ok(f),
        _ => Err(vm.type_error("function expected")),
    }
}

fn func_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let f = fdata(vm, this)?;
    Ok(vm.new_string(format!(
        "<function {} at {:#x}>",
        vm.str_of(&f.qualname.borrow()).unwrap_or("?"),
        this.id()
    )))
}

fn func_get(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__get__", args, 2, 3)?;
    if vm.is_none(&a[1]) {
        return Ok(a[0].clone());
    }
    Ok(vm.new_method(a[0].clone(), a[1].clone()))
}

fn func_call(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?.clone();
    vm.call(&this, Args::with_kw(&args.args[1..], args.kwnames))
}

fn get_name(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(fdata(vm, o)?.name.borrow().clone())
}
fn set_name(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let v = v.ok_or_else(|| vm.type_error("__name__ must be set to a string object"))?;
    if vm.str_of(&v).is_none() {
        return Err(vm.type_error("__name__ must be set to a string object"));
    }
    *fdata(vm, o)?.name.borrow_mut() = v;
    Ok(())
}
fn get_qualname(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(fdata(vm, o)?.qualname.borrow().clone())
}
fn set_qualname(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let v = v.ok_or_else(|| vm.type_error("__qualname__ must be set to a string object"))?;
    if vm.str_of(&v).is_none() {
        return Err(vm.type_error("__qualname__ must be set to a string object"));
    }
    *fdata(vm, o)?.qualname.borrow_mut() = v;
    Ok(())
}
fn get_doc(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(fdata(vm, o)?.doc.borrow().clone())
}
fn set_doc(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    *fdata(vm, o)?.doc.borrow_mut() = v.unwrap_or_else(|| vm.none());
    Ok(())
}
fn get_defaults(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(fdata(vm, o)?
        .defaults
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none()))
}
fn set_defaults(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let v = v.filter(|x| !vm.is_none(x));
    if let Some(x) = &v {
        if !matches!(x.payload, Payload::Tuple(_)) {
            return Err(vm.type_error("__defaults__ must be set to a tuple object"));
        }
    }
    *fdata(vm, o)?.defaults.borrow_mut() = v;
    Ok(())
}
fn get_kwdefaults(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(fdata(vm, o)?
        .kwdefaults
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none()))
}
fn set_kwdefaults(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    *fdata(vm, o)?.kwdefaults.borrow_mut() = v.filter(|x| !vm.is_none(x));
    Ok(())
}
fn get_code(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(fdata(vm, o)?.code.borrow().clone())
}
fn set_code(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let fd = fdata(vm, o)?;
    let new = match v {
        Some(c) if matches!(c.payload, Payload::Code(_)) => c,
        Some(_) => return Err(vm.type_error("__code__ must be set to a code object")),
        None => return Err(vm.type_error("__code__ must be set to a code object")),
    };
    if let Payload::Code(c) = &new.payload {
        let nfree = c.freevars.len();
        let nclosure = match &fd.closure {
            Some(cl) => match &cl.payload {
                Payload::Tuple(t) => t.len(),
                _ => 0,
            },
            None => 0,
        };
        if nfree != nclosure {
            return Err(vm.value_error(format!(
                "{}() requires a code object with {} free vars, not {}",
                vm.str_of(&fd.name.borrow()).unwrap_or("?"),
                nclosure,
                nfree
            )));
        }
    }
    *fd.code.borrow_mut() = new;
    Ok(())
}
fn get_globals(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(fdata(vm, o)?.globals.clone())
}
fn get_closure(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(fdata(vm, o)?.closure.clone().unwrap_or_else(|| vm.none()))
}
fn get_module(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(fdata(vm, o)?.module.borrow().clone())
}
fn set_module(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    *fdata(vm, o)?.module.borrow_mut() = v.unwrap_or_else(|| vm.none());
    Ok(())
}
fn get_annotations(vm: &Vm, o: &PyRef) -> PyResult {
    let f = fdata(vm, o)?;
    let mut a = f.annotations.borrow_mut();
    if a.is_none() {
        *a = Some(vm.new_dict());
    }
    Ok(a.clone().unwrap())
}
fn set_annotations(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    *fdata(vm, o)?.annotations.borrow_mut() = v;
    Ok(())
}
fn get_dict(vm: &Vm, o: &PyRef) -> PyResult {
    vm.instance_dict(o)
        .ok_or_else(|| vm.attribute_error("__dict__"))
}
fn get_builtins(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(fdata(vm, o)?.builtins.clone())
}

// ----- bound methods ----------------------------------------------------------------

fn mdata<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a (PyRef, PyRef)> {
    match &o.payload {
        Payload::Method(m) => Ok(m),
        _ => Err(vm.type_error("method expected")),
    }
}

fn method_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let m = mdata(vm, this)?;
    let name = match vm.get_attr_opt(&m.0, &vm.names.__qualname__)? {
        Some(n) => vm.str_string(&n)?,
        None => "?".into(),
    };
    Ok(vm.new_string(format!("<bound method {} of {}>", name, vm.repr_str(&m.1)?)))
}

fn method_getattribute(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__getattribute__", args, 2, 2)?;
    match vm.generic_getattr(&a[0], &a[1]) {
        Ok(v) => Ok(v),
        Err(e) if vm.exc_matches(&e, &vm.exc.attribute_error) => {
            let m = mdata(vm, &a[0])?;
            vm.get_attr(&m.0, &a[1])
        }
        Err(e) => Err(e),
    }
}

fn method_eq(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__eq__", args, 2, 2)?;
    match (&a[0].payload, &a[1].payload) {
        (Payload::Method(x), Payload::Method(y)) => Ok(vm.new_bool(x.0.is(&y.0) && x.1.is(&y.1))),
        _ => Ok(vm.not_implemented()),
    }
}

fn method_hash(vm: &Vm, args: Args) -> PyResult {
    let m = mdata(vm, args::this(vm, &args)?)?;
    Ok(vm.new_int(crate::vm::protocol::id_hash(&m.0) ^ crate::vm::protocol::id_hash(&m.1)))
}

fn get_func(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(mdata(vm, o)?.0.clone())
}
fn get_self(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(mdata(vm, o)?.1.clone())
}
fn method_get_doc(vm: &Vm, o: &PyRef) -> PyResult {
    let m = mdata(vm, o)?;
    vm.get_attr(&m.0, &vm.names.__doc__)
}

// ----- builtin functions / method descriptors ------------------------------------------

fn ndata<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a NativeFunctionData> {
    match &o.payload {
        Payload::NativeFunction(n) => Ok(n),
        _ => Err(vm.type_error("builtin function expected")),
    }
}

fn builtin_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let n = ndata(vm, this)?;
    let slot = this.class().is(&vm.types.wrapper_descriptor);
    Ok(vm.new_string(match (&n.bound_self, n.kind) {
        (Some(s), _) if this.class().is(&vm.types.method_wrapper) => format!(
            "<method-wrapper '{}' of {} object at {:#x}>",
            n.name,
            s.type_name(),
            s.id()
        ),
        (None, NativeKind::Method) if slot => match &n.owner {
            Some(o) => format!(
                "<slot wrapper '{}' of '{}' objects>",
                n.name,
                o.type_data().name.borrow()
            ),
            None => format!("<built-in function {}>", n.name),
        },
        (None, NativeKind::StaticMethod) if n.owner.is_some() => format!(
            "<built-in method {} of type object at {:#x}>",
            n.name,
            n.owner.as_ref().map_or(0, |o| o.id())
        ),
        (None, NativeKind::ClassMethod) if n.owner.is_some() => format!(
            "<method '{}' of '{}' objects>",
            n.name,
            n.owner
                .as_ref()
                .map_or(String::new(), |o| o.type_data().name.borrow().clone())
        ),
        (Some(s), _) if !matches!(s.payload, Payload::Module(_)) => {
            format!(
                "<built-in method {} of {} object at {:#x}>",
                n.name,
                s.type_name(),
                s.id()
            )
        }
        (None, NativeKind::Method) => match &n.owner {
            Some(o) => format!(
                "<method '{}' of '{}' objects>",
                n.name,
                o.type_data().name.borrow()
            ),
            None => format!("<built-in function {}>", n.name),
        },
        _ => format!("<built-in function {}>", n.name),
    }))
}

/// `__reduce__` of builtin functions and method descriptors, as CPython pickles them: a
/// module-level function by its qualified name, a bound method or a descriptor as
/// `getattr(owner, name)`.
fn builtin_reduce(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "__reduce__", args, 0, 0)?;
    let n = ndata(vm, &a[0])?;
    let target = match (&n.bound_self, &n.owner) {
        (Some(s), _) if !matches!(s.payload, Payload::Module(_)) => s.clone(),
        (None, Some(owner)) => owner.clone(),
        _ => return builtin_get_qualname(vm, &a[0]),
    };
    let getattr = vm
        .dict_get_str(&vm.builtins_dict, "getattr")?
        .ok_or_else(|| vm.runtime_error("lost builtins.getattr"))?;
    Ok(vm.new_tuple(vec![
        getattr,
        vm.new_tuple(vec![target, vm.new_str(n.name)]),
    ]))
}

fn builtin_get_name(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_str(ndata(vm, o)?.name))
}
fn builtin_get_qualname(vm: &Vm, o: &PyRef) -> PyResult {
    let n = ndata(vm, o)?;
    Ok(vm.new_string(match (&n.owner, &n.bound_self) {
        (Some(ow), _) => format!("{}.{}", ow.type_data().name.borrow(), n.name),
        // A bound classmethod (`dict.fromkeys`) is named after the class it is bound to.
        (None, Some(s)) if s.is_type() => {
            format!("{}.{}", s.type_data().qualname.borrow(), n.name)
        }
        (None, Some(s)) if !matches!(s.payload, Payload::Module(_)) => {
            format!("{}.{}", s.type_name(), n.name)
        }
        _ => n.name.to_string(),
    }))
}
fn builtin_get_self(vm: &Vm, o: &PyRef) -> PyResult {
    let n = ndata(vm, o)?;
    // A static method of a builtin type (`int.__new__`) is bound to its type.
    let owner = match n.kind {
        NativeKind::StaticMethod if o.class().is(&vm.types.builtin_function) => n.owner.clone(),
        _ => None,
    };
    Ok(n.bound_self.clone().or(owner).unwrap_or_else(|| vm.none()))
}
fn builtin_get_doc(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(match ndata(vm, o)?.doc {
        Some(d) => vm.new_str(d),
        None => vm.none(),
    })
}
fn builtin_get_objclass(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(ndata(vm, o)?.owner.clone().unwrap_or_else(|| vm.none()))
}
fn builtin_get_module(vm: &Vm, o: &PyRef) -> PyResult {
    let n = ndata(vm, o)?;
    if n.owner.is_none() {
        if let Some(s) = &n.bound_self {
            if let Payload::Module(m) = &s.payload {
                return Ok(vm
                    .dict_get_str(&m.dict, "__name__")?
                    .unwrap_or_else(|| vm.none()));
            }
        }
        return Ok(vm.new_str("builtins"));
    }
    Ok(vm.none())
}

fn descriptor_get(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__get__", args, 2, 3)?;
    let obj = if vm.is_none(&a[1]) { None } else { Some(&a[1]) };
    let ty = match (a.get(2), obj) {
        (Some(t), _) if !vm.is_none(t) => t.clone(),
        (_, Some(o)) => o.class().clone(),
        _ => vm.types.object.clone(),
    };
    vm.descr_get(&a[0], obj, &ty)
}

fn native_call(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?.clone();
    vm.call(&this, Args::with_kw(&args.args[1..], args.kwnames))
}

fn native_eq(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__eq__", args, 2, 2)?;
    match (&a[0].payload, &a[1].payload) {
        (Payload::NativeFunction(x), Payload::NativeFunction(y)) => {
            let same_self = match (&x.bound_self, &y.bound_self) {
                (Some(p), Some(q)) => p.is(q),
                (None, None) => true,
                _ => false,
            };
            Ok(vm.new_bool(x.func as *const () == y.func as *const () && same_self))
        }
        _ => Ok(vm.not_implemented()),
    }
}

fn native_hash(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let n = ndata(vm, this)?;
    let h = (n.func as usize as i64)
        ^ n.bound_self
            .as_ref()
            .map(crate::vm::protocol::id_hash)
            .unwrap_or(0);
    Ok(vm.new_int(h & 0x7fff_ffff_ffff))
}

// ----- code objects and cells --------------------------------------------------------

fn code_of<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a crate::compile::code::CodeObject> {
    match &o.payload {
        Payload::Code(c) => Ok(c),
        _ => Err(vm.type_error("code expected")),
    }
}

fn code_getattribute(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__getattribute__", args, 2, 2)?;
    let c = code_of(vm, &a[0])?;
    let strs = |v: &[PyRef]| vm.new_tuple(v.to_vec());
    Ok(match vm.str_of(&a[1]).unwrap_or("") {
        "co_name" => c.name.clone(),
        "co_qualname" => c.qualname.clone(),
        "co_filename" => c.filename.clone(),
        "co_firstlineno" => vm.new_int(c.firstlineno as i64),
        "co_argcount" => vm.new_int(c.argcount as i64),
        "co_posonlyargcount" => vm.new_int(c.posonlyargcount as i64),
        "co_kwonlyargcount" => vm.new_int(c.kwonlyargcount as i64),
        "co_nlocals" => vm.new_usize(c.varnames.len()),
        "co_flags" => vm.new_int(c.flags as i64),
        "co_varnames" => strs(&c.varnames),
        "co_cellvars" => strs(&c.cellvars),
        "co_freevars" => strs(&c.freevars),
        "co_names" => strs(&c.names),
        "co_consts" => vm.new_tuple(c.consts.clone()),
        "co_stacksize" => vm.new_int(16),
        "co_code" => vm.new_bytes(vec![]),
        _ => return vm.generic_getattr(&a[0], &a[1]),
    })
}

/// `co_positions()`: (lineno, end_lineno, col, end_col) for each 2-byte code unit, as
/// `traceback` indexes it with `tb_lasti // 2`. Columns are not recorded (None).
fn code_positions(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "co_positions", args, 0, 0)?;
    let c = code_of(vm, &a[0])?;
    let items = c
        .lines
        .iter()
        .map(|&l| {
            let line = vm.new_int(l as i64);
            vm.new_tuple(vec![line.clone(), line, vm.none(), vm.none()])
        })
        .collect();
    vm.get_iter(&vm.new_list(items))
}

/// `co_lines()`: (start, end, lineno) byte ranges of consecutive code units on one line.
fn code_lines(vm: &Vm, args: Args) -> PyResult {
    let a = args::method(vm, "co_lines", args, 0, 0)?;
    let c = code_of(vm, &a[0])?;
    let mut items = Vec::new();
    let mut start = 0usize;
    for i in 1..=c.lines.len() {
        if i == c.lines.len() || c.lines[i] != c.lines[start] {
            items.push(vm.new_tuple(vec![
                vm.new_usize(2 * start),
                vm.new_usize(2 * i),
                vm.new_int(c.lines[start] as i64),
            ]));
            start = i;
        }
    }
    vm.get_iter(&vm.new_list(items))
}

/// `code.replace(**changes)`: a copy with some fields replaced (the fields that do not
/// change the shape of the bytecode: flags, names, filename, first line, constants and
/// name tuples of the same length).
fn code_replace(vm: &Vm, args: Args) -> PyResult {
    if args.pos().len() != 1 {
        return Err(vm.type_error(format!(
            "replace() takes no positional arguments ({} given)",
            args.pos().len().saturating_sub(1)
        )));
    }
    let c = code_of(vm, &args.pos()[0])?;
    let mut new = crate::compile::code::CodeObject {
        name: c.name.clone(),
        qualname: c.qualname.clone(),
        filename: c.filename.clone(),
        firstlineno: c.firstlineno,
        argcount: c.argcount,
        posonlyargcount: c.posonlyargcount,
        kwonlyargcount: c.kwonlyargcount,
        flags: c.flags,
        instrs: c
            .instrs
            .iter()
            .map(|i| std::cell::Cell::new(i.get()))
            .collect(),
        lines: c.lines.clone(),
        consts: c.consts.clone(),
        names: c.names.clone(),
        varnames: c.varnames.clone(),
        cellvars: c.cellvars.clone(),
        freevars: c.freevars.clone(),
        cell2arg: c.cell2arg.clone(),
        exception_table: c.exception_table.clone(),
        source: c.source.clone(),
        attr_cache: std::cell::RefCell::new(Default::default()),
        global_cache: std::cell::RefCell::new(Vec::new()),
    };
    let tuple_of = |v: &PyRef, what: &str, len: usize| -> PyResult<Vec<PyRef>> {
        match &v.payload {
            Payload::Tuple(t) if t.len() == len => Ok(t.to_vec()),
            Payload::Tuple(_) => Err(vm.value_error(format!(
                "code.replace(): {} must keep its length in ferropy",
                what
            ))),
            _ => Err(vm.type_error(format!(
                "replace() argument '{}' must be tuple, not {}",
                what,
                v.type_name()
            ))),
        }
    };
    let str_arg = |v: &PyRef, what: &str| -> PyResult<PyRef> {
        match &v.payload {
            Payload::Str(_) => Ok(v.clone()),
            _ => Err(vm.type_error(format!(
                "replace() argument '{}' must be str, not {}",
                what,
                v.type_name()
            ))),
        }
    };
    for (k, v) in args.kwnames.iter().zip(args.kwvalues()) {
        let key = vm.str_of(k).unwrap_or("");
        match key {
            "co_flags" => new.flags = args::to_i64(vm, v)? as u32,
            "co_firstlineno" => new.firstlineno = args::to_i64(vm, v)? as u32,
            "co_name" => new.name = str_arg(v, key)?,
            "co_qualname" => new.qualname = str_arg(v, key)?,
            "co_filename" => new.filename = str_arg(v, key)?,
            "co_consts" => new.consts = tuple_of(v, key, c.consts.len())?,
            "co_names" => new.names = tuple_of(v, key, c.names.len())?,
            "co_varnames" => new.varnames = tuple_of(v, key, c.varnames.len())?,
            _ => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for replace()",
                    key
                )))
            }
        }
    }
    Ok(PyRef::new(
        vm.types.code.clone(),
        Payload::Code(std::rc::Rc::new(new)),
    ))
}

fn code_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let c = code_of(vm, this)?;
    Ok(vm.new_string(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        vm.str_of(&c.name).unwrap_or(""),
        this.id(),
        vm.str_of(&c.filename).unwrap_or(""),
        c.firstlineno
    )))
}

fn cell_get_contents(vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Cell(c) => c
            .borrow()
            .clone()
            .ok_or_else(|| vm.value_error("Cell is empty")),
        _ => Err(vm.type_error("cell expected")),
    }
}
fn cell_set_contents(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    match &o.payload {
        Payload::Cell(c) => {
            c.replace(v);
            Ok(())
        }
        _ => Err(vm.type_error("cell expected")),
    }
}
fn cell_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    if let Payload::Cell(c) = &this.payload {
        return Ok(vm.new_string(match &*c.borrow() {
            Some(v) => format!(
                "<cell at {:#x}: {} object at {:#x}>",
                this.id(),
                v.type_name(),
                v.id()
            ),
            None => format!("<cell at {:#x}: empty>", this.id()),
        }));
    }
    Ok(vm.new_str("<cell>"))
}

pub fn init(vm: &Vm) {
    use crate::objects::descr::add_getset;
    let f = &vm.types.function;
    crate::objects::add_methods(
        vm,
        f,
        &[
            ("__repr__", func_repr),
            ("__get__", func_get),
            ("__call__", func_call),
        ],
    );
    add_getset(vm, f, "__name__", get_name, Some(set_name));
    add_getset(vm, f, "__qualname__", get_qualname, Some(set_qualname));
    add_getset(vm, f, "__doc__", get_doc, Some(set_doc));
    add_getset(vm, f, "__defaults__", get_defaults, Some(set_defaults));
    add_getset(
        vm,
        f,
        "__kwdefaults__",
        get_kwdefaults,
        Some(set_kwdefaults),
    );
    add_getset(vm, f, "__code__", get_code, Some(set_code));
    add_getset(vm, f, "__globals__", get_globals, None);
    add_getset(vm, f, "__closure__", get_closure, None);
    add_getset(vm, f, "__module__", get_module, Some(set_module));
    add_getset(
        vm,
        f,
        "__annotations__",
        get_annotations,
        Some(set_annotations),
    );
    add_getset(vm, f, "__dict__", get_dict, None);
    add_getset(vm, f, "__builtins__", get_builtins, None);

    let m = &vm.types.method;
    crate::objects::add_methods(
        vm,
        m,
        &[
            ("__repr__", method_repr),
            ("__getattribute__", method_getattribute),
            ("__eq__", method_eq),
            ("__hash__", method_hash),
            ("__call__", native_call),
        ],
    );
    crate::objects::add_native(vm, m, "__new__", method_new, NativeKind::StaticMethod);
    add_getset(vm, m, "__func__", get_func, None);
    add_getset(vm, m, "__self__", get_self, None);
    add_getset(vm, m, "__doc__", method_get_doc, None);

    for t in [
        &vm.types.builtin_function,
        &vm.types.method_descriptor,
        &vm.types.wrapper_descriptor,
        &vm.types.method_wrapper,
        &vm.types.classmethod_descriptor,
    ] {
        crate::objects::add_methods(
            vm,
            t,
            &[
                ("__repr__", builtin_repr),
                ("__reduce__", builtin_reduce),
                ("__call__", native_call),
                ("__eq__", native_eq),
                ("__hash__", native_hash),
            ],
        );
        add_getset(vm, t, "__name__", builtin_get_name, None);
        add_getset(vm, t, "__qualname__", builtin_get_qualname, None);
        add_getset(vm, t, "__self__", builtin_get_self, None);
        add_getset(vm, t, "__doc__", builtin_get_doc, None);
        add_getset(vm, t, "__module__", builtin_get_module, None);
    }
    for t in [
        &vm.types.method_descriptor,
        &vm.types.wrapper_descriptor,
        &vm.types.classmethod_descriptor,
    ] {
        crate::objects::add_methods(vm, t, &[("__get__", descriptor_get)]);
        add_getset(vm, t, "__objclass__", builtin_get_objclass, None);
    }

    let c = &vm.types.code;
    crate::objects::add_methods(
        vm,
        c,
        &[
            ("__getattribute__", code_getattribute),
            ("__repr__", code_repr),
            ("co_positions", code_positions),
            ("co_lines", code_lines),
            ("replace", code_replace),
        ],
    );
    let cell = &vm.types.cell;
    add_getset(
        vm,
        cell,
        "cell_contents",
        cell_get_contents,
        Some(cell_set_contents),
    );
    crate::objects::add_methods(vm, cell, &[("__repr__", cell_repr)]);
}

/// `types.MethodType(function, instance)`.
fn method_new(vm: &Vm, a: Args) -> PyResult {
    if a.has_kw() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    let p = a.pos();
    if p.len() != 3 {
        return Err(vm.type_error(format!(
            "method expected 2 arguments, got {}",
            p.len().saturating_sub(1)
        )));
    }
    if !vm.is_callable(&p[1]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if vm.is_none(&p[2]) {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(vm.new_method(p[1].clone(), p[2].clone()))
}
