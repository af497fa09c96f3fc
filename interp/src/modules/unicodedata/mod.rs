//! The `unicodedata` module (CPython's Modules/unicodedata.c), Unicode 14.0.0: character
//! properties, names (with aliases and named sequences for `lookup`), decompositions
//! and the four normalization forms, plus the `ucd_3_2_0` object (a `UCD` instance)
//! with the same methods over Unicode 3.2.0, which `stringprep` and the `idna` codec
//! use. The tables are generated from CPython's own database by `gen_tables.py`.

pub mod data;
mod normalize;
#[rustfmt::skip]
mod tables;

use ferropy_primitives::wtf8::Wtf8Buf;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

use data::{Found, Version};
use normalize::Form;

pub use data::lookup_char;

/// The module's functions; `UCD` instances have the same ones as methods.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("decimal", decimal),
    ("digit", digit),
    ("numeric", numeric),
    ("category", category),
    ("bidirectional", bidirectional),
    ("combining", combining),
    ("mirrored", mirrored),
    ("east_asian_width", east_asian_width),
    ("decomposition", decomposition),
    ("is_normalized", is_normalized),
    ("normalize", normalize),
    ("name", name),
    ("lookup", lookup),
];

const DOC: &str = "This module provides access to the Unicode Character Database which\n\
defines character properties for all Unicode characters. The data in\n\
this database is based on the UnicodeData.txt file version\n\
14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\
\n\
The module uses the same names and symbols as defined by the\n\
UnicodeData File Format 14.0.0.";

pub const UNIDATA_VERSION: &str = "14.0.0";

/// The payload of `UCD` objects: the only one is `ucd_3_2_0`.
struct Ucd;

/// The name of `cp`, as the `namereplace` error handler writes it.
pub fn char_name(cp: u32) -> Option<String> {
    data::name(cp, Version::Current)
}

/// The `namereplace` error handler's text for `cp`: `\N{NAME}`, or the
/// `backslashreplace` escape for a character without a name.
pub fn push_name_escape(out: &mut String, cp: u32) {
    match char_name(cp) {
        Some(n) => {
            out.push_str("\\N{");
            out.push_str(&n);
            out.push('}');
        }
        None => ferropy_primitives::wtf8::push_hex_escape(out, cp),
    }
}

// ---- arguments ----

/// The receiver (module or `UCD` object) picks the database version.
fn version(a: &Args) -> Version {
    match a.args.first().map(|o| &o.payload) {
        Some(Payload::Native(n)) if n.is::<Ucd>() => Version::V3_2_0,
        _ => Version::Current,
    }
}

/// Qualified name for arity messages: `unicodedata.f` or `UCD.f`.
fn qualname(v: Version, f: &str) -> String {
    match v {
        Version::Current => format!("unicodedata.{}", f),
        Version::V3_2_0 => format!("UCD.{}", f),
    }
}

/// A METH_O call: exactly one argument after the receiver.
fn one<'a>(vm: &Vm, f: &str, a: Args<'a>) -> PyResult<&'a PyRef> {
    let v = version(&a);
    if a.has_kw() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", qualname(v, f))));
    }
    if a.args.len() != 2 {
        return Err(vm.type_error(format!(
            "{}() takes exactly one argument ({} given)",
            qualname(v, f),
            a.args.len().saturating_sub(1)
        )));
    }
    Ok(&a.args[1])
}

/// An Argument Clinic call with `min..=max` positional arguments after the receiver.
fn clinic<'a>(vm: &Vm, f: &str, a: Args<'a>, min: usize, max: usize) -> PyResult<&'a [PyRef]> {
    let v = version(&a);
    if a.has_kw() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", qualname(v, f))));
    }
    let got = a.args.len().saturating_sub(1);
    if got < min || got > max {
        let msg = if min == max {
            format!("{} expected {} arguments, got {}", f, min, got)
        } else if got < min {
            let s = if min == 1 { "" } else { "s" };
            format!("{} expected at least {} argument{}, got {}", f, min, s, got)
        } else {
            let s = if max == 1 { "" } else { "s" };
            format!("{} expected at most {} argument{}, got {}", f, max, s, got)
        };
        return Err(vm.type_error(msg));
    }
    Ok(&a.args[1..])
}

/// A `unicode character` argument: a str of length 1.
fn unichr(vm: &Vm, f: &str, o: &PyRef) -> PyResult<u32> {
    match &o.payload {
        Payload::Str(s) if s.char_len == 1 => Ok(s.code_point_at(0).unwrap_or(0)),
        _ => Err(vm.type_error(format!(
            "{}() argument must be a unicode character, not {}",
            f,
            o.type_name()
        ))),
    }
}

/// A `str` argument `n` of `f`.
fn str_arg<'a>(vm: &Vm, f: &str, n: usize, o: &'a PyRef) -> PyResult<&'a PyStr> {
    match &o.payload {
        Payload::Str(s) => Ok(s),
        _ => Err(vm.type_error(format!(
            "{}() argument {} must be str, not {}",
            f,
            n,
            o.type_name()
        ))),
    }
}

/// `chr` and an optional `default` returned when the property is missing.
fn with_default<'a>(vm: &Vm, f: &str, a: Args<'a>) -> PyResult<(u32, Option<&'a PyRef>)> {
    let p = clinic(vm, f, a, 1, 2)?;
    Ok((unichr(vm, f, &p[0])?, p.get(1)))
}

fn missing(vm: &Vm, default: Option<&PyRef>, msg: &str) -> PyResult {
    match default {
        Some(d) => Ok(d.clone()),
        None => Err(vm.value_error(msg)),
    }
}

fn new_text(vm: &Vm, cps: &[u32]) -> PyRef {
    let mut b = Wtf8Buf::with_capacity(cps.len());
    for &c in cps {
        b.push_code_point(c);
    }
    crate::objects::str::new_wtf8(vm, b)
}

// ---- properties ----

fn decimal(vm: &Vm, a: Args) -> PyResult {
    let v = version(&a);
    let (cp, default) = with_default(vm, "decimal", a)?;
    match data::record(cp, v).decimal {
        Some(d) => Ok(vm.new_int(i64::from(d))),
        None => missing(vm, default, "not a decimal"),
    }
}

fn digit(vm: &Vm, a: Args) -> PyResult {
    let v = version(&a);
    let (cp, default) = with_default(vm, "digit", a)?;
    match data::record(cp, v).digit {
        Some(d) => Ok(vm.new_int(i64::from(d))),
        None => missing(vm, default, "not a digit"),
    }
}

fn numeric(vm: &Vm, a: Args) -> PyResult {
    let v = version(&a);
    let (cp, default) = with_default(vm, "numeric", a)?;
    match data::record(cp, v).numeric_value() {
        Some(x) => Ok(vm.new_float(x)),
        None => missing(vm, default, "not a numeric character"),
    }
}

fn category(vm: &Vm, a: Args) -> PyResult {
    let v = version(&a);
    let cp = unichr(vm, "category", one(vm, "category", a)?)?;
    Ok(vm.new_str(data::record(cp, v).category_name()))
}

fn bidirectional(vm: &Vm, a: Args) -> PyResult {
    let v = version(&a);
    let cp = unichr(vm, "bidirectional", one(vm, "bidirectional", a)?)?;
    Ok(vm.new_str(data::record(cp, v).bidi_name()))
}

fn combining(vm: &Vm, a: Args) -> PyResult {
    let v = version(&a);
    let cp = unichr(vm, "combining", one(vm, "combining", a)?)?;
    Ok(vm.new_int(i64::from(data::record(cp, v).combining)))
}

fn mirrored(vm: &Vm, a: Args) -> PyResult {
    let v = version(&a);
    let cp = unichr(vm, "mirrored", one(vm, "mirrored", a)?)?;
    Ok(vm.new_int(i64::from(data::record(cp, v).mirrored)))
}

fn east_asian_width(vm: &Vm, a: Args) -> PyResult {
    let v = version(&a);
    let cp = unichr(vm, "east_asian_width", one(vm, "east_asian_width", a)?)?;
    Ok(vm.new_str(data::record(cp, v).eaw_name()))
}

fn decomposition(vm: &Vm, a: Args) -> PyResult {
    let v = version(&a);
    let cp = unichr(vm, "decomposition", one(vm, "decomposition", a)?)?;
    // CPython: characters unassigned in 3.2.0 have no decomposition there.
    if v == Version::V3_2_0 && data::record(cp, v).unassigned() {
        return Ok(vm.new_str(""));
    }
    Ok(vm.new_string(data::decomposition_text(cp)))
}

// ---- normalization ----

fn form_and_text<'a>(vm: &Vm, f: &str, a: Args<'a>) -> PyResult<(Form, &'a PyRef, Vec<u32>)> {
    let p = clinic(vm, f, a, 2, 2)?;
    let form = str_arg(vm, f, 1, &p[0])?;
    let text = str_arg(vm, f, 2, &p[1])?;
    let form = form
        .as_str()
        .and_then(Form::parse)
        .ok_or_else(|| vm.value_error("invalid normalization form"))?;
    Ok((form, &p[1], text.view().code_points().collect()))
}

fn normalize(vm: &Vm, a: Args) -> PyResult {
    let v = version(&a);
    let (form, obj, cps) = form_and_text(vm, "normalize", a)?;
    let out = normalize::normalize(&cps, form, v);
    // CPython returns the argument itself when it is already normalized (an exact str).
    if out == cps && obj.class().is(&vm.types.str) {
        return Ok(obj.clone());
    }
    Ok(new_text(vm, &out))
}

fn is_normalized(vm: &Vm, a: Args) -> PyResult {
    let v = version(&a);
    let (form, _, cps) = form_and_text(vm, "is_normalized", a)?;
    Ok(vm.new_bool(normalize::normalize(&cps, form, v) == cps))
}

// ---- names ----

fn name(vm: &Vm, a: Args) -> PyResult {
    let v = version(&a);
    let (cp, default) = with_default(vm, "name", a)?;
    match data::name(cp, v) {
        Some(n) => Ok(vm.new_string(n)),
        None => missing(vm, default, "no such name"),
    }
}

/// CPython's NAME_MAXLEN: longer names are rejected before any lookup.
const NAME_MAXLEN: usize = 256;

fn lookup(vm: &Vm, a: Args) -> PyResult {
    let v = version(&a);
    let o = one(vm, "lookup", a)?;
    let bytes: Vec<u8> = match &o.payload {
        Payload::Str(s) => crate::objects::str::as_utf8(vm, s)?.as_bytes().to_vec(),
        Payload::Bytes(b) => b.to_vec(),
        Payload::MemoryView(_) => crate::objects::bytes::bytes_from_object(vm, o)?,
        Payload::ByteArray(_) => {
            return Err(vm.type_error(
                "lookup() argument must be read-only bytes-like object, not bytearray",
            ))
        }
        _ => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                o.type_name()
            )))
        }
    };
    if bytes.len() > NAME_MAXLEN {
        return Err(vm.key_error(vm.new_str("name too long")));
    }
    let text = String::from_utf8_lossy(&bytes);
    match data::lookup(&text, v, true) {
        Some(Found::Char(cp)) => Ok(new_text(vm, &[cp])),
        Some(Found::Sequence(seq)) => Ok(new_text(vm, seq)),
        None => Err(vm.key_error(vm.new_string(format!("undefined character name '{}'", text)))),
    }
}

// ---- the module ----

fn no_new(vm: &Vm, _a: Args) -> PyResult {
    Err(vm.type_error("cannot create 'unicodedata.UCD' instances"))
}

fn get_version(vm: &Vm, _o: &PyRef) -> PyResult {
    Ok(vm.new_str("3.2.0"))
}

fn readonly(vm: &Vm, _o: &PyRef, _v: Option<PyRef>) -> PyResult<()> {
    Err(vm.new_error(&vm.exc.attribute_error, "readonly attribute"))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(vm, "unicodedata", FUNCTIONS);
    let d = vm.module_dict(&m).unwrap();
    vm.dict_set_str(&d, "__doc__", vm.new_str(DOC))?;
    vm.dict_set_str(&d, "unidata_version", vm.new_str(UNIDATA_VERSION))?;

    let ucd = crate::objects::typeobj::new_native_type(vm, "UCD", "unicodedata", false);
    crate::objects::add_native(vm, &ucd, "__new__", no_new, NativeKind::StaticMethod);
    crate::objects::add_methods(vm, &ucd, FUNCTIONS);
    crate::objects::descr::add_getset(vm, &ucd, "unidata_version", get_version, Some(readonly));
    vm.dict_set_str(&d, "UCD", ucd.clone())?;
    let old = vm.new_object_of(&ucd, Payload::Native(Box::new(Ucd)));
    vm.dict_set_str(&d, "ucd_3_2_0", old)?;
    Ok(m)
}
