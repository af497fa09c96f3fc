//! System information in `posix`: sysconf/confstr/pathconf/fpathconf with their name
//! tables, cpu_count, getloadavg, urandom/getrandom, strerror, device numbers
//! (major/minor/makedev), sched_yield and sync.

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

use super::args::{self, clinic, Clinic};
use super::conf_names::{CONFSTR_NAMES, PATHCONF_NAMES, SYSCONF_NAMES};
use super::path::{self, convert, errno_error, path_error, PathSpec};
use super::raw;

/// A configuration name: an int, or a str from `table`.
fn conf_name(vm: &Vm, o: &PyRef, table: &[(&str, i32)]) -> PyResult<i32> {
    match &o.payload {
        Payload::Int(_) | Payload::BigInt(_) => args::c_int(vm, o),
        Payload::Str(_) => {
            let s = vm.str_of(o).unwrap_or("");
            table
                .iter()
                .find(|(n, _)| *n == s)
                .map(|(_, v)| *v)
                .ok_or_else(|| vm.value_error("unrecognized configuration name"))
        }
        _ => Err(vm.type_error("configuration names must be strings or integers")),
    }
}

/// The dict of a name table (`sysconf_names`...).
pub fn names_dict(vm: &Vm, table: &[(&str, i32)]) -> PyResult {
    let d = vm.new_dict();
    for (n, v) in table {
        vm.dict_set_str(&d, n, vm.new_int(*v as i64))?;
    }
    Ok(d)
}

pub fn sysconf_names(vm: &Vm) -> PyResult {
    names_dict(vm, SYSCONF_NAMES)
}
pub fn confstr_names(vm: &Vm) -> PyResult {
    names_dict(vm, CONFSTR_NAMES)
}
pub fn pathconf_names(vm: &Vm) -> PyResult {
    names_dict(vm, PATHCONF_NAMES)
}

pub fn sysconf(vm: &Vm, a: Args) -> PyResult {
    let n = args::one(vm, "sysconf", a)?;
    let name = conf_name(vm, &n, SYSCONF_NAMES)?;
    let r = raw::sysconf(name).map_err(|e| errno_error(vm, e))?;
    Ok(vm.new_int(r))
}

pub fn confstr(vm: &Vm, a: Args) -> PyResult {
    let n = args::one(vm, "confstr", a)?;
    let name = conf_name(vm, &n, CONFSTR_NAMES)?;
    match raw::confstr(name).map_err(|e| errno_error(vm, e))? {
        Some(v) => path::decode(vm, &v),
        None => Ok(vm.none()),
    }
}

const PATHCONF: Clinic = Clinic {
    names: &["path", "name"],
    posonly: 0,
    maxpos: 2,
    required: 2,
};

pub fn pathconf(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "pathconf", &PATHCONF, a)?;
    let p = convert(vm, PathSpec::new("pathconf").fd(), b[0].as_ref())?;
    let name = conf_name(vm, b[1].as_ref().unwrap(), PATHCONF_NAMES)?;
    let r = match p.fd {
        Some(fd) => raw::fpathconf(fd, name),
        None => raw::pathconf(&p.c, name),
    };
    let r = r.map_err(|e| path_error(vm, e, &p))?;
    Ok(vm.new_int(r))
}

pub fn fpathconf(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "fpathconf", a, 2, 2)?;
    let fd = args::fd(vm, &p[0])?;
    let name = conf_name(vm, &p[1], PATHCONF_NAMES)?;
    let r = raw::fpathconf(fd, name).map_err(|e| errno_error(vm, e))?;
    Ok(vm.new_int(r))
}

pub fn cpu_count(vm: &Vm, a: Args) -> PyResult {
    args::noargs(vm, "cpu_count", a)?;
    Ok(match raw::sysconf(libc::_SC_NPROCESSORS_ONLN) {
        Ok(n) if n >= 1 => vm.new_int(n),
        _ => vm.none(),
    })
}

pub fn sched_getaffinity(vm: &Vm, a: Args) -> PyResult {
    let pid = args::one(vm, "sched_getaffinity", a)?;
    let pid = args::c_int(vm, &pid)?;
    if pid != 0 && pid != raw::getpid() {
        return Err(vm.new_error(
            &vm.exc.not_implemented_error,
            "sched_getaffinity: only the calling process (pid 0) is supported",
        ));
    }
    let n = raw::affinity_count().map_err(|e| errno_error(vm, e))?;
    let s = vm.new_set();
    for i in 0..n {
        vm.set_add(&s, vm.new_usize(i))?;
    }
    Ok(s)
}

pub fn getloadavg(vm: &Vm, a: Args) -> PyResult {
    args::noargs(vm, "getloadavg", a)?;
    match raw::getloadavg() {
        Some(l) => Ok(vm.new_tuple(l.iter().map(|&x| vm.new_float(x)).collect())),
        None => Err(vm.new_error(&vm.exc.os_error, "Load averages are unobtainable")),
    }
}

pub fn urandom(vm: &Vm, a: Args) -> PyResult {
    let n = args::one(vm, "urandom", a)?;
    let n = args::ssize(vm, &n)?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = args::buffer(vm, n as usize)?;
    raw::getrandom(&mut buf, 0).map_err(|e| errno_error(vm, e))?;
    Ok(vm.new_bytes(buf))
}

const GETRANDOM: Clinic = Clinic {
    names: &["size", "flags"],
    posonly: 0,
    maxpos: 2,
    required: 1,
};

pub fn getrandom(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "getrandom", &GETRANDOM, a)?;
    let n = args::ssize(vm, b[0].as_ref().unwrap())?;
    let flags = match &b[1] {
        Some(f) => args::c_int(vm, f)?,
        None => 0,
    };
    if n < 0 {
        return Err(errno_error(vm, libc::EINVAL));
    }
    let mut buf = args::buffer(vm, n as usize)?;
    raw::getrandom(&mut buf, flags as u32).map_err(|e| errno_error(vm, e))?;
    Ok(vm.new_bytes(buf))
}

pub fn strerror(vm: &Vm, a: Args) -> PyResult {
    let code = args::one(vm, "strerror", a)?;
    let code = args::c_int(vm, &code)?;
    Ok(vm.new_string(raw::strerror(code)))
}

pub fn major(vm: &Vm, a: Args) -> PyResult {
    let d = args::one(vm, "major", a)?;
    let d = args::c_long(vm, &d)? as u64;
    Ok(vm.new_int(raw::major(d) as i64))
}

pub fn minor(vm: &Vm, a: Args) -> PyResult {
    let d = args::one(vm, "minor", a)?;
    let d = args::c_long(vm, &d)? as u64;
    Ok(vm.new_int(raw::minor(d) as i64))
}

pub fn makedev(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "makedev", a, 2, 2)?;
    let ma = args::c_int(vm, &p[0])? as u32;
    let mi = args::c_int(vm, &p[1])? as u32;
    Ok(vm.new_int_from_i128(raw::makedev(ma, mi) as i128))
}

pub fn sched_yield(vm: &Vm, a: Args) -> PyResult {
    args::noargs(vm, "sched_yield", a)?;
    raw::sched_yield();
    Ok(vm.none())
}

pub fn sync(vm: &Vm, a: Args) -> PyResult {
    args::noargs(vm, "sync", a)?;
    raw::sync();
    Ok(vm.none())
}
