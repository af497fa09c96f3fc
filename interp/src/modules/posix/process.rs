//! Processes in `posix`: fork (with `register_at_fork` callbacks), execv/execve, the
//! wait family and the `W*` status macros, `_exit`, signals (kill, killpg), ids (getpid,
//! getuid, getgroups, getlogin...), umask, nice, times, uname and system.

use std::cell::RefCell;
use std::ffi::CString;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

use super::args::{self, clinic, Clinic};
use super::path::{self, convert, errno_error, path_error, PathSpec};
use super::raw;
use super::stat_result::{self, Kind};

// ---- fork ----

/// Callables registered with `register_at_fork`.
#[derive(Default)]
struct AtFork {
    before: Vec<PyRef>,
    after_in_parent: Vec<PyRef>,
    after_in_child: Vec<PyRef>,
}

/// Process-wide, as the callbacks belong to the interpreter, not to a thread.
static AT_FORK: GilCell<RefCell<AtFork>> = GilCell::new(|| RefCell::new(AtFork::default()));

const AT_FORK_SIG: Clinic = Clinic {
    names: &["before", "after_in_child", "after_in_parent"],
    posonly: 0,
    maxpos: 0,
    required: 0,
};

pub fn register_at_fork(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "register_at_fork", &AT_FORK_SIG, a)?;
    let given: Vec<(usize, PyRef)> = b
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.clone().filter(|v| !vm.is_none(v)).map(|v| (i, v)))
        .collect();
    if given.is_empty() {
        return Err(vm.type_error("At least one argument is required."));
    }
    for (i, v) in &given {
        if !vm.is_callable(v) {
            return Err(vm.type_error(format!(
                "'{}' must be callable, not {}",
                AT_FORK_SIG.names[*i],
                v.type_name()
            )));
        }
    }
    AT_FORK.with(|f| {
        let mut f = f.borrow_mut();
        for (i, v) in given {
            match i {
                0 => f.before.push(v),
                1 => f.after_in_child.push(v),
                _ => f.after_in_parent.push(v),
            }
        }
    });
    Ok(vm.none())
}

/// Runs fork callbacks, reporting (not raising) their exceptions as CPython does.
fn run_callbacks(vm: &Vm, pick: fn(&AtFork) -> Vec<PyRef>, reverse: bool) {
    let mut fs = AT_FORK.with(|f| pick(&f.borrow()));
    if reverse {
        fs.reverse();
    }
    for f in fs {
        if let Err(e) = vm.call(&f, Args::new(&[])) {
            crate::object::finalize::report_unraisable(vm, &f, &e);
        }
    }
}

pub fn fork(vm: &Vm, a: Args) -> PyResult {
    args::noargs(vm, "fork", a)?;
    run_callbacks(vm, |f| f.before.clone(), true);
    let r = crate::vm::gil::fork_with(|| {
        let r = raw::fork();
        let child = r == Ok(0);
        (r, child)
    });
    match r {
        Ok(0) => run_callbacks(vm, |f| f.after_in_child.clone(), false),
        _ => run_callbacks(vm, |f| f.after_in_parent.clone(), false),
    }
    let pid = r.map_err(|e| errno_error(vm, e))?;
    Ok(vm.new_int(pid as i64))
}

// ---- exec ----

/// An argument or environment string: str (filesystem-encoded), bytes or os.PathLike.
fn fs_bytes(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    let p = path::fspath(vm, o)?.ok_or_else(|| {
        vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            o.type_name()
        ))
    })?;
    match &p.payload {
        Payload::Bytes(b) => Ok(b.to_vec()),
        _ => path::encode(vm, &p),
    }
}

fn c_string(vm: &Vm, data: Vec<u8>) -> PyResult<CString> {
    CString::new(data).map_err(|_| vm.value_error("embedded null byte"))
}

/// The items of an argv tuple or list, or `None` for other objects.
fn seq_items(o: &PyRef) -> Option<Vec<PyRef>> {
    match &o.payload {
        Payload::Tuple(t) => Some(t.to_vec()),
        Payload::List(l) => Some(l.borrow().clone()),
        _ => None,
    }
}

fn argv_strings(vm: &Vm, items: &[PyRef]) -> PyResult<Vec<CString>> {
    items
        .iter()
        .map(|i| fs_bytes(vm, i).and_then(|b| c_string(vm, b)))
        .collect()
}

pub fn execv(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "execv", a, 2, 2)?;
    let path = convert(vm, PathSpec::new("execv"), Some(&p[0]))?;
    let Some(items) = seq_items(&p[1]) else {
        return Err(vm.type_error("execv() arg 2 must be a tuple or list"));
    };
    if items.is_empty() {
        return Err(vm.value_error("execv() arg 2 must not be empty"));
    }
    let argv = argv_strings(vm, &items)?;
    if argv[0].as_bytes().is_empty() {
        return Err(vm.value_error("execv() arg 2 first element cannot be empty"));
    }
    let e = raw::execve(&path.c, &argv, None);
    Err(errno_error(vm, e))
}

const EXECVE: Clinic = Clinic {
    names: &["path", "argv", "env"],
    posonly: 0,
    maxpos: 3,
    required: 3,
};

fn env_strings(vm: &Vm, env: &PyRef) -> PyResult<Vec<CString>> {
    let keys = vm
        .call_method(env, "keys", &[])
        .map_err(|_| vm.type_error("execve: environment must be a mapping object"))?;
    let mut out = Vec::new();
    for k in vm.iterate(&keys)? {
        let v = vm.get_item(env, &k)?;
        let kb = fs_bytes(vm, &k)?;
        let vb = fs_bytes(vm, &v)?;
        if kb.is_empty() || kb[1..].contains(&b'=') {
            return Err(vm.value_error("illegal environment variable name"));
        }
        let mut entry = kb;
        entry.push(b'=');
        entry.extend_from_slice(&vb);
        out.push(c_string(vm, entry)?);
    }
    Ok(out)
}

pub fn execve(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "execve", &EXECVE, a)?;
    let path = convert(vm, PathSpec::new("execve").fd(), b[0].as_ref())?;
    let Some(items) = seq_items(b[1].as_ref().unwrap()) else {
        return Err(vm.type_error("execve: argv must be a tuple or list"));
    };
    if items.is_empty() {
        return Err(vm.value_error("execve: argv must not be empty"));
    }
    let env_obj = b[2].as_ref().unwrap();
    if vm.get_attr_opt(env_obj, &vm.intern("keys"))?.is_none() {
        return Err(vm.type_error("execve: environment must be a mapping object"));
    }
    let argv = argv_strings(vm, &items)?;
    if argv[0].as_bytes().is_empty() {
        return Err(vm.value_error("execve: argv first element cannot be empty"));
    }
    let env = env_strings(vm, env_obj)?;
    let e = match path.fd {
        Some(fd) => raw::fexecve(fd, &argv, &env),
        None => raw::execve(&path.c, &argv, Some(&env)),
    };
    Err(path_error(vm, e, &path))
}

// ---- wait ----

fn pid_status(vm: &Vm, pid: i32, status: i32) -> PyRef {
    vm.new_tuple(vec![vm.new_int(pid as i64), vm.new_int(status as i64)])
}

pub fn waitpid(vm: &Vm, a: Args) -> PyResult {
    let p = args::tuple(vm, "waitpid", a, 2)?;
    let pid = args::c_int(vm, &p[0])?;
    let options = args::c_int(vm, &p[1])?;
    let (r, status) = vm
        .allow_threads(|| raw::waitpid(pid, options))
        .map_err(|e| errno_error(vm, e))?;
    Ok(pid_status(vm, r, status))
}

pub fn wait(vm: &Vm, a: Args) -> PyResult {
    args::noargs(vm, "wait", a)?;
    let (r, status) = vm
        .allow_threads(|| raw::waitpid(-1, 0))
        .map_err(|e| errno_error(vm, e))?;
    Ok(pid_status(vm, r, status))
}

const STATUS: Clinic = Clinic {
    names: &["status"],
    posonly: 0,
    maxpos: 1,
    required: 1,
};

fn status_arg(vm: &Vm, name: &str, a: Args) -> PyResult<i32> {
    let b = clinic(vm, name, &STATUS, a)?;
    args::c_int(vm, b[0].as_ref().unwrap())
}

pub fn waitstatus_to_exitcode(vm: &Vm, a: Args) -> PyResult {
    let s = status_arg(vm, "waitstatus_to_exitcode", a)?;
    if libc::WIFEXITED(s) {
        return Ok(vm.new_int(libc::WEXITSTATUS(s) as i64));
    }
    if libc::WIFSIGNALED(s) {
        return Ok(vm.new_int(-(libc::WTERMSIG(s) as i64)));
    }
    if libc::WIFSTOPPED(s) {
        return Err(vm.value_error(format!(
            "process stopped by delivery of signal {}",
            libc::WSTOPSIG(s)
        )));
    }
    Err(vm.value_error(format!("invalid wait status: {}", s)))
}

macro_rules! status_predicate {
    ($name:ident, $pyname:literal, $f:path) => {
        pub fn $name(vm: &Vm, a: Args) -> PyResult {
            let s = status_arg(vm, $pyname, a)?;
            Ok(vm.new_bool($f(s)))
        }
    };
}

macro_rules! status_value {
    ($name:ident, $pyname:literal, $f:path) => {
        pub fn $name(vm: &Vm, a: Args) -> PyResult {
            let s = status_arg(vm, $pyname, a)?;
            Ok(vm.new_int($f(s) as i64))
        }
    };
}

status_predicate!(wifexited, "WIFEXITED", libc::WIFEXITED);
status_predicate!(wifsignaled, "WIFSIGNALED", libc::WIFSIGNALED);
status_predicate!(wifstopped, "WIFSTOPPED", libc::WIFSTOPPED);
status_predicate!(wifcontinued, "WIFCONTINUED", libc::WIFCONTINUED);
status_predicate!(wcoredump, "WCOREDUMP", libc::WCOREDUMP);
status_value!(wexitstatus, "WEXITSTATUS", libc::WEXITSTATUS);
status_value!(wtermsig, "WTERMSIG", libc::WTERMSIG);
status_value!(wstopsig, "WSTOPSIG", libc::WSTOPSIG);

pub fn exit(vm: &Vm, a: Args) -> PyResult {
    let s = status_arg(vm, "_exit", a)?;
    raw::exit_now(s)
}

pub fn abort(vm: &Vm, a: Args) -> PyResult {
    args::noargs(vm, "abort", a)?;
    raw::abort()
}

pub fn system(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(
        vm,
        "system",
        &Clinic {
            names: &["command"],
            posonly: 0,
            maxpos: 1,
            required: 1,
        },
        a,
    )?;
    let cmd = b[0].as_ref().unwrap();
    let bytes = match &cmd.payload {
        Payload::Str(_) => path::encode(vm, cmd)?,
        Payload::Bytes(bs) => bs.to_vec(),
        _ => {
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                cmd.type_name()
            )))
        }
    };
    let c = c_string(vm, bytes)?;
    // /bin/sh -c COMMAND in a child, as system(3) does.
    let argv = [CString::new("sh").unwrap(), CString::new("-c").unwrap(), c];
    let pid = crate::vm::gil::fork_with(|| {
        let r = raw::fork();
        if r == Ok(0) {
            raw::execve(c"/bin/sh", &argv, None);
            raw::exit_now(127);
        }
        (r, false)
    })
    .map_err(|e| errno_error(vm, e))?;
    let (_, status) = vm
        .allow_threads(|| raw::waitpid(pid, 0))
        .map_err(|e| errno_error(vm, e))?;
    Ok(vm.new_int(status as i64))
}

// ---- signals and ids ----

pub fn kill(vm: &Vm, a: Args) -> PyResult {
    let p = args::tuple(vm, "kill", a, 2)?;
    let pid = args::c_int(vm, &p[0])?;
    let sig = args::c_int(vm, &p[1])?;
    raw::kill(pid, sig).map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

pub fn killpg(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "killpg", a, 2, 2)?;
    let pgid = args::c_int(vm, &p[0])?;
    let sig = args::c_int(vm, &p[1])?;
    raw::killpg(pgid, sig).map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

macro_rules! id_getter {
    ($name:ident, $pyname:literal, $f:path) => {
        pub fn $name(vm: &Vm, a: Args) -> PyResult {
            args::noargs(vm, $pyname, a)?;
            Ok(vm.new_int($f() as i64))
        }
    };
}

id_getter!(getpid, "getpid", raw::getpid);
id_getter!(getppid, "getppid", raw::getppid);
id_getter!(getuid, "getuid", raw::getuid);
id_getter!(geteuid, "geteuid", raw::geteuid);
id_getter!(getgid, "getgid", raw::getgid);
id_getter!(getegid, "getegid", raw::getegid);
id_getter!(getpgrp, "getpgrp", raw::getpgrp);

pub fn getpgid(vm: &Vm, a: Args) -> PyResult {
    let pid = args::one(vm, "getpgid", a)?;
    let pid = args::c_int(vm, &pid)?;
    let r = raw::getpgid(pid).map_err(|e| errno_error(vm, e))?;
    Ok(vm.new_int(r as i64))
}

pub fn getsid(vm: &Vm, a: Args) -> PyResult {
    let pid = args::one(vm, "getsid", a)?;
    let pid = args::c_int(vm, &pid)?;
    let r = raw::getsid(pid).map_err(|e| errno_error(vm, e))?;
    Ok(vm.new_int(r as i64))
}

pub fn setsid(vm: &Vm, a: Args) -> PyResult {
    args::noargs(vm, "setsid", a)?;
    raw::setsid().map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

pub fn setpgid(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "setpgid", a, 2, 2)?;
    let pid = args::c_int(vm, &p[0])?;
    let pgrp = args::c_int(vm, &p[1])?;
    raw::setpgid(pid, pgrp).map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

pub fn getgroups(vm: &Vm, a: Args) -> PyResult {
    args::noargs(vm, "getgroups", a)?;
    let g = raw::getgroups().map_err(|e| errno_error(vm, e))?;
    Ok(vm.new_list(g.into_iter().map(|g| vm.new_int(g as i64)).collect()))
}

pub fn getlogin(vm: &Vm, a: Args) -> PyResult {
    args::noargs(vm, "getlogin", a)?;
    let name = raw::getlogin().map_err(|e| errno_error(vm, e))?;
    path::decode(vm, &name)
}

pub fn umask(vm: &Vm, a: Args) -> PyResult {
    let m = args::one(vm, "umask", a)?;
    let m = args::c_int(vm, &m)?;
    Ok(vm.new_int(raw::umask(m as u32) as i64))
}

pub fn nice(vm: &Vm, a: Args) -> PyResult {
    let inc = args::one(vm, "nice", a)?;
    let inc = args::c_int(vm, &inc)?;
    let r = raw::nice(inc).map_err(|e| errno_error(vm, e))?;
    Ok(vm.new_int(r as i64))
}

pub fn times(vm: &Vm, a: Args) -> PyResult {
    args::noargs(vm, "times", a)?;
    let t = raw::times().map_err(|e| errno_error(vm, e))?;
    let tick = raw::sysconf(libc::_SC_CLK_TCK).unwrap_or(100).max(1) as f64;
    let v = t.iter().map(|&x| vm.new_float(x as f64 / tick)).collect();
    stat_result::make(vm, Kind::Times, v)
}

pub fn uname(vm: &Vm, a: Args) -> PyResult {
    args::noargs(vm, "uname", a)?;
    let u = raw::uname().map_err(|e| errno_error(vm, e))?;
    let v = u
        .iter()
        .map(|f| path::decode(vm, f))
        .collect::<PyResult<Vec<_>>>()?;
    stat_result::make(vm, Kind::Uname, v)
}
