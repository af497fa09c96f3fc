//! The `_socket` module (CPython's Modules/socketmodule.c), which socket.py wraps: the
//! export table, the module-level functions (socketpair, dup/close, default timeout,
//! byte order, inet_* conversions, CMSG_LEN/CMSG_SPACE) and the exceptions.
//!
//! Files: `sock.rs` the socket type; `addr.rs` socket addresses; `resolve.rs` name
//! resolution (getaddrinfo & co.); `msg.rs` sendmsg/recvmsg; `consts.rs` the integer constants.

mod addr;
mod consts;
mod msg;
mod resolve;
mod sock;

use std::cell::RefCell;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("socketpair", socketpair),
    ("dup", dup),
    ("close", close),
    ("getdefaulttimeout", getdefaulttimeout),
    ("setdefaulttimeout", setdefaulttimeout),
    ("htons", htons),
    ("ntohs", ntohs),
    ("htonl", htonl),
    ("ntohl", ntohl),
    ("inet_aton", inet_aton),
    ("inet_ntoa", inet_ntoa),
    ("inet_pton", inet_pton),
    ("inet_ntop", inet_ntop),
    ("CMSG_LEN", cmsg_len),
    ("CMSG_SPACE", cmsg_space),
    ("getaddrinfo", resolve::getaddrinfo),
    ("getnameinfo", resolve::getnameinfo),
    ("gethostname", resolve::gethostname),
    ("gethostbyname", resolve::gethostbyname),
    ("gethostbyname_ex", resolve::gethostbyname_ex),
    ("gethostbyaddr", resolve::gethostbyaddr),
    ("getservbyname", resolve::getservbyname),
    ("getservbyport", resolve::getservbyport),
    ("getprotobyname", resolve::getprotobyname),
];

/// The socket type and the `herror`/`gaierror` classes, made once.
struct Types {
    socket: PyRef,
    herror: PyRef,
    gaierror: PyRef,
}

static TYPES: GilCell<RefCell<Option<Types>>> = GilCell::new(|| RefCell::new(None));

/// `setdefaulttimeout`'s value as f64 bits (< 0: none).
static DEFAULT_TIMEOUT: AtomicU64 = AtomicU64::new((-1.0f64).to_bits());

pub fn default_timeout() -> f64 {
    f64::from_bits(DEFAULT_TIMEOUT.load(Ordering::Relaxed))
}

fn types(vm: &Vm) -> PyResult<()> {
    if TYPES.with(|t| t.borrow().is_some()) {
        return Ok(());
    }
    let t = crate::objects::typeobj::new_native_type(vm, "socket", "_socket", true);
    crate::objects::add_native(vm, &t, "__new__", sock::new, NativeKind::StaticMethod);
    crate::objects::add_methods(vm, &t, sock::METHODS);
    if crate::modules::find_native("array").is_some() {
        crate::objects::add_methods(vm, &t, sock::MSG_METHODS);
    }
    use crate::objects::descr::add_getset;
    add_getset(vm, &t, "family", sock::family_get, None);
    add_getset(vm, &t, "type", sock::type_get, None);
    add_getset(vm, &t, "proto", sock::proto_get, None);
    add_getset(vm, &t, "timeout", sock::timeout_get, None);
    let make = |name: &str| -> PyResult {
        let ns = vm.new_dict();
        vm.dict_set_str(&ns, "__module__", vm.new_str("socket"))?;
        crate::objects::typeobj::create_class(
            vm,
            &vm.types.type_,
            name,
            vec![vm.exc.os_error.clone()],
            &ns,
        )
    };
    let herror = make("herror")?;
    let gaierror = make("gaierror")?;
    TYPES.with(|c| {
        *c.borrow_mut() = Some(Types {
            socket: t,
            herror,
            gaierror,
        })
    });
    Ok(())
}

/// The `herror` or `gaierror` class.
pub fn exception(vm: &Vm, name: &str) -> PyRef {
    let _ = types(vm);
    TYPES.with(|t| {
        let t = t.borrow();
        let t = t.as_ref().unwrap();
        if name == "herror" {
            t.herror.clone()
        } else {
            t.gaierror.clone()
        }
    })
}

fn socket_type(vm: &Vm) -> PyResult<PyRef> {
    types(vm)?;
    Ok(TYPES.with(|t| t.borrow().as_ref().unwrap().socket.clone()))
}

fn user(a: Args) -> Args {
    crate::modules::user_args(a)
}

fn int_of(vm: &Vm, o: &Option<PyRef>, default: i32) -> PyResult<i32> {
    match o {
        Some(v) => Ok(args::to_i64(vm, v)? as i32),
        None => Ok(default),
    }
}

fn socketpair(vm: &Vm, a: Args) -> PyResult {
    let b = args::bind(
        vm,
        "socketpair",
        user(a),
        &["family", "type", "proto"],
        0,
        0,
    )?;
    let family = int_of(vm, &b[0], libc::AF_UNIX)?;
    let kind = int_of(vm, &b[1], libc::SOCK_STREAM)?;
    let proto = int_of(vm, &b[2], 0)?;
    let mut fds = [0i32; 2];
    // SAFETY: socketpair writes two descriptors.
    if unsafe { libc::socketpair(family, kind | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) } < 0 {
        return Err(crate::modules::errno_error(vm, None));
    }
    let t = socket_type(vm)?;
    let kind = kind & !(libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC);
    let mut out = Vec::new();
    for fd in fds {
        let o = sock::wrap(vm, &t, fd, family, kind, proto);
        let dt = default_timeout();
        if dt >= 0.0 {
            sock::apply_timeout(sock::sock_of(vm, &o)?, dt)
                .map_err(|e| crate::modules::errno_error(vm, Some(e)))?;
        }
        out.push(o);
    }
    Ok(vm.new_tuple(out))
}

fn fd_arg(vm: &Vm, o: &PyRef) -> PyResult<i32> {
    let v = args::to_i64(vm, o)?;
    i32::try_from(v).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))
}

fn dup(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "dup", user(a), 1, 1)?;
    let fd = fd_arg(vm, &p[0])?;
    // SAFETY: fcntl(F_DUPFD_CLOEXEC) on a descriptor number.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(crate::modules::errno_error(vm, None));
    }
    Ok(vm.new_int(r as i64))
}

fn close(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "close", user(a), 1, 1)?;
    let fd = fd_arg(vm, &p[0])?;
    // SAFETY: closing a descriptor number the caller owns.
    if unsafe { libc::close(fd) } < 0 {
        let e = crate::modules::select::errno();
        if e != libc::ECONNRESET {
            return Err(crate::modules::errno_error(vm, Some(e)));
        }
    }
    Ok(vm.none())
}

fn getdefaulttimeout(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "getdefaulttimeout", user(a), 0, 0)?;
    Ok(sock::timeout_value(vm, default_timeout()))
}

fn setdefaulttimeout(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "setdefaulttimeout", user(a), 1, 1)?;
    let t = sock::timeout_arg(vm, &p[0])?;
    DEFAULT_TIMEOUT.store(t.to_bits(), Ordering::Relaxed);
    Ok(vm.none())
}

fn int_arg(vm: &Vm, o: &PyRef) -> PyResult<PyRef> {
    match vm.index_opt(o) {
        Ok(Some(_)) => Ok(o.clone()),
        Ok(None) => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            o.type_name()
        ))),
        Err(e) => Err(e),
    }
}

/// The sign and, when it fits, the value of an int.
fn small(vm: &Vm, o: &PyRef) -> PyResult<(bool, Option<u64>)> {
    let o = int_arg(vm, o)?;
    let neg = vm.compare_bool(
        &o,
        &vm.new_int(0),
        crate::compile::bytecode::CompareKind::Lt,
    )?;
    let v = match vm.index_opt(&o) {
        Ok(Some(v)) => u64::try_from(v).ok(),
        _ => None,
    };
    Ok((neg, v))
}

fn short_swap(vm: &Vm, a: Args, name: &str) -> PyResult {
    let p = args::pos(vm, name, user(a), 1, 1)?;
    let (neg, v) = small(vm, &p[0])?;
    if neg {
        return Err(vm.overflow_error(format!(
            "{}: can't convert negative Python int to C 16-bit unsigned integer",
            name
        )));
    }
    match v {
        Some(v) if v <= 0xffff => Ok(vm.new_int((v as u16).swap_bytes() as i64)),
        _ => Err(vm.overflow_error(format!(
            "{}: Python int too large to convert to C 16-bit unsigned integer",
            name
        ))),
    }
}

fn long_swap(vm: &Vm, a: Args, name: &str) -> PyResult {
    let p = args::pos(vm, name, user(a), 1, 1)?;
    let (neg, v) = small(vm, &p[0])?;
    if neg {
        return Err(vm.overflow_error("can't convert negative value to unsigned int"));
    }
    match v {
        Some(v) if v <= 0xffff_ffff => Ok(vm.new_int((v as u32).swap_bytes() as i64)),
        _ => Err(vm.overflow_error("int larger than 32 bits")),
    }
}

fn htons(vm: &Vm, a: Args) -> PyResult {
    short_swap(vm, a, "htons")
}

fn ntohs(vm: &Vm, a: Args) -> PyResult {
    short_swap(vm, a, "ntohs")
}

fn htonl(vm: &Vm, a: Args) -> PyResult {
    long_swap(vm, a, "htonl")
}

fn ntohl(vm: &Vm, a: Args) -> PyResult {
    long_swap(vm, a, "ntohl")
}

fn os_msg(vm: &Vm, msg: &str) -> PyErr {
    vm.new_error(&vm.exc.os_error, msg)
}

fn inet_aton(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "inet_aton", user(a), 1, 1)?;
    let s = args::to_str(vm, &p[0], "inet_aton() argument 1")?;
    let c = addr::c_str(vm, s)
        .map_err(|_| os_msg(vm, "illegal IP address string passed to inet_aton"))?;
    // SAFETY: plain data; inet_aton reads a NUL-terminated string.
    let mut ia: libc::in_addr = unsafe { std::mem::zeroed() };
    if unsafe { inet_aton_raw(c.as_ptr(), &mut ia) } == 0 {
        return Err(os_msg(vm, "illegal IP address string passed to inet_aton"));
    }
    Ok(vm.new_bytes(ia.s_addr.to_ne_bytes().to_vec()))
}

extern "C" {
    #[link_name = "inet_aton"]
    fn inet_aton_raw(cp: *const libc::c_char, inp: *mut libc::in_addr) -> libc::c_int;
}

fn packed(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    if matches!(o.payload, Payload::Str(_)) {
        return Err(vm.type_error("a bytes-like object is required, not 'str'"));
    }
    crate::objects::bytes::bytes_from_object(vm, o)
}

fn inet_ntoa(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "inet_ntoa", user(a), 1, 1)?;
    let b = packed(vm, &p[0])?;
    let Ok(b4) = <[u8; 4]>::try_from(b.as_slice()) else {
        return Err(os_msg(vm, "packed IP wrong length for inet_ntoa"));
    };
    Ok(vm.new_string(Ipv4Addr::from(b4).to_string()))
}

fn inet_pton(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "inet_pton", user(a), 2, 2)?;
    let af = fd_arg(vm, &p[0])?;
    let s = args::to_str(vm, &p[1], "inet_pton() argument 2")?;
    let bad = || os_msg(vm, "illegal IP address string passed to inet_pton");
    match af {
        libc::AF_INET => {
            let ip: Ipv4Addr = s.parse().map_err(|_| bad())?;
            Ok(vm.new_bytes(ip.octets().to_vec()))
        }
        libc::AF_INET6 => {
            let ip: Ipv6Addr = s.parse().map_err(|_| bad())?;
            Ok(vm.new_bytes(ip.octets().to_vec()))
        }
        _ => Err(crate::modules::errno_error(vm, Some(libc::EAFNOSUPPORT))),
    }
}

fn inet_ntop(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "inet_ntop", user(a), 2, 2)?;
    let af = fd_arg(vm, &p[0])?;
    let b = packed(vm, &p[1])?;
    let bad = || vm.value_error("invalid length of packed IP address string");
    match af {
        libc::AF_INET => {
            let b4 = <[u8; 4]>::try_from(b.as_slice()).map_err(|_| bad())?;
            Ok(vm.new_string(Ipv4Addr::from(b4).to_string()))
        }
        libc::AF_INET6 => {
            let b16 = <[u8; 16]>::try_from(b.as_slice()).map_err(|_| bad())?;
            Ok(vm.new_string(addr::ip6_text(&Ipv6Addr::from(b16))))
        }
        _ => Err(vm.value_error(format!("unknown address family {}", af))),
    }
}

fn cmsg_arg(vm: &Vm, a: Args, name: &str) -> PyResult<u32> {
    let p = args::pos(vm, name, user(a), 1, 1)?;
    let n = args::to_i64(vm, &p[0])?;
    if !(0..=(i32::MAX as i64 - 64)).contains(&n) {
        return Err(vm.overflow_error(format!("{} argument out of range", name)));
    }
    Ok(n as u32)
}

fn cmsg_len(vm: &Vm, a: Args) -> PyResult {
    let n = cmsg_arg(vm, a, "CMSG_LEN")?;
    // SAFETY: CMSG_LEN is arithmetic on its argument.
    Ok(vm.new_int(unsafe { libc::CMSG_LEN(n) } as i64))
}

fn cmsg_space(vm: &Vm, a: Args) -> PyResult {
    let n = cmsg_arg(vm, a, "CMSG_SPACE")?;
    // SAFETY: CMSG_SPACE is arithmetic on its argument.
    Ok(vm.new_int(unsafe { libc::CMSG_SPACE(n) } as i64))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(vm, "_socket", FUNCTIONS);
    let d = vm.module_dict(&m).unwrap();
    for (name, v) in consts::CONSTANTS {
        vm.dict_set_str(&d, name, vm.new_int(*v))?;
    }
    let t = socket_type(vm)?;
    vm.dict_set_str(&d, "socket", t.clone())?;
    vm.dict_set_str(&d, "SocketType", t)?;
    vm.dict_set_str(&d, "error", vm.exc.os_error.clone())?;
    vm.dict_set_str(&d, "timeout", vm.exc.timeout_error.clone())?;
    vm.dict_set_str(&d, "herror", exception(vm, "herror"))?;
    vm.dict_set_str(&d, "gaierror", exception(vm, "gaierror"))?;
    vm.dict_set_str(&d, "has_ipv6", vm.new_bool(true))?;
    Ok(m)
}
