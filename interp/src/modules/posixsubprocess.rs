//! `_posixsubprocess`: `fork_exec`, the fork-and-exec primitive under `subprocess.Popen`
//! (CPython's Modules/_posixsubprocess.c). Everything the child needs (argv, envp, the
//! executables, cwd, the descriptors to keep) is prepared in the parent, so the child
//! only makes system calls until `exec` — unless `preexec_fn` asks to run Python there.
//! A failure in the child is reported through `errpipe_write` in CPython's format
//! (`OSError:<errno hex>:noexec`, `SubprocessError:0:<message>`), which subprocess.py
//! turns into the right exception.

use std::ffi::CString;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

const NAMES: &[&str] = &[
    "args",
    "executable_list",
    "close_fds",
    "fds_to_keep",
    "cwd",
    "env",
    "p2cread",
    "p2cwrite",
    "c2pread",
    "c2pwrite",
    "errread",
    "errwrite",
    "errpipe_read",
    "errpipe_write",
    "restore_signals",
    "call_setsid",
    "pgid_to_set",
    "gid",
    "extra_groups",
    "uid",
    "child_umask",
    "preexec_fn",
    "allow_vfork",
];

/// What the child does, all prepared before the fork.
struct Plan {
    exec: Vec<CString>,
    argv: Vec<CString>,
    envp: Option<Vec<CString>>,
    cwd: Option<CString>,
    fds: [i32; 8],
    close_fds: bool,
    keep: Vec<i32>,
    restore_signals: bool,
    setsid: bool,
    pgid: i32,
    gid: Option<u32>,
    groups: Option<Vec<libc::gid_t>>,
    uid: Option<u32>,
    umask: i32,
}

/// A path-like argument as bytes (str is encoded as UTF-8 with surrogateescape, as
/// ferropy's filesystem encoding).
fn fs_bytes(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(b) => return Ok(b.to_vec()),
        Payload::Str(_) => {
            let r = vm.call_method(
                o,
                "encode",
                &[vm.new_str("utf-8"), vm.new_str("surrogateescape")],
            )?;
            return crate::objects::bytes::bytes_from_object(vm, &r);
        }
        _ => {}
    }
    if let Some(f) = vm.get_attr_opt(o.class(), &vm.intern("__fspath__"))? {
        let r = vm.call(&f, Args::new(std::slice::from_ref(o)))?;
        if matches!(r.payload, Payload::Bytes(_) | Payload::Str(_)) {
            return fs_bytes(vm, &r);
        }
    }
    Err(vm.type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        o.type_name()
    )))
}

fn c_string(vm: &Vm, b: Vec<u8>) -> PyResult<CString> {
    CString::new(b).map_err(|_| vm.value_error("embedded null byte"))
}

fn c_strings(vm: &Vm, seq: &PyRef) -> PyResult<Vec<CString>> {
    vm.iterate(seq)?
        .iter()
        .map(|o| fs_bytes(vm, o).and_then(|b| c_string(vm, b)))
        .collect()
}

fn int_arg(vm: &Vm, o: &PyRef) -> PyResult<i64> {
    crate::objects::args::to_i64(vm, o)
}

fn fd_arg(vm: &Vm, o: &PyRef) -> PyResult<i32> {
    let v = int_arg(vm, o)?;
    i32::try_from(v).map_err(|_| vm.overflow_error("signed integer is greater than maximum"))
}

fn opt_id(vm: &Vm, o: &PyRef) -> PyResult<Option<u32>> {
    if vm.is_none(o) {
        return Ok(None);
    }
    Ok(Some(int_arg(vm, o)? as u32))
}

fn plan(vm: &Vm, b: &[Option<PyRef>]) -> PyResult<Plan> {
    let arg = |i: usize| b[i].as_ref().unwrap();
    let argv = if vm.is_none(arg(0)) {
        Vec::new()
    } else {
        c_strings(vm, arg(0))?
    };
    let exec = c_strings(vm, arg(1))?;
    let close_fds = vm.is_true(arg(2))?;
    let keep_obj = arg(3);
    if !matches!(keep_obj.payload, Payload::Tuple(_)) {
        return Err(vm.type_error("fds_to_keep must be a tuple"));
    }
    let mut keep = Vec::new();
    for o in vm.iterate(keep_obj)? {
        let fd = match &o.payload {
            Payload::Int(i) if *i >= 0 && *i <= i32::MAX as i64 => *i as i32,
            _ => return Err(vm.value_error("bad value(s) in fds_to_keep")),
        };
        if keep.last().is_some_and(|&l| l >= fd) {
            return Err(vm.value_error("bad value(s) in fds_to_keep"));
        }
        keep.push(fd);
    }
    let cwd = if vm.is_none(arg(4)) {
        None
    } else {
        Some(c_string(vm, fs_bytes(vm, arg(4))?)?)
    };
    let envp = if vm.is_none(arg(5)) {
        None
    } else {
        Some(c_strings(vm, arg(5))?)
    };
    let mut fds = [0i32; 8];
    for (k, slot) in fds.iter_mut().enumerate() {
        *slot = fd_arg(vm, arg(6 + k))?;
    }
    if close_fds && fds[7] < 3 {
        return Err(vm.value_error("errpipe_write must be >= 3"));
    }
    let groups = if vm.is_none(arg(18)) {
        None
    } else {
        let mut g = Vec::new();
        for o in vm.iterate(arg(18))? {
            g.push(int_arg(vm, &o)? as libc::gid_t);
        }
        Some(g)
    };
    Ok(Plan {
        exec,
        argv,
        envp,
        cwd,
        fds,
        close_fds,
        keep,
        restore_signals: vm.is_true(arg(14))?,
        setsid: vm.is_true(arg(15))?,
        pgid: fd_arg(vm, arg(16))?,
        gid: opt_id(vm, arg(17))?,
        groups,
        uid: opt_id(vm, arg(19))?,
        umask: fd_arg(vm, arg(20))?,
    })
}

/// `fork_exec(...)`: forks; the child sets up and execs, the parent gets the pid.
fn fork_exec(vm: &Vm, a: Args) -> PyResult {
    let a = crate::modules::user_args(a);
    let b = crate::objects::args::pos(vm, "fork_exec", a, NAMES.len(), NAMES.len())?;
    let b: Vec<Option<PyRef>> = b.iter().cloned().map(Some).collect();
    let p = plan(vm, &b)?;
    let preexec = b[21].clone().filter(|f| !vm.is_none(f));
    // Pointer arrays for exec, made before the fork (the child must not allocate).
    let argv_ptrs = null_terminated(&p.argv);
    let env_ptrs = p.envp.as_ref().map(|e| null_terminated(e));
    let child = |p: &Plan| child_exec(p, &argv_ptrs, env_ptrs.as_deref(), None);
    let pid = match &preexec {
        None => crate::vm::gil::fork_with(|| {
            // SAFETY: fork(2) has no preconditions; the child only makes system calls.
            let pid = unsafe { libc::fork() };
            if pid == 0 {
                child(&p);
            }
            (pid, false)
        }),
        Some(f) => {
            let pid = crate::vm::gil::fork_with(|| {
                // SAFETY: as above.
                let pid = unsafe { libc::fork() };
                (pid, pid == 0)
            });
            if pid == 0 {
                child_exec(&p, &argv_ptrs, env_ptrs.as_deref(), Some((vm, f)));
            }
            pid
        }
    };
    if pid < 0 {
        return Err(crate::modules::errno_error(vm, None));
    }
    Ok(vm.new_int(pid as i64))
}

fn null_terminated(v: &[CString]) -> Vec<*const libc::c_char> {
    let mut p: Vec<*const libc::c_char> = v.iter().map(|s| s.as_ptr()).collect();
    p.push(std::ptr::null());
    p
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// `r` as a Result: Err(errno) when it is -1.
fn check(r: libc::c_int) -> Result<libc::c_int, i32> {
    if r == -1 {
        Err(errno())
    } else {
        Ok(r)
    }
}

fn set_inheritable(fd: i32, on: bool) -> Result<(), i32> {
    // SAFETY: fcntl on a descriptor number; failures are reported through errno.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
    let new = if on {
        flags & !libc::FD_CLOEXEC
    } else {
        flags | libc::FD_CLOEXEC
    };
    if new != flags {
        // SAFETY: as above.
        check(unsafe { libc::fcntl(fd, libc::F_SETFD, new) })?;
    }
    Ok(())
}

fn close(fd: i32) -> Result<(), i32> {
    // SAFETY: closing a descriptor number the child owns.
    check(unsafe { libc::close(fd) }).map(|_| ())
}

fn dup(fd: i32) -> Result<i32, i32> {
    // SAFETY: dup(2) on a descriptor number.
    check(unsafe { libc::dup(fd) })
}

fn dup2(fd: i32, to: i32) -> Result<(), i32> {
    // SAFETY: dup2(2) on descriptor numbers.
    check(unsafe { libc::dup2(fd, to) }).map(|_| ())
}

/// Closes every descriptor from `lo` to `hi` (inclusive).
fn close_range(lo: u32, hi: u32) {
    if lo > hi {
        return;
    }
    // SAFETY: close_range(2) takes plain integers; on kernels without it, fall back.
    let r = unsafe { libc::syscall(libc::SYS_close_range, lo, hi, 0u32) };
    if r == 0 {
        return;
    }
    // SAFETY: getrlimit writes the struct it is given.
    let max = unsafe {
        let mut rl: libc::rlimit = std::mem::zeroed();
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut rl) == 0 {
            rl.rlim_cur.min(65536) as u32
        } else {
            1024
        }
    };
    for fd in lo..=hi.min(max) {
        // SAFETY: closing descriptor numbers; EBADF for unused ones is ignored.
        unsafe { libc::close(fd as i32) };
    }
}

/// Closes descriptors 3 and up except `keep` (sorted).
fn close_open_fds(keep: &[i32]) {
    let mut lo = 3u32;
    for &k in keep {
        let k = k as u32;
        if k >= lo {
            close_range(lo, k - 1);
            lo = k + 1;
        }
    }
    close_range(lo, u32::MAX);
}

/// Writes to the error pipe, retrying on EINTR (async-signal-safe).
fn write_all(fd: i32, mut data: &[u8]) {
    while !data.is_empty() {
        // SAFETY: write(2) from a live slice.
        let r = unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) };
        if r < 0 {
            if errno() == libc::EINTR {
                continue;
            }
            return;
        }
        data = &data[r as usize..];
    }
}

/// Why the child failed before or at exec.
enum Failure {
    /// An errno, with the tag subprocess.py reads ("noexec" before exec, "" from exec).
    Os(i32, &'static str),
    Msg(&'static str),
}

/// The child: sets up descriptors, directory, signals, ids; runs `preexec_fn`; execs.
/// Never returns.
fn child_exec(
    p: &Plan,
    argv: &[*const libc::c_char],
    envp: Option<&[*const libc::c_char]>,
    preexec: Option<(&Vm, &PyRef)>,
) -> ! {
    let errpipe = p.fds[7];
    let failure = match setup(p) {
        Err(f) => f,
        Ok(()) => run_and_exec(p, argv, envp, preexec),
    };
    let mut buf = [0u8; 64];
    let mut n = 0;
    let mut push = |s: &[u8]| {
        let m = s.len().min(buf.len() - n);
        buf[n..n + m].copy_from_slice(&s[..m]);
        n += m;
    };
    match failure {
        Failure::Os(e, tag) => {
            push(b"OSError:");
            let mut hex = [0u8; 8];
            let mut i = hex.len();
            let mut v = e as u32;
            while v != 0 && i > 0 {
                i -= 1;
                hex[i] = b"0123456789ABCDEF"[(v % 16) as usize];
                v /= 16;
            }
            push(&hex[i..]);
            push(b":");
            push(tag.as_bytes());
        }
        Failure::Msg(m) => {
            push(b"SubprocessError:0:");
            push(m.as_bytes());
        }
    }
    write_all(errpipe, &buf[..n]);
    // SAFETY: _exit(2) ends the child without running the parent's exit handlers.
    unsafe { libc::_exit(255) }
}

fn setup(p: &Plan) -> Result<(), Failure> {
    let os = |e: i32| Failure::Os(e, "noexec");
    let [p2cread, p2cwrite, c2pread, mut c2pwrite, errread, mut errwrite, errpipe_read, errpipe_write] =
        p.fds;
    for &fd in &p.keep {
        if fd != errpipe_write {
            set_inheritable(fd, true).map_err(os)?;
        }
    }
    for fd in [p2cwrite, c2pread, errread] {
        if fd != -1 {
            close(fd).map_err(os)?;
        }
    }
    close(errpipe_read).map_err(os)?;
    // A target of 0/1 would be overwritten by the dup2 calls below (CPython #12607).
    if c2pwrite == 0 {
        c2pwrite = dup(c2pwrite).map_err(os)?;
        set_inheritable(c2pwrite, false).map_err(os)?;
    }
    while errwrite == 0 || errwrite == 1 {
        errwrite = dup(errwrite).map_err(os)?;
        set_inheritable(errwrite, false).map_err(os)?;
    }
    for (fd, target) in [(p2cread, 0), (c2pwrite, 1), (errwrite, 2)] {
        if fd == target {
            set_inheritable(fd, true).map_err(os)?;
        } else if fd != -1 {
            dup2(fd, target).map_err(os)?;
        }
    }
    if let Some(cwd) = &p.cwd {
        // SAFETY: chdir(2) with a NUL-terminated path made before the fork.
        check(unsafe { libc::chdir(cwd.as_ptr()) }).map_err(os)?;
    }
    if p.umask >= 0 {
        // SAFETY: umask(2) always succeeds.
        unsafe { libc::umask(p.umask as libc::mode_t) };
    }
    if p.restore_signals {
        for sig in [libc::SIGPIPE, libc::SIGXFSZ] {
            // SAFETY: resetting a signal's disposition to the default.
            unsafe { libc::signal(sig, libc::SIG_DFL) };
        }
    }
    if p.setsid {
        // SAFETY: setsid(2) has no preconditions.
        check(unsafe { libc::setsid() }).map_err(os)?;
    }
    if p.pgid >= 0 {
        // SAFETY: setpgid(2) on this process.
        check(unsafe { libc::setpgid(0, p.pgid) }).map_err(os)?;
    }
    if let Some(g) = &p.groups {
        // SAFETY: the group list outlives the call.
        check(unsafe { libc::setgroups(g.len(), g.as_ptr()) }).map_err(os)?;
    }
    if let Some(gid) = p.gid {
        // SAFETY: plain ids.
        check(unsafe { libc::setregid(gid, gid) }).map_err(os)?;
    }
    if let Some(uid) = p.uid {
        // SAFETY: plain ids.
        check(unsafe { libc::setreuid(uid, uid) }).map_err(os)?;
    }
    Ok(())
}

fn run_and_exec(
    p: &Plan,
    argv: &[*const libc::c_char],
    envp: Option<&[*const libc::c_char]>,
    preexec: Option<(&Vm, &PyRef)>,
) -> Failure {
    if let Some((vm, f)) = preexec {
        if vm.call(f, Args::new(&[])).is_err() {
            return Failure::Msg("Exception occurred in preexec_fn.");
        }
        let _ = vm.flush_stdout();
    }
    if p.close_fds {
        close_open_fds(&p.keep);
    }
    // Each executable in turn (PATH search done by subprocess.py); report the first
    // error that is not "not found".
    let mut saved = 0;
    let mut last = 0;
    for exe in &p.exec {
        // SAFETY: NUL-terminated path and NULL-terminated arrays of NUL-terminated
        // strings, all alive; exec only returns on failure.
        unsafe {
            match envp {
                Some(e) => libc::execve(exe.as_ptr(), argv.as_ptr(), e.as_ptr()),
                None => libc::execv(exe.as_ptr(), argv.as_ptr()),
            }
        };
        last = errno();
        if last != libc::ENOENT && last != libc::ENOTDIR && saved == 0 {
            saved = last;
        }
    }
    Failure::Os(if saved != 0 { saved } else { last }, "")
}

pub fn init(vm: &Vm) -> PyResult {
    Ok(crate::modules::new_native_module(
        vm,
        "_posixsubprocess",
        &[("fork_exec", fork_exec)],
    ))
}
