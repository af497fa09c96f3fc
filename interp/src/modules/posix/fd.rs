//! File-descriptor functions of `posix`: open, read/write (and pread/pwrite), close,
//! closerange, lseek, fsync, ftruncate, lockf, isatty/ttyname, pipe/pipe2, dup/dup2,
//! inheritable and blocking flags, device_encoding and get_terminal_size. Descriptors
//! the module creates are non-inheritable (close-on-exec), as in CPython (PEP 446);
//! calls that may block run without the GIL.

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

use super::args::{self, clinic, Clinic};
use super::path::{convert, errno_error, path_error, PathSpec};
use super::raw;
use super::stat_result;

const OPEN: Clinic = Clinic {
    names: &["path", "flags", "mode", "dir_fd"],
    posonly: 0,
    maxpos: 3,
    required: 2,
};

pub fn open(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "open", &OPEN, a)?;
    let p = convert(vm, PathSpec::new("open"), b[0].as_ref())?;
    let flags = args::c_int(vm, b[1].as_ref().unwrap())?;
    let mode = match &b[2] {
        Some(m) => args::c_int(vm, m)? as u32,
        None => 0o777,
    };
    let dir_fd = args::dir_fd(vm, b[3].as_ref())?;
    let c = &p.c;
    let fd = vm
        .allow_threads(|| raw::openat(dir_fd, c, flags | libc::O_CLOEXEC, mode))
        .map_err(|e| path_error(vm, e, &p))?;
    Ok(vm.new_int(fd as i64))
}

/// A descriptor argument that may also be an object with `fileno()` (fsync, fdatasync).
fn fildes(vm: &Vm, o: &PyRef) -> PyResult<i32> {
    if !matches!(o.payload, Payload::Int(_) | Payload::BigInt(_)) {
        if let Some(_m) = vm.get_attr_opt(o, &vm.intern("fileno"))? {
            let r = vm.call_method(o, "fileno", &[])?;
            return fildes_value(vm, &r);
        }
        return Err(vm.type_error("argument must be an int, or have a fileno() method."));
    }
    fildes_value(vm, o)
}

fn fildes_value(vm: &Vm, o: &PyRef) -> PyResult<i32> {
    if !matches!(o.payload, Payload::Int(_) | Payload::BigInt(_)) {
        return Err(vm.type_error(format!(
            "fileno() returned a non-integer ({})",
            o.type_name()
        )));
    }
    let fd = args::c_int(vm, o)?;
    if fd < 0 {
        return Err(vm.value_error(format!(
            "file descriptor cannot be a negative integer ({})",
            fd
        )));
    }
    Ok(fd)
}

pub fn read(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "read", a, 2, 2)?;
    let fd = args::fd(vm, &p[0])?;
    let n = args::ssize(vm, &p[1])?;
    if n < 0 {
        return Err(errno_error(vm, libc::EINVAL));
    }
    let mut buf = args::buffer(vm, n as usize)?;
    let got = crate::modules::signal::blocking_call(vm, || raw::read_once(fd, &mut buf))?
        .map_err(|e| errno_error(vm, e))?;
    buf.truncate(got);
    Ok(vm.new_bytes(buf))
}

pub fn write(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "write", a, 2, 2)?;
    let fd = args::fd(vm, &p[0])?;
    let data = crate::objects::bytes::bytes_from_object(vm, &p[1])?;
    let n = crate::modules::signal::blocking_call(vm, || raw::write_once(fd, &data))?
        .map_err(|e| errno_error(vm, e))?;
    Ok(vm.new_usize(n))
}

pub fn pread(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "pread", a, 3, 3)?;
    let fd = args::fd(vm, &p[0])?;
    let n = args::ssize(vm, &p[1])?;
    let offset = args::c_long(vm, &p[2])?;
    if n < 0 {
        return Err(errno_error(vm, libc::EINVAL));
    }
    let mut buf = args::buffer(vm, n as usize)?;
    let got = vm
        .allow_threads(|| raw::pread(fd, &mut buf, offset))
        .map_err(|e| errno_error(vm, e))?;
    buf.truncate(got);
    Ok(vm.new_bytes(buf))
}

pub fn pwrite(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "pwrite", a, 3, 3)?;
    let fd = args::fd(vm, &p[0])?;
    let data = crate::objects::bytes::bytes_from_object(vm, &p[1])?;
    let offset = args::c_long(vm, &p[2])?;
    let n = vm
        .allow_threads(|| raw::pwrite(fd, &data, offset))
        .map_err(|e| errno_error(vm, e))?;
    Ok(vm.new_usize(n))
}

const FD_ONLY: Clinic = Clinic {
    names: &["fd"],
    posonly: 0,
    maxpos: 1,
    required: 1,
};

pub fn close(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "close", &FD_ONLY, a)?;
    let fd = args::fd(vm, b[0].as_ref().unwrap())?;
    raw::close(fd).map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

pub fn closerange(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "closerange", a, 2, 2)?;
    let lo = args::fd(vm, &p[0])?.max(0);
    let hi = args::fd(vm, &p[1])?;
    raw::close_fds(lo, hi);
    Ok(vm.none())
}

pub fn lseek(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "lseek", a, 3, 3)?;
    let fd = args::fd(vm, &p[0])?;
    let pos = args::c_long(vm, &p[1])?;
    let how = args::c_int(vm, &p[2])?;
    let r = raw::lseek(fd, pos, how).map_err(|e| errno_error(vm, e))?;
    Ok(vm.new_int(r))
}

pub fn fsync(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "fsync", &FD_ONLY, a)?;
    let fd = fildes(vm, b[0].as_ref().unwrap())?;
    vm.allow_threads(|| raw::fsync(fd))
        .map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

pub fn fdatasync(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "fdatasync", &FD_ONLY, a)?;
    let fd = fildes(vm, b[0].as_ref().unwrap())?;
    vm.allow_threads(|| raw::fdatasync(fd))
        .map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

pub fn ftruncate(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "ftruncate", a, 2, 2)?;
    let fd = args::fd(vm, &p[0])?;
    let len = args::c_long(vm, &p[1])?;
    raw::ftruncate(fd, len).map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

pub fn lockf(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "lockf", a, 3, 3)?;
    let fd = args::fd(vm, &p[0])?;
    let cmd = args::c_int(vm, &p[1])?;
    let len = args::c_long(vm, &p[2])?;
    vm.allow_threads(|| raw::lockf(fd, cmd, len))
        .map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

pub fn isatty(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "isatty", a, 1, 1)?;
    let fd = args::fd(vm, &p[0])?;
    Ok(vm.new_bool(raw::isatty(fd)))
}

pub fn ttyname(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "ttyname", a, 1, 1)?;
    let fd = args::fd(vm, &p[0])?;
    let name = raw::ttyname(fd).map_err(|e| errno_error(vm, e))?;
    super::path::decode(vm, &name)
}

fn fd_pair(vm: &Vm, (r, w): (i32, i32)) -> PyRef {
    vm.new_tuple(vec![vm.new_int(r as i64), vm.new_int(w as i64)])
}

pub fn pipe(vm: &Vm, a: Args) -> PyResult {
    args::noargs(vm, "pipe", a)?;
    let fds = raw::pipe2(libc::O_CLOEXEC).map_err(|e| errno_error(vm, e))?;
    Ok(fd_pair(vm, fds))
}

pub fn pipe2(vm: &Vm, a: Args) -> PyResult {
    let flags = args::one(vm, "pipe2", a)?;
    let flags = args::c_int(vm, &flags)?;
    let fds = raw::pipe2(flags).map_err(|e| errno_error(vm, e))?;
    Ok(fd_pair(vm, fds))
}

pub fn dup(vm: &Vm, a: Args) -> PyResult {
    let fd = args::one(vm, "dup", a)?;
    let fd = args::fd(vm, &fd)?;
    let r = raw::dup_cloexec(fd).map_err(|e| errno_error(vm, e))?;
    Ok(vm.new_int(r as i64))
}

const DUP2: Clinic = Clinic {
    names: &["fd", "fd2", "inheritable"],
    posonly: 0,
    maxpos: 3,
    required: 2,
};

pub fn dup2(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "dup2", &DUP2, a)?;
    let fd = args::fd(vm, b[0].as_ref().unwrap())?;
    let fd2 = args::fd(vm, b[1].as_ref().unwrap())?;
    let inheritable = args::flag(vm, b[2].as_ref(), true)?;
    let r = if inheritable {
        raw::dup2(fd, fd2)
    } else if fd == fd2 {
        // dup3 refuses equal descriptors; CPython checks the descriptor instead.
        raw::fcntl(fd, libc::F_GETFD, 0).map(|_| fd)
    } else {
        raw::dup3(fd, fd2, libc::O_CLOEXEC)
    };
    let r = r.map_err(|e| errno_error(vm, e))?;
    Ok(vm.new_int(r as i64))
}

fn fd_flag(vm: &Vm, fd: i32, get: i32, bit: i32) -> PyResult<bool> {
    let flags = raw::fcntl(fd, get, 0).map_err(|e| errno_error(vm, e))?;
    Ok(flags & bit != 0)
}

fn set_fd_flag(vm: &Vm, fd: i32, get: i32, set: i32, bit: i32, on: bool) -> PyResult {
    let flags = raw::fcntl(fd, get, 0).map_err(|e| errno_error(vm, e))?;
    let new = if on { flags | bit } else { flags & !bit };
    if new != flags {
        raw::fcntl(fd, set, new).map_err(|e| errno_error(vm, e))?;
    }
    Ok(vm.none())
}

pub fn get_inheritable(vm: &Vm, a: Args) -> PyResult {
    let fd = args::one(vm, "get_inheritable", a)?;
    let fd = args::fd(vm, &fd)?;
    let cloexec = fd_flag(vm, fd, libc::F_GETFD, libc::FD_CLOEXEC)?;
    Ok(vm.new_bool(!cloexec))
}

pub fn set_inheritable(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "set_inheritable", a, 2, 2)?;
    let fd = args::fd(vm, &p[0])?;
    let inheritable = args::c_int(vm, &p[1])? != 0;
    set_fd_flag(
        vm,
        fd,
        libc::F_GETFD,
        libc::F_SETFD,
        libc::FD_CLOEXEC,
        !inheritable,
    )
}

pub fn get_blocking(vm: &Vm, a: Args) -> PyResult {
    let fd = args::one(vm, "get_blocking", a)?;
    let fd = args::fd(vm, &fd)?;
    let nonblock = fd_flag(vm, fd, libc::F_GETFL, libc::O_NONBLOCK)?;
    Ok(vm.new_bool(!nonblock))
}

pub fn set_blocking(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "set_blocking", a, 2, 2)?;
    let fd = args::fd(vm, &p[0])?;
    let blocking = args::c_int(vm, &p[1])? != 0;
    set_fd_flag(
        vm,
        fd,
        libc::F_GETFL,
        libc::F_SETFL,
        libc::O_NONBLOCK,
        !blocking,
    )
}

pub fn device_encoding(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "device_encoding", &FD_ONLY, a)?;
    let fd = args::fd(vm, b[0].as_ref().unwrap())?;
    // The locale's encoding for terminals; ferropy always runs in UTF-8 mode.
    Ok(if raw::isatty(fd) {
        vm.new_str("UTF-8")
    } else {
        vm.none()
    })
}

pub fn get_terminal_size(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "get_terminal_size", a, 0, 1)?;
    let fd = match p.first() {
        Some(f) => args::fd(vm, f)?,
        None => 1,
    };
    let (rows, cols) = raw::terminal_size(fd).map_err(|e| errno_error(vm, e))?;
    stat_result::make(
        vm,
        stat_result::Kind::TerminalSize,
        vec![vm.new_int(cols as i64), vm.new_int(rows as i64)],
    )
}

const SENDFILE: Clinic = Clinic {
    names: &["out_fd", "in_fd", "offset", "count"],
    posonly: 0,
    maxpos: 4,
    required: 4,
};

pub fn sendfile(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "sendfile", &SENDFILE, a)?;
    let out_fd = args::fd(vm, b[0].as_ref().unwrap())?;
    let in_fd = args::fd(vm, b[1].as_ref().unwrap())?;
    let offset = match b[2].as_ref().unwrap() {
        o if vm.is_none(o) => None,
        o => Some(args::c_long(vm, o)?),
    };
    let count = args::ssize(vm, b[3].as_ref().unwrap())?;
    if count < 0 {
        return Err(vm.value_error("count cannot be negative"));
    }
    let n = vm
        .allow_threads(|| raw::sendfile(out_fd, in_fd, offset, count as usize))
        .map_err(|e| errno_error(vm, e))?;
    Ok(vm.new_usize(n))
}

pub fn posix_fallocate(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "posix_fallocate", a, 3, 3)?;
    let fd = args::fd(vm, &p[0])?;
    let offset = args::c_long(vm, &p[1])?;
    let len = args::c_long(vm, &p[2])?;
    raw::fallocate(fd, offset, len).map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

pub fn posix_fadvise(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "posix_fadvise", a, 4, 4)?;
    let fd = args::fd(vm, &p[0])?;
    let offset = args::c_long(vm, &p[1])?;
    let len = args::c_long(vm, &p[2])?;
    let advice = args::c_int(vm, &p[3])?;
    raw::fadvise(fd, offset, len, advice).map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

pub fn ctermid(vm: &Vm, a: Args) -> PyResult {
    args::noargs(vm, "ctermid", a)?;
    super::path::decode(vm, &raw::ctermid())
}

pub fn tcgetpgrp(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "tcgetpgrp", a, 1, 1)?;
    let fd = args::fd(vm, &p[0])?;
    let r = raw::tcgetpgrp(fd).map_err(|e| errno_error(vm, e))?;
    Ok(vm.new_int(r as i64))
}

pub fn tcsetpgrp(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "tcsetpgrp", a, 2, 2)?;
    let fd = args::fd(vm, &p[0])?;
    let pgrp = args::c_int(vm, &p[1])?;
    raw::tcsetpgrp(fd, pgrp).map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}
