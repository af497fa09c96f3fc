//! `_csv.Dialect` (CPython's `Dialect_Type` and `dialect_new`): the immutable record
//! of parsing and writing options that readers and writers copy, built from keyword
//! arguments over a registered name or any object with dialect attributes, with
//! CPython's validation messages.

use crate::object::payload::*;
use crate::object::typeobj::is_subtype;
use crate::object::PyRef;
use crate::objects::args;
use crate::objects::descr::add_getset;
use crate::vm::Vm;

/// A character option that is not set (`escapechar=None`); never a code point.
pub const NOT_SET: u32 = u32::MAX;

pub const QUOTE_MINIMAL: i32 = 0;
pub const QUOTE_ALL: i32 = 1;
pub const QUOTE_NONNUMERIC: i32 = 2;
pub const QUOTE_NONE: i32 = 3;

/// The keyword parameters of `Dialect()`, in positional order.
const KEYWORDS: [&str; 9] = [
    "dialect",
    "delimiter",
    "doublequote",
    "escapechar",
    "lineterminator",
    "quotechar",
    "quoting",
    "skipinitialspace",
    "strict",
];

/// The options of a dialect (CPython's `DialectObj`); characters are code points or
/// [`NOT_SET`].
#[derive(Clone)]
pub struct Dialect {
    pub delimiter: u32,
    pub quotechar: u32,
    pub escapechar: u32,
    pub doublequote: bool,
    pub skipinitialspace: bool,
    pub strict: bool,
    pub quoting: i32,
    /// The `str` written after each record.
    pub lineterminator: PyRef,
    /// The code points of `lineterminator`.
    pub terminator: Vec<u32>,
}

/// The options of a `Dialect` instance (of the type or a subclass).
pub fn data(o: &PyRef) -> Option<&Dialect> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<Dialect>(),
        _ => None,
    }
}

fn this<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a Dialect> {
    data(o).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_csv.Dialect' object but received a '{}'",
            o.type_name()
        ))
    })
}

/// The code points of a str.
pub fn code_points(s: &PyStr) -> Vec<u32> {
    s.view().code_points().collect()
}

fn char_or_none(vm: &Vm, c: u32) -> PyRef {
    if c == NOT_SET {
        vm.none()
    } else {
        crate::objects::str::new_code_point(vm, c)
    }
}

fn get_delimiter(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(char_or_none(vm, this(vm, o)?.delimiter))
}

fn get_escapechar(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(char_or_none(vm, this(vm, o)?.escapechar))
}

fn get_quotechar(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(char_or_none(vm, this(vm, o)?.quotechar))
}

fn get_lineterminator(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(this(vm, o)?.lineterminator.clone())
}

fn get_quoting(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_int(this(vm, o)?.quoting as i64))
}

fn get_doublequote(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_bool(this(vm, o)?.doublequote))
}

fn get_skipinitialspace(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_bool(this(vm, o)?.skipinitialspace))
}

fn get_strict(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_bool(this(vm, o)?.strict))
}

/// The setter of the computed attributes (CPython's getsets without a setter).
macro_rules! not_writable {
    ($name:ident, $attr:literal) => {
        fn $name(vm: &Vm, _o: &PyRef, _v: Option<PyRef>) -> PyResult<()> {
            Err(vm.attribute_error(concat!(
                "attribute '",
                $attr,
                "' of '_csv.Dialect' objects is not writable"
            )))
        }
    };
}
not_writable!(set_delimiter, "delimiter");
not_writable!(set_escapechar, "escapechar");
not_writable!(set_quotechar, "quotechar");
not_writable!(set_lineterminator, "lineterminator");
not_writable!(set_quoting, "quoting");

/// The setter of read-only members (`skipinitialspace`, `doublequote`, `strict`, and
/// the readers' and writers' `dialect` and `line_num`).
pub fn readonly(vm: &Vm, _o: &PyRef, _v: Option<PyRef>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

/// Binds `Dialect()`'s arguments as `PyArg_ParseTupleAndKeywords(... "|OOOOOOOOO")`
/// does, with its messages for an anonymous function.
fn bind(vm: &Vm, a: &Args) -> PyResult<[Option<PyRef>; 9]> {
    let pos = a.pos();
    let total = a.args.len();
    if total > KEYWORDS.len() {
        return Err(vm.type_error(format!(
            "function takes at most {} arguments ({} given)",
            KEYWORDS.len(),
            total
        )));
    }
    let mut out: [Option<PyRef>; 9] = Default::default();
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    let mut unknown = None;
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        let kn = vm.str_of(k).unwrap_or("");
        match KEYWORDS.iter().position(|n| *n == kn) {
            Some(i) if i < pos.len() => {
                return Err(vm.type_error(format!(
                    "argument for function given by name ('{}') and position ({})",
                    kn,
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                if unknown.is_none() {
                    unknown = Some(kn.to_string());
                }
            }
        }
    }
    if let Some(kn) = unknown {
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for this function",
            kn
        )));
    }
    Ok(out)
}

/// CPython's `_set_char`: a required one-character str.
fn set_char(vm: &Vm, name: &str, src: Option<&PyRef>, dflt: u32) -> PyResult<u32> {
    let Some(src) = src else { return Ok(dflt) };
    let Payload::Str(s) = &src.payload else {
        return Err(vm.type_error(format!(
            "\"{}\" must be string, not {}",
            name,
            src.type_name()
        )));
    };
    if s.char_len != 1 {
        return Err(vm.type_error(format!("\"{}\" must be a 1-character string", name)));
    }
    Ok(s.code_point_at(0).unwrap_or(NOT_SET))
}

/// CPython's `_set_char_or_none`: a one-character str, or None for [`NOT_SET`].
fn set_char_or_none(vm: &Vm, name: &str, src: Option<&PyRef>, dflt: u32) -> PyResult<u32> {
    match src {
        None => Ok(dflt),
        Some(s) if vm.is_none(s) => Ok(NOT_SET),
        Some(s) if !matches!(s.payload, Payload::Str(_)) => Err(vm.type_error(format!(
            "\"{}\" must be string or None, not {}",
            name,
            s.type_name()
        ))),
        Some(s) => set_char(vm, name, Some(s), dflt),
    }
}

/// CPython's `_set_bool`: the truth of the value.
fn set_bool(vm: &Vm, src: Option<&PyRef>, dflt: bool) -> PyResult<bool> {
    match src {
        None => Ok(dflt),
        Some(s) => vm.is_true(s),
    }
}

/// CPython's `_set_int`: an exact int that fits a C int.
fn set_int(vm: &Vm, name: &str, src: Option<&PyRef>, dflt: i32) -> PyResult<i32> {
    let Some(src) = src else { return Ok(dflt) };
    if !src.class().is(&vm.types.int) {
        return Err(vm.type_error(format!("\"{}\" must be an integer", name)));
    }
    match &src.payload {
        Payload::Int(i) => i32::try_from(*i)
            .map_err(|_| vm.overflow_error("Python int too large to convert to C int")),
        _ => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

/// CPython's `_set_str` for `lineterminator`: `Ok(None)` when set to None.
fn set_str(vm: &Vm, name: &str, src: Option<&PyRef>, dflt: &str) -> PyResult<Option<PyRef>> {
    match src {
        None => Ok(Some(vm.new_str(dflt))),
        Some(s) if vm.is_none(s) => Ok(None),
        Some(s) if matches!(s.payload, Payload::Str(_)) => Ok(Some(s.clone())),
        Some(_) => Err(vm.type_error(format!("\"{}\" must be a string", name))),
    }
}

/// `Dialect.__new__(cls, dialect=None, **options)`: reuses a `Dialect` given alone;
/// otherwise reads each option from the keywords, then from the dialect (a registered
/// name or any object; a missing attribute means the default), and validates them.
fn dialect_new(vm: &Vm, a: Args) -> PyResult {
    let cls = args::this(vm, &a)?.clone();
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    let mut opts = bind(vm, &rest)?;
    let ty = super::state(vm)?.dialect_type.clone();
    if let Some(d) = opts[0].clone() {
        let d = if matches!(d.payload, Payload::Str(_)) {
            super::dialect_from_registry(vm, &d)?
        } else {
            d
        };
        if is_subtype(d.class(), &ty) && opts[1..].iter().all(Option::is_none) {
            return Ok(d);
        }
        for (slot, name) in opts[1..].iter_mut().zip(&KEYWORDS[1..]) {
            if slot.is_none() {
                // CPython clears any error of the lookup: the default applies.
                *slot = vm.get_attr_str(&d, name).ok();
            }
        }
    }
    let [_, delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace, strict] =
        &opts;
    let delimiter_c = set_char(vm, "delimiter", delimiter.as_ref(), ',' as u32)?;
    let doublequote_b = set_bool(vm, doublequote.as_ref(), true)?;
    let escapechar_c = set_char_or_none(vm, "escapechar", escapechar.as_ref(), NOT_SET)?;
    let terminator = set_str(vm, "lineterminator", lineterminator.as_ref(), "\r\n")?;
    let quotechar_c = set_char_or_none(vm, "quotechar", quotechar.as_ref(), '"' as u32)?;
    let mut quoting_i = set_int(vm, "quoting", quoting.as_ref(), QUOTE_MINIMAL)?;
    let skipinitialspace_b = set_bool(vm, skipinitialspace.as_ref(), false)?;
    let strict_b = set_bool(vm, strict.as_ref(), false)?;

    if !(QUOTE_MINIMAL..=QUOTE_NONE).contains(&quoting_i) {
        return Err(vm.type_error("bad \"quoting\" value"));
    }
    if quotechar.as_ref().is_some_and(|q| vm.is_none(q)) && quoting.is_none() {
        quoting_i = QUOTE_NONE;
    }
    if quoting_i != QUOTE_NONE && quotechar_c == NOT_SET {
        return Err(vm.type_error("quotechar must be set if quoting enabled"));
    }
    let Some(lineterminator) = terminator else {
        return Err(vm.type_error("lineterminator must be set"));
    };
    let terminator = match &lineterminator.payload {
        Payload::Str(s) => code_points(s),
        _ => Vec::new(),
    };
    let data = Dialect {
        delimiter: delimiter_c,
        quotechar: quotechar_c,
        escapechar: escapechar_c,
        doublequote: doublequote_b,
        skipinitialspace: skipinitialspace_b,
        strict: strict_b,
        quoting: quoting_i,
        lineterminator,
        terminator,
    };
    Ok(vm.new_object_of(&cls, Payload::Native(Box::new(data))))
}

/// `__reduce__` / `__reduce_ex__`: dialects cannot be pickled or copied.
fn dialect_reduce(vm: &Vm, a: Args) -> PyResult {
    let this = args::this(vm, &a)?;
    Err(vm.type_error(format!(
        "cannot pickle '{}' instances",
        this.class().type_data().name.borrow()
    )))
}

/// A `Dialect` from an optional dialect argument and keyword options (CPython's
/// `_call_dialect`): calls the `Dialect` type, so its validation applies.
pub fn call_dialect(
    vm: &Vm,
    dialect: Option<&PyRef>,
    kwnames: &[PyRef],
    kwvalues: &[PyRef],
) -> PyResult {
    let ty = super::state(vm)?.dialect_type.clone();
    let mut v = Vec::with_capacity(1 + kwvalues.len());
    v.extend(dialect.cloned());
    v.extend_from_slice(kwvalues);
    vm.call(&ty, Args::with_kw(&v, kwnames))
}

/// The `Dialect` type, with its attributes.
pub fn make_type(vm: &Vm) -> PyRef {
    let t = crate::objects::typeobj::new_native_type(vm, "Dialect", "_csv", true);
    crate::objects::add_native(vm, &t, "__new__", dialect_new, NativeKind::StaticMethod);
    crate::objects::add_methods(
        vm,
        &t,
        &[
            ("__reduce__", dialect_reduce),
            ("__reduce_ex__", dialect_reduce),
        ],
    );
    crate::objects::add_attr(
        vm,
        &t,
        "__doc__",
        vm.new_str("CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n"),
    );
    add_getset(vm, &t, "delimiter", get_delimiter, Some(set_delimiter));
    add_getset(vm, &t, "escapechar", get_escapechar, Some(set_escapechar));
    add_getset(
        vm,
        &t,
        "lineterminator",
        get_lineterminator,
        Some(set_lineterminator),
    );
    add_getset(vm, &t, "quotechar", get_quotechar, Some(set_quotechar));
    add_getset(vm, &t, "quoting", get_quoting, Some(set_quoting));
    add_getset(
        vm,
        &t,
        "skipinitialspace",
        get_skipinitialspace,
        Some(readonly),
    );
    add_getset(vm, &t, "doublequote", get_doublequote, Some(readonly));
    add_getset(vm, &t, "strict", get_strict, Some(readonly));
    t
}
