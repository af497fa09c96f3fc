//! Socket addresses: Python address objects to `sockaddr` (CPython's `getsockaddrarg`:
//! (host, port) for AF_INET, (host, port, flowinfo, scope_id) for AF_INET6, a path for
//! AF_UNIX, abstract-namespace paths included) and back (`makesockaddr`), and the
//! host-name resolution those need (`setipaddr`).

use std::ffi::CString;
use std::net::{Ipv4Addr, Ipv6Addr};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

use super::resolve::{gai_error, lookup};

/// A `sockaddr_storage` and the length used.
pub struct SockAddr {
    pub storage: libc::sockaddr_storage,
    pub len: libc::socklen_t,
}

impl SockAddr {
    pub fn empty() -> SockAddr {
        SockAddr {
            // SAFETY: sockaddr_storage is plain data; all zeroes is a valid value.
            storage: unsafe { std::mem::zeroed() },
            len: std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t,
        }
    }
    pub fn as_ptr(&self) -> *const libc::sockaddr {
        &self.storage as *const _ as *const libc::sockaddr
    }
    pub fn as_mut_ptr(&mut self) -> *mut libc::sockaddr {
        &mut self.storage as *mut _ as *mut libc::sockaddr
    }
}

/// Copies a plain C address struct into a `SockAddr`.
fn from_struct<T: Copy>(v: &T) -> SockAddr {
    let mut a = SockAddr::empty();
    let n = std::mem::size_of::<T>();
    // SAFETY: T is a sockaddr_* type no larger than sockaddr_storage; both are plain data.
    unsafe {
        std::ptr::copy_nonoverlapping(v as *const T as *const u8, a.as_mut_ptr() as *mut u8, n)
    };
    a.len = n as libc::socklen_t;
    a
}

fn port_arg(vm: &Vm, o: &PyRef, caller: &str) -> PyResult<u16> {
    let p = crate::objects::args::to_i64(vm, o)?;
    if !(0..=65535).contains(&p) {
        return Err(vm.overflow_error(format!("{}(): port must be 0-65535.", caller)));
    }
    Ok(p as u16)
}

/// The host part of an address as text (str, or bytes/bytearray as ASCII).
pub fn host_text(vm: &Vm, o: &PyRef) -> PyResult<String> {
    match &o.payload {
        Payload::Str(_) => {
            let s = crate::objects::args::to_str(vm, o, "host name")?;
            if s.is_ascii() {
                Ok(s.to_string())
            } else {
                let b = vm.call_method(o, "encode", &[vm.new_str("idna")])?;
                Ok(
                    String::from_utf8_lossy(&crate::objects::bytes::bytes_from_object(vm, &b)?)
                        .into_owned(),
                )
            }
        }
        Payload::Bytes(_) | Payload::ByteArray(_) => Ok(String::from_utf8_lossy(
            &crate::objects::bytes::bytes_from_object(vm, o)?,
        )
        .into_owned()),
        _ => Err(vm.type_error(format!(
            "str, bytes or bytearray expected, not {}",
            o.type_name()
        ))),
    }
}

/// Resolves `host` to an address of `family` (CPython's `setipaddr`): '' is any
/// address, '<broadcast>' the broadcast address, numbers are parsed, names looked up.
pub fn resolve_host(vm: &Vm, host: &str, family: i32) -> PyResult<SockAddr> {
    if host.is_empty() && family != libc::AF_INET6 {
        return Ok(inet(Ipv4Addr::UNSPECIFIED, 0));
    }
    if host.is_empty() {
        return Ok(inet6(Ipv6Addr::UNSPECIFIED, 0, 0, 0));
    }
    if host == "<broadcast>" || host == "255.255.255.255" {
        if family != libc::AF_INET && family != libc::AF_UNSPEC {
            return Err(vm.new_error(&vm.exc.os_error, "address family mismatched"));
        }
        return Ok(inet(Ipv4Addr::BROADCAST, 0));
    }
    if family != libc::AF_INET6 {
        if let Ok(a) = host.parse::<Ipv4Addr>() {
            return Ok(inet(a, 0));
        }
    }
    if family != libc::AF_INET {
        if let Ok(a) = host.parse::<Ipv6Addr>() {
            return Ok(inet6(a, 0, 0, 0));
        }
    }
    let list = lookup(vm, Some(host), None, family, 0, 0, 0)?;
    match list.into_iter().next() {
        Some(e) => Ok(e.addr),
        None => Err(gai_error(vm, libc::EAI_NONAME)),
    }
}

pub fn inet(ip: Ipv4Addr, port: u16) -> SockAddr {
    // SAFETY: plain data, zeroes valid.
    let mut sa: libc::sockaddr_in = unsafe { std::mem::zeroed() };
    sa.sin_family = libc::AF_INET as libc::sa_family_t;
    sa.sin_port = port.to_be();
    sa.sin_addr.s_addr = u32::from(ip).to_be();
    from_struct(&sa)
}

pub fn inet6(ip: Ipv6Addr, port: u16, flowinfo: u32, scope: u32) -> SockAddr {
    // SAFETY: plain data, zeroes valid.
    let mut sa: libc::sockaddr_in6 = unsafe { std::mem::zeroed() };
    sa.sin6_family = libc::AF_INET6 as libc::sa_family_t;
    sa.sin6_port = port.to_be();
    sa.sin6_flowinfo = flowinfo.to_be();
    sa.sin6_addr.s6_addr = ip.octets();
    sa.sin6_scope_id = scope;
    from_struct(&sa)
}

/// A Python address for a socket of `family`, as a `sockaddr` (`caller` names the
/// method in messages).
pub fn parse(vm: &Vm, family: i32, o: &PyRef, caller: &str) -> PyResult<SockAddr> {
    match family {
        libc::AF_UNIX => parse_unix(vm, o),
        libc::AF_INET | libc::AF_INET6 => {
            let fam = if family == libc::AF_INET {
                "AF_INET"
            } else {
                "AF_INET6"
            };
            let Payload::Tuple(t) = &o.payload else {
                return Err(vm.type_error(format!(
                    "{}(): {} address must be tuple, not {}",
                    caller,
                    fam,
                    o.type_name()
                )));
            };
            let ok = if family == libc::AF_INET {
                t.len() == 2
            } else {
                (2..=4).contains(&t.len())
            };
            if !ok {
                return Err(vm.type_error(if family == libc::AF_INET {
                    "AF_INET address must be a pair (host, port)".to_string()
                } else {
                    "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                        .to_string()
                }));
            }
            let host = host_text(vm, &t[0])?;
            let port = port_arg(vm, &t[1], caller)?;
            let mut a = resolve_host(vm, &host, family)?;
            if family == libc::AF_INET6 {
                let flow = match t.get(2) {
                    Some(f) => crate::objects::args::to_i64(vm, f)?,
                    None => 0,
                };
                if !(0..=0xfffff).contains(&flow) {
                    return Err(
                        vm.overflow_error(format!("{}(): flowinfo must be 0-1048575.", caller))
                    );
                }
                let scope = match t.get(3) {
                    Some(s) => crate::objects::args::to_i64(vm, s)? as u32,
                    None => 0,
                };
                let sa = a.as_mut_ptr() as *mut libc::sockaddr_in6;
                // SAFETY: resolve_host for AF_INET6 filled a sockaddr_in6.
                unsafe {
                    (*sa).sin6_port = port.to_be();
                    (*sa).sin6_flowinfo = (flow as u32).to_be();
                    if scope != 0 {
                        (*sa).sin6_scope_id = scope;
                    }
                }
            } else {
                let sa = a.as_mut_ptr() as *mut libc::sockaddr_in;
                // SAFETY: resolve_host for AF_INET filled a sockaddr_in.
                unsafe { (*sa).sin_port = port.to_be() };
            }
            Ok(a)
        }
        _ => Err(vm.new_error(&vm.exc.os_error, format!("{}(): bad family", caller))),
    }
}

fn parse_unix(vm: &Vm, o: &PyRef) -> PyResult<SockAddr> {
    let path: Vec<u8> = match &o.payload {
        Payload::Str(_) => {
            let b = vm.call_method(
                o,
                "encode",
                &[vm.new_str("utf-8"), vm.new_str("surrogateescape")],
            )?;
            crate::objects::bytes::bytes_from_object(vm, &b)?
        }
        Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_) => {
            crate::objects::bytes::bytes_from_object(vm, o)?
        }
        _ => match vm.get_attr_opt(o.class(), &vm.intern("__fspath__"))? {
            Some(f) => {
                let p = vm.call(&f, Args::new(std::slice::from_ref(o)))?;
                return parse_unix(vm, &p);
            }
            None => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    o.type_name()
                )))
            }
        },
    };
    // SAFETY: plain data, zeroes valid.
    let mut sa: libc::sockaddr_un = unsafe { std::mem::zeroed() };
    let abstract_ns = path.first() == Some(&0);
    if path.len() > sa.sun_path.len() || (!abstract_ns && path.len() == sa.sun_path.len()) {
        return Err(vm.new_error(&vm.exc.os_error, "AF_UNIX path too long"));
    }
    sa.sun_family = libc::AF_UNIX as libc::sa_family_t;
    for (d, s) in sa.sun_path.iter_mut().zip(&path) {
        *d = *s as libc::c_char;
    }
    let mut a = from_struct(&sa);
    let base = std::mem::size_of::<libc::sa_family_t>();
    a.len = (base + path.len() + usize::from(!abstract_ns)) as libc::socklen_t;
    Ok(a)
}

/// The Python form of an address (`makesockaddr`).
pub fn make(vm: &Vm, a: &SockAddr) -> PyResult {
    if a.len == 0 {
        return Ok(vm.none());
    }
    match a.storage.ss_family as i32 {
        libc::AF_INET => {
            // SAFETY: the family says this is a sockaddr_in.
            let sa = unsafe { &*(a.as_ptr() as *const libc::sockaddr_in) };
            let ip = Ipv4Addr::from(u32::from_be(sa.sin_addr.s_addr));
            Ok(vm.new_tuple(vec![
                vm.new_string(ip.to_string()),
                vm.new_int(u16::from_be(sa.sin_port) as i64),
            ]))
        }
        libc::AF_INET6 => {
            // SAFETY: the family says this is a sockaddr_in6.
            let sa = unsafe { &*(a.as_ptr() as *const libc::sockaddr_in6) };
            let ip = Ipv6Addr::from(sa.sin6_addr.s6_addr);
            Ok(vm.new_tuple(vec![
                vm.new_string(ip6_text(&ip)),
                vm.new_int(u16::from_be(sa.sin6_port) as i64),
                vm.new_int(u32::from_be(sa.sin6_flowinfo) as i64),
                vm.new_int(sa.sin6_scope_id as i64),
            ]))
        }
        libc::AF_UNIX => {
            // SAFETY: the family says this is a sockaddr_un.
            let sa = unsafe { &*(a.as_ptr() as *const libc::sockaddr_un) };
            let base = std::mem::size_of::<libc::sa_family_t>();
            let n = (a.len as usize).saturating_sub(base).min(sa.sun_path.len());
            let raw: Vec<u8> = sa.sun_path[..n].iter().map(|c| *c as u8).collect();
            if raw.first() == Some(&0) {
                // Linux's abstract namespace: bytes, as CPython returns them.
                return Ok(vm.new_bytes(raw));
            }
            let end = raw.iter().position(|&c| c == 0).unwrap_or(raw.len());
            let b = vm.new_bytes(raw[..end].to_vec());
            vm.call_method(
                &b,
                "decode",
                &[vm.new_str("utf-8"), vm.new_str("surrogateescape")],
            )
        }
        f => Ok(vm.new_tuple(vec![vm.new_int(f as i64), vm.new_bytes(Vec::new())])),
    }
}

/// An IPv6 address as inet_ntop writes it (Rust's Display matches it, including the
/// `::ffff:1.2.3.4` form).
pub fn ip6_text(ip: &Ipv6Addr) -> String {
    ip.to_string()
}

/// A C string for libc calls.
pub fn c_str(vm: &Vm, s: &str) -> PyResult<CString> {
    CString::new(s).map_err(|_| vm.value_error("embedded null character"))
}
