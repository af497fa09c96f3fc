//! Paths as the `posix` functions take and return them: CPython's `path_converter` (str,
//! bytes, os.PathLike, and file descriptors where allowed, with its TypeError and
//! ValueError messages), the filesystem encoding (UTF-8 with surrogateescape, so any
//! file name round-trips through str), `fspath`, and the OSError built from an errno with
//! the file name(s) CPython attaches.

use std::ffi::CString;

use crate::object::payload::*;
use crate::object::typeobj::type_lookup;
use crate::object::PyRef;
use crate::vm::Vm;

use super::raw;

/// What a function accepts for one path parameter, for the messages of CPython's
/// `path_t` converter.
#[derive(Clone, Copy)]
pub struct PathSpec {
    pub func: &'static str,
    pub arg: &'static str,
    /// None is accepted (and means the current directory).
    pub nullable: bool,
    /// An integer is accepted as an open file descriptor.
    pub allow_fd: bool,
}

impl PathSpec {
    pub const fn new(func: &'static str) -> PathSpec {
        PathSpec {
            func,
            arg: "path",
            nullable: false,
            allow_fd: false,
        }
    }
    pub const fn arg(self, arg: &'static str) -> PathSpec {
        PathSpec { arg, ..self }
    }
    pub const fn fd(self) -> PathSpec {
        PathSpec {
            allow_fd: true,
            ..self
        }
    }
    pub const fn nullable(self) -> PathSpec {
        PathSpec {
            nullable: true,
            ..self
        }
    }
}

/// A converted path argument.
pub struct PathArg {
    /// What errors name as the file: the str or bytes (after `__fspath__`), the integer
    /// descriptor, or None.
    pub object: PyRef,
    /// The encoded path (empty when `fd` is set).
    pub c: CString,
    /// The descriptor, for an integer argument.
    pub fd: Option<i32>,
    /// Given as bytes: results (names, link targets) are bytes too.
    pub is_bytes: bool,
}

impl PathArg {
    /// Decodes a file name returned by the system like this argument was given.
    pub fn result(&self, vm: &Vm, name: &[u8]) -> PyResult {
        if self.is_bytes {
            Ok(vm.new_bytes(name.to_vec()))
        } else {
            decode(vm, name)
        }
    }
}

/// Decodes a file name with the filesystem encoding (UTF-8, surrogateescape).
pub fn decode(vm: &Vm, name: &[u8]) -> PyResult {
    match std::str::from_utf8(name) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(_) => crate::objects::bytes::decode_bytes(vm, name, "utf-8", "surrogateescape"),
    }
}

/// Encodes a str with the filesystem encoding (UTF-8, surrogateescape).
pub fn encode(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    match &o.payload {
        Payload::Str(s) => match s.as_str() {
            Some(t) => Ok(t.as_bytes().to_vec()),
            None => {
                let b = crate::objects::bytes::encode_str(vm, s, o, "utf-8", "surrogateescape")?;
                Ok(bytes_of(&b).to_vec())
            }
        },
        _ => Err(vm.type_error(format!("expected str, not {}", o.type_name()))),
    }
}

fn bytes_of(o: &PyRef) -> &[u8] {
    match &o.payload {
        Payload::Bytes(b) => b,
        _ => &[],
    }
}

/// `os.fspath`: str and bytes as they are, else `__fspath__()`, which must return one.
pub fn fspath(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    if matches!(o.payload, Payload::Str(_) | Payload::Bytes(_)) {
        return Ok(Some(o.clone()));
    }
    let name = vm.intern("__fspath__");
    if type_lookup(o.class(), &name).is_none() {
        return Ok(None);
    }
    let r = vm.call_method(o, "__fspath__", &[])?;
    if matches!(r.payload, Payload::Str(_) | Payload::Bytes(_)) {
        Ok(Some(r))
    } else {
        Err(vm.type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            o.type_name(),
            r.type_name()
        )))
    }
}

fn allowed_types(spec: &PathSpec) -> &'static str {
    match (spec.allow_fd, spec.nullable) {
        (true, true) => "string, bytes, os.PathLike, integer or None",
        (true, false) => "string, bytes, os.PathLike or integer",
        (false, true) => "string, bytes, os.PathLike or None",
        (false, false) => "string, bytes or os.PathLike",
    }
}

fn has_index(vm: &Vm, o: &PyRef) -> bool {
    matches!(o.payload, Payload::Int(_) | Payload::BigInt(_))
        || type_lookup(o.class(), &vm.names.__index__).is_some()
}

/// Converts one path argument (`None` when it was not given: nullable parameters then
/// mean the current directory).
pub fn convert(vm: &Vm, spec: PathSpec, o: Option<&PyRef>) -> PyResult<PathArg> {
    let o = match o {
        None => None,
        Some(v) if vm.is_none(v) => None,
        Some(v) => Some(v),
    };
    let Some(o) = o else {
        if spec.nullable {
            return Ok(PathArg {
                object: vm.none(),
                c: CString::new(".").unwrap(),
                fd: None,
                is_bytes: false,
            });
        }
        return Err(type_error(vm, &spec, &vm.none()));
    };
    if !matches!(o.payload, Payload::Str(_) | Payload::Bytes(_)) {
        if spec.allow_fd && has_index(vm, o) {
            let fd = super::args::fd_value(vm, o)?;
            return Ok(PathArg {
                object: o.clone(),
                c: CString::default(),
                fd: Some(fd),
                is_bytes: false,
            });
        }
        if let Payload::ByteArray(b) = &o.payload {
            // CPython accepts other bytes-like objects too (with a DeprecationWarning).
            let data = b.borrow().clone();
            return from_bytes(vm, &spec, o.clone(), data);
        }
    }
    let Some(p) = fspath(vm, o)? else {
        return Err(type_error(vm, &spec, o));
    };
    match &p.payload {
        Payload::Bytes(b) => {
            let data = b.to_vec();
            from_bytes(vm, &spec, p.clone(), data)
        }
        _ => {
            let data = encode(vm, &p)?;
            match CString::new(data) {
                Ok(c) => Ok(PathArg {
                    object: p,
                    c,
                    fd: None,
                    is_bytes: false,
                }),
                Err(_) => Err(vm.value_error("embedded null byte")),
            }
        }
    }
}

fn from_bytes(vm: &Vm, spec: &PathSpec, object: PyRef, data: Vec<u8>) -> PyResult<PathArg> {
    match CString::new(data) {
        Ok(c) => Ok(PathArg {
            object,
            c,
            fd: None,
            is_bytes: true,
        }),
        Err(_) => Err(vm.value_error(format!(
            "{}: embedded null character in {}",
            spec.func, spec.arg
        ))),
    }
}

fn type_error(vm: &Vm, spec: &PathSpec, o: &PyRef) -> PyErr {
    vm.type_error(format!(
        "{}: {} should be {}, not {}",
        spec.func,
        spec.arg,
        allowed_types(spec),
        o.type_name()
    ))
}

/// `OSError(errno, strerror[, filename[, None, filename2]])`, which the OSError
/// constructor turns into the subclass for the errno (FileNotFoundError...).
pub fn os_error(vm: &Vm, errno: i32, filename: Option<&PyRef>, filename2: Option<&PyRef>) -> PyErr {
    let mut args = vec![
        vm.new_int(errno as i64),
        vm.new_string(raw::strerror(errno)),
    ];
    if let Some(f) = filename {
        args.push(f.clone());
        if let Some(f2) = filename2 {
            args.push(vm.none());
            args.push(f2.clone());
        }
    }
    match vm.call(&vm.exc.os_error, Args::new(&args)) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// An OSError without a file name.
pub fn errno_error(vm: &Vm, errno: i32) -> PyErr {
    os_error(vm, errno, None, None)
}

/// An OSError naming the path argument.
pub fn path_error(vm: &Vm, errno: i32, p: &PathArg) -> PyErr {
    os_error(vm, errno, Some(&p.object), None)
}

/// An OSError naming both path arguments (rename, link, symlink...).
pub fn path_error2(vm: &Vm, errno: i32, p: &PathArg, p2: &PathArg) -> PyErr {
    os_error(vm, errno, Some(&p.object), Some(&p2.object))
}

/// `posix._path_normpath(path)`: posixpath.normpath's work on a str (POSIX rules: two
/// leading slashes are kept, three or more become one; `.` and empty parts are dropped;
/// `..` removes the previous part where there is one and is dropped at the root).
pub fn path_normpath(vm: &Vm, a: Args) -> PyResult {
    let b = super::args::clinic(
        vm,
        "_path_normpath",
        &super::args::Clinic {
            names: &["path"],
            posonly: 0,
            maxpos: 1,
            required: 1,
        },
        a,
    )?;
    let o = b[0].as_ref().unwrap();
    let Payload::Str(s) = &o.payload else {
        return Err(vm.type_error(format!("expected 'str', not '{}'", o.type_name())));
    };
    let text = s.bytes();
    if text == b"." {
        return Ok(vm.new_str("."));
    }
    let out = normpath_bytes(text);
    match s.as_str() {
        Some(_) => Ok(vm.new_string(String::from_utf8(out).unwrap_or_default())),
        None => {
            let mut buf = ferropy_primitives::wtf8::Wtf8Buf::with_capacity(out.len());
            buf.push_view(ferropy_primitives::wtf8::Wtf8Str::Wtf8(&out));
            Ok(crate::objects::str::new_wtf8(vm, buf))
        }
    }
}

fn normpath_bytes(path: &[u8]) -> Vec<u8> {
    let slashes = path.iter().take_while(|&&c| c == b'/').count();
    let root: &[u8] = match slashes {
        0 => b"",
        2 => b"//",
        _ => b"/",
    };
    let mut parts: Vec<&[u8]> = Vec::new();
    for comp in path.split(|&c| c == b'/') {
        if comp.is_empty() || comp == b"." {
            continue;
        }
        if comp != b".."
            || (root.is_empty() && parts.is_empty())
            || parts.last() == Some(&&b".."[..])
        {
            parts.push(comp);
        } else if !parts.is_empty() {
            parts.pop();
        }
    }
    let mut out = root.to_vec();
    out.extend_from_slice(&parts.join(&b'/'));
    out
}
