//! The `_csv` module (CPython's Modules/_csv.c), on which the pure-Python `csv.py` of
//! the standard library is built: the module table and state (the `Error` class, the
//! dialect registry, the field size limit) and the registry functions. `dialect.rs`
//! owns the `Dialect` type and its validation, `reader.rs` the parsing state machine
//! and the reader objects, `writer.rs` the quoting rules and the writer objects.

mod dialect;
mod reader;
mod writer;

use std::cell::{Cell, RefCell};

use crate::modules::module_function;
use crate::modules::user_args as user;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

/// Module functions: name → implementation, docstring.
const FUNCTIONS: &[(&str, NativeFn, &str)] = &[
    ("reader", reader::csv_reader, include_str!("reader_doc.txt")),
    ("writer", writer::csv_writer, include_str!("writer_doc.txt")),
    (
        "register_dialect",
        register_dialect,
        "Create a mapping from a string name to a dialect class.\n    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])",
    ),
    (
        "unregister_dialect",
        unregister_dialect,
        "Delete the name/dialect mapping associated with a string name.\n\n    csv.unregister_dialect(name)",
    ),
    (
        "get_dialect",
        get_dialect,
        "Return the dialect instance associated with name.\n\n    dialect = csv.get_dialect(name)",
    ),
    (
        "list_dialects",
        list_dialects,
        "Return a list of all known dialect names.\n\n    names = csv.list_dialects()",
    ),
    (
        "field_size_limit",
        field_size_limit,
        "Sets an upper limit on parsed fields.\n\n    csv.field_size_limit([limit])\n\nReturns old limit. If limit is not given, no new limit is set and\nthe old limit is returned",
    ),
];

/// The quoting styles: module constant name → value.
const QUOTE_STYLES: &[(&str, i64)] = &[
    ("QUOTE_MINIMAL", dialect::QUOTE_MINIMAL as i64),
    ("QUOTE_ALL", dialect::QUOTE_ALL as i64),
    ("QUOTE_NONNUMERIC", dialect::QUOTE_NONNUMERIC as i64),
    ("QUOTE_NONE", dialect::QUOTE_NONE as i64),
];

/// The largest field the reader accepts before the limit is changed (CPython's
/// `128 * 1024`).
const DEFAULT_FIELD_LIMIT: i64 = 128 * 1024;

/// What the module's functions and types share (CPython's `_csvstate`).
struct CsvState {
    /// `_csv.Error`.
    error: PyRef,
    /// The registry: name → `Dialect` (the module's `_dialects`).
    dialects: PyRef,
    dialect_type: PyRef,
    reader_type: PyRef,
    writer_type: PyRef,
}

static STATE: GilCell<RefCell<Option<std::rc::Rc<CsvState>>>> = GilCell::new(|| RefCell::new(None));
static FIELD_LIMIT: GilCell<Cell<i64>> = GilCell::new(|| Cell::new(DEFAULT_FIELD_LIMIT));

fn state(vm: &Vm) -> PyResult<std::rc::Rc<CsvState>> {
    STATE
        .with(|s| s.borrow().clone())
        .ok_or_else(|| vm.runtime_error("_csv is not initialized"))
}

/// The current field size limit.
fn field_limit() -> i64 {
    FIELD_LIMIT.with(|c| c.get())
}

/// A `_csv.Error` with `msg`.
fn csv_error(vm: &Vm, msg: impl AsRef<str>) -> PyErr {
    match state(vm) {
        Ok(s) => vm.new_error(&s.error, msg),
        Err(e) => e,
    }
}

/// CPython's `PyArg_UnpackTuple(args, "", min, max)` (an empty function name keeps the
/// leading space of its messages: " expected at least 1 argument, got 0").
fn unpack_tuple<'a>(vm: &Vm, pos: &'a [PyRef], min: usize, max: usize) -> PyResult<&'a [PyRef]> {
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if pos.len() < min {
        return Err(vm.type_error(format!(
            " expected {}{} argument{}, got {}",
            if min == max { "" } else { "at least " },
            min,
            plural(min),
            pos.len()
        )));
    }
    if pos.len() > max {
        return Err(vm.type_error(format!(
            " expected {}{} argument{}, got {}",
            if min == max { "" } else { "at most " },
            max,
            plural(max),
            pos.len()
        )));
    }
    Ok(pos)
}

/// `register_dialect(name[, dialect[, **fmtparams]])`.
fn register_dialect(vm: &Vm, a: Args) -> PyResult {
    let u = user(a);
    let pos = unpack_tuple(vm, u.pos(), 1, 2)?;
    if !matches!(pos[0].payload, Payload::Str(_)) {
        return Err(vm.type_error("dialect name must be a string"));
    }
    let st = state(vm)?;
    let d = dialect::call_dialect(vm, pos.get(1), u.kwnames, u.kwvalues())?;
    vm.dict_set_item(&st.dialects, pos[0].clone(), d)?;
    Ok(vm.none())
}

/// `unregister_dialect(name)`.
fn unregister_dialect(vm: &Vm, a: Args) -> PyResult {
    let b = args::clinic(vm, "unregister_dialect", user(a), &["name"], 1, 1)?;
    let st = state(vm)?;
    let name = b[0].clone().unwrap_or_else(|| vm.none());
    if !vm.dict_del_item(&st.dialects, &name)? {
        return Err(vm.new_error(&st.error, "unknown dialect"));
    }
    Ok(vm.none())
}

/// The registered dialect `name` (CPython's `get_dialect_from_registry`).
fn dialect_from_registry(vm: &Vm, name: &PyRef) -> PyResult {
    let st = state(vm)?;
    vm.dict_get_item(&st.dialects, name)?
        .ok_or_else(|| vm.new_error(&st.error, "unknown dialect"))
}

/// `get_dialect(name)`.
fn get_dialect(vm: &Vm, a: Args) -> PyResult {
    let b = args::clinic(vm, "get_dialect", user(a), &["name"], 1, 1)?;
    dialect_from_registry(vm, b[0].as_ref().unwrap_or(&vm.none()))
}

/// `list_dialects()`.
fn list_dialects(vm: &Vm, a: Args) -> PyResult {
    let u = user(a);
    if u.has_kw() {
        return Err(vm.type_error("_csv.list_dialects() takes no keyword arguments"));
    }
    if !u.args.is_empty() {
        return Err(vm.type_error(format!(
            "_csv.list_dialects() takes no arguments ({} given)",
            u.args.len()
        )));
    }
    let st = state(vm)?;
    let names = vm
        .dict_items(&st.dialects)
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    Ok(vm.new_list(names))
}

/// `field_size_limit([new_limit])`: the old limit; an exact int sets a new one.
fn field_size_limit(vm: &Vm, a: Args) -> PyResult {
    let b = args::clinic(vm, "field_size_limit", user(a), &["new_limit"], 0, 1)?;
    let old = field_limit();
    if let Some(new) = &b[0] {
        if !new.class().is(&vm.types.int) {
            return Err(vm.type_error("limit must be an integer"));
        }
        let v = match &new.payload {
            Payload::Int(i) => *i,
            _ => return Err(vm.overflow_error("Python int too large to convert to C long")),
        };
        FIELD_LIMIT.with(|c| c.set(v));
    }
    Ok(vm.new_int(old))
}

/// A method with a docstring in a native type's namespace.
fn add_method_doc(vm: &Vm, ty: &PyRef, name: &'static str, func: NativeFn, doc: &'static str) {
    let f = PyRef::new(
        vm.types.method_descriptor.clone(),
        Payload::NativeFunction(Box::new(NativeFunctionData {
            name,
            func,
            kind: NativeKind::Method,
            bound_self: None,
            owner: Some(ty.clone()),
            doc: Some(doc),
            needs_frame: false,
        })),
    );
    crate::objects::add_attr(vm, ty, name, f);
}

/// `__new__` of the reader and writer types, which only the module functions create.
fn no_new(vm: &Vm, a: Args) -> PyResult {
    let name = match a.args.first() {
        Some(t) if t.is_type() => t.type_data().name.borrow().clone(),
        _ => "?".to_string(),
    };
    Err(vm.type_error(format!("cannot create '_csv.{}' instances", name)))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(vm, "_csv", &[]);
    let d = vm.module_dict(&m).unwrap();
    for (name, func, doc) in FUNCTIONS {
        vm.dict_set_str(&d, name, module_function(vm, &m, name, *func, doc))?;
    }
    vm.dict_set_str(&d, "__doc__", vm.new_str(include_str!("doc.txt")))?;
    vm.dict_set_str(&d, "__version__", vm.new_str("1.0"))?;

    let dialect_type = dialect::make_type(vm);
    vm.dict_set_str(&d, "Dialect", dialect_type.clone())?;
    let reader_type = reader::make_type(vm);
    vm.dict_set_str(&d, "Reader", reader_type.clone())?;
    let writer_type = writer::make_type(vm);
    vm.dict_set_str(&d, "Writer", writer_type.clone())?;

    let dialects = vm.new_dict();
    vm.dict_set_str(&d, "_dialects", dialects.clone())?;
    for (name, v) in QUOTE_STYLES {
        vm.dict_set_str(&d, name, vm.new_int(*v))?;
    }

    let ns = vm.new_dict();
    vm.dict_set_str(&ns, "__module__", vm.new_str("_csv"))?;
    let error = crate::objects::typeobj::create_class(
        vm,
        &vm.types.type_,
        "Error",
        vec![vm.exc.exception.clone()],
        &ns,
    )?;
    vm.dict_set_str(&d, "Error", error.clone())?;

    FIELD_LIMIT.with(|c| c.set(DEFAULT_FIELD_LIMIT));
    STATE.with(|s| {
        *s.borrow_mut() = Some(std::rc::Rc::new(CsvState {
            error,
            dialects,
            dialect_type,
            reader_type,
            writer_type,
        }))
    });
    Ok(m)
}
