//! Exceptions: `BaseException` and the special attributes of its subclasses, exception
//! groups (`except*` matching and re-raising), chaining, and traceback/frame objects.

use std::cell::RefCell;

use crate::object::payload::*;
use crate::object::typeobj::is_subtype;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::frame::Frame;
use crate::vm::Vm;

/// Decides whether one leaf exception belongs to a split/subgroup result.
type ExceptionPredicate<'a> = Box<dyn Fn(&PyRef) -> PyResult<bool> + 'a>;

fn edata<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a ExceptionData> {
    match &o.payload {
        Payload::Exception(e) => Ok(e),
        _ => Err(vm.type_error("exception expected")),
    }
}

pub fn args_of(vm: &Vm, exc: &PyRef) -> Vec<PyRef> {
    match &exc.payload {
        Payload::Exception(d) => match &d.args.borrow().payload {
            Payload::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        },
        _ => {
            let _ = vm;
            Vec::new()
        }
    }
}

fn set_attr_quiet(vm: &Vm, o: &PyRef, name: &str, v: PyRef) {
    let _ = vm.store_instance_attr(o, &vm.intern(name), Some(v));
}

/// Sets the attributes that a subclass's `__init__` derives from its arguments.
pub fn init_special_attrs(vm: &Vm, exc: &PyRef) {
    let ty = exc.class();
    let a = args_of(vm, exc);
    let first = || a.first().cloned().unwrap_or_else(|| vm.none());
    let e = &vm.exc;
    if is_subtype(ty, &e.stop_iteration) {
        set_attr_quiet(vm, exc, "value", first());
    } else if is_subtype(ty, &e.system_exit) {
        let code = match a.len() {
            0 => vm.none(),
            1 => a[0].clone(),
            _ => vm.new_tuple(a.clone()),
        };
        set_attr_quiet(vm, exc, "code", code);
    } else if is_subtype(ty, &e.import_error) {
        set_attr_quiet(
            vm,
            exc,
            "msg",
            if a.len() == 1 {
                a[0].clone()
            } else {
                vm.none()
            },
        );
        set_attr_quiet(vm, exc, "name", vm.none());
        set_attr_quiet(vm, exc, "path", vm.none());
    } else if is_subtype(ty, &e.os_error) {
        // BlockingIOError(errno, strerror, characters_written): an int third argument is
        // the count, not a filename, and `args` keeps it.
        let written = a.len() == 3
            && is_subtype(ty, &e.blocking_io_error)
            && matches!(a[2].payload, Payload::Int(_) | Payload::BigInt(_));
        if written {
            set_attr_quiet(vm, exc, "characters_written", a[2].clone());
        }
        // With a filename, CPython keeps only (errno, strerror) in `args`.
        if !written && (3..=5).contains(&a.len()) && !vm.is_none(&a[2]) {
            if let Payload::Exception(d) = &exc.payload {
                *d.args.borrow_mut() = vm.new_tuple(a[..2].to_vec());
            }
        }
        let (errno, strerror, filename, filename2) = if (2..=5).contains(&a.len()) {
            (
                a[0].clone(),
                a[1].clone(),
                a.get(2)
                    .filter(|_| !written)
                    .cloned()
                    .unwrap_or_else(|| vm.none()),
                a.get(4).cloned().unwrap_or_else(|| vm.none()),
            )
        } else {
            (vm.none(), vm.none(), vm.none(), vm.none())
        };
        set_attr_quiet(vm, exc, "errno", errno);
        set_attr_quiet(vm, exc, "strerror", strerror);
        set_attr_quiet(vm, exc, "filename", filename);
        set_attr_quiet(vm, exc, "filename2", filename2);
    } else if is_subtype(ty, &e.syntax_error) {
        set_attr_quiet(
            vm,
            exc,
            "msg",
            if a.is_empty() {
                vm.none()
            } else {
                a[0].clone()
            },
        );
        let details: Vec<PyRef> = match a.get(1).map(|d| &d.payload) {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let names = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        for (i, n) in names.iter().enumerate() {
            set_attr_quiet(
                vm,
                exc,
                n,
                details.get(i).cloned().unwrap_or_else(|| vm.none()),
            );
        }
        set_attr_quiet(vm, exc, "print_file_and_line", vm.none());
    } else if is_subtype(ty, &e.attribute_error) {
        set_attr_quiet(vm, exc, "name", vm.none());
        set_attr_quiet(vm, exc, "obj", vm.none());
    } else if is_subtype(ty, &e.name_error) {
        set_attr_quiet(vm, exc, "name", vm.none());
    } else if is_subtype(ty, &e.base_exception_group) && a.len() == 2 {
        set_attr_quiet(vm, exc, "message", a[0].clone());
        let excs = match &a[1].payload {
            Payload::Tuple(_) => a[1].clone(),
            _ => vm.new_tuple(vm.iterate(&a[1]).unwrap_or_default()),
        };
        set_attr_quiet(vm, exc, "exceptions", excs);
    } else if (is_subtype(ty, &e.unicode_decode_error) || is_subtype(ty, &e.unicode_encode_error))
        && a.len() == 5
    {
        for (i, n) in ["encoding", "object", "start", "end", "reason"]
            .iter()
            .enumerate()
        {
            let mut v = a[i].clone();
            // A decode error keeps its input as bytes (a bytearray is copied).
            if i == 1 && is_subtype(ty, &e.unicode_decode_error) && !v.class().is(&vm.types.bytes) {
                if let Ok(data) = crate::objects::bytes::bytes_from_object(vm, &v) {
                    v = vm.new_bytes(data);
                }
            }
            set_attr_quiet(vm, exc, n, v);
        }
    } else if is_subtype(ty, &e.unicode_translate_error) && a.len() == 4 {
        set_attr_quiet(vm, exc, "encoding", vm.none());
        for (i, n) in ["object", "start", "end", "reason"].iter().enumerate() {
            set_attr_quiet(vm, exc, n, a[i].clone());
        }
    }
}

/// BaseException.__new__ for any exception class.
pub fn exc_new_instance(vm: &Vm, cls: &PyRef, args: Args) -> PyResult {
    let obj = vm.new_object_of(
        cls,
        Payload::Exception(Box::new(ExceptionData {
            args: RefCell::new(vm.new_tuple(args.pos().to_vec())),
            traceback: RefCell::new(None),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: std::cell::Cell::new(false),
        })),
    );
    if obj.ext().is_none() {
        obj.set_ext(InstanceExt::new(0));
    }
    Ok(obj)
}

/// The OSError subclass CPython picks for an errno value (Linux numbering).
fn errno_subclass(vm: &Vm, errno: i64) -> Option<PyRef> {
    let e = &vm.exc;
    Some(
        match errno {
            1 | 13 => &e.permission_error,
            2 => &e.file_not_found_error,
            3 => &e.process_lookup_error,
            4 => &e.interrupted_error,
            10 => &e.child_process_error,
            11 | 114 | 115 => &e.blocking_io_error,
            17 => &e.file_exists_error,
            20 => &e.not_a_directory_error,
            21 => &e.is_a_directory_error,
            32 | 108 => &e.broken_pipe_error,
            103 => &e.connection_aborted_error,
            104 => &e.connection_reset_error,
            110 => &e.timeout_error,
            111 => &e.connection_refused_error,
            _ => return None,
        }
        .clone(),
    )
}

fn exc_new(vm: &Vm, args: Args) -> PyResult {
    let mut cls = args::this(vm, &args)?.clone();
    if cls.is(&vm.exc.os_error) {
        let pos = &args.pos()[1..];
        if (2..=5).contains(&pos.len()) {
            if let Payload::Int(n) = pos[0].payload {
                if let Some(sub) = errno_subclass(vm, n) {
                    cls = sub;
                }
            }
        }
    }
    if is_subtype(&cls, &vm.exc.base_exception_group) {
        return eg_new(vm, &cls, Args::with_kw(&args.args[1..], args.kwnames));
    }
    let obj = exc_new_instance(vm, &cls, Args::with_kw(&args.args[1..], args.kwnames))?;
    Ok(obj)
}

fn exc_init(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let ty = this.class();
    let e = &vm.exc;
    // The keyword-only attributes some builtin initializers accept.
    let allowed: &[&str] = if is_subtype(ty, &e.import_error) {
        &["name", "path"]
    } else if is_subtype(ty, &e.attribute_error) {
        &["name", "obj"]
    } else if is_subtype(ty, &e.name_error) {
        &["name"]
    } else {
        &[]
    };
    if args.has_kw() && allowed.is_empty() && !ty.type_data().heap {
        return Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            ty.type_data().name.borrow()
        )));
    }
    let mut given: Vec<(&str, PyRef)> = Vec::new();
    for (k, v) in args.kwnames.iter().zip(args.kwvalues()) {
        let k = vm.str_of(k).unwrap_or("");
        match allowed.iter().find(|a| **a == k) {
            Some(a) => given.push((a, v.clone())),
            None if !allowed.is_empty() => {
                let tn = ty.type_data().name.borrow().clone();
                return Err(vm.type_error(if is_subtype(ty, &e.import_error) {
                    format!("'{}' is an invalid keyword argument for {}()", k, tn)
                } else {
                    format!("{}() got an unexpected keyword argument '{}'", tn, k)
                }));
            }
            None => {}
        }
    }
    let pos = &args.pos()[1..];
    if is_subtype(ty, &e.syntax_error) && pos.len() == 2 {
        // (msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
        let n = vm.len(&vm.call(&vm.types.tuple.clone(), Args::new(&[pos[1].clone()]))?)?;
        if n < 4 {
            return Err(vm.type_error(format!("function takes at least 4 arguments ({n} given)")));
        }
        if n > 6 {
            return Err(vm.type_error(format!("function takes at most 6 arguments ({n} given)")));
        }
        if n == 5 {
            return Err(vm.type_error("end_offset must be provided when end_lineno is provided"));
        }
    }
    let d = edata(vm, this)?;
    *d.args.borrow_mut() = vm.new_tuple(pos.to_vec());
    // Only the builtin subclass initializers set derived attributes.
    init_special_attrs(vm, this);
    for (k, v) in given {
        set_attr_quiet(vm, this, k, v);
    }
    Ok(vm.none())
}

fn exc_str(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let a = args_of(vm, this);
    let ty = this.class();
    if is_subtype(ty, &vm.exc.key_error) && a.len() == 1 {
        return vm.repr(&a[0]);
    }
    if is_subtype(ty, &vm.exc.os_error) {
        if let (Some(errno), Some(strerror)) = (
            vm.get_attr_opt(this, &vm.intern("errno"))?,
            vm.get_attr_opt(this, &vm.intern("strerror"))?,
        ) {
            if !vm.is_none(&errno) && !vm.is_none(&strerror) {
                let fname = vm
                    .get_attr_opt(this, &vm.intern("filename"))?
                    .filter(|f| !vm.is_none(f));
                let fname2 = vm
                    .get_attr_opt(this, &vm.intern("filename2"))?
                    .filter(|f| !vm.is_none(f));
                return Ok(vm.new_string(match fname {
                    Some(f) if fname2.is_some() => format!(
                        "[Errno {}] {}: {} -> {}",
                        vm.str_string(&errno)?,
                        vm.str_string(&strerror)?,
                        vm.repr_str(&f)?,
                        vm.repr_str(fname2.as_ref().unwrap_or(&f))?
                    ),
                    Some(f) => format!(
                        "[Errno {}] {}: {}",
                        vm.str_string(&errno)?,
                        vm.str_string(&strerror)?,
                        vm.repr_str(&f)?
                    ),
                    None => format!(
                        "[Errno {}] {}",
                        vm.str_string(&errno)?,
                        vm.str_string(&strerror)?
                    ),
                }));
            }
        }
    }
    if is_subtype(ty, &vm.exc.syntax_error) {
        let msg = vm
            .get_attr_opt(this, &vm.intern("msg"))?
            .filter(|m| !vm.is_none(m));
        if let Some(m) = msg {
            let lineno = vm
                .get_attr_opt(this, &vm.intern("lineno"))?
                .filter(|m| !vm.is_none(m));
            let fname = vm
                .get_attr_opt(this, &vm.intern("filename"))?
                .filter(|m| !vm.is_none(m));
            let ms = vm.str_string(&m)?;
            return Ok(vm.new_string(match (fname, lineno) {
                (Some(f), Some(l)) => {
                    let fs = vm.str_string(&f)?;
                    let base = fs.rsplit('/').next().unwrap_or(&fs).to_string();
                    format!("{} ({}, line {})", ms, base, vm.str_string(&l)?)
                }
                (None, Some(l)) => format!("{} (line {})", ms, vm.str_string(&l)?),
                _ => ms,
            }));
        }
    }
    if is_subtype(ty, &vm.exc.unicode_error) {
        if let Some(text) = unicode_error_str(vm, this)? {
            return Ok(vm.new_string(text));
        }
    }
    if is_subtype(ty, &vm.exc.base_exception_group) {
        if let (Some(m), Some(e)) = (
            vm.get_attr_opt(this, &vm.intern("message"))?,
            vm.get_attr_opt(this, &vm.intern("exceptions"))?,
        ) {
            let n = vm.len(&e)?;
            return Ok(vm.new_string(format!(
                "{} ({} sub-exception{})",
                vm.str_string(&m)?,
                n,
                if n == 1 { "" } else { "s" }
            )));
        }
    }
    match a.len() {
        0 => Ok(vm.new_str("")),
        1 => vm.str(&a[0]),
        _ => vm.str(&vm.new_tuple(a)),
    }
}

/// `str()` of a UnicodeEncodeError/DecodeError/TranslateError, from its current
/// attributes (None when it has no `object`, or is none of the three).
fn unicode_error_str(vm: &Vm, this: &PyRef) -> PyResult<Option<String>> {
    let ty = this.class();
    let attr = |n: &str| -> PyResult<Option<PyRef>> {
        Ok(vm
            .get_attr_opt(this, &vm.intern(n))?
            .filter(|v| !vm.is_none(v)))
    };
    let (Some(object), Some(start), Some(end)) = (attr("object")?, attr("start")?, attr("end")?)
    else {
        return Ok(None);
    };
    let reason = match attr("reason")? {
        Some(r) => vm.str_string(&r)?,
        None => "None".into(),
    };
    let (start, end) = (args::to_i64(vm, &start)?, args::to_i64(vm, &end)?);
    let len = vm.len(&object)? as i64;
    let single = start >= 0 && start < len && end >= 0 && end <= len && end == start + 1;
    let encoding = || -> PyResult<String> {
        match attr("encoding")? {
            Some(e) => vm.str_string(&e),
            None => Ok("None".into()),
        }
    };
    let char_esc = || -> String {
        let ch = match &object.payload {
            Payload::Str(s) => s.code_point_at(start as usize).unwrap_or(0),
            _ => 0,
        };
        if ch < 0x100 {
            format!("\\x{:02x}", ch)
        } else if ch < 0x10000 {
            format!("\\u{:04x}", ch)
        } else {
            format!("\\U{:08x}", ch)
        }
    };
    Ok(Some(if is_subtype(ty, &vm.exc.unicode_decode_error) {
        let enc = encoding()?;
        if single {
            let data = crate::objects::bytes::bytes_from_object(vm, &object).unwrap_or_default();
            let byte = data.get(start as usize).copied().unwrap_or(0);
            format!("'{enc}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}")
        } else {
            let last = end - 1;
            format!("'{enc}' codec can't decode bytes in position {start}-{last}: {reason}")
        }
    } else if is_subtype(ty, &vm.exc.unicode_encode_error) {
        let enc = encoding()?;
        if single {
            let c = char_esc();
            format!("'{enc}' codec can't encode character '{c}' in position {start}: {reason}")
        } else {
            let last = end - 1;
            format!("'{enc}' codec can't encode characters in position {start}-{last}: {reason}")
        }
    } else if is_subtype(ty, &vm.exc.unicode_translate_error) {
        if single {
            let c = char_esc();
            format!("can't translate character '{c}' in position {start}: {reason}")
        } else {
            let last = end - 1;
            format!("can't translate characters in position {start}-{last}: {reason}")
        }
    } else {
        return Ok(None);
    }))
}

fn exc_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let a = args_of(vm, this);
    let name = this.type_name();
    Ok(vm.new_string(match a.len() {
        0 => format!("{}()", name),
        1 => format!("{}({})", name, vm.repr_str(&a[0])?),
        _ => format!("{}{}", name, vm.repr_str(&vm.new_tuple(a))?),
    }))
}

fn exc_with_traceback(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "with_traceback", args, 2, 2)?;
    set_traceback(vm, &a[0], Some(a[1].clone()))?;
    Ok(a[0].clone())
}

pub fn add_note_str(vm: &Vm, exc: &PyRef, note: &str) -> PyResult<()> {
    add_note(vm, exc, vm.new_str(note))
}

fn add_note(vm: &Vm, exc: &PyRef, note: PyRef) -> PyResult<()> {
    if !matches!(note.payload, Payload::Str(_)) {
        return Err(vm.type_error(format!("note must be a str, not '{}'", note.type_name())));
    }
    let notes = match vm.get_attr_opt(exc, &vm.names.__notes__)? {
        Some(n) => n,
        None => {
            let l = vm.new_list(vec![]);
            vm.set_attr(exc, &vm.names.__notes__, l.clone())?;
            l
        }
    };
    match &notes.payload {
        Payload::List(l) => {
            l.borrow_mut().push(note);
            Ok(())
        }
        _ => Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
}

fn exc_add_note(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "add_note", args, 2, 2)?;
    add_note(vm, &a[0], a[1].clone())?;
    Ok(vm.none())
}

fn exc_reduce(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let a = vm.new_tuple(args_of(vm, this));
    match vm.instance_dict(this) {
        Some(d) if vm.dict_len(&d) > 0 => Ok(vm.new_tuple(vec![this.class().clone(), a, d])),
        _ => Ok(vm.new_tuple(vec![this.class().clone(), a])),
    }
}

fn get_args(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(edata(vm, o)?.args.borrow().clone())
}
fn set_args(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let v = v.ok_or_else(|| vm.type_error("args may not be deleted"))?;
    let t = vm.new_tuple(vm.iterate(&v)?);
    *edata(vm, o)?.args.borrow_mut() = t;
    Ok(())
}
fn get_tb(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(edata(vm, o)?
        .traceback
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none()))
}
fn set_traceback(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let v = v.filter(|x| !vm.is_none(x));
    if let Some(t) = &v {
        if !matches!(t.payload, Payload::Traceback(_)) {
            return Err(vm.type_error("__traceback__ must be a traceback or None"));
        }
    }
    *edata(vm, o)?.traceback.borrow_mut() = v;
    Ok(())
}
fn get_cause(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(edata(vm, o)?
        .cause
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none()))
}
fn set_cause_attr(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    if v.is_none() {
        return Err(vm.type_error("__cause__ may not be deleted"));
    }
    let v = v.filter(|x| !vm.is_none(x));
    if let Some(c) = &v {
        if !is_subtype(c.class(), &vm.exc.base_exception) {
            return Err(vm.type_error("exception cause must be None or derive from BaseException"));
        }
    }
    let d = edata(vm, o)?;
    d.cause.replace(v);
    d.suppress_context.set(true);
    Ok(())
}
fn get_context(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(edata(vm, o)?
        .context
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none()))
}
fn set_context_attr(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    if v.is_none() {
        return Err(vm.type_error("__context__ may not be deleted"));
    }
    let v = v.filter(|x| !vm.is_none(x));
    if let Some(c) = &v {
        if !is_subtype(c.class(), &vm.exc.base_exception) {
            return Err(
                vm.type_error("exception context must be None or derive from BaseException")
            );
        }
    }
    *edata(vm, o)?.context.borrow_mut() = v;
    Ok(())
}
fn get_suppress(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_bool(edata(vm, o)?.suppress_context.get()))
}
fn set_suppress(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let b = match v {
        Some(x) => vm.is_true(&x)?,
        None => return Err(vm.type_error("can't delete numeric/char attribute")),
    };
    edata(vm, o)?.suppress_context.set(b);
    Ok(())
}

/// `raise exc from cause`.
pub fn set_cause(vm: &Vm, exc: &PyRef, cause: PyRef) -> PyResult<()> {
    let cause = if vm.is_none(&cause) {
        None
    } else if cause.is_type() && is_subtype(&cause, &vm.exc.base_exception) {
        Some(vm.call0(&cause)?)
    } else if is_subtype(cause.class(), &vm.exc.base_exception) {
        Some(cause)
    } else {
        return Err(vm.type_error("exception causes must derive from BaseException"));
    };
    let d = edata(vm, exc)?;
    d.cause.replace(cause);
    d.suppress_context.set(true);
    Ok(())
}

/// Implicit chaining: the exception being handled becomes `__context__`.
pub fn set_implicit_context(vm: &Vm, exc: &PyRef) {
    let handled = match vm.topmost_handled_exc() {
        Some(h) => h,
        None => return,
    };
    if handled.is(exc) {
        return;
    }
    let d = match &exc.payload {
        Payload::Exception(d) => d,
        _ => return,
    };
    if d.context.borrow().is_some() {
        return;
    }
    // Avoid cycles: cut the chain if exc already appears in handled's context chain.
    // The chain may itself hold a cycle (set by hand): a slow walker advancing every
    // other step detects it, and the walk stops there.
    let ctx = |e: &PyRef| match &e.payload {
        Payload::Exception(od) => od.context.borrow().clone(),
        _ => None,
    };
    let mut o = handled.clone();
    let mut slow = handled.clone();
    let mut step = false;
    while let Some(n) = ctx(&o) {
        if n.is(exc) {
            if let Payload::Exception(od) = &o.payload {
                *od.context.borrow_mut() = None;
            }
            break;
        }
        o = n;
        if step {
            slow = ctx(&slow).unwrap_or_else(|| slow.clone());
            if slow.is(&o) {
                break;
            }
        }
        step = !step;
    }
    d.context.replace(Some(handled));
}

pub fn traceback_of(vm: &Vm, exc: &PyRef) -> PyRef {
    match &exc.payload {
        Payload::Exception(d) => d.traceback.borrow().clone().unwrap_or_else(|| vm.none()),
        _ => vm.none(),
    }
}

/// A frame object describing `f` (tracebacks, `gi_frame`).
pub fn frame_object_for(vm: &Vm, f: &Frame) -> PyRef {
    PyRef::new(
        vm.types.frame.clone(),
        Payload::Frame(Box::new(FrameObjData {
            code: f.code_obj.clone(),
            globals: f.globals.clone(),
            locals: RefCell::new(f.locals.clone()),
            lineno: std::cell::Cell::new(f.line()),
            lasti: std::cell::Cell::new(f.lasti as u32 * 2),
            back: RefCell::new(None),
            live_depth: std::cell::Cell::new(None),
        })),
    )
}

/// The frame object of entry `idx` of a frame stack, linked to its callers' objects by
/// `f_back`. `live` when the stack is the running thread's: the objects are then kept in
/// the stack's entries (one object per running frame, made only where missing) and read
/// their line from it.
pub fn frame_object_at(
    vm: &Vm,
    fs: &[crate::vm::frame::FrameInfo],
    idx: usize,
    live: bool,
) -> PyRef {
    // The highest entry at or below idx that already has its object.
    let mut start = 0;
    let mut back: Option<PyRef> = None;
    if live {
        for j in (0..=idx).rev() {
            if let Some(o) = fs[j].obj.borrow().clone() {
                if j == idx {
                    if let Payload::Frame(fd) = &o.payload {
                        if let Some(l) = fs[j].locals.borrow().clone() {
                            *fd.locals.borrow_mut() = Some(l);
                        }
                    }
                    return o;
                }
                start = j + 1;
                back = Some(o);
                break;
            }
        }
    }
    for (i, fi) in fs.iter().enumerate().take(idx + 1).skip(start) {
        let line = match &fi.code().payload {
            Payload::Code(c) => c.line_at(fi.lasti.get()),
            _ => 0,
        };
        let f = PyRef::new(
            vm.types.frame.clone(),
            Payload::Frame(Box::new(FrameObjData {
                code: fi.code().clone(),
                globals: fi.globals().clone(),
                locals: RefCell::new(fi.locals.borrow().clone()),
                lineno: std::cell::Cell::new(line),
                lasti: std::cell::Cell::new(fi.lasti.get() as u32 * 2),
                back: RefCell::new(back.take()),
                live_depth: std::cell::Cell::new(live.then_some(i)),
            })),
        );
        if live {
            *fi.obj.borrow_mut() = Some(f.clone());
        }
        back = Some(f);
    }
    back.unwrap_or_else(|| vm.none())
}

/// The frame object of the running frame `frame` (the top of the frame stack): the one
/// `sys._getframe` made if any, else a new one whose `f_back` is its caller's object.
fn linked_frame_object(vm: &Vm, frame: &Frame) -> PyRef {
    let stack = vm.frame_stack.borrow();
    let n = stack.len();
    match stack.last() {
        Some(top) if top.code().is(&frame.code_obj) => {
            if let Some(fo) = top.obj.borrow().clone() {
                return fo;
            }
            let fo = frame_object_for(vm, frame);
            if let Payload::Frame(fd) = &fo.payload {
                // Like `sys._getframe`'s objects: reads its line from the stack while
                // the frame runs.
                fd.live_depth.set(Some(n - 1));
                if n >= 2 {
                    *fd.back.borrow_mut() = Some(frame_object_at(vm, &stack, n - 2, true));
                }
            }
            *top.obj.borrow_mut() = Some(fo.clone());
            fo
        }
        _ => frame_object_for(vm, frame),
    }
}

/// Prepends a traceback entry for `frame` at its current line. The frame's one frame
/// object is made on first need and shared by all its entries (`tb_frame` identity);
/// when the frame finishes it keeps the final locals (`Vm::recycle_frame`).
pub fn add_traceback_entry(vm: &Vm, exc: &PyRef, frame: &mut Frame) {
    let d = match &exc.payload {
        Payload::Exception(d) => d,
        _ => return,
    };
    let fobj = match &frame.frame_obj {
        Some(fo) => {
            if let Payload::Frame(fd) = &fo.payload {
                fd.lineno.set(frame.line());
                fd.lasti.set(frame.lasti as u32 * 2);
            }
            fo.clone()
        }
        None => {
            let fo = linked_frame_object(vm, frame);
            frame.frame_obj = Some(fo.clone());
            fo
        }
    };
    let next = d.traceback.borrow_mut().take();
    let tb = PyRef::new(
        vm.types.traceback.clone(),
        Payload::Traceback(Box::new(TracebackData {
            next: RefCell::new(next),
            frame: fobj,
            lineno: frame.line(),
            lasti: frame.lasti as u32 * 2,
        })),
    );
    d.traceback.replace(Some(tb));
}

/// `except T:` matching, with CPython's check that T is an exception class.
pub fn check_exc_match(vm: &Vm, exc: &PyRef, ty: &PyRef) -> PyResult<bool> {
    let check = |t: &PyRef| -> PyResult<()> {
        if t.is_type() && is_subtype(t, &vm.exc.base_exception) {
            Ok(())
        } else {
            Err(vm.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ))
        }
    };
    if let Payload::Tuple(items) = &ty.payload {
        for t in items.iter() {
            check(t)?;
        }
        return Ok(items.iter().any(|t| is_subtype(exc.class(), t)));
    }
    check(ty)?;
    Ok(is_subtype(exc.class(), ty))
}

fn is_eg(vm: &Vm, o: &PyRef) -> bool {
    is_subtype(o.class(), &vm.exc.base_exception_group)
}

fn eg_exceptions(vm: &Vm, eg: &PyRef) -> PyResult<Vec<PyRef>> {
    match vm.get_attr_opt(eg, &vm.intern("exceptions"))? {
        Some(e) => vm.iterate(&e),
        None => Ok(Vec::new()),
    }
}

/// Splits `eg` by a predicate into (matching, rest) groups, preserving structure.
fn eg_split(
    vm: &Vm,
    eg: &PyRef,
    pred: &dyn Fn(&PyRef) -> PyResult<bool>,
) -> PyResult<(Option<PyRef>, Option<PyRef>)> {
    if pred(eg)? {
        return Ok((Some(eg.clone()), None));
    }
    if !is_eg(vm, eg) {
        return Ok((None, Some(eg.clone())));
    }
    let mut m = Vec::new();
    let mut r = Vec::new();
    for e in eg_exceptions(vm, eg)? {
        let (a, b) = eg_split(vm, &e, pred)?;
        if let Some(a) = a {
            m.push(a);
        }
        if let Some(b) = b {
            r.push(b);
        }
    }
    let derive = |items: Vec<PyRef>| -> PyResult<Option<PyRef>> {
        if items.is_empty() {
            return Ok(None);
        }
        let l = vm.new_list(items);
        let g = vm.call_method(eg, "derive", &[l])?;
        copy_exc_metadata(vm, eg, &g);
        Ok(Some(g))
    };
    Ok((derive(m)?, derive(r)?))
}

fn copy_exc_metadata(vm: &Vm, from: &PyRef, to: &PyRef) {
    if let (Payload::Exception(a), Payload::Exception(b)) = (&from.payload, &to.payload) {
        *b.traceback.borrow_mut() = a.traceback.borrow().clone();
        *b.cause.borrow_mut() = a.cause.borrow().clone();
        *b.context.borrow_mut() = a.context.borrow().clone();
        b.suppress_context.set(a.suppress_context.get());
    }
    if let Ok(Some(n)) = vm.get_attr_opt(from, &vm.names.__notes__) {
        let _ = vm.set_attr(to, &vm.names.__notes__, n);
    }
}

fn type_matcher(vm: &Vm, ty: &PyRef) -> PyResult<Vec<PyRef>> {
    let types: Vec<PyRef> = match &ty.payload {
        Payload::Tuple(t) => t.to_vec(),
        _ => vec![ty.clone()],
    };
    for t in &types {
        if !(t.is_type() && is_subtype(t, &vm.exc.base_exception)) {
            return Err(vm.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        if is_subtype(t, &vm.exc.base_exception_group) {
            return Err(vm.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
    }
    Ok(types)
}

/// CHECK_EG_MATCH: (rest, match) for `except* T`.
pub fn eg_match(vm: &Vm, exc: &PyRef, ty: &PyRef) -> PyResult<(PyRef, PyRef)> {
    if vm.is_none(exc) {
        return Ok((vm.none(), vm.none()));
    }
    let types = type_matcher(vm, ty)?;
    let matches =
        |e: &PyRef| -> PyResult<bool> { Ok(types.iter().any(|t| is_subtype(e.class(), t))) };
    if !is_eg(vm, exc) {
        if matches(exc)? {
            // A naked exception is wrapped in an ExceptionGroup.
            let g = vm.call(
                &vm.exc.exception_group,
                Args::new(&[vm.new_str(""), vm.new_tuple(vec![exc.clone()])]),
            )?;
            if let Payload::Exception(d) = &g.payload {
                *d.traceback.borrow_mut() = traceback_of(vm, exc).none_then(vm);
            }
            return Ok((vm.none(), g));
        }
        return Ok((exc.clone(), vm.none()));
    }
    let (m, r) = eg_split(vm, exc, &matches)?;
    Ok((
        r.unwrap_or_else(|| vm.none()),
        m.unwrap_or_else(|| vm.none()),
    ))
}

trait NoneThen {
    fn none_then(self, vm: &Vm) -> Option<PyRef>;
}
impl NoneThen for PyRef {
    fn none_then(self, vm: &Vm) -> Option<PyRef> {
        if vm.is_none(&self) {
            None
        } else {
            Some(self)
        }
    }
}

/// PREP_RERAISE_STAR: combines unhandled and newly raised exceptions.
pub fn prep_reraise_star(vm: &Vm, orig: &PyRef, list: &PyRef) -> PyResult {
    let items: Vec<PyRef> = vm
        .iterate(list)?
        .into_iter()
        .filter(|x| !vm.is_none(x))
        .collect();
    if items.is_empty() {
        return Ok(vm.none());
    }
    // Leaves of the original group that were re-raised keep their place in its structure.
    let leaf_ids = {
        let mut v = Vec::new();
        collect_leaves(vm, orig, &mut v)?;
        v
    };
    let mut reraised_ids: Vec<usize> = Vec::new();
    let mut raised: Vec<PyRef> = Vec::new();
    for it in &items {
        let mut leaves = Vec::new();
        collect_leaves(vm, it, &mut leaves)?;
        if !leaves.is_empty() && leaves.iter().all(|l| leaf_ids.contains(l)) {
            reraised_ids.extend(leaves);
        } else {
            raised.push(it.clone());
        }
    }
    let reraised_part = if reraised_ids.is_empty() {
        None
    } else if !is_eg(vm, orig) {
        Some(orig.clone())
    } else {
        let ids = reraised_ids.clone();
        let (m, _) = eg_split(vm, orig, &|e: &PyRef| {
            Ok(!is_eg(vm, e) && ids.contains(&e.id()))
        })?;
        m
    };
    // Newly raised exceptions come first, then what is left of the original group.
    let mut parts = raised;
    if let Some(p) = reraised_part {
        parts.push(p);
    }
    if parts.len() == 1 {
        return Ok(parts.pop().unwrap());
    }
    vm.call(
        &vm.exc.exception_group,
        Args::new(&[vm.new_str(""), vm.new_list(parts)]),
    )
}

fn collect_leaves(vm: &Vm, e: &PyRef, out: &mut Vec<usize>) -> PyResult<()> {
    if is_eg(vm, e) {
        for x in eg_exceptions(vm, e)? {
            collect_leaves(vm, &x, out)?;
        }
    } else {
        out.push(e.id());
    }
    Ok(())
}

fn eg_new(vm: &Vm, cls: &PyRef, args: Args) -> PyResult {
    let a = args::pos(vm, "BaseExceptionGroup.__new__", args, 2, 2)?;
    let msg = &a[0];
    if !matches!(msg.payload, Payload::Str(_)) {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            msg.type_name()
        )));
    }
    let is_seq = matches!(a[1].payload, Payload::List(_) | Payload::Tuple(_))
        || (crate::object::typeobj::type_lookup(a[1].class(), &vm.names.__getitem__).is_some()
            && !matches!(a[1].payload, Payload::Dict(_) | Payload::Str(_)));
    if !is_seq {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = vm.iterate(&a[1])?;
    if excs.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exceptions = true;
    for (i, e) in excs.iter().enumerate() {
        if !is_subtype(e.class(), &vm.exc.base_exception) {
            return Err(vm.value_error(format!(
                "Item {} of second argument (exceptions) is not an exception",
                i
            )));
        }
        if !is_subtype(e.class(), &vm.exc.exception) {
            all_exceptions = false;
        }
    }
    let mut cls = cls.clone();
    if cls.is(&vm.exc.base_exception_group) && all_exceptions {
        cls = vm.exc.exception_group.clone();
    } else if is_subtype(&cls, &vm.exc.exception) && !all_exceptions {
        if cls.is(&vm.exc.exception_group) {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        return Err(vm.type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            cls.type_data().name.borrow()
        )));
    }
    let obj = exc_new_instance(vm, &cls, Args::new(&[msg.clone(), a[1].clone()]))?;
    set_attr_quiet(vm, &obj, "message", msg.clone());
    set_attr_quiet(vm, &obj, "exceptions", vm.new_tuple(excs));
    Ok(obj)
}

fn eg_init(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let d = edata(vm, this)?;
    *d.args.borrow_mut() = vm.new_tuple(args.pos()[1..].to_vec());
    Ok(vm.none())
}

fn eg_derive(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "derive", args, 2, 2)?;
    let msg = vm.get_attr_str(&a[0], "message")?;
    vm.call(
        &vm.exc.base_exception_group,
        Args::new(&[msg, a[1].clone()]),
    )
}

fn eg_split_m(vm: &Vm, args: Args, keep_match: bool) -> PyResult {
    let a = args::pos(vm, "split", args, 2, 2)?;
    let cond = a[1].clone();
    let pred: ExceptionPredicate<'_> =
        if cond.is_type() || matches!(cond.payload, Payload::Tuple(_)) {
            let types = type_matcher(vm, &cond).or_else(|_| {
                Ok::<_, PyErr>(match &cond.payload {
                    Payload::Tuple(t) => t.to_vec(),
                    _ => vec![cond.clone()],
                })
            })?;
            Box::new(move |e: &PyRef| Ok(types.iter().any(|t| is_subtype(e.class(), t))))
        } else if vm
            .call(
                &vm.get_attr_str(&vm.builtins, "callable")?,
                Args::new(std::slice::from_ref(&cond)),
            )
            .map(|r| vm.is_true(&r).unwrap_or(false))
            .unwrap_or(false)
        {
            Box::new(move |e: &PyRef| {
                let r = vm.call1(&cond, e.clone())?;
                vm.is_true(&r)
            })
        } else {
            return Err(
                vm.type_error("expected a function, exception type or tuple of exception types")
            );
        };
    let (m, r) = eg_split(vm, &a[0], &*pred)?;
    let n = |o: Option<PyRef>| o.unwrap_or_else(|| vm.none());
    if keep_match {
        return Ok(n(m));
    }
    Ok(vm.new_tuple(vec![n(m), n(r)]))
}

fn eg_split_method(vm: &Vm, args: Args) -> PyResult {
    eg_split_m(vm, args, false)
}
fn eg_subgroup(vm: &Vm, args: Args) -> PyResult {
    eg_split_m(vm, args, true)
}
fn eg_class_getitem(vm: &Vm, args: Args) -> PyResult {
    let a = args::pos(vm, "__class_getitem__", args, 2, 2)?;
    crate::objects::generic_alias(vm, &a[0], &a[1])
}

// ----- traceback and frame objects ---------------------------------------------------

fn tb_next(vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Traceback(t) => Ok(t.next.borrow().clone().unwrap_or_else(|| vm.none())),
        _ => Ok(vm.none()),
    }
}
/// `tb.tb_next = x`: None or a traceback that does not lead back to `tb` (CPython's
/// `tb_next_set` messages).
fn set_tb_next(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let Payload::Traceback(t) = &o.payload else {
        return Err(vm.type_error("traceback expected"));
    };
    let Some(v) = v else {
        return Err(vm.type_error("can't delete tb_next attribute"));
    };
    let new_next = if vm.is_none(&v) {
        None
    } else {
        if !matches!(v.payload, Payload::Traceback(_)) {
            return Err(vm.type_error(format!(
                "expected traceback object or None, got '{}'",
                v.type_name()
            )));
        }
        let mut cur = Some(v.clone());
        while let Some(c) = cur {
            if c.is(o) {
                return Err(vm.value_error("traceback loop detected"));
            }
            cur = match &c.payload {
                Payload::Traceback(ct) => ct.next.borrow().clone(),
                _ => None,
            };
        }
        Some(v)
    };
    let old = t.next.replace(new_next);
    drop(old);
    Ok(())
}
fn tb_frame(vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Traceback(t) => Ok(t.frame.clone()),
        _ => Ok(vm.none()),
    }
}
fn tb_lineno(vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Traceback(t) => Ok(vm.new_int(t.lineno as i64)),
        _ => Ok(vm.none()),
    }
}
fn tb_lasti(vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Traceback(t) => Ok(vm.new_int(t.lasti as i64)),
        _ => Ok(vm.none()),
    }
}

fn fdata<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a FrameObjData> {
    match &o.payload {
        Payload::Frame(f) => Ok(f),
        _ => Err(vm.type_error("frame expected")),
    }
}
fn f_code(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(fdata(vm, o)?.code.clone())
}
fn f_globals(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(fdata(vm, o)?.globals.clone())
}
fn f_locals(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(fdata(vm, o)?
        .locals
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.new_dict()))
}
fn f_lineno(vm: &Vm, o: &PyRef) -> PyResult {
    let fd = fdata(vm, o)?;
    if let Some(depth) = fd.live_depth.get() {
        let stack = vm.frame_stack.borrow();
        match stack.get(depth) {
            Some(fi) if fi.code().is(&fd.code) => {
                if let Payload::Code(c) = &fd.code.payload {
                    fd.lineno.set(c.line_at(fi.lasti.get()));
                    fd.lasti.set(fi.lasti.get() as u32 * 2);
                }
            }
            _ => fd.live_depth.set(None),
        }
    }
    Ok(vm.new_int(fd.lineno.get() as i64))
}
/// `f_lasti`: refreshed from a running frame as `f_lineno` is.
fn f_lasti(vm: &Vm, o: &PyRef) -> PyResult {
    f_lineno(vm, o)?;
    Ok(vm.new_int(fdata(vm, o)?.lasti.get() as i64))
}
/// `frame.clear()`: drops the locals a finished frame holds (breaking reference
/// cycles, as `traceback.clear_frames` wants); a running frame cannot be cleared.
fn frame_clear(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "clear", a, 0, 0)?;
    f_lineno(vm, &a[0])?;
    let f = fdata(vm, &a[0])?;
    if f.live_depth.get().is_some() {
        return Err(vm.runtime_error("cannot clear an executing frame"));
    }
    let old = f.locals.replace(None);
    drop(old);
    Ok(vm.none())
}
fn f_back(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(fdata(vm, o)?
        .back
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none()))
}
fn f_builtins(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.builtins_for(&fdata(vm, o)?.globals))
}
fn frame_repr(vm: &Vm, args: Args) -> PyResult {
    let this = args::this(vm, &args)?;
    let f = fdata(vm, this)?;
    let (file, name) = match &f.code.payload {
        Payload::Code(c) => (
            vm.str_of(&c.filename).unwrap_or("").to_string(),
            vm.str_of(&c.name).unwrap_or("").to_string(),
        ),
        _ => (String::new(), String::new()),
    };
    Ok(vm.new_string(format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        this.id(),
        file,
        f.lineno.get(),
        name
    )))
}

/// Not used by the zero-argument `super()` (the compiler passes `__class__` and the
/// first argument explicitly); kept for a future frame-introspecting path.
pub fn caller_frame_locals(_vm: &Vm) -> Option<(Option<PyRef>, Option<PyRef>)> {
    None
}

pub fn init(vm: &Vm) {
    use crate::objects::descr::add_getset;
    let b = &vm.exc.base_exception;
    crate::objects::add_methods(
        vm,
        b,
        &[
            ("__init__", exc_init),
            ("__str__", exc_str),
            ("__repr__", exc_repr),
            ("with_traceback", exc_with_traceback),
            ("add_note", exc_add_note),
            ("__reduce__", exc_reduce),
        ],
    );
    crate::objects::add_native(vm, b, "__new__", exc_new, NativeKind::StaticMethod);
    add_getset(vm, b, "args", get_args, Some(set_args));
    add_getset(vm, b, "__traceback__", get_tb, Some(set_traceback));
    add_getset(vm, b, "__cause__", get_cause, Some(set_cause_attr));
    add_getset(vm, b, "__context__", get_context, Some(set_context_attr));
    add_getset(
        vm,
        b,
        "__suppress_context__",
        get_suppress,
        Some(set_suppress),
    );
    let (g, s) = crate::objects::object::dict_descr_fns();
    add_getset(vm, b, "__dict__", g, Some(s));
    let eg = &vm.exc.base_exception_group;
    crate::objects::add_methods(
        vm,
        eg,
        &[
            ("__init__", eg_init),
            ("derive", eg_derive),
            ("split", eg_split_method),
            ("subgroup", eg_subgroup),
        ],
    );
    crate::objects::add_native(
        vm,
        eg,
        "__class_getitem__",
        eg_class_getitem,
        NativeKind::ClassMethod,
    );
    for (name, t) in vm.exc.all() {
        let _ = name;
        *t.type_data().module.borrow_mut() = Some(vm.intern("builtins"));
    }
    let tb = &vm.types.traceback;
    add_getset(vm, tb, "tb_next", tb_next, Some(set_tb_next));
    add_getset(vm, tb, "tb_frame", tb_frame, None);
    add_getset(vm, tb, "tb_lineno", tb_lineno, None);
    add_getset(vm, tb, "tb_lasti", tb_lasti, None);
    let fr = &vm.types.frame;
    add_getset(vm, fr, "f_code", f_code, None);
    add_getset(vm, fr, "f_globals", f_globals, None);
    add_getset(vm, fr, "f_locals", f_locals, None);
    add_getset(vm, fr, "f_lineno", f_lineno, None);
    add_getset(vm, fr, "f_lasti", f_lasti, None);
    add_getset(vm, fr, "f_back", f_back, None);
    add_getset(vm, fr, "f_builtins", f_builtins, None);
    crate::objects::add_methods(vm, fr, &[("__repr__", frame_repr), ("clear", frame_clear)]);
}
