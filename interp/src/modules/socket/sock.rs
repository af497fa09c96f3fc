//! The `_socket.socket` type (subclassable: socket.py derives its `socket` from it): the
//! descriptor with its family/type/proto and timeout, and every method socket.py
//! builds on. Timeouts follow CPython: a socket with a timeout has a non-blocking
//! descriptor and waits with poll(2) up to a deadline ("timed out" TimeoutError);
//! blocking calls run without the GIL; EINTR runs the signal handlers and retries.

use std::cell::Cell;
use std::time::Instant;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use super::addr::{self, SockAddr};
use crate::modules::select::{deadline_after, errno, wait_fds};

/// A socket object's state. `timeout` < 0 means blocking (no timeout).
pub struct Sock {
    pub fd: Cell<i32>,
    pub family: Cell<i32>,
    pub kind: Cell<i32>,
    pub proto: Cell<i32>,
    pub timeout: Cell<f64>,
}

impl Drop for Sock {
    fn drop(&mut self) {
        let fd = self.fd.replace(-1);
        if fd >= 0 {
            // SAFETY: the socket object owns its descriptor.
            unsafe { libc::close(fd) };
        }
    }
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", init),
    ("__repr__", repr),
    ("_accept", accept),
    ("bind", bind),
    ("listen", listen),
    ("connect", connect),
    ("connect_ex", connect_ex),
    ("send", send),
    ("sendall", sendall),
    ("sendto", sendto),
    ("recv", recv),
    ("recv_into", recv_into),
    ("recvfrom", recvfrom),
    ("recvfrom_into", recvfrom_into),
    ("shutdown", shutdown),
    ("close", close),
    ("detach", detach),
    ("fileno", fileno),
    ("getsockname", getsockname),
    ("getpeername", getpeername),
    ("setsockopt", setsockopt),
    ("getsockopt", getsockopt),
    ("setblocking", setblocking),
    ("getblocking", getblocking),
    ("settimeout", settimeout),
    ("gettimeout", gettimeout),
];

/// sendmsg/recvmsg: socket.py imports `array` as soon as they exist (for send_fds and
/// recv_fds), so they are offered only when an `array` module is available.
pub const MSG_METHODS: &[(&str, NativeFn)] = &[
    ("sendmsg", super::msg::sendmsg),
    ("recvmsg", super::msg::recvmsg),
];

pub fn new(vm: &Vm, a: Args) -> PyResult {
    let cls = args::this(vm, &a)?;
    Ok(wrap(vm, cls, -1, libc::AF_INET, libc::SOCK_STREAM, 0))
}

pub fn wrap(vm: &Vm, cls: &PyRef, fd: i32, family: i32, kind: i32, proto: i32) -> PyRef {
    vm.new_object_of(
        cls,
        Payload::Native(Box::new(Sock {
            fd: Cell::new(fd),
            family: Cell::new(family),
            kind: Cell::new(kind),
            proto: Cell::new(proto),
            timeout: Cell::new(-1.0),
        })),
    )
}

pub fn sock_of<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a Sock> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<Sock>(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_socket.socket' object but received a '{}'",
            o.type_name()
        ))
    })
}

fn os_err(vm: &Vm, e: i32) -> PyErr {
    crate::modules::errno_error(vm, Some(e))
}

fn timed_out(vm: &Vm) -> PyErr {
    vm.new_error(&vm.exc.timeout_error, "timed out")
}

/// Sets O_NONBLOCK on or off.
pub fn set_nonblocking(fd: i32, on: bool) -> Result<(), i32> {
    // SAFETY: fcntl on a descriptor number.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 {
        return Err(errno());
    }
    let new = if on {
        flags | libc::O_NONBLOCK
    } else {
        flags & !libc::O_NONBLOCK
    };
    // SAFETY: as above.
    if new != flags && unsafe { libc::fcntl(fd, libc::F_SETFL, new) } < 0 {
        return Err(errno());
    }
    Ok(())
}

/// Applies a timeout (seconds, < 0 = blocking) to the socket and its descriptor.
pub fn apply_timeout(s: &Sock, t: f64) -> Result<(), i32> {
    s.timeout.set(t);
    let fd = s.fd.get();
    if fd >= 0 {
        set_nonblocking(fd, t >= 0.0)?;
    }
    Ok(())
}

/// `r` of a system call as Ok(value) or Err(errno).
fn sys(r: isize) -> Result<usize, i32> {
    if r < 0 {
        Err(errno())
    } else {
        Ok(r as usize)
    }
}

/// Runs `f` (one system call) CPython's way (`sock_call_ex`): with a timeout, waits
/// until the descriptor is ready (`write`: for writing) up to `deadline`; without the
/// GIL; retrying after EINTR (handlers run first) and, with a timeout, EWOULDBLOCK.
pub fn sock_call<T: Send>(
    vm: &Vm,
    s: &Sock,
    write: bool,
    deadline: Option<Instant>,
    mut f: impl FnMut(i32) -> Result<T, i32> + Send,
) -> PyResult<T> {
    let fd = s.fd.get();
    let timeout = s.timeout.get();
    loop {
        if timeout > 0.0 {
            let events = if write { libc::POLLOUT } else { libc::POLLIN };
            let mut p = [libc::pollfd {
                fd,
                events,
                revents: 0,
            }];
            if wait_fds(vm, &mut p, deadline)? == 0 {
                return Err(timed_out(vm));
            }
        }
        let r = vm.allow_threads(|| f(fd));
        match r {
            Ok(v) => return Ok(v),
            Err(libc::EINTR) => crate::modules::signal::run_pending(vm)?,
            Err(e) if timeout > 0.0 && (e == libc::EWOULDBLOCK || e == libc::EAGAIN) => {}
            Err(e) => return Err(os_err(vm, e)),
        }
    }
}

/// The deadline of one operation under the socket's timeout.
pub fn socket_deadline(s: &Sock) -> Option<Instant> {
    deadline(s)
}

fn deadline(s: &Sock) -> Option<Instant> {
    let t = s.timeout.get();
    deadline_after((t > 0.0).then_some(t))
}

fn int_arg(vm: &Vm, o: &PyRef) -> PyResult<i32> {
    let v = args::to_i64(vm, o)?;
    i32::try_from(v).map_err(|_| {
        vm.overflow_error(if v < 0 {
            "signed integer is less than minimum"
        } else {
            "signed integer is greater than maximum"
        })
    })
}

/// `socket.__init__(family=-1, type=-1, proto=-1, fileno=None)`.
fn init(vm: &Vm, a: Args) -> PyResult {
    let me = args::this(vm, &a)?.clone();
    let s = sock_of(vm, &me)?;
    let u = crate::modules::user_args(a);
    let b = args::bind(
        vm,
        "socket",
        u,
        &["family", "type", "proto", "fileno"],
        0,
        0,
    )?;
    let get = |i: usize| -> PyResult<i32> {
        match &b[i] {
            Some(v) => int_arg(vm, v),
            None => Ok(-1),
        }
    };
    let (mut family, mut kind, mut proto) = (get(0)?, get(1)?, get(2)?);
    let fileno = b[3].clone().filter(|f| !vm.is_none(f));
    let fd = match fileno {
        Some(f) => {
            if matches!(f.payload, Payload::Float(_)) {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
            }
            let fd = args::to_i64(vm, &f)?;
            if fd < 0 {
                return Err(vm.value_error("negative file descriptor"));
            }
            let fd = fd as i32;
            let opt = |name: i32| -> PyResult<i32> {
                let mut v: libc::c_int = 0;
                let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
                // SAFETY: getsockopt writes one int.
                let r = unsafe {
                    libc::getsockopt(
                        fd,
                        libc::SOL_SOCKET,
                        name,
                        &mut v as *mut _ as *mut libc::c_void,
                        &mut len,
                    )
                };
                if r < 0 {
                    return Err(os_err(vm, errno()));
                }
                Ok(v)
            };
            if family == -1 {
                family = opt(libc::SO_DOMAIN)?;
            }
            if kind == -1 {
                kind = opt(libc::SO_TYPE)?;
            }
            if proto == -1 {
                proto = opt(libc::SO_PROTOCOL)?;
            }
            fd
        }
        None => {
            if family == -1 {
                family = libc::AF_INET;
            }
            if kind == -1 {
                kind = libc::SOCK_STREAM;
            }
            if proto == -1 {
                proto = 0;
            }
            // SAFETY: socket(2) with integer arguments.
            let fd = unsafe { libc::socket(family, kind | libc::SOCK_CLOEXEC, proto) };
            if fd < 0 {
                return Err(os_err(vm, errno()));
            }
            fd
        }
    };
    let old = s.fd.replace(fd);
    if old >= 0 && old != fd {
        // SAFETY: re-initialized socket: the object owned the old descriptor.
        unsafe { libc::close(old) };
    }
    s.family.set(family);
    s.kind
        .set(kind & !(libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC));
    s.proto.set(proto);
    let t = if kind & libc::SOCK_NONBLOCK != 0 {
        0.0
    } else {
        super::default_timeout()
    };
    if t >= 0.0 {
        apply_timeout(s, t).map_err(|e| os_err(vm, e))?;
    } else {
        s.timeout.set(t);
    }
    Ok(vm.none())
}

fn this<'a>(
    vm: &Vm,
    a: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(&'a [PyRef], &'a Sock)> {
    let p = args::method(vm, name, *a, min, max)?;
    let s = sock_of(vm, &p[0])?;
    Ok((p, s))
}

fn repr(vm: &Vm, a: Args) -> PyResult {
    let (_, s) = this(vm, &a, "__repr__", 0, 0)?;
    Ok(vm.new_string(format!(
        "<socket object, fd={}, family={}, type={}, proto={}>",
        s.fd.get(),
        s.family.get(),
        s.kind.get(),
        s.proto.get()
    )))
}

fn accept(vm: &Vm, a: Args) -> PyResult {
    let (_, s) = this(vm, &a, "_accept", 0, 0)?;
    let (fd, sa) = sock_call(vm, s, false, deadline(s), |fd| {
        let mut sa = SockAddr::empty();
        // SAFETY: accept4 writes at most `len` bytes into the storage.
        let r = unsafe { libc::accept4(fd, sa.as_mut_ptr(), &mut sa.len, libc::SOCK_CLOEXEC) };
        sys(r as isize).map(|fd| (fd as i32, sa))
    })?;
    let addr = match addr::make(vm, &sa) {
        Ok(a) => a,
        Err(e) => {
            // SAFETY: the new descriptor is ours.
            unsafe { libc::close(fd) };
            return Err(e);
        }
    };
    Ok(vm.new_tuple(vec![vm.new_int(fd as i64), addr]))
}

fn bind(vm: &Vm, a: Args) -> PyResult {
    let (p, s) = this(vm, &a, "bind", 1, 1)?;
    let sa = addr::parse(vm, s.family.get(), &p[1], "bind")?;
    // SAFETY: a valid address of `len` bytes.
    if unsafe { libc::bind(s.fd.get(), sa.as_ptr(), sa.len) } < 0 {
        return Err(os_err(vm, errno()));
    }
    Ok(vm.none())
}

fn listen(vm: &Vm, a: Args) -> PyResult {
    let (p, s) = this(vm, &a, "listen", 0, 1)?;
    let backlog = match p.get(1) {
        Some(b) => int_arg(vm, b)?.max(0),
        None => libc::SOMAXCONN.min(128),
    };
    // SAFETY: listen(2) on a descriptor number.
    if unsafe { libc::listen(s.fd.get(), backlog) } < 0 {
        return Err(os_err(vm, errno()));
    }
    Ok(vm.none())
}

/// Connects; returns the errno (0 on success) when `raise` is false.
fn do_connect(vm: &Vm, s: &Sock, sa: &SockAddr, raise: bool) -> PyResult<i32> {
    let fd = s.fd.get();
    let storage = sa.storage;
    let len = sa.len;
    let r = vm.allow_threads(move || {
        // SAFETY: a valid address of `len` bytes.
        let r = unsafe { libc::connect(fd, &storage as *const _ as *const libc::sockaddr, len) };
        if r < 0 {
            errno()
        } else {
            0
        }
    });
    let timeout = s.timeout.get();
    let err = match r {
        0 => 0,
        libc::EINTR | libc::EINPROGRESS if r == libc::EINTR || timeout != 0.0 => {
            if r == libc::EINTR {
                crate::modules::signal::run_pending(vm)?;
            }
            // Wait for the connection to complete, then read its outcome.
            let mut p = [libc::pollfd {
                fd,
                events: libc::POLLOUT,
                revents: 0,
            }];
            if wait_fds(vm, &mut p, deadline(s))? == 0 {
                if raise {
                    return Err(timed_out(vm));
                }
                return Ok(libc::EWOULDBLOCK);
            }
            let mut v: libc::c_int = 0;
            let mut l = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
            // SAFETY: getsockopt writes one int.
            let rr = unsafe {
                libc::getsockopt(
                    fd,
                    libc::SOL_SOCKET,
                    libc::SO_ERROR,
                    &mut v as *mut _ as *mut libc::c_void,
                    &mut l,
                )
            };
            if rr < 0 {
                errno()
            } else {
                v
            }
        }
        e => e,
    };
    if err != 0 && raise {
        return Err(os_err(vm, err));
    }
    Ok(err)
}

fn connect(vm: &Vm, a: Args) -> PyResult {
    let (p, s) = this(vm, &a, "connect", 1, 1)?;
    let sa = addr::parse(vm, s.family.get(), &p[1], "connect")?;
    do_connect(vm, s, &sa, true)?;
    Ok(vm.none())
}

fn connect_ex(vm: &Vm, a: Args) -> PyResult {
    let (p, s) = this(vm, &a, "connect_ex", 1, 1)?;
    let sa = addr::parse(vm, s.family.get(), &p[1], "connect_ex")?;
    let e = do_connect(vm, s, &sa, false)?;
    Ok(vm.new_int(e as i64))
}

fn flags_arg(vm: &Vm, o: Option<&PyRef>) -> PyResult<i32> {
    match o {
        Some(f) => int_arg(vm, f),
        None => Ok(0),
    }
}

fn data_arg(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    if matches!(o.payload, Payload::Str(_)) {
        return Err(vm.type_error("a bytes-like object is required, not 'str'"));
    }
    crate::objects::bytes::bytes_from_object(vm, o)
}

fn send_once(vm: &Vm, s: &Sock, data: &[u8], flags: i32, dl: Option<Instant>) -> PyResult<usize> {
    sock_call(vm, s, true, dl, |fd| {
        // SAFETY: sending from a live slice.
        sys(unsafe {
            libc::send(
                fd,
                data.as_ptr() as *const libc::c_void,
                data.len(),
                flags | libc::MSG_NOSIGNAL,
            )
        })
    })
}

fn send(vm: &Vm, a: Args) -> PyResult {
    let (p, s) = this(vm, &a, "send", 1, 2)?;
    let data = data_arg(vm, &p[1])?;
    let flags = flags_arg(vm, p.get(2))?;
    let n = send_once(vm, s, &data, flags, deadline(s))?;
    Ok(vm.new_usize(n))
}

fn sendall(vm: &Vm, a: Args) -> PyResult {
    let (p, s) = this(vm, &a, "sendall", 1, 2)?;
    let data = data_arg(vm, &p[1])?;
    let flags = flags_arg(vm, p.get(2))?;
    let dl = deadline(s);
    let mut off = 0;
    while off < data.len() {
        off += send_once(vm, s, &data[off..], flags, dl)?;
        if crate::modules::signal::pending() {
            crate::modules::signal::run_pending(vm)?;
        }
    }
    Ok(vm.none())
}

fn sendto(vm: &Vm, a: Args) -> PyResult {
    let (p, s) = this(vm, &a, "sendto", 2, 3)?;
    let data = data_arg(vm, &p[1])?;
    let (flags, target) = if p.len() == 4 {
        (flags_arg(vm, Some(&p[2]))?, &p[3])
    } else {
        (0, &p[2])
    };
    let sa = addr::parse(vm, s.family.get(), target, "sendto")?;
    let n = sock_call(vm, s, true, deadline(s), |fd| {
        // SAFETY: sending from a live slice to a valid address.
        sys(unsafe {
            libc::sendto(
                fd,
                data.as_ptr() as *const libc::c_void,
                data.len(),
                flags | libc::MSG_NOSIGNAL,
                sa.as_ptr(),
                sa.len,
            )
        })
    })?;
    Ok(vm.new_usize(n))
}

fn size_arg(vm: &Vm, o: &PyRef, what: &str) -> PyResult<usize> {
    let n = args::to_i64(vm, o)?;
    if n < 0 {
        return Err(vm.value_error(format!("negative buffersize in {}", what)));
    }
    Ok(n as usize)
}

/// One recvfrom(2) into a fresh buffer of `n` bytes: (data, address).
fn recv_some(
    vm: &Vm,
    s: &Sock,
    n: usize,
    flags: i32,
    want_addr: bool,
) -> PyResult<(Vec<u8>, SockAddr)> {
    let mut buf = vec![0u8; n];
    let (got, sa) = sock_call(vm, s, false, deadline(s), |fd| {
        let mut sa = SockAddr::empty();
        let (ap, lp) = if want_addr {
            (sa.as_mut_ptr(), &mut sa.len as *mut libc::socklen_t)
        } else {
            (std::ptr::null_mut(), std::ptr::null_mut())
        };
        // SAFETY: receiving into a live buffer of its length; the address storage is
        // live when given.
        let r = unsafe {
            libc::recvfrom(
                fd,
                buf.as_mut_ptr() as *mut libc::c_void,
                buf.len(),
                flags,
                ap,
                lp,
            )
        };
        if !want_addr {
            sa.len = 0;
        }
        sys(r).map(|n| (n, sa))
    })?;
    buf.truncate(got);
    Ok((buf, sa))
}

fn recv(vm: &Vm, a: Args) -> PyResult {
    let (p, s) = this(vm, &a, "recv", 1, 2)?;
    let n = size_arg(vm, &p[1], "recv")?;
    let flags = flags_arg(vm, p.get(2))?;
    let (data, _) = recv_some(vm, s, n, flags, false)?;
    Ok(vm.new_bytes(data))
}

fn recvfrom(vm: &Vm, a: Args) -> PyResult {
    let (p, s) = this(vm, &a, "recvfrom", 1, 2)?;
    let n = size_arg(vm, &p[1], "recvfrom")?;
    let flags = flags_arg(vm, p.get(2))?;
    let (data, sa) = recv_some(vm, s, n, flags, true)?;
    Ok(vm.new_tuple(vec![vm.new_bytes(data), addr::make(vm, &sa)?]))
}

/// recv_into/recvfrom_into: (bytes written, address).
fn recv_into_common(vm: &Vm, a: Args, name: &str, want_addr: bool) -> PyResult<(usize, SockAddr)> {
    let me = args::this(vm, &a)?.clone();
    let s = sock_of(vm, &me)?;
    let u = crate::modules::user_args(a);
    let b = args::bind(vm, name, u, &["buffer", "nbytes", "flags"], 1, 0)?;
    let target = b[0].as_ref().unwrap();
    let cap = crate::modules::io::buffer_len(vm, target).map_err(|_| {
        vm.type_error(format!(
            "{}() argument 'buffer' must be read-write bytes-like object, not {}",
            name,
            target.type_name()
        ))
    })?;
    let mut n = match &b[1] {
        Some(n) => {
            let v = args::to_i64(vm, n)?;
            if v < 0 {
                return Err(vm.value_error(format!("negative buffersize in {}", name)));
            }
            v as usize
        }
        None => 0,
    };
    if n == 0 {
        n = cap;
    } else if n > cap {
        return Err(vm.value_error("buffer too small for requested bytes"));
    }
    let flags = flags_arg(vm, b[2].as_ref())?;
    let (data, sa) = recv_some(vm, s, n, flags, want_addr)?;
    crate::modules::io::write_into(vm, target, &data)?;
    Ok((data.len(), sa))
}

fn recv_into(vm: &Vm, a: Args) -> PyResult {
    let (n, _) = recv_into_common(vm, a, "recv_into", false)?;
    Ok(vm.new_usize(n))
}

fn recvfrom_into(vm: &Vm, a: Args) -> PyResult {
    let (n, sa) = recv_into_common(vm, a, "recvfrom_into", true)?;
    Ok(vm.new_tuple(vec![vm.new_usize(n), addr::make(vm, &sa)?]))
}

fn shutdown(vm: &Vm, a: Args) -> PyResult {
    let (p, s) = this(vm, &a, "shutdown", 1, 1)?;
    let how = int_arg(vm, &p[1])?;
    // SAFETY: shutdown(2) on a descriptor number.
    if unsafe { libc::shutdown(s.fd.get(), how) } < 0 {
        return Err(os_err(vm, errno()));
    }
    Ok(vm.none())
}

fn close(vm: &Vm, a: Args) -> PyResult {
    let (_, s) = this(vm, &a, "close", 0, 0)?;
    let fd = s.fd.replace(-1);
    if fd >= 0 {
        // SAFETY: the socket owned this descriptor.
        if unsafe { libc::close(fd) } < 0 {
            let e = errno();
            // CPython ignores ECONNRESET from close (the peer reset the connection).
            if e != libc::ECONNRESET {
                return Err(os_err(vm, e));
            }
        }
    }
    Ok(vm.none())
}

fn detach(vm: &Vm, a: Args) -> PyResult {
    let (_, s) = this(vm, &a, "detach", 0, 0)?;
    Ok(vm.new_int(s.fd.replace(-1) as i64))
}

fn fileno(vm: &Vm, a: Args) -> PyResult {
    let (_, s) = this(vm, &a, "fileno", 0, 0)?;
    Ok(vm.new_int(s.fd.get() as i64))
}

fn name_of(vm: &Vm, a: Args, name: &str, peer: bool) -> PyResult {
    let (_, s) = this(vm, &a, name, 0, 0)?;
    let mut sa = SockAddr::empty();
    // SAFETY: the call writes at most `len` bytes into the storage.
    let r = unsafe {
        if peer {
            libc::getpeername(s.fd.get(), sa.as_mut_ptr(), &mut sa.len)
        } else {
            libc::getsockname(s.fd.get(), sa.as_mut_ptr(), &mut sa.len)
        }
    };
    if r < 0 {
        return Err(os_err(vm, errno()));
    }
    addr::make(vm, &sa)
}

fn getsockname(vm: &Vm, a: Args) -> PyResult {
    name_of(vm, a, "getsockname", false)
}

fn getpeername(vm: &Vm, a: Args) -> PyResult {
    name_of(vm, a, "getpeername", true)
}

fn setsockopt(vm: &Vm, a: Args) -> PyResult {
    let (p, s) = this(vm, &a, "setsockopt", 3, 4)?;
    let level = int_arg(vm, &p[1])?;
    let opt = int_arg(vm, &p[2])?;
    let r = if p.len() == 5 {
        if !vm.is_none(&p[3]) {
            return Err(vm.type_error("setsockopt() takes 3 arguments when the value is not None"));
        }
        let len = int_arg(vm, &p[4])? as libc::socklen_t;
        // SAFETY: a NULL value with a length, as the caller asked.
        unsafe { libc::setsockopt(s.fd.get(), level, opt, std::ptr::null(), len) }
    } else if matches!(p[3].payload, Payload::Int(_) | Payload::BigInt(_)) {
        let v: libc::c_int = int_arg(vm, &p[3])?;
        // SAFETY: one int.
        unsafe {
            libc::setsockopt(
                s.fd.get(),
                level,
                opt,
                &v as *const _ as *const libc::c_void,
                std::mem::size_of::<libc::c_int>() as libc::socklen_t,
            )
        }
    } else {
        let data = data_arg(vm, &p[3])?;
        // SAFETY: a live buffer with its length.
        unsafe {
            libc::setsockopt(
                s.fd.get(),
                level,
                opt,
                data.as_ptr() as *const libc::c_void,
                data.len() as libc::socklen_t,
            )
        }
    };
    if r < 0 {
        return Err(os_err(vm, errno()));
    }
    Ok(vm.none())
}

fn getsockopt(vm: &Vm, a: Args) -> PyResult {
    let (p, s) = this(vm, &a, "getsockopt", 2, 3)?;
    let level = int_arg(vm, &p[1])?;
    let opt = int_arg(vm, &p[2])?;
    match p.get(3) {
        None => {
            let mut v: libc::c_int = 0;
            let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
            // SAFETY: getsockopt writes at most one int.
            if unsafe {
                libc::getsockopt(
                    s.fd.get(),
                    level,
                    opt,
                    &mut v as *mut _ as *mut libc::c_void,
                    &mut len,
                )
            } < 0
            {
                return Err(os_err(vm, errno()));
            }
            Ok(vm.new_int(v as i64))
        }
        Some(n) => {
            let n = int_arg(vm, n)?;
            if n <= 0 || n > 1024 {
                return Err(vm.new_error(&vm.exc.os_error, "getsockopt buflen out of range"));
            }
            let mut buf = vec![0u8; n as usize];
            let mut len = n as libc::socklen_t;
            // SAFETY: getsockopt writes at most `len` bytes into the buffer.
            if unsafe {
                libc::getsockopt(
                    s.fd.get(),
                    level,
                    opt,
                    buf.as_mut_ptr() as *mut libc::c_void,
                    &mut len,
                )
            } < 0
            {
                return Err(os_err(vm, errno()));
            }
            buf.truncate(len as usize);
            Ok(vm.new_bytes(buf))
        }
    }
}

fn setblocking(vm: &Vm, a: Args) -> PyResult {
    let (p, s) = this(vm, &a, "setblocking", 1, 1)?;
    let block = vm.is_true(&p[1])?;
    apply_timeout(s, if block { -1.0 } else { 0.0 }).map_err(|e| os_err(vm, e))?;
    Ok(vm.none())
}

fn getblocking(vm: &Vm, a: Args) -> PyResult {
    let (_, s) = this(vm, &a, "getblocking", 0, 0)?;
    Ok(vm.new_bool(s.timeout.get() != 0.0))
}

/// A timeout argument: None → -1 (blocking), else non-negative seconds.
pub fn timeout_arg(vm: &Vm, o: &PyRef) -> PyResult<f64> {
    if vm.is_none(o) {
        return Ok(-1.0);
    }
    let t = match crate::objects::float::to_f64(vm, o)? {
        Some(t) => t,
        None => {
            if vm.get_attr_opt(o.class(), &vm.names.__float__)?.is_some() {
                crate::objects::float::float_from_object(vm, o)?
            } else {
                args::to_i64(vm, o)? as f64
            }
        }
    };
    if t.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if t < 0.0 {
        return Err(vm.value_error("Timeout value out of range"));
    }
    Ok(t)
}

fn settimeout(vm: &Vm, a: Args) -> PyResult {
    let (p, s) = this(vm, &a, "settimeout", 1, 1)?;
    let t = timeout_arg(vm, &p[1])?;
    apply_timeout(s, t).map_err(|e| os_err(vm, e))?;
    Ok(vm.none())
}

pub fn timeout_value(vm: &Vm, t: f64) -> PyRef {
    if t < 0.0 {
        vm.none()
    } else {
        vm.new_float(t)
    }
}

fn gettimeout(vm: &Vm, a: Args) -> PyResult {
    let (_, s) = this(vm, &a, "gettimeout", 0, 0)?;
    Ok(timeout_value(vm, s.timeout.get()))
}

pub fn family_get(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_int(sock_of(vm, o)?.family.get() as i64))
}

pub fn type_get(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_int(sock_of(vm, o)?.kind.get() as i64))
}

pub fn proto_get(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_int(sock_of(vm, o)?.proto.get() as i64))
}

pub fn timeout_get(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(timeout_value(vm, sock_of(vm, o)?.timeout.get()))
}
