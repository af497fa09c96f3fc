//! The `marshal` module (CPython's Python/marshal.c): `dumps`/`loads` and `dump`/`load`
//! in CPython's byte format, versions 0–4, for None, booleans, StopIteration, Ellipsis,
//! int, float, complex, str, bytes (and any bytes-like object, written as bytes), tuple,
//! list, dict, set and frozenset. Code objects are ferropy's own and use ferropy's
//! layout under CPython's type code (`code.rs`); the bytecode cache
//! (`compile/cache.rs`) stores them with [`dump_code`] and [`load_code`].
//!
//! `write.rs` is the writer, `read.rs` the reader, `types.rs` the type codes.

mod code;
mod read;
mod types;
mod write;

use std::rc::Rc;

use crate::modules::user_args;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;
use read::{Reader, Source};
use write::{WriteError, Writer};

/// Module functions: name → implementation.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("dump", dump),
    ("load", load),
    ("dumps", dumps),
    ("loads", loads),
];

const DOC: &str = "This module contains functions that can read and write Python values in
a binary format. The format is specific to Python, but independent of
machine architecture issues.

Not all Python object types are supported; in general, only objects
whose value is independent from a particular invocation of Python can be
written and read by this module. The following types are supported:
None, integers, floating point numbers, strings, bytes, bytearrays,
tuples, lists, sets, dictionaries, and code objects, where it
should be understood that tuples, lists and dictionaries are only
supported as long as the values contained therein are themselves
supported; and recursive lists and dictionaries should not be written
(they will cause infinite loops).

Variables:

version -- indicates the format that this module uses.

Functions:

dump() -- write value to a file
load() -- read value from a file
dumps() -- marshal value as a bytes object
loads() -- read value from a bytes-like object";

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(vm, "marshal", FUNCTIONS);
    let d = vm.module_dict(&m).unwrap();
    vm.dict_set_str(&d, "__doc__", vm.new_str(DOC))?;
    vm.dict_set_str(&d, "version", vm.new_int(types::VERSION))?;
    Ok(m)
}

/// The bytes of `value` in format `version` (CPython's `PyMarshal_WriteObjectToString`).
pub fn to_bytes(vm: &Vm, value: &PyRef, version: i64) -> PyResult<Vec<u8>> {
    let mut w = Writer::new(vm, version);
    match w.object(value, 0) {
        Ok(()) => Ok(w.out),
        Err(WriteError::Unmarshallable) => Err(vm.value_error("unmarshallable object")),
        Err(WriteError::TooDeep) => Err(vm.value_error("object too deeply nested to marshal")),
    }
}

/// The value at the start of `data` (CPython's `PyMarshal_ReadObjectFromString`);
/// code objects read get `source` as their source text.
pub fn from_bytes(vm: &Vm, data: &[u8], source: Option<Rc<str>>) -> PyResult {
    let mut r = Reader::new(vm, Source::Slice { data, pos: 0 });
    r.source_text = source;
    top_level(vm, &mut r)
}

/// A code object's bytes, for the bytecode cache.
pub fn dump_code(vm: &Vm, code: &PyRef) -> PyResult<Vec<u8>> {
    to_bytes(vm, code, types::VERSION)
}

/// A code object from the bytecode cache; anything but a code object is an error.
pub fn load_code(vm: &Vm, data: &[u8], source: Option<Rc<str>>) -> PyResult {
    let v = from_bytes(vm, data, source)?;
    match v.payload {
        Payload::Code(_) => Ok(v),
        _ => Err(read::bad(vm, "not a code object")),
    }
}

/// CPython's `read_object`: the NULL marker alone is an error.
fn top_level(vm: &Vm, r: &mut Reader) -> PyResult {
    match r.object()? {
        Some(v) => Ok(v),
        None => Err(vm.type_error("NULL object in marshal data for object")),
    }
}

/// The `version` argument: a C int.
fn version_arg(vm: &Vm, v: Option<&PyRef>) -> PyResult<i64> {
    let Some(v) = v else {
        return Ok(types::VERSION);
    };
    let too_large = || vm.overflow_error("Python int too large to convert to C int");
    match vm.index_opt(v) {
        Ok(Some(i)) if i32::try_from(i).is_ok() => Ok(i),
        Ok(Some(_)) => Err(too_large()),
        Ok(None) => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))),
        Err(e) if vm.exc_matches(&e, &vm.exc.overflow_error) => Err(too_large()),
        Err(e) => Err(e),
    }
}

/// Positional-only arguments, with Argument Clinic's messages.
fn positional<'a>(
    vm: &Vm,
    name: &str,
    a: Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [PyRef]> {
    let u = user_args(a);
    if u.has_kw() {
        return Err(vm.type_error(format!("marshal.{}() takes no keyword arguments", name)));
    }
    args::pos(vm, name, u, min, max)
}

/// `dumps(value, version=version, /)`.
fn dumps(vm: &Vm, a: Args) -> PyResult {
    let p = positional(vm, "dumps", a, 1, 2)?;
    let version = version_arg(vm, p.get(1))?;
    Ok(vm.new_bytes(to_bytes(vm, &p[0], version)?))
}

/// `loads(bytes, /)`: any bytes-like object; extra bytes are ignored.
fn loads(vm: &Vm, a: Args) -> PyResult {
    let u = user_args(a);
    if u.has_kw() {
        return Err(vm.type_error("marshal.loads() takes no keyword arguments"));
    }
    if u.args.len() != 1 {
        return Err(vm.type_error(format!(
            "marshal.loads() takes exactly one argument ({} given)",
            u.args.len()
        )));
    }
    let data = crate::objects::bytes::bytes_from_object(vm, &u.args[0])?;
    from_bytes(vm, &data, None)
}

/// `dump(value, file, version=version, /)`: writes `dumps(value)` with `file.write`
/// and returns what that returned.
fn dump(vm: &Vm, a: Args) -> PyResult {
    let p = positional(vm, "dump", a, 2, 3)?;
    let version = version_arg(vm, p.get(2))?;
    let data = vm.new_bytes(to_bytes(vm, &p[0], version)?);
    vm.call_method(&p[1], "write", &[data])
}

/// `load(file, /)`: reads one value with `file.readinto`, leaving the file just after it.
fn load(vm: &Vm, a: Args) -> PyResult {
    let u = user_args(a);
    if u.has_kw() {
        return Err(vm.type_error("marshal.load() takes no keyword arguments"));
    }
    if u.args.len() != 1 {
        return Err(vm.type_error(format!(
            "marshal.load() takes exactly one argument ({} given)",
            u.args.len()
        )));
    }
    let file = &u.args[0];
    // CPython: a zero-byte read first checks that the file is a binary one.
    let probe = vm.call_method(file, "read", &[vm.new_int(0)])?;
    if !matches!(probe.payload, Payload::Bytes(_)) {
        return Err(vm.type_error(format!(
            "file.read() returned not bytes but {}",
            probe.type_name()
        )));
    }
    let mut r = Reader::new(
        vm,
        Source::File {
            file: file.clone(),
            buf: Vec::new(),
        },
    );
    top_level(vm, &mut r)
}
