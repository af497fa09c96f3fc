//! File-system functions of `posix` that take paths: the stat family, directories
//! (listdir, mkdir, rmdir, getcwd, chdir), names (unlink, rename, link, symlink,
//! readlink), permissions and owners (chmod, chown, access), times (utime), truncate,
//! statvfs, mkfifo and mknod, with `dir_fd`/`follow_symlinks` through the `*at` calls.

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

use super::args::{self, clinic, Clinic};
use super::path::{self, convert, errno_error, path_error, path_error2, PathArg, PathSpec};
use super::raw;
use super::stat_result;

/// CPython's checks of incompatible path/dir_fd/follow_symlinks combinations.
fn check_dir_fd(vm: &Vm, func: &str, p: &PathArg, dir_fd: i32) -> PyResult<()> {
    if p.fd.is_some() && dir_fd != raw::CWD {
        return Err(vm.value_error(format!(
            "{}: can't specify dir_fd without matching path",
            func
        )));
    }
    Ok(())
}

fn check_fd_follow(vm: &Vm, func: &str, p: &PathArg, follow: bool) -> PyResult<()> {
    if !follow && p.fd.is_some_and(|fd| fd > 0) {
        return Err(vm.value_error(format!(
            "{}: cannot use fd and follow_symlinks together",
            func
        )));
    }
    Ok(())
}

fn check_dir_fd_follow(vm: &Vm, func: &str, dir_fd: i32, follow: bool) -> PyResult<()> {
    if dir_fd != raw::CWD && !follow {
        return Err(vm.value_error(format!(
            "{}: cannot use dir_fd and follow_symlinks together",
            func
        )));
    }
    Ok(())
}

/// stat / lstat / fstat on a converted path.
pub fn stat_path(vm: &Vm, p: &PathArg, dir_fd: i32, follow: bool) -> PyResult {
    let st = match p.fd {
        Some(fd) => raw::fstat(fd),
        None => raw::fstatat(dir_fd, &p.c, follow),
    };
    match st {
        Ok(st) => stat_result::from_stat(vm, &st),
        Err(e) => Err(path_error(vm, e, p)),
    }
}

const STAT: Clinic = Clinic {
    names: &["path", "dir_fd", "follow_symlinks"],
    posonly: 0,
    maxpos: 1,
    required: 1,
};

pub fn stat(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "stat", &STAT, a)?;
    let p = convert(vm, PathSpec::new("stat").fd(), b[0].as_ref())?;
    let dir_fd = args::dir_fd(vm, b[1].as_ref())?;
    let follow = args::flag(vm, b[2].as_ref(), true)?;
    check_dir_fd(vm, "stat", &p, dir_fd)?;
    check_fd_follow(vm, "stat", &p, follow)?;
    stat_path(vm, &p, dir_fd, follow)
}

const LSTAT: Clinic = Clinic {
    names: &["path", "dir_fd"],
    posonly: 0,
    maxpos: 1,
    required: 1,
};

pub fn lstat(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "lstat", &LSTAT, a)?;
    let p = convert(vm, PathSpec::new("lstat"), b[0].as_ref())?;
    let dir_fd = args::dir_fd(vm, b[1].as_ref())?;
    stat_path(vm, &p, dir_fd, false)
}

const FD_ONLY: Clinic = Clinic {
    names: &["fd"],
    posonly: 0,
    maxpos: 1,
    required: 1,
};

pub fn fstat(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "fstat", &FD_ONLY, a)?;
    let fd = args::fd(vm, b[0].as_ref().unwrap())?;
    match raw::fstat(fd) {
        Ok(st) => stat_result::from_stat(vm, &st),
        Err(e) => Err(errno_error(vm, e)),
    }
}

const PATH_ONLY: Clinic = Clinic {
    names: &["path"],
    posonly: 0,
    maxpos: 1,
    required: 1,
};

pub fn statvfs(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "statvfs", &PATH_ONLY, a)?;
    let p = convert(vm, PathSpec::new("statvfs").fd(), b[0].as_ref())?;
    let r = match p.fd {
        Some(fd) => raw::fstatvfs(fd),
        None => raw::statvfs(&p.c),
    };
    match r {
        Ok(st) => stat_result::from_statvfs(vm, &st),
        Err(e) => Err(path_error(vm, e, &p)),
    }
}

pub fn fstatvfs(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "fstatvfs", a, 1, 1)?;
    let fd = args::fd(vm, &p[0])?;
    match raw::fstatvfs(fd) {
        Ok(st) => stat_result::from_statvfs(vm, &st),
        Err(e) => Err(errno_error(vm, e)),
    }
}

// ---- directories ----

const LISTDIR: Clinic = Clinic {
    names: &["path"],
    posonly: 0,
    maxpos: 1,
    required: 0,
};

pub fn listdir(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "listdir", &LISTDIR, a)?;
    let p = convert(vm, PathSpec::new("listdir").fd().nullable(), b[0].as_ref())?;
    let dir = match p.fd {
        Some(fd) => {
            let dup = raw::dup_cloexec(fd).map_err(|e| errno_error(vm, e))?;
            raw::Dir::from_fd(dup)
        }
        None => raw::Dir::open(&p.c),
    };
    let mut dir = dir.map_err(|e| path_error(vm, e, &p))?;
    let mut names = Vec::new();
    while let Some(ent) = dir.next_entry() {
        let ent = ent.map_err(|e| path_error(vm, e, &p))?;
        names.push(p.result(vm, &ent.name)?);
    }
    Ok(vm.new_list(names))
}

pub fn getcwd(vm: &Vm, a: Args) -> PyResult {
    args::noargs(vm, "getcwd", a)?;
    let cwd = raw::getcwd().map_err(|e| errno_error(vm, e))?;
    path::decode(vm, &cwd)
}

pub fn getcwdb(vm: &Vm, a: Args) -> PyResult {
    args::noargs(vm, "getcwdb", a)?;
    let cwd = raw::getcwd().map_err(|e| errno_error(vm, e))?;
    Ok(vm.new_bytes(cwd))
}

pub fn chdir(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "chdir", &PATH_ONLY, a)?;
    let p = convert(vm, PathSpec::new("chdir").fd(), b[0].as_ref())?;
    let r = match p.fd {
        Some(fd) => raw::fchdir(fd),
        None => raw::chdir(&p.c),
    };
    r.map_err(|e| path_error(vm, e, &p))?;
    Ok(vm.none())
}

pub fn fchdir(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "fchdir", &FD_ONLY, a)?;
    let fd = args::fd(vm, b[0].as_ref().unwrap())?;
    raw::fchdir(fd).map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

pub fn chroot(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "chroot", &PATH_ONLY, a)?;
    let p = convert(vm, PathSpec::new("chroot"), b[0].as_ref())?;
    raw::chroot(&p.c).map_err(|e| path_error(vm, e, &p))?;
    Ok(vm.none())
}

/// `(path, mode=default, *, dir_fd=None)`: mkdir, mkfifo.
const PATH_MODE_DIRFD: Clinic = Clinic {
    names: &["path", "mode", "dir_fd"],
    posonly: 0,
    maxpos: 2,
    required: 1,
};

fn mode_arg(vm: &Vm, o: Option<&PyRef>, default: u32) -> PyResult<u32> {
    match o {
        None => Ok(default),
        Some(m) => Ok(args::c_int(vm, m)? as u32),
    }
}

pub fn mkdir(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "mkdir", &PATH_MODE_DIRFD, a)?;
    let p = convert(vm, PathSpec::new("mkdir"), b[0].as_ref())?;
    let mode = mode_arg(vm, b[1].as_ref(), 0o777)?;
    let dir_fd = args::dir_fd(vm, b[2].as_ref())?;
    raw::mkdirat(dir_fd, &p.c, mode).map_err(|e| path_error(vm, e, &p))?;
    Ok(vm.none())
}

pub fn mkfifo(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "mkfifo", &PATH_MODE_DIRFD, a)?;
    let p = convert(vm, PathSpec::new("mkfifo"), b[0].as_ref())?;
    let mode = mode_arg(vm, b[1].as_ref(), 0o666)?;
    let dir_fd = args::dir_fd(vm, b[2].as_ref())?;
    raw::mkfifoat(dir_fd, &p.c, mode).map_err(|e| path_error(vm, e, &p))?;
    Ok(vm.none())
}

const MKNOD: Clinic = Clinic {
    names: &["path", "mode", "device", "dir_fd"],
    posonly: 0,
    maxpos: 3,
    required: 1,
};

pub fn mknod(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "mknod", &MKNOD, a)?;
    let p = convert(vm, PathSpec::new("mknod"), b[0].as_ref())?;
    let mode = mode_arg(vm, b[1].as_ref(), 0o600)?;
    let dev = match &b[2] {
        Some(d) => args::c_long(vm, d)? as u64,
        None => 0,
    };
    let dir_fd = args::dir_fd(vm, b[3].as_ref())?;
    raw::mknodat(dir_fd, &p.c, mode, dev).map_err(|e| path_error(vm, e, &p))?;
    Ok(vm.none())
}

/// `(path, *, dir_fd=None)`: rmdir, unlink, remove, readlink.
const PATH_DIRFD: Clinic = Clinic {
    names: &["path", "dir_fd"],
    posonly: 0,
    maxpos: 1,
    required: 1,
};

fn remove_impl(vm: &Vm, name: &'static str, a: Args, is_dir: bool) -> PyResult {
    let b = clinic(vm, name, &PATH_DIRFD, a)?;
    let p = convert(vm, PathSpec::new(name), b[0].as_ref())?;
    let dir_fd = args::dir_fd(vm, b[1].as_ref())?;
    raw::unlinkat(dir_fd, &p.c, is_dir).map_err(|e| path_error(vm, e, &p))?;
    Ok(vm.none())
}

pub fn rmdir(vm: &Vm, a: Args) -> PyResult {
    remove_impl(vm, "rmdir", a, true)
}

pub fn unlink(vm: &Vm, a: Args) -> PyResult {
    remove_impl(vm, "unlink", a, false)
}

pub fn remove(vm: &Vm, a: Args) -> PyResult {
    remove_impl(vm, "remove", a, false)
}

pub fn readlink(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "readlink", &PATH_DIRFD, a)?;
    let p = convert(vm, PathSpec::new("readlink"), b[0].as_ref())?;
    let dir_fd = args::dir_fd(vm, b[1].as_ref())?;
    let target = raw::readlinkat(dir_fd, &p.c).map_err(|e| path_error(vm, e, &p))?;
    p.result(vm, &target)
}

// ---- names ----

const RENAME: Clinic = Clinic {
    names: &["src", "dst", "src_dir_fd", "dst_dir_fd"],
    posonly: 0,
    maxpos: 2,
    required: 2,
};

fn rename_impl(vm: &Vm, name: &'static str, a: Args) -> PyResult {
    let b = clinic(vm, name, &RENAME, a)?;
    let src = convert(vm, PathSpec::new(name).arg("src"), b[0].as_ref())?;
    let dst = convert(vm, PathSpec::new(name).arg("dst"), b[1].as_ref())?;
    let src_dir = args::dir_fd(vm, b[2].as_ref())?;
    let dst_dir = args::dir_fd(vm, b[3].as_ref())?;
    raw::renameat(src_dir, &src.c, dst_dir, &dst.c).map_err(|e| path_error2(vm, e, &src, &dst))?;
    Ok(vm.none())
}

pub fn rename(vm: &Vm, a: Args) -> PyResult {
    rename_impl(vm, "rename", a)
}

pub fn replace(vm: &Vm, a: Args) -> PyResult {
    rename_impl(vm, "replace", a)
}

const LINK: Clinic = Clinic {
    names: &["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"],
    posonly: 0,
    maxpos: 2,
    required: 2,
};

pub fn link(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "link", &LINK, a)?;
    let src = convert(vm, PathSpec::new("link").arg("src"), b[0].as_ref())?;
    let dst = convert(vm, PathSpec::new("link").arg("dst"), b[1].as_ref())?;
    let src_dir = args::dir_fd(vm, b[2].as_ref())?;
    let dst_dir = args::dir_fd(vm, b[3].as_ref())?;
    let follow = args::flag(vm, b[4].as_ref(), true)?;
    raw::linkat(src_dir, &src.c, dst_dir, &dst.c, follow)
        .map_err(|e| path_error2(vm, e, &src, &dst))?;
    Ok(vm.none())
}

const SYMLINK: Clinic = Clinic {
    names: &["src", "dst", "target_is_directory", "dir_fd"],
    posonly: 0,
    maxpos: 3,
    required: 2,
};

pub fn symlink(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "symlink", &SYMLINK, a)?;
    let src = convert(vm, PathSpec::new("symlink").arg("src"), b[0].as_ref())?;
    let dst = convert(vm, PathSpec::new("symlink").arg("dst"), b[1].as_ref())?;
    args::flag(vm, b[2].as_ref(), false)?;
    let dir_fd = args::dir_fd(vm, b[3].as_ref())?;
    raw::symlinkat(&src.c, dir_fd, &dst.c).map_err(|e| path_error2(vm, e, &src, &dst))?;
    Ok(vm.none())
}

// ---- permissions, owners, access ----

const CHMOD: Clinic = Clinic {
    names: &["path", "mode", "dir_fd", "follow_symlinks"],
    posonly: 0,
    maxpos: 2,
    required: 2,
};

pub fn chmod(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "chmod", &CHMOD, a)?;
    let p = convert(vm, PathSpec::new("chmod").fd(), b[0].as_ref())?;
    let mode = args::c_int(vm, b[1].as_ref().unwrap())? as u32;
    let dir_fd = args::dir_fd(vm, b[2].as_ref())?;
    let follow = args::flag(vm, b[3].as_ref(), true)?;
    check_dir_fd(vm, "chmod", &p, dir_fd)?;
    check_fd_follow(vm, "chmod", &p, follow)?;
    let r = match p.fd {
        Some(fd) => raw::fchmod(fd, mode),
        None => raw::fchmodat(dir_fd, &p.c, mode, follow),
    };
    match r {
        Err(e) if !follow && (e == libc::ENOTSUP || e == libc::EOPNOTSUPP) => Err(vm.new_error(
            &vm.exc.not_implemented_error,
            "chmod: follow_symlinks unavailable on this platform",
        )),
        Err(e) => Err(path_error(vm, e, &p)),
        Ok(()) => Ok(vm.none()),
    }
}

const FCHMOD: Clinic = Clinic {
    names: &["fd", "mode"],
    posonly: 0,
    maxpos: 2,
    required: 2,
};

pub fn fchmod(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "fchmod", &FCHMOD, a)?;
    let fd = args::fd(vm, b[0].as_ref().unwrap())?;
    let mode = args::c_int(vm, b[1].as_ref().unwrap())? as u32;
    raw::fchmod(fd, mode).map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

const CHOWN: Clinic = Clinic {
    names: &["path", "uid", "gid", "dir_fd", "follow_symlinks"],
    posonly: 0,
    maxpos: 3,
    required: 3,
};

pub fn chown(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "chown", &CHOWN, a)?;
    let p = convert(vm, PathSpec::new("chown").fd(), b[0].as_ref())?;
    let uid = args::id_t(vm, b[1].as_ref().unwrap(), "uid")?;
    let gid = args::id_t(vm, b[2].as_ref().unwrap(), "gid")?;
    let dir_fd = args::dir_fd(vm, b[3].as_ref())?;
    let follow = args::flag(vm, b[4].as_ref(), true)?;
    check_dir_fd(vm, "chown", &p, dir_fd)?;
    check_fd_follow(vm, "chown", &p, follow)?;
    let r = match p.fd {
        Some(fd) => raw::fchown(fd, uid, gid),
        None => raw::fchownat(dir_fd, &p.c, uid, gid, follow),
    };
    r.map_err(|e| path_error(vm, e, &p))?;
    Ok(vm.none())
}

const LCHOWN: Clinic = Clinic {
    names: &["path", "uid", "gid"],
    posonly: 0,
    maxpos: 3,
    required: 3,
};

pub fn lchown(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "lchown", &LCHOWN, a)?;
    let p = convert(vm, PathSpec::new("lchown"), b[0].as_ref())?;
    let uid = args::id_t(vm, b[1].as_ref().unwrap(), "uid")?;
    let gid = args::id_t(vm, b[2].as_ref().unwrap(), "gid")?;
    raw::fchownat(raw::CWD, &p.c, uid, gid, false).map_err(|e| path_error(vm, e, &p))?;
    Ok(vm.none())
}

const FCHOWN: Clinic = Clinic {
    names: &["fd", "uid", "gid"],
    posonly: 0,
    maxpos: 3,
    required: 3,
};

pub fn fchown(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "fchown", &FCHOWN, a)?;
    let fd = args::fd(vm, b[0].as_ref().unwrap())?;
    let uid = args::id_t(vm, b[1].as_ref().unwrap(), "uid")?;
    let gid = args::id_t(vm, b[2].as_ref().unwrap(), "gid")?;
    raw::fchown(fd, uid, gid).map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

const ACCESS: Clinic = Clinic {
    names: &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
    posonly: 0,
    maxpos: 2,
    required: 2,
};

pub fn access(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "access", &ACCESS, a)?;
    let p = convert(vm, PathSpec::new("access"), b[0].as_ref())?;
    let mode = args::c_int(vm, b[1].as_ref().unwrap())?;
    let dir_fd = args::dir_fd(vm, b[2].as_ref())?;
    let effective = args::flag(vm, b[3].as_ref(), false)?;
    let follow = args::flag(vm, b[4].as_ref(), true)?;
    check_dir_fd_follow(vm, "access", dir_fd, follow)?;
    Ok(vm.new_bool(raw::faccessat(dir_fd, &p.c, mode, effective, follow)))
}

// ---- times and sizes ----

const UTIME: Clinic = Clinic {
    names: &["path", "times", "ns", "dir_fd", "follow_symlinks"],
    posonly: 0,
    maxpos: 2,
    required: 1,
};

/// A time in seconds (int or float, rounded toward minus infinity as CPython's
/// `_PyTime_ROUND_FLOOR`) as (seconds, nanoseconds).
fn seconds_to_timespec(vm: &Vm, o: &PyRef) -> PyResult<(i64, i64)> {
    if let Payload::Float(f) = o.payload {
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let s = f.floor();
        let mut ns = ((f - s) * 1e9).floor() as i64;
        let mut s = s;
        if ns >= 1_000_000_000 {
            ns -= 1_000_000_000;
            s += 1.0;
        }
        if !(-9.2e18..9.2e18).contains(&s) {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok((s as i64, ns));
    }
    let s = args::c_long(vm, o)
        .map_err(|_| vm.overflow_error("timestamp out of range for platform time_t"));
    match &o.payload {
        Payload::Int(_) | Payload::BigInt(_) => Ok((s?, 0)),
        _ => {
            // Other objects must be ints (via __index__ would be accepted by CPython
            // only through __int__); report like CPython's time converter.
            Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                o.type_name()
            )))
        }
    }
}

fn pair(o: &PyRef) -> Option<(PyRef, PyRef)> {
    match &o.payload {
        Payload::Tuple(t) if t.len() == 2 => Some((t[0].clone(), t[1].clone())),
        _ => None,
    }
}

fn ns_to_timespec(vm: &Vm, o: &PyRef) -> PyResult<(i64, i64)> {
    let n = match &o.payload {
        Payload::Int(i) => *i as i128,
        Payload::BigInt(b) => num_traits::ToPrimitive::to_i128(&**b)
            .ok_or_else(|| vm.overflow_error("timestamp too large to convert to C _PyTime_t"))?,
        _ => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                o.type_name()
            )))
        }
    };
    let s = n.div_euclid(1_000_000_000);
    let ns = n.rem_euclid(1_000_000_000);
    let s = i64::try_from(s)
        .map_err(|_| vm.overflow_error("timestamp too large to convert to C _PyTime_t"))?;
    Ok((s, ns as i64))
}

pub fn utime(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "utime", &UTIME, a)?;
    let p = convert(vm, PathSpec::new("utime").fd(), b[0].as_ref())?;
    let times = b[1].as_ref().filter(|t| !vm.is_none(t));
    let ns = b[2].as_ref();
    if times.is_some() && ns.is_some() {
        return Err(vm.value_error("utime: you may specify either 'times' or 'ns' but not both"));
    }
    let t: raw::Times = if let Some(t) = times {
        let Some((at, mt)) = pair(t) else {
            return Err(vm.type_error("utime: 'times' must be either a tuple of two ints or None"));
        };
        Some([seconds_to_timespec(vm, &at)?, seconds_to_timespec(vm, &mt)?])
    } else if let Some(n) = ns {
        let Some((at, mt)) = pair(n) else {
            return Err(vm.type_error("utime: 'ns' must be a tuple of two ints"));
        };
        Some([ns_to_timespec(vm, &at)?, ns_to_timespec(vm, &mt)?])
    } else {
        None
    };
    let dir_fd = args::dir_fd(vm, b[3].as_ref())?;
    let follow = args::flag(vm, b[4].as_ref(), true)?;
    check_dir_fd(vm, "utime", &p, dir_fd)?;
    check_fd_follow(vm, "utime", &p, follow)?;
    let r = match p.fd {
        Some(fd) => raw::futimens(fd, t),
        None => raw::utimensat(dir_fd, &p.c, t, follow),
    };
    // CPython reports utime failures without the file name.
    r.map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

const TRUNCATE: Clinic = Clinic {
    names: &["path", "length"],
    posonly: 0,
    maxpos: 2,
    required: 2,
};

pub fn truncate(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "truncate", &TRUNCATE, a)?;
    let p = convert(vm, PathSpec::new("truncate").fd(), b[0].as_ref())?;
    let len = args::c_long(vm, b[1].as_ref().unwrap())?;
    let r = match p.fd {
        Some(fd) => raw::ftruncate(fd, len),
        None => raw::truncate(&p.c, len),
    };
    r.map_err(|e| path_error(vm, e, &p))?;
    Ok(vm.none())
}
