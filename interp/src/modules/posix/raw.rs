//! Every raw `libc` call of the `posix` module, each wrapped in a small safe function that
//! returns `Err(errno)` on failure and retries on EINTR where CPython does (PEP 475). The
//! rest of the module never writes `unsafe`.

use std::ffi::{CStr, CString};

use libc::{c_int, c_long};

/// A failed system call: the `errno` value it left.
pub type SysResult<T> = Result<T, i32>;

/// `AT_FDCWD`: the "relative to the working directory" value of the `*at` calls.
pub const CWD: c_int = libc::AT_FDCWD;

pub fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn check(r: c_int) -> SysResult<c_int> {
    if r == -1 {
        Err(errno())
    } else {
        Ok(r)
    }
}

/// Runs `f` until it does not fail with EINTR.
fn retry<T: PartialEq + From<i8>>(mut f: impl FnMut() -> T) -> SysResult<T> {
    loop {
        let r = f();
        if r != T::from(-1) {
            return Ok(r);
        }
        let e = errno();
        if e != libc::EINTR {
            return Err(e);
        }
    }
}

fn zeroed_stat() -> libc::stat {
    // SAFETY: `struct stat` is plain old data; all-zero bytes are a valid value.
    unsafe { std::mem::zeroed() }
}

// ---- stat family ----

pub fn fstatat(dir_fd: c_int, path: &CStr, follow: bool) -> SysResult<libc::stat> {
    let mut st = zeroed_stat();
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: `path` is NUL-terminated and `st` is a valid, writable `struct stat`.
    check(unsafe { libc::fstatat(dir_fd, path.as_ptr(), &mut st, flags) })?;
    Ok(st)
}

pub fn fstat(fd: c_int) -> SysResult<libc::stat> {
    let mut st = zeroed_stat();
    // SAFETY: `st` is a valid, writable `struct stat`; a bad fd only sets errno.
    retry(|| unsafe { libc::fstat(fd, &mut st) })?;
    Ok(st)
}

pub fn statvfs(path: &CStr) -> SysResult<libc::statvfs> {
    // SAFETY: `struct statvfs` is plain old data.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: `path` is NUL-terminated and `st` is writable.
    check(unsafe { libc::statvfs(path.as_ptr(), &mut st) })?;
    Ok(st)
}

pub fn fstatvfs(fd: c_int) -> SysResult<libc::statvfs> {
    // SAFETY: `struct statvfs` is plain old data.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is writable; a bad fd only sets errno.
    retry(|| unsafe { libc::fstatvfs(fd, &mut st) })?;
    Ok(st)
}

// ---- file descriptors ----

pub fn openat(dir_fd: c_int, path: &CStr, flags: c_int, mode: u32) -> SysResult<c_int> {
    // SAFETY: `path` is NUL-terminated; the mode is passed as the variadic third argument.
    retry(|| unsafe { libc::openat(dir_fd, path.as_ptr(), flags, mode as libc::c_uint) })
}

/// `read`, one attempt: EINTR is the caller's (see `signal::blocking_call`).
pub fn read_once(fd: c_int, buf: &mut [u8]) -> SysResult<usize> {
    // SAFETY: `buf` is writable for `buf.len()` bytes.
    let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if n < 0 {
        Err(errno())
    } else {
        Ok(n as usize)
    }
}

/// `write`, one attempt: EINTR is the caller's.
pub fn write_once(fd: c_int, buf: &[u8]) -> SysResult<usize> {
    // SAFETY: `buf` is readable for `buf.len()` bytes.
    let n = unsafe { libc::write(fd, buf.as_ptr().cast(), buf.len()) };
    if n < 0 {
        Err(errno())
    } else {
        Ok(n as usize)
    }
}

pub fn pread(fd: c_int, buf: &mut [u8], offset: i64) -> SysResult<usize> {
    // SAFETY: `buf` is writable for `buf.len()` bytes.
    retry(|| unsafe { libc::pread(fd, buf.as_mut_ptr().cast(), buf.len(), offset) })
        .map(|n| n as usize)
}

pub fn pwrite(fd: c_int, buf: &[u8], offset: i64) -> SysResult<usize> {
    // SAFETY: `buf` is readable for `buf.len()` bytes.
    retry(|| unsafe { libc::pwrite(fd, buf.as_ptr().cast(), buf.len(), offset) })
        .map(|n| n as usize)
}

/// `close`: not retried on EINTR (the descriptor is gone either way on Linux).
pub fn close(fd: c_int) -> SysResult<()> {
    // SAFETY: closing any integer is memory-safe; a bad fd only sets errno.
    check(unsafe { libc::close(fd) }).map(|_| ())
}

pub fn lseek(fd: c_int, offset: i64, how: c_int) -> SysResult<i64> {
    // SAFETY: no pointers involved.
    let r = unsafe { libc::lseek(fd, offset, how) };
    if r == -1 {
        Err(errno())
    } else {
        Ok(r)
    }
}

pub fn fsync(fd: c_int) -> SysResult<()> {
    // SAFETY: no pointers involved.
    retry(|| unsafe { libc::fsync(fd) }).map(|_| ())
}

pub fn fdatasync(fd: c_int) -> SysResult<()> {
    // SAFETY: no pointers involved.
    retry(|| unsafe { libc::fdatasync(fd) }).map(|_| ())
}

pub fn ftruncate(fd: c_int, len: i64) -> SysResult<()> {
    // SAFETY: no pointers involved.
    retry(|| unsafe { libc::ftruncate(fd, len) }).map(|_| ())
}

pub fn truncate(path: &CStr, len: i64) -> SysResult<()> {
    // SAFETY: `path` is NUL-terminated.
    check(unsafe { libc::truncate(path.as_ptr(), len) }).map(|_| ())
}

pub fn isatty(fd: c_int) -> bool {
    // SAFETY: no pointers involved.
    unsafe { libc::isatty(fd) == 1 }
}

pub fn ttyname(fd: c_int) -> SysResult<Vec<u8>> {
    let mut buf = vec![0u8; 256];
    // SAFETY: `buf` is writable for its length.
    let r = unsafe { libc::ttyname_r(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if r != 0 {
        return Err(r);
    }
    Ok(until_nul(buf))
}

pub fn pipe2(flags: c_int) -> SysResult<(c_int, c_int)> {
    let mut fds = [0 as c_int; 2];
    // SAFETY: `fds` has room for the two descriptors.
    check(unsafe { libc::pipe2(fds.as_mut_ptr(), flags) })?;
    Ok((fds[0], fds[1]))
}

/// `dup` whose copy is close-on-exec (as CPython's non-inheritable `os.dup`).
pub fn dup_cloexec(fd: c_int) -> SysResult<c_int> {
    // SAFETY: no pointers involved.
    check(unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) })
}

pub fn dup3(fd: c_int, fd2: c_int, flags: c_int) -> SysResult<c_int> {
    // SAFETY: no pointers involved.
    retry(|| unsafe { libc::dup3(fd, fd2, flags) })
}

pub fn dup2(fd: c_int, fd2: c_int) -> SysResult<c_int> {
    // SAFETY: no pointers involved.
    retry(|| unsafe { libc::dup2(fd, fd2) })
}

/// `fcntl(fd, cmd)` or `fcntl(fd, cmd, arg)` with an int argument.
pub fn fcntl(fd: c_int, cmd: c_int, arg: c_int) -> SysResult<c_int> {
    // SAFETY: only integer commands (F_GETFD/F_SETFD/F_GETFL/F_SETFL) are passed.
    retry(|| unsafe { libc::fcntl(fd, cmd, arg) })
}

pub fn lockf(fd: c_int, cmd: c_int, len: i64) -> SysResult<()> {
    // SAFETY: no pointers involved.
    retry(|| unsafe { libc::lockf(fd, cmd, len) }).map(|_| ())
}

/// (rows, columns) of the terminal on `fd`.
pub fn terminal_size(fd: c_int) -> SysResult<(u16, u16)> {
    // SAFETY: `struct winsize` is plain old data.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one `struct winsize`.
    check(unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) })?;
    Ok((ws.ws_row, ws.ws_col))
}

// ---- paths ----

fn until_nul(mut buf: Vec<u8>) -> Vec<u8> {
    if let Some(n) = buf.iter().position(|&b| b == 0) {
        buf.truncate(n);
    }
    buf
}

pub fn getcwd() -> SysResult<Vec<u8>> {
    let mut size = 1024;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` is writable for `size` bytes.
        let p = unsafe { libc::getcwd(buf.as_mut_ptr().cast(), size) };
        if !p.is_null() {
            return Ok(until_nul(buf));
        }
        let e = errno();
        if e != libc::ERANGE {
            return Err(e);
        }
        size *= 2;
    }
}

pub fn chdir(path: &CStr) -> SysResult<()> {
    // SAFETY: `path` is NUL-terminated.
    check(unsafe { libc::chdir(path.as_ptr()) }).map(|_| ())
}

pub fn fchdir(fd: c_int) -> SysResult<()> {
    // SAFETY: no pointers involved.
    retry(|| unsafe { libc::fchdir(fd) }).map(|_| ())
}

pub fn chroot(path: &CStr) -> SysResult<()> {
    // SAFETY: `path` is NUL-terminated.
    check(unsafe { libc::chroot(path.as_ptr()) }).map(|_| ())
}

pub fn mkdirat(dir_fd: c_int, path: &CStr, mode: u32) -> SysResult<()> {
    // SAFETY: `path` is NUL-terminated.
    check(unsafe { libc::mkdirat(dir_fd, path.as_ptr(), mode) }).map(|_| ())
}

pub fn mkfifoat(dir_fd: c_int, path: &CStr, mode: u32) -> SysResult<()> {
    // SAFETY: `path` is NUL-terminated.
    retry(|| unsafe { libc::mkfifoat(dir_fd, path.as_ptr(), mode) }).map(|_| ())
}

pub fn mknodat(dir_fd: c_int, path: &CStr, mode: u32, dev: u64) -> SysResult<()> {
    // SAFETY: `path` is NUL-terminated.
    check(unsafe { libc::mknodat(dir_fd, path.as_ptr(), mode, dev) }).map(|_| ())
}

pub fn unlinkat(dir_fd: c_int, path: &CStr, rmdir: bool) -> SysResult<()> {
    let flags = if rmdir { libc::AT_REMOVEDIR } else { 0 };
    // SAFETY: `path` is NUL-terminated.
    check(unsafe { libc::unlinkat(dir_fd, path.as_ptr(), flags) }).map(|_| ())
}

pub fn renameat(src_dir: c_int, src: &CStr, dst_dir: c_int, dst: &CStr) -> SysResult<()> {
    // SAFETY: both paths are NUL-terminated.
    check(unsafe { libc::renameat(src_dir, src.as_ptr(), dst_dir, dst.as_ptr()) }).map(|_| ())
}

pub fn linkat(
    src_dir: c_int,
    src: &CStr,
    dst_dir: c_int,
    dst: &CStr,
    follow: bool,
) -> SysResult<()> {
    let flags = if follow { libc::AT_SYMLINK_FOLLOW } else { 0 };
    // SAFETY: both paths are NUL-terminated.
    check(unsafe { libc::linkat(src_dir, src.as_ptr(), dst_dir, dst.as_ptr(), flags) }).map(|_| ())
}

pub fn symlinkat(target: &CStr, dir_fd: c_int, link: &CStr) -> SysResult<()> {
    // SAFETY: both paths are NUL-terminated.
    check(unsafe { libc::symlinkat(target.as_ptr(), dir_fd, link.as_ptr()) }).map(|_| ())
}

pub fn readlinkat(dir_fd: c_int, path: &CStr) -> SysResult<Vec<u8>> {
    let mut size = 256;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `path` is NUL-terminated and `buf` is writable for `size` bytes.
        let n = unsafe { libc::readlinkat(dir_fd, path.as_ptr(), buf.as_mut_ptr().cast(), size) };
        if n < 0 {
            return Err(errno());
        }
        if (n as usize) < size {
            buf.truncate(n as usize);
            return Ok(buf);
        }
        size *= 2;
    }
}

pub fn fchmodat(dir_fd: c_int, path: &CStr, mode: u32, follow: bool) -> SysResult<()> {
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: `path` is NUL-terminated.
    check(unsafe { libc::fchmodat(dir_fd, path.as_ptr(), mode, flags) }).map(|_| ())
}

pub fn fchmod(fd: c_int, mode: u32) -> SysResult<()> {
    // SAFETY: no pointers involved.
    retry(|| unsafe { libc::fchmod(fd, mode) }).map(|_| ())
}

pub fn fchownat(dir_fd: c_int, path: &CStr, uid: u32, gid: u32, follow: bool) -> SysResult<()> {
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: `path` is NUL-terminated.
    check(unsafe { libc::fchownat(dir_fd, path.as_ptr(), uid, gid, flags) }).map(|_| ())
}

pub fn fchown(fd: c_int, uid: u32, gid: u32) -> SysResult<()> {
    // SAFETY: no pointers involved.
    retry(|| unsafe { libc::fchown(fd, uid, gid) }).map(|_| ())
}

/// Access and modification times as (seconds, nanoseconds); `None` means "now".
pub type Times = Option<[(i64, i64); 2]>;

fn timespecs(t: Times) -> [libc::timespec; 2] {
    match t {
        Some(t) => t.map(|(s, ns)| libc::timespec {
            tv_sec: s as libc::time_t,
            tv_nsec: ns as c_long,
        }),
        None => {
            [libc::timespec {
                tv_sec: 0,
                tv_nsec: libc::UTIME_NOW,
            }; 2]
        }
    }
}

pub fn utimensat(dir_fd: c_int, path: &CStr, times: Times, follow: bool) -> SysResult<()> {
    let ts = timespecs(times);
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: `path` is NUL-terminated and `ts` holds the two timespecs utimensat reads.
    check(unsafe { libc::utimensat(dir_fd, path.as_ptr(), ts.as_ptr(), flags) }).map(|_| ())
}

pub fn futimens(fd: c_int, times: Times) -> SysResult<()> {
    let ts = timespecs(times);
    // SAFETY: `ts` holds the two timespecs futimens reads.
    check(unsafe { libc::futimens(fd, ts.as_ptr()) }).map(|_| ())
}

/// `faccessat`: `Ok(false)` when access is denied (any failure, as CPython's `access`).
pub fn faccessat(dir_fd: c_int, path: &CStr, mode: c_int, effective: bool, follow: bool) -> bool {
    let mut flags = 0;
    if effective {
        flags |= libc::AT_EACCESS;
    }
    if !follow {
        flags |= libc::AT_SYMLINK_NOFOLLOW;
    }
    // SAFETY: `path` is NUL-terminated.
    unsafe { libc::faccessat(dir_fd, path.as_ptr(), mode, flags) == 0 }
}

pub fn pathconf(path: &CStr, name: c_int) -> SysResult<c_long> {
    clear_errno();
    // SAFETY: `path` is NUL-terminated.
    let r = unsafe { libc::pathconf(path.as_ptr(), name) };
    limit_result(r)
}

pub fn fpathconf(fd: c_int, name: c_int) -> SysResult<c_long> {
    clear_errno();
    // SAFETY: no pointers involved.
    let r = unsafe { libc::fpathconf(fd, name) };
    limit_result(r)
}

fn clear_errno() {
    // SAFETY: `__errno_location` returns this thread's errno slot.
    unsafe { *libc::__errno_location() = 0 };
}

/// -1 with errno still 0 is "no limit", returned as -1 (as CPython does).
fn limit_result(r: c_long) -> SysResult<c_long> {
    if r == -1 {
        let e = errno();
        if e != 0 {
            return Err(e);
        }
    }
    Ok(r)
}

// ---- directories ----

/// An open directory stream (`opendir`/`fdopendir`), closed on drop.
pub struct Dir(*mut libc::DIR);

/// One directory entry: its name, inode number and `d_type`.
pub struct DirEnt {
    pub name: Vec<u8>,
    pub ino: u64,
    pub d_type: u8,
}

impl Dir {
    pub fn open(path: &CStr) -> SysResult<Dir> {
        // SAFETY: `path` is NUL-terminated.
        let d = unsafe { libc::opendir(path.as_ptr()) };
        if d.is_null() {
            Err(errno())
        } else {
            Ok(Dir(d))
        }
    }

    /// Reads the directory open as `fd` (which the stream takes over), from the start.
    pub fn from_fd(fd: c_int) -> SysResult<Dir> {
        // SAFETY: on success the stream owns `fd`.
        let d = unsafe { libc::fdopendir(fd) };
        if d.is_null() {
            let e = errno();
            let _ = close(fd);
            return Err(e);
        }
        // SAFETY: `d` is a valid stream.
        unsafe { libc::rewinddir(d) };
        Ok(Dir(d))
    }

    /// The next entry other than `.` and `..`; `None` at the end.
    pub fn next_entry(&mut self) -> Option<SysResult<DirEnt>> {
        loop {
            clear_errno();
            // SAFETY: `self.0` is an open stream owned by this value.
            let e = unsafe { libc::readdir(self.0) };
            if e.is_null() {
                let err = errno();
                return if err == 0 { None } else { Some(Err(err)) };
            }
            // SAFETY: readdir returned a valid entry whose `d_name` is NUL-terminated;
            // it stays valid until the next readdir on this stream.
            let (name, ino, d_type) = unsafe {
                let e = &*e;
                (
                    CStr::from_ptr(e.d_name.as_ptr()).to_bytes().to_vec(),
                    e.d_ino,
                    e.d_type,
                )
            };
            if name == b"." || name == b".." {
                continue;
            }
            return Some(Ok(DirEnt { name, ino, d_type }));
        }
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        // SAFETY: `self.0` is an open stream owned by this value, closed once here.
        unsafe { libc::closedir(self.0) };
    }
}

// ---- processes ----

pub fn getpid() -> i32 {
    // SAFETY: no arguments; cannot fail.
    unsafe { libc::getpid() }
}
pub fn getppid() -> i32 {
    // SAFETY: no arguments; cannot fail.
    unsafe { libc::getppid() }
}
pub fn getuid() -> u32 {
    // SAFETY: no arguments; cannot fail.
    unsafe { libc::getuid() }
}
pub fn geteuid() -> u32 {
    // SAFETY: no arguments; cannot fail.
    unsafe { libc::geteuid() }
}
pub fn getgid() -> u32 {
    // SAFETY: no arguments; cannot fail.
    unsafe { libc::getgid() }
}
pub fn getegid() -> u32 {
    // SAFETY: no arguments; cannot fail.
    unsafe { libc::getegid() }
}
pub fn getpgrp() -> i32 {
    // SAFETY: no arguments; cannot fail.
    unsafe { libc::getpgrp() }
}
pub fn getpgid(pid: i32) -> SysResult<i32> {
    // SAFETY: no pointers involved.
    check(unsafe { libc::getpgid(pid) })
}
pub fn getsid(pid: i32) -> SysResult<i32> {
    // SAFETY: no pointers involved.
    check(unsafe { libc::getsid(pid) })
}
pub fn setsid() -> SysResult<i32> {
    // SAFETY: no pointers involved.
    check(unsafe { libc::setsid() })
}
pub fn setpgid(pid: i32, pgrp: i32) -> SysResult<()> {
    // SAFETY: no pointers involved.
    check(unsafe { libc::setpgid(pid, pgrp) }).map(|_| ())
}

pub fn getgroups() -> SysResult<Vec<u32>> {
    // SAFETY: a zero-sized query writes nothing.
    let n = check(unsafe { libc::getgroups(0, std::ptr::null_mut()) })?;
    let mut groups = vec![0 as libc::gid_t; n as usize + 1];
    // SAFETY: `groups` has room for `groups.len()` ids.
    let n = check(unsafe { libc::getgroups(groups.len() as c_int, groups.as_mut_ptr()) })?;
    groups.truncate(n as usize);
    Ok(groups)
}

pub fn getlogin() -> SysResult<Vec<u8>> {
    clear_errno();
    // SAFETY: getlogin returns NULL or a NUL-terminated static string, copied at once
    // (the interpreter is single-threaded, so nothing overwrites it meanwhile).
    let p = unsafe { libc::getlogin() };
    if p.is_null() {
        let e = errno();
        return Err(if e == 0 { libc::ENXIO } else { e });
    }
    // SAFETY: `p` is a valid NUL-terminated string (checked non-null above).
    Ok(unsafe { CStr::from_ptr(p) }.to_bytes().to_vec())
}

pub fn kill(pid: i32, sig: c_int) -> SysResult<()> {
    // SAFETY: no pointers involved.
    check(unsafe { libc::kill(pid, sig) }).map(|_| ())
}

pub fn killpg(pgrp: i32, sig: c_int) -> SysResult<()> {
    // SAFETY: no pointers involved.
    check(unsafe { libc::killpg(pgrp, sig) }).map(|_| ())
}

pub fn umask(mask: u32) -> u32 {
    // SAFETY: no pointers involved; cannot fail.
    unsafe { libc::umask(mask) }
}

pub fn nice(inc: c_int) -> SysResult<c_int> {
    clear_errno();
    // SAFETY: no pointers involved.
    let r = unsafe { libc::nice(inc) };
    if r == -1 && errno() != 0 {
        return Err(errno());
    }
    Ok(r)
}

pub fn fork() -> SysResult<i32> {
    // SAFETY: the interpreter is single-threaded; the child continues with a copy of
    // this thread's state only.
    check(unsafe { libc::fork() })
}

/// Null-terminated array of pointers into `items` (which must outlive its use).
fn ptr_array(items: &[CString]) -> Vec<*const libc::c_char> {
    items
        .iter()
        .map(|s| s.as_ptr())
        .chain(std::iter::once(std::ptr::null()))
        .collect()
}

/// `execv`/`execve`: returns only on failure, with the errno.
pub fn execve(path: &CStr, argv: &[CString], env: Option<&[CString]>) -> i32 {
    let a = ptr_array(argv);
    match env {
        Some(env) => {
            let e = ptr_array(env);
            // SAFETY: `path` and every string are NUL-terminated; both arrays are
            // NULL-terminated and outlive the call.
            unsafe { libc::execve(path.as_ptr(), a.as_ptr(), e.as_ptr()) };
        }
        None => {
            // SAFETY: as above, with the current environment.
            unsafe { libc::execv(path.as_ptr(), a.as_ptr()) };
        }
    }
    errno()
}

/// `fexecve`: returns only on failure, with the errno.
pub fn fexecve(fd: c_int, argv: &[CString], env: &[CString]) -> i32 {
    let a = ptr_array(argv);
    let e = ptr_array(env);
    // SAFETY: every string is NUL-terminated; both arrays are NULL-terminated and
    // outlive the call.
    unsafe { libc::fexecve(fd, a.as_ptr(), e.as_ptr()) };
    errno()
}

/// `waitpid`: (pid, status).
pub fn waitpid(pid: i32, options: c_int) -> SysResult<(i32, c_int)> {
    let mut status: c_int = 0;
    // SAFETY: `status` is writable.
    let r = retry(|| unsafe { libc::waitpid(pid, &mut status, options) })?;
    Ok((r, status))
}

pub fn exit_now(code: c_int) -> ! {
    // SAFETY: ends the process without running any Rust or C cleanup, as `os._exit`.
    unsafe { libc::_exit(code) }
}

pub fn abort() -> ! {
    // SAFETY: ends the process with SIGABRT.
    unsafe { libc::abort() }
}

/// `times()`: (user, system, children's user, children's system, elapsed) in ticks.
pub fn times() -> SysResult<[i64; 5]> {
    // SAFETY: `struct tms` is plain old data.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: `t` is writable.
    let c = unsafe { libc::times(&mut t) };
    if c == -1i64 as libc::clock_t {
        return Err(errno());
    }
    Ok([
        t.tms_utime as i64,
        t.tms_stime as i64,
        t.tms_cutime as i64,
        t.tms_cstime as i64,
        c as i64,
    ])
}

/// `uname()`: sysname, nodename, release, version, machine.
pub fn uname() -> SysResult<[Vec<u8>; 5]> {
    // SAFETY: `struct utsname` is plain old data.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is writable.
    check(unsafe { libc::uname(&mut u) })?;
    let field = |f: &[libc::c_char]| {
        f.iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect::<Vec<u8>>()
    };
    Ok([
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ])
}

pub fn getloadavg() -> Option<[f64; 3]> {
    let mut l = [0f64; 3];
    // SAFETY: `l` has room for 3 values.
    let n = unsafe { libc::getloadavg(l.as_mut_ptr(), 3) };
    (n == 3).then_some(l)
}

pub fn sched_yield() {
    // SAFETY: no pointers involved.
    unsafe { libc::sched_yield() };
}

/// The number of CPUs this process may run on (`sched_getaffinity`).
pub fn affinity_count() -> SysResult<usize> {
    // SAFETY: `cpu_set_t` is plain old data.
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is writable for its size.
    check(unsafe { libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set) })?;
    // SAFETY: `set` was filled by the kernel.
    Ok(unsafe { libc::CPU_COUNT(&set) } as usize)
}

// ---- environment ----

pub fn setenv(key: &CStr, value: &CStr) -> SysResult<()> {
    // SAFETY: both strings are NUL-terminated; the interpreter is single-threaded, so no
    // other thread reads the environment meanwhile.
    check(unsafe { libc::setenv(key.as_ptr(), value.as_ptr(), 1) }).map(|_| ())
}

pub fn unsetenv(key: &CStr) -> SysResult<()> {
    // SAFETY: as `setenv`.
    check(unsafe { libc::unsetenv(key.as_ptr()) }).map(|_| ())
}

// ---- system information ----

pub fn sysconf(name: c_int) -> SysResult<c_long> {
    clear_errno();
    // SAFETY: no pointers involved.
    let r = unsafe { libc::sysconf(name) };
    limit_result(r)
}

/// `confstr`: `Ok(None)` when the variable has no value.
pub fn confstr(name: c_int) -> SysResult<Option<Vec<u8>>> {
    clear_errno();
    // SAFETY: a zero-length query writes nothing.
    let n = unsafe { libc::confstr(name, std::ptr::null_mut(), 0) };
    if n == 0 {
        let e = errno();
        return if e != 0 { Err(e) } else { Ok(None) };
    }
    let mut buf = vec![0u8; n];
    // SAFETY: `buf` is writable for `n` bytes.
    unsafe { libc::confstr(name, buf.as_mut_ptr().cast(), n) };
    Ok(Some(until_nul(buf)))
}

pub fn strerror(e: i32) -> String {
    let mut buf = [0 as libc::c_char; 256];
    // SAFETY: `buf` is writable for its length; the XSI strerror_r fills it.
    let r = unsafe { libc::strerror_r(e, buf.as_mut_ptr(), buf.len()) };
    if r != 0 {
        return format!("Unknown error {}", e);
    }
    // SAFETY: strerror_r NUL-terminated `buf`.
    unsafe { CStr::from_ptr(buf.as_ptr()) }
        .to_string_lossy()
        .into_owned()
}

/// Fills `buf` from the kernel's random source (`getrandom`, blocking until seeded).
pub fn getrandom(buf: &mut [u8], flags: u32) -> SysResult<()> {
    let mut done = 0;
    while done < buf.len() {
        let rest = &mut buf[done..];
        // SAFETY: `rest` is writable for its length.
        let n = unsafe { libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), flags) };
        if n < 0 {
            let e = errno();
            if e == libc::EINTR {
                continue;
            }
            return Err(e);
        }
        done += n as usize;
    }
    Ok(())
}

pub fn major(dev: u64) -> u32 {
    libc::major(dev)
}
pub fn minor(dev: u64) -> u32 {
    libc::minor(dev)
}
pub fn makedev(major: u32, minor: u32) -> u64 {
    libc::makedev(major, minor)
}

pub fn sync() {
    // SAFETY: no pointers involved.
    unsafe { libc::sync() };
}

// ---- credentials and priorities ----

/// The set*id family, one function per call, selected by `which`.
pub enum SetId {
    Uid(u32),
    Gid(u32),
    Euid(u32),
    Egid(u32),
    ReUid(u32, u32),
    ReGid(u32, u32),
    ResUid(u32, u32, u32),
    ResGid(u32, u32, u32),
}

pub fn set_id(which: SetId) -> SysResult<()> {
    // SAFETY: no pointers involved in any of these calls.
    let r = unsafe {
        match which {
            SetId::Uid(u) => libc::setuid(u),
            SetId::Gid(g) => libc::setgid(g),
            SetId::Euid(u) => libc::seteuid(u),
            SetId::Egid(g) => libc::setegid(g),
            SetId::ReUid(r, e) => libc::setreuid(r, e),
            SetId::ReGid(r, e) => libc::setregid(r, e),
            SetId::ResUid(r, e, s) => libc::setresuid(r, e, s),
            SetId::ResGid(r, e, s) => libc::setresgid(r, e, s),
        }
    };
    check(r).map(|_| ())
}

/// (real, effective, saved) user ids, or group ids with `groups`.
pub fn getres_ids(groups: bool) -> SysResult<[u32; 3]> {
    let (mut r, mut e, mut s) = (0, 0, 0);
    // SAFETY: the three out-parameters are writable.
    let rc = unsafe {
        if groups {
            libc::getresgid(&mut r, &mut e, &mut s)
        } else {
            libc::getresuid(&mut r, &mut e, &mut s)
        }
    };
    check(rc)?;
    Ok([r, e, s])
}

pub fn setgroups(groups: &[u32]) -> SysResult<()> {
    // SAFETY: `groups` is readable for its length.
    check(unsafe { libc::setgroups(groups.len(), groups.as_ptr()) }).map(|_| ())
}

pub fn getpriority(which: c_int, who: u32) -> SysResult<c_int> {
    clear_errno();
    // SAFETY: no pointers involved.
    let r = unsafe { libc::getpriority(which as libc::__priority_which_t, who) };
    if r == -1 && errno() != 0 {
        return Err(errno());
    }
    Ok(r)
}

pub fn setpriority(which: c_int, who: u32, prio: c_int) -> SysResult<()> {
    // SAFETY: no pointers involved.
    check(unsafe { libc::setpriority(which as libc::__priority_which_t, who, prio) }).map(|_| ())
}

// ---- more descriptor calls ----

/// `sendfile`: from `offset` (or the current position when `None`).
pub fn sendfile(
    out_fd: c_int,
    in_fd: c_int,
    offset: Option<i64>,
    count: usize,
) -> SysResult<usize> {
    let mut off = offset.unwrap_or(0);
    let p: *mut i64 = if offset.is_some() {
        &mut off
    } else {
        std::ptr::null_mut()
    };
    // SAFETY: `p` is null or points to `off`, which outlives the call.
    retry(|| unsafe { libc::sendfile(out_fd, in_fd, p, count) }).map(|n| n as usize)
}

/// posix_fallocate / posix_fadvise return the error number instead of setting errno.
pub fn fallocate(fd: c_int, offset: i64, len: i64) -> SysResult<()> {
    loop {
        // SAFETY: no pointers involved.
        let r = unsafe { libc::posix_fallocate(fd, offset, len) };
        match r {
            0 => return Ok(()),
            libc::EINTR => continue,
            e => return Err(e),
        }
    }
}

pub fn fadvise(fd: c_int, offset: i64, len: i64, advice: c_int) -> SysResult<()> {
    loop {
        // SAFETY: no pointers involved.
        let r = unsafe { libc::posix_fadvise(fd, offset, len, advice) };
        match r {
            0 => return Ok(()),
            libc::EINTR => continue,
            e => return Err(e),
        }
    }
}

pub fn tcgetpgrp(fd: c_int) -> SysResult<i32> {
    // SAFETY: no pointers involved.
    check(unsafe { libc::tcgetpgrp(fd) })
}

pub fn tcsetpgrp(fd: c_int, pgrp: i32) -> SysResult<()> {
    // SAFETY: no pointers involved.
    check(unsafe { libc::tcsetpgrp(fd, pgrp) }).map(|_| ())
}

pub fn ctermid() -> Vec<u8> {
    let mut buf = [0 as libc::c_char; 64];
    // SAFETY: `buf` has room for L_ctermid (9 on glibc) bytes, as ctermid requires.
    unsafe { libc::ctermid(buf.as_mut_ptr()) };
    buf.iter()
        .take_while(|&&c| c != 0)
        .map(|&c| c as u8)
        .collect()
}

/// A zeroed buffer of `n` bytes, or `None` when the allocator refuses (a large read
/// request must raise MemoryError, not abort). Zeroed pages come lazily from the
/// system, so a large buffer costs only what is read into it.
pub fn zeroed_buffer(n: usize) -> Option<Vec<u8>> {
    if n == 0 {
        return Some(Vec::new());
    }
    let layout = std::alloc::Layout::array::<u8>(n).ok()?;
    // SAFETY: `layout` has a non-zero size.
    let p = unsafe { std::alloc::alloc_zeroed(layout) };
    if p.is_null() {
        return None;
    }
    // SAFETY: `p` comes from the global allocator with the layout of a `Vec<u8>` of
    // capacity `n` (align 1), and all `n` bytes are initialized (zeroed).
    Some(unsafe { Vec::from_raw_parts(p, n, n) })
}

/// Closes descriptors `lo..hi` (errors ignored, as CPython's `_Py_closerange`): one
/// `close_range` call, or one `close` per descriptor below the descriptor limit where
/// the kernel lacks it.
pub fn close_fds(lo: c_int, hi: c_int) {
    if lo >= hi {
        return;
    }
    // SAFETY: no pointers involved; closing descriptors is memory-safe.
    if unsafe { libc::close_range(lo as libc::c_uint, (hi - 1) as libc::c_uint, 0) } == 0 {
        return;
    }
    let limit = sysconf(libc::_SC_OPEN_MAX)
        .unwrap_or(1024)
        .clamp(0, c_int::MAX as c_long) as c_int;
    for fd in lo..hi.min(limit.max(lo)) {
        let _ = close(fd);
    }
}
