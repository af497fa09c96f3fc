//! The process environment in `posix`: `environ` (a dict of bytes to bytes, read once at
//! import as CPython's; `os.environ` is built from it by os.py) and `putenv`/`unsetenv`,
//! which change the real environment that child processes inherit.

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

use super::args;
use super::path::{self, errno_error};
use super::raw;

/// `posix.environ`: the environment at start-up as bytes keys and values.
pub fn environ(vm: &Vm) -> PyResult {
    let d = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        let key = vm.new_bytes(k.as_bytes().to_vec());
        // The first definition of a repeated name wins, as in CPython.
        if vm.dict_get_item(&d, &key)?.is_none() {
            vm.dict_set_item(&d, key, vm.new_bytes(v.as_bytes().to_vec()))?;
        }
    }
    Ok(d)
}

/// A name or value: str (filesystem-encoded), bytes or os.PathLike, without NUL.
fn env_string(vm: &Vm, o: &PyRef) -> PyResult<CString> {
    let p = path::fspath(vm, o)?.ok_or_else(|| {
        vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            o.type_name()
        ))
    })?;
    let data = match &p.payload {
        Payload::Bytes(b) => b.to_vec(),
        _ => path::encode(vm, &p)?,
    };
    CString::new(data).map_err(|_| vm.value_error("embedded null byte"))
}

fn env_name(vm: &Vm, o: &PyRef) -> PyResult<CString> {
    let name = env_string(vm, o)?;
    let b = name.as_bytes();
    if b.contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    Ok(name)
}

pub fn putenv(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "putenv", a, 2, 2)?;
    let name = env_name(vm, &p[0])?;
    let value = env_string(vm, &p[1])?;
    raw::setenv(&name, &value).map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

pub fn unsetenv(vm: &Vm, a: Args) -> PyResult {
    let n = args::one(vm, "unsetenv", a)?;
    let name = env_name(vm, &n)?;
    raw::unsetenv(&name).map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}
