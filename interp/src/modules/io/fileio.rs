//! `FileIO`: raw, unbuffered I/O on an OS file descriptor (through `libc`): modes
//! r/w/a/x with `+`, `closefd`, `opener`, `name`/`mode`, `read`/`readall`/`readinto`/
//! `write`, `seek`/`tell`/`truncate`. The descriptor is opened with `O_CLOEXEC` and
//! closed when the object is closed or dropped (the last reference going away).
//!
//! The system calls are the small `sys_*` functions at the end, the only unsafe code.

use std::cell::{Cell, RefCell};
use std::ffi::CString;

use crate::modules::signal::blocking_call;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use super::{new_instance, new_io_type, os_error, parse, parse_pos, size_arg, unsupported};

pub(crate) struct FileIO {
    pub fd: Cell<i32>,
    pub blksize: Cell<i64>,
    readable: Cell<bool>,
    writable: Cell<bool>,
    appending: Cell<bool>,
    created: Cell<bool>,
    closefd: Cell<bool>,
    /// -1 unknown, 0 no, 1 yes.
    seekable: Cell<i8>,
    name: RefCell<Option<PyRef>>,
}

impl Drop for FileIO {
    fn drop(&mut self) {
        let fd = self.fd.get();
        if fd >= 0 && self.closefd.get() {
            let _ = sys_close(fd);
        }
    }
}

pub(crate) fn make_type(vm: &Vm, base: &PyRef) -> PyRef {
    new_io_type(
        vm,
        "FileIO",
        Some(base),
        &[
            ("__new__", fio_new),
            ("__init__", fio_init),
            ("__repr__", fio_repr),
            ("read", read),
            ("readall", readall),
            ("readinto", readinto),
            ("write", write),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("close", close),
            ("_dealloc_warn", dealloc_warn),
            ("seekable", seekable),
            ("readable", readable),
            ("writable", writable),
            ("fileno", fileno),
            ("isatty", isatty),
            ("__getstate__", getstate),
        ],
        &[
            ("closed", closed_get, None),
            ("closefd", closefd_get, None),
            ("mode", mode_get, None),
            ("name", name_get, Some(name_set)),
            ("_blksize", blksize_get, None),
        ],
    )
}

fn fio_new(vm: &Vm, a: Args) -> PyResult {
    new_instance(
        vm,
        &a,
        FileIO {
            fd: Cell::new(-1),
            blksize: Cell::new(0),
            readable: Cell::new(false),
            writable: Cell::new(false),
            appending: Cell::new(false),
            created: Cell::new(false),
            closefd: Cell::new(true),
            seekable: Cell::new(-1),
            name: RefCell::new(None),
        },
    )
}

fn st<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a FileIO> {
    super::state::<FileIO>(vm, o, "FileIO")
}

/// The state of an open FileIO.
fn open_st<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a FileIO> {
    let f = st(vm, o)?;
    if f.fd.get() < 0 {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(f)
}

/// The path bytes of a str, bytes or os.PathLike argument.
fn path_bytes(vm: &Vm, file: &PyRef) -> PyResult<Vec<u8>> {
    let p = match &file.payload {
        Payload::Str(_) | Payload::Bytes(_) => file.clone(),
        _ => {
            let f = crate::object::typeobj::type_lookup(file.class(), &vm.intern("__fspath__"));
            match f {
                Some(_) => call_fspath(vm, file)?,
                None => {
                    return Err(vm.type_error(format!(
                        "expected str, bytes or os.PathLike object, not {}",
                        file.type_name()
                    )))
                }
            }
        }
    };
    let bytes = match &p.payload {
        Payload::Str(s) => match s.as_str() {
            Some(t) => t.as_bytes().to_vec(),
            None => {
                return Err(crate::objects::str::surrogate_error(vm, s, Some(&p)));
            }
        },
        Payload::Bytes(b) => b.to_vec(),
        _ => unreachable!("fspath result checked"),
    };
    if bytes.contains(&0) {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok(bytes)
}

pub(crate) fn call_fspath(vm: &Vm, file: &PyRef) -> PyResult {
    let r = vm.call_method(file, "__fspath__", &[])?;
    match &r.payload {
        Payload::Str(_) | Payload::Bytes(_) => Ok(r),
        _ => Err(vm.type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            file.type_name(),
            r.type_name()
        ))),
    }
}

/// The open flags of a FileIO mode string, or ValueError.
fn parse_mode(vm: &Vm, f: &FileIO, mode: &str) -> PyResult<i32> {
    let bad = || {
        vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        )
    };
    let (mut rwa, mut plus) = (false, false);
    let mut flags = 0;
    for c in mode.chars() {
        match c {
            'x' | 'r' | 'w' | 'a' => {
                if rwa {
                    return Err(bad());
                }
                rwa = true;
                match c {
                    'x' => {
                        f.created.set(true);
                        f.writable.set(true);
                        flags |= libc::O_EXCL | libc::O_CREAT;
                    }
                    'r' => f.readable.set(true),
                    'w' => {
                        f.writable.set(true);
                        flags |= libc::O_CREAT | libc::O_TRUNC;
                    }
                    _ => {
                        f.writable.set(true);
                        f.appending.set(true);
                        flags |= libc::O_APPEND | libc::O_CREAT;
                    }
                }
            }
            '+' => {
                if plus {
                    return Err(bad());
                }
                f.readable.set(true);
                f.writable.set(true);
                plus = true;
            }
            'b' => {}
            _ => return Err(vm.value_error(format!("invalid mode: {}", mode))),
        }
    }
    if !rwa {
        return Err(bad());
    }
    flags |= if f.readable.get() && f.writable.get() {
        libc::O_RDWR
    } else if f.readable.get() {
        libc::O_RDONLY
    } else {
        libc::O_WRONLY
    };
    Ok(flags | libc::O_CLOEXEC)
}

/// `FileIO(file, mode='r', closefd=True, opener=None)`.
fn fio_init(vm: &Vm, a: Args) -> PyResult {
    let (o, b) = parse(vm, &a, "FileIO", &["file", "mode", "closefd", "opener"], 1)?;
    let f = st(vm, o)?;
    if f.fd.get() >= 0 {
        if f.closefd.get() {
            let _ = sys_close(f.fd.get());
        }
        f.fd.set(-1);
    }
    let file = b[0].clone().unwrap();
    let mode = match &b[1] {
        Some(m) => match vm.str_of(m) {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "FileIO() argument 'mode' must be str, not {}",
                    m.type_name()
                )))
            }
        },
        None => "r".to_string(),
    };
    let closefd = match &b[2] {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let opener = b[3].clone().filter(|v| !vm.is_none(v));
    if matches!(file.payload, Payload::Float(_)) {
        return Err(vm.type_error("integer argument expected, got float"));
    }
    let given_fd = match &file.payload {
        Payload::Int(_) | Payload::BigInt(_) => Some(args::to_i64(vm, &file)?),
        _ => None,
    };
    let flags = parse_mode(vm, f, &mode)?;
    let fd = match given_fd {
        Some(fd) => {
            if fd < 0 {
                return Err(vm.value_error("negative file descriptor"));
            }
            fd as i32
        }
        None => {
            if !closefd {
                return Err(vm.value_error("Cannot use closefd=False with file name"));
            }
            let path = path_bytes(vm, &file)?;
            match opener {
                Some(op) => {
                    let r = vm.call(&op, Args::new(&[file.clone(), vm.new_int(flags as i64)]))?;
                    let fd = match &r.payload {
                        Payload::Int(_) | Payload::BigInt(_) => args::to_i64(vm, &r)?,
                        _ => return Err(vm.type_error("expected integer from opener")),
                    };
                    if fd < 0 {
                        return Err(vm.value_error(format!("opener returned {}", fd)));
                    }
                    fd as i32
                }
                None => {
                    let c = CString::new(path).map_err(|_| vm.value_error("embedded null byte"))?;
                    blocking_call(vm, || sys_open(&c, flags))?
                        .map_err(|e| os_error(vm, e, Some(&file)))?
                }
            }
        }
    };
    f.fd.set(fd);
    f.closefd.set(closefd);
    let fname = if given_fd.is_some() {
        None
    } else {
        Some(&file)
    };
    match sys_fstat(fd) {
        Ok((is_dir, blksize)) => {
            if is_dir {
                let e = os_error(vm, libc::EISDIR, fname);
                if closefd {
                    let _ = sys_close(fd);
                }
                f.fd.set(-1);
                return Err(e);
            }
            f.blksize.set(blksize);
        }
        Err(e) => {
            if e == libc::EBADF {
                f.fd.set(-1);
                return Err(os_error(vm, e, None));
            }
        }
    }
    *f.name.borrow_mut() = Some(file.clone());
    if f.appending.get() {
        let _ = sys_lseek(fd, 0, libc::SEEK_END);
    }
    Ok(vm.none())
}

fn mode_string(f: &FileIO) -> &'static str {
    let plus = f.readable.get() && f.writable.get();
    if f.created.get() {
        if plus {
            "xb+"
        } else {
            "xb"
        }
    } else if f.appending.get() {
        if plus {
            "ab+"
        } else {
            "ab"
        }
    } else if f.readable.get() {
        if plus {
            "rb+"
        } else {
            "rb"
        }
    } else {
        "wb"
    }
}

fn fio_repr(vm: &Vm, a: Args) -> PyResult {
    let o = args::this(vm, &a)?;
    let f = st(vm, o)?;
    let tname = super::repr_type_name(o);
    if f.fd.get() < 0 {
        return Ok(vm.new_string(format!("<{} [closed]>", tname)));
    }
    let closefd = if f.closefd.get() { "True" } else { "False" };
    let name = match vm.get_attr_opt(o, &vm.intern("name")) {
        Ok(Some(n)) => Some(vm.repr_str(&n)?),
        Ok(None) => None,
        Err(e) => {
            if !vm.exc_matches(&e, &vm.exc.attribute_error) {
                return Err(e);
            }
            None
        }
    };
    Ok(vm.new_string(match name {
        Some(n) => format!(
            "<{} name={} mode='{}' closefd={}>",
            tname,
            n,
            mode_string(f),
            closefd
        ),
        None => format!(
            "<{} fd={} mode='{}' closefd={}>",
            tname,
            f.fd.get(),
            mode_string(f),
            closefd
        ),
    }))
}

fn check_readable(vm: &Vm, f: &FileIO) -> PyResult<()> {
    if !f.readable.get() {
        return Err(unsupported(vm, "File not open for reading"));
    }
    Ok(())
}

fn check_writable(vm: &Vm, f: &FileIO) -> PyResult<()> {
    if !f.writable.get() {
        return Err(unsupported(vm, "File not open for writing"));
    }
    Ok(())
}

/// Reads up to `n` bytes (`None`: would block).
pub(crate) fn read_n(vm: &Vm, f: &FileIO, n: usize) -> PyResult<Option<Vec<u8>>> {
    let mut buf = Vec::new();
    buf.try_reserve_exact(n).map_err(|_| vm.memory_error())?;
    let fd = f.fd.get();
    match blocking_call(vm, || sys_read_spare(fd, &mut buf))? {
        Ok(_) => Ok(Some(buf)),
        Err(e) if e == libc::EAGAIN => Ok(None),
        Err(e) => Err(os_error(vm, e, None)),
    }
}

/// Reads to EOF (`None`: would block before any data). The result is allocated once
/// at the remaining file size when that is known (no growth, no zero-filling).
pub(crate) fn read_all(vm: &Vm, f: &FileIO) -> PyResult<Option<Vec<u8>>> {
    let fd = f.fd.get();
    let mut expected = 0;
    if let (Ok(pos), Ok(end)) = (sys_lseek(fd, 0, libc::SEEK_CUR), sys_fsize(fd)) {
        if end > pos {
            expected = (end - pos) as usize;
        }
    }
    let mut out: Vec<u8> = Vec::with_capacity(expected);
    loop {
        let got = if out.len() == out.capacity() {
            // Full (or size unknown): probe for more before growing.
            let mut probe = [0u8; 8192];
            match blocking_call(vm, || sys_read(fd, &mut probe))? {
                Ok(k) => {
                    out.reserve(k.max(out.len()));
                    out.extend_from_slice(&probe[..k]);
                    Ok(k)
                }
                Err(e) => Err(e),
            }
        } else {
            blocking_call(vm, || sys_read_spare(fd, &mut out))?
        };
        match got {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) if e == libc::EAGAIN => {
                if out.is_empty() {
                    return Ok(None);
                }
                break;
            }
            Err(e) => return Err(os_error(vm, e, None)),
        }
    }
    Ok(Some(out))
}

/// Writes some of `data`; returns how much (`None`: would block).
pub(crate) fn write_some(vm: &Vm, f: &FileIO, data: &[u8]) -> PyResult<Option<usize>> {
    let fd = f.fd.get();
    match blocking_call(vm, || sys_write(fd, data))? {
        Ok(n) => Ok(Some(n)),
        Err(e) if e == libc::EAGAIN => Ok(None),
        Err(e) => Err(os_error(vm, e, None)),
    }
}

pub(crate) fn seek_to(vm: &Vm, f: &FileIO, pos: i64, whence: i32) -> PyResult<i64> {
    sys_lseek(f.fd.get(), pos, whence).map_err(|e| os_error(vm, e, None))
}

fn opt_bytes(vm: &Vm, r: Option<Vec<u8>>) -> PyRef {
    match r {
        Some(b) => vm.new_bytes(b),
        None => vm.none(),
    }
}

fn read(vm: &Vm, a: Args) -> PyResult {
    let (o, b) = parse_pos(vm, &a, "read", 1)?;
    let f = open_st(vm, o)?;
    check_readable(vm, f)?;
    let n = size_arg(vm, b[0].as_ref())?;
    if n < 0 {
        return Ok(opt_bytes(vm, read_all(vm, f)?));
    }
    Ok(opt_bytes(vm, read_n(vm, f, n as usize)?))
}

fn readall(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "readall", a, 0, 0)?;
    let f = open_st(vm, &a[0])?;
    Ok(opt_bytes(vm, read_all(vm, f)?))
}

fn readinto(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "readinto", a, 1, 1)?;
    let f = open_st(vm, &a[0])?;
    check_readable(vm, f)?;
    let n = super::buffer_len(vm, &a[1])?;
    match read_n(vm, f, n)? {
        Some(data) => Ok(vm.new_usize(super::write_into(vm, &a[1], &data)?)),
        None => Ok(vm.none()),
    }
}

fn write(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "write", a, 1, 1)?;
    let f = open_st(vm, &a[0])?;
    check_writable(vm, f)?;
    let data = super::bytes_arg(vm, &a[1])?;
    match write_some(vm, f, &data)? {
        Some(n) => Ok(vm.new_usize(n)),
        None => Ok(vm.none()),
    }
}

fn seek(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "seek", a, 1, 2)?;
    let f = open_st(vm, &a[0])?;
    if matches!(a[1].payload, Payload::Float(_)) {
        return Err(vm.type_error("an integer is required"));
    }
    let pos = args::to_i64(vm, &a[1])?;
    let whence = match a.get(2) {
        Some(w) => super::int_arg(vm, w)?,
        None => 0,
    };
    let r = sys_lseek(f.fd.get(), pos, whence as i32).map_err(|e| os_error(vm, e, None))?;
    Ok(vm.new_int(r))
}

fn tell(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "tell", a, 0, 0)?;
    let f = open_st(vm, &a[0])?;
    Ok(vm.new_int(seek_to(vm, f, 0, libc::SEEK_CUR)?))
}

fn truncate(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "truncate", a, 0, 1)?;
    let f = open_st(vm, &a[0])?;
    check_writable(vm, f)?;
    let size = match a.get(1) {
        Some(s) if !vm.is_none(s) => super::int_arg(vm, s)?,
        _ => seek_to(vm, f, 0, libc::SEEK_CUR)?,
    };
    let fd = f.fd.get();
    blocking_call(vm, || sys_ftruncate(fd, size))?.map_err(|e| os_error(vm, e, None))?;
    Ok(vm.new_int(size))
}

/// Closes the descriptor (when `closefd`); the object reads as closed afterwards.
pub(crate) fn close_fd(vm: &Vm, f: &FileIO) -> PyResult<()> {
    let fd = f.fd.replace(-1);
    if fd >= 0 && f.closefd.get() {
        sys_close(fd).map_err(|e| os_error(vm, e, None))?;
    }
    Ok(())
}

/// `close()`: `IOBase.close` (which flushes), then the descriptor is closed even if
/// that failed; at finalization, an unclosed file is warned about first.
fn close(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "close", a, 0, 0)?;
    let o = &a[0];
    let flushed = super::iobase::close_base(vm, o);
    let f = st(vm, o)?;
    if !f.closefd.get() {
        f.fd.set(-1);
        return flushed.map(|_| vm.none());
    }
    if super::finalizing(vm, o) {
        warn_unclosed(vm, f, o);
    }
    let closed = close_fd(vm, f);
    super::chain(flushed, closed).map(|_| vm.none())
}

/// The ResourceWarning for an open descriptor this object would close, naming `source`
/// (CPython's `fileio_dealloc_warn`). A failure to warn is dropped.
fn warn_unclosed(vm: &Vm, f: &FileIO, source: &PyRef) {
    if f.fd.get() < 0 || !f.closefd.get() {
        return;
    }
    let Ok(r) = vm.repr_str(source) else {
        return;
    };
    let Ok(warnings) = vm.import_full("warnings") else {
        return;
    };
    if let Ok(warn) = vm.get_attr_str(&warnings, "warn") {
        let args = [
            vm.new_string(format!("unclosed file {}", r)),
            vm.exc.resource_warning.clone(),
            vm.new_int(1),
            source.clone(),
        ];
        let _ = vm.call(&warn, Args::new(&args));
    }
}

fn dealloc_warn(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "_dealloc_warn", a, 1, 1)?;
    warn_unclosed(vm, st(vm, &a[0])?, &a[1]);
    Ok(vm.none())
}

pub(crate) fn is_seekable(f: &FileIO) -> bool {
    if f.seekable.get() < 0 {
        let ok = sys_lseek(f.fd.get(), 0, libc::SEEK_CUR).is_ok();
        f.seekable.set(ok as i8);
    }
    f.seekable.get() == 1
}

fn seekable(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "seekable", a, 0, 0)?;
    Ok(vm.new_bool(is_seekable(open_st(vm, &a[0])?)))
}

fn readable(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "readable", a, 0, 0)?;
    Ok(vm.new_bool(open_st(vm, &a[0])?.readable.get()))
}

fn writable(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "writable", a, 0, 0)?;
    Ok(vm.new_bool(open_st(vm, &a[0])?.writable.get()))
}

fn fileno(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "fileno", a, 0, 0)?;
    Ok(vm.new_int(open_st(vm, &a[0])?.fd.get() as i64))
}

fn isatty(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "isatty", a, 0, 0)?;
    Ok(vm.new_bool(sys_isatty(open_st(vm, &a[0])?.fd.get())))
}

fn getstate(vm: &Vm, a: Args) -> PyResult {
    let o = args::this(vm, &a)?;
    Err(vm.type_error(format!("cannot pickle '{}' object", o.type_name())))
}

fn closed_get(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_bool(st(vm, o)?.fd.get() < 0))
}

fn closefd_get(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_bool(st(vm, o)?.closefd.get()))
}

fn mode_get(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_str(mode_string(st(vm, o)?)))
}

fn blksize_get(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_int(st(vm, o)?.blksize.get()))
}

fn name_get(vm: &Vm, o: &PyRef) -> PyResult {
    st(vm, o)?
        .name
        .borrow()
        .clone()
        .ok_or_else(|| vm.attribute_error("'FileIO' object has no attribute 'name'"))
}

fn name_set(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    *st(vm, o)?.name.borrow_mut() = v;
    Ok(())
}

// ---- system calls -------------------------------------------------------------------

fn errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

/// `open(2)`, one attempt (EINTR is left to the caller: see `signal::blocking_call`).
fn sys_open(path: &CString, flags: i32) -> Result<i32, i32> {
    // SAFETY: `path` is a valid NUL-terminated string that outlives the call.
    let fd = unsafe { libc::open(path.as_ptr(), flags, 0o666 as libc::c_uint) };
    if fd >= 0 {
        return Ok(fd);
    }
    Err(errno())
}

/// `read(2)`, one attempt.
fn sys_read(fd: i32, buf: &mut [u8]) -> Result<usize, i32> {
    // SAFETY: `buf` is a valid writable region of `buf.len()` bytes.
    let n = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
    if n >= 0 {
        return Ok(n as usize);
    }
    Err(errno())
}

/// Reads into the spare capacity of `v`, extending its length by what was read (one
/// attempt).
fn sys_read_spare(fd: i32, v: &mut Vec<u8>) -> Result<usize, i32> {
    let spare = v.spare_capacity_mut();
    // SAFETY: `spare` is writable memory of `spare.len()` bytes owned by `v`; read
    // writes at most that many bytes into it.
    let n = unsafe { libc::read(fd, spare.as_mut_ptr() as *mut libc::c_void, spare.len()) };
    if n >= 0 {
        // SAFETY: the first `n` bytes of the spare capacity were just initialised by
        // read, and `n <= spare.len()`.
        unsafe { v.set_len(v.len() + n as usize) };
        return Ok(n as usize);
    }
    Err(errno())
}

/// `write(2)`, one attempt.
pub(crate) fn sys_write(fd: i32, data: &[u8]) -> Result<usize, i32> {
    // SAFETY: `data` is a valid readable region of `data.len()` bytes.
    let n = unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) };
    if n >= 0 {
        return Ok(n as usize);
    }
    Err(errno())
}

fn sys_close(fd: i32) -> Result<(), i32> {
    // SAFETY: closing a descriptor this object owns; no memory is involved.
    let r = unsafe { libc::close(fd) };
    if r < 0 {
        return Err(errno());
    }
    Ok(())
}

fn sys_lseek(fd: i32, pos: i64, whence: i32) -> Result<i64, i32> {
    // SAFETY: lseek takes plain integers.
    let r = unsafe { libc::lseek(fd, pos as libc::off_t, whence) };
    if r < 0 {
        return Err(errno());
    }
    Ok(r as i64)
}

fn sys_ftruncate(fd: i32, size: i64) -> Result<(), i32> {
    // SAFETY: ftruncate takes plain integers.
    let r = unsafe { libc::ftruncate(fd, size as libc::off_t) };
    if r == 0 {
        return Ok(());
    }
    Err(errno())
}

/// (is a directory, st_blksize) of an open descriptor.
fn sys_fstat(fd: i32) -> Result<(bool, i64), i32> {
    // SAFETY: `st` is a properly sized, zero-initialised stat buffer fstat writes into.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is valid for writes for the duration of the call.
    let r = unsafe { libc::fstat(fd, &mut st) };
    if r < 0 {
        return Err(errno());
    }
    let is_dir = (st.st_mode & libc::S_IFMT) == libc::S_IFDIR;
    Ok((is_dir, st.st_blksize as i64))
}

fn sys_fsize(fd: i32) -> Result<i64, i32> {
    // SAFETY: as in `sys_fstat`.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is valid for writes for the duration of the call.
    let r = unsafe { libc::fstat(fd, &mut st) };
    if r < 0 {
        return Err(errno());
    }
    if (st.st_mode & libc::S_IFMT) != libc::S_IFREG {
        return Err(libc::ESPIPE);
    }
    Ok(st.st_size as i64)
}

fn sys_isatty(fd: i32) -> bool {
    // SAFETY: isatty takes a plain integer.
    unsafe { libc::isatty(fd) == 1 }
}
