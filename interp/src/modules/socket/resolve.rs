//! Name resolution through the C library: getaddrinfo (CPython's 5-tuples), getnameinfo,
//! gethostbyname(_ex), gethostbyaddr, gethostname, getservbyname/port, getprotobyname,
//! and the `gaierror`/`herror` exceptions they raise. Lookups run without the GIL.

use std::ffi::{CStr, CString};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use super::addr::{self, c_str, SockAddr};

/// One getaddrinfo result.
pub struct Entry {
    pub family: i32,
    pub socktype: i32,
    pub proto: i32,
    pub canonname: Option<String>,
    pub addr: SockAddr,
}

/// getaddrinfo(3) without the GIL: the entries, or gaierror (OSError for EAI_SYSTEM).
pub fn lookup(
    vm: &Vm,
    host: Option<&str>,
    port: Option<&str>,
    family: i32,
    socktype: i32,
    proto: i32,
    flags: i32,
) -> PyResult<Vec<Entry>> {
    let host = host.map(|h| c_str(vm, h)).transpose()?;
    let port = port.map(|p| c_str(vm, p)).transpose()?;
    let r = vm.allow_threads(move || raw_lookup(host, port, family, socktype, proto, flags));
    match r {
        Ok(v) => Ok(v),
        Err((libc::EAI_SYSTEM, e)) => Err(crate::modules::errno_error(vm, Some(e))),
        Err((code, _)) => Err(gai_error(vm, code)),
    }
}

fn raw_lookup(
    host: Option<CString>,
    port: Option<CString>,
    family: i32,
    socktype: i32,
    proto: i32,
    flags: i32,
) -> Result<Vec<Entry>, (i32, i32)> {
    // SAFETY: hints is plain data; getaddrinfo gets NUL-terminated strings or NULL and
    // a result pointer; the list is read, copied and freed once.
    unsafe {
        let mut hints: libc::addrinfo = std::mem::zeroed();
        hints.ai_family = family;
        hints.ai_socktype = socktype;
        hints.ai_protocol = proto;
        hints.ai_flags = flags;
        let mut res: *mut libc::addrinfo = std::ptr::null_mut();
        let rc = libc::getaddrinfo(
            host.as_ref().map_or(std::ptr::null(), |h| h.as_ptr()),
            port.as_ref().map_or(std::ptr::null(), |p| p.as_ptr()),
            &hints,
            &mut res,
        );
        if rc != 0 {
            return Err((rc, crate::modules::select::errno()));
        }
        let mut out = Vec::new();
        let mut p = res;
        while !p.is_null() {
            let ai = &*p;
            let mut a = SockAddr::empty();
            let n = (ai.ai_addrlen as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
            std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, a.as_mut_ptr() as *mut u8, n);
            a.len = n as libc::socklen_t;
            out.push(Entry {
                family: ai.ai_family,
                socktype: ai.ai_socktype,
                proto: ai.ai_protocol,
                canonname: (!ai.ai_canonname.is_null()).then(|| {
                    CStr::from_ptr(ai.ai_canonname)
                        .to_string_lossy()
                        .into_owned()
                }),
                addr: a,
            });
            p = ai.ai_next;
        }
        libc::freeaddrinfo(res);
        Ok(out)
    }
}

/// `socket.gaierror(code, message)`.
pub fn gai_error(vm: &Vm, code: i32) -> PyErr {
    // SAFETY: gai_strerror returns a static string.
    let msg = unsafe { CStr::from_ptr(libc::gai_strerror(code)) }
        .to_string_lossy()
        .into_owned();
    let t = super::exception(vm, "gaierror");
    match vm.call(
        &t,
        Args::new(&[vm.new_int(code as i64), vm.new_string(msg)]),
    ) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

fn herror(vm: &Vm, code: i32, msg: &str) -> PyErr {
    let t = super::exception(vm, "herror");
    match vm.call(&t, Args::new(&[vm.new_int(code as i64), vm.new_str(msg)])) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

fn os_msg(vm: &Vm, msg: &str) -> PyErr {
    vm.new_error(&vm.exc.os_error, msg)
}

/// The host argument of getaddrinfo: None, str (IDNA) or bytes.
fn host_arg(vm: &Vm, o: &PyRef) -> PyResult<Option<String>> {
    if vm.is_none(o) {
        return Ok(None);
    }
    match &o.payload {
        Payload::Str(_) | Payload::Bytes(_) => addr::host_text(vm, o).map(Some),
        _ => Err(vm.type_error("getaddrinfo() argument 1 must be string or None")),
    }
}

fn port_arg(vm: &Vm, o: &PyRef) -> PyResult<Option<String>> {
    if vm.is_none(o) {
        return Ok(None);
    }
    match &o.payload {
        Payload::Int(i) => Ok(Some(i.to_string())),
        Payload::BigInt(_) => Ok(Some(vm.repr_str(o)?)),
        Payload::Str(_) => Ok(Some(args::to_str(vm, o, "port")?.to_string())),
        Payload::Bytes(b) => Ok(Some(String::from_utf8_lossy(b).into_owned())),
        _ => Err(os_msg(vm, "Int or String expected")),
    }
}

fn int_opt(vm: &Vm, o: &Option<PyRef>) -> PyResult<i32> {
    match o {
        Some(v) => Ok(args::to_i64(vm, v)? as i32),
        None => Ok(0),
    }
}

/// `getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)`.
pub fn getaddrinfo(vm: &Vm, a: Args) -> PyResult {
    let a = crate::modules::user_args(a);
    let b = args::bind(
        vm,
        "getaddrinfo",
        a,
        &["host", "port", "family", "type", "proto", "flags"],
        2,
        0,
    )?;
    let host = host_arg(vm, b[0].as_ref().unwrap())?;
    let port = port_arg(vm, b[1].as_ref().unwrap())?;
    let (family, socktype, proto, flags) = (
        int_opt(vm, &b[2])?,
        int_opt(vm, &b[3])?,
        int_opt(vm, &b[4])?,
        int_opt(vm, &b[5])?,
    );
    let entries = lookup(
        vm,
        host.as_deref(),
        port.as_deref(),
        family,
        socktype,
        proto,
        flags,
    )?;
    let mut out = Vec::new();
    for e in entries {
        out.push(vm.new_tuple(vec![
            vm.new_int(e.family as i64),
            vm.new_int(e.socktype as i64),
            vm.new_int(e.proto as i64),
            vm.new_string(e.canonname.unwrap_or_default()),
            addr::make(vm, &e.addr)?,
        ]));
    }
    Ok(vm.new_list(out))
}

/// The numeric host of an address as text.
fn addr_host(vm: &Vm, a: &SockAddr) -> PyResult<PyRef> {
    let t = addr::make(vm, a)?;
    vm.get_item(&t, &vm.new_int(0))
}

pub fn gethostbyname(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "gethostbyname", crate::modules::user_args(a), 1, 1)?;
    let host = addr::host_text(vm, &p[0])?;
    let sa = addr::resolve_host(vm, &host, libc::AF_INET)?;
    addr_host(vm, &sa)
}

pub fn gethostbyname_ex(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "gethostbyname_ex", crate::modules::user_args(a), 1, 1)?;
    let host = addr::host_text(vm, &p[0])?;
    let entries = lookup(
        vm,
        Some(&host),
        None,
        libc::AF_INET,
        libc::SOCK_STREAM,
        0,
        libc::AI_CANONNAME,
    )?;
    let name = entries
        .first()
        .and_then(|e| e.canonname.clone())
        .unwrap_or(host);
    let mut ips = Vec::new();
    for e in &entries {
        ips.push(addr_host(vm, &e.addr)?);
    }
    Ok(vm.new_tuple(vec![
        vm.new_string(name),
        vm.new_list(vec![]),
        vm.new_list(ips),
    ]))
}

/// getnameinfo(3) on an address: (host, service).
fn name_info(vm: &Vm, sa: &SockAddr, flags: i32) -> Result<(String, String), i32> {
    let mut host = [0 as libc::c_char; 1025];
    let mut serv = [0 as libc::c_char; 32];
    // SAFETY: the address and both output buffers are live, with their sizes.
    let rc = unsafe {
        libc::getnameinfo(
            sa.as_ptr(),
            sa.len,
            host.as_mut_ptr(),
            host.len() as libc::socklen_t,
            serv.as_mut_ptr(),
            serv.len() as libc::socklen_t,
            flags,
        )
    };
    let _ = vm;
    if rc != 0 {
        return Err(rc);
    }
    // SAFETY: getnameinfo NUL-terminated both buffers.
    let text = |b: &[libc::c_char]| {
        unsafe { CStr::from_ptr(b.as_ptr()) }
            .to_string_lossy()
            .into_owned()
    };
    Ok((text(&host), text(&serv)))
}

pub fn gethostbyaddr(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "gethostbyaddr", crate::modules::user_args(a), 1, 1)?;
    let host = addr::host_text(vm, &p[0])?;
    let sa = addr::resolve_host(vm, &host, libc::AF_UNSPEC)?;
    match name_info(vm, &sa, libc::NI_NAMEREQD) {
        Ok((name, _)) => Ok(vm.new_tuple(vec![
            vm.new_string(name),
            vm.new_list(vec![]),
            vm.new_list(vec![addr_host(vm, &sa)?]),
        ])),
        Err(_) => Err(herror(vm, 1, "Unknown host")),
    }
}

pub fn getnameinfo(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "getnameinfo", crate::modules::user_args(a), 2, 2)?;
    let Payload::Tuple(t) = &p[0].payload else {
        return Err(vm.type_error("getnameinfo() argument 1 must be a tuple"));
    };
    if t.len() < 2 || t.len() > 4 {
        return Err(vm.type_error("getnameinfo(): illegal sockaddr argument"));
    }
    let flags = args::to_i64(vm, &p[1])? as i32;
    let host = addr::host_text(vm, &t[0])?;
    let port = args::to_i64(vm, &t[1])?;
    let entries = lookup(
        vm,
        Some(&host),
        Some(&port.to_string()),
        libc::AF_UNSPEC,
        libc::SOCK_DGRAM,
        0,
        libc::AI_NUMERICHOST,
    )?;
    let Some(e) = entries.into_iter().next() else {
        return Err(os_msg(vm, "sockaddr resolved to nothing"));
    };
    match name_info(vm, &e.addr, flags) {
        Ok((h, s)) => Ok(vm.new_tuple(vec![vm.new_string(h), vm.new_string(s)])),
        Err(code) => Err(gai_error(vm, code)),
    }
}

pub fn gethostname(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "gethostname", crate::modules::user_args(a), 0, 0)?;
    let mut buf = [0 as libc::c_char; 1024];
    // SAFETY: the buffer is live with its size; NUL-terminated on success.
    if unsafe { libc::gethostname(buf.as_mut_ptr(), buf.len() - 1) } != 0 {
        return Err(crate::modules::errno_error(vm, None));
    }
    // SAFETY: as above.
    let s = unsafe { CStr::from_ptr(buf.as_ptr()) }
        .to_string_lossy()
        .into_owned();
    Ok(vm.new_string(s))
}

fn proto_arg(vm: &Vm, o: Option<&PyRef>) -> PyResult<Option<CString>> {
    match o {
        None => Ok(None),
        Some(p) if vm.is_none(p) => Ok(None),
        Some(p) => Ok(Some(c_str(
            vm,
            args::to_str(vm, p, "getservbyname() argument 2")?,
        )?)),
    }
}

pub fn getservbyname(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "getservbyname", crate::modules::user_args(a), 1, 2)?;
    let name = c_str(vm, args::to_str(vm, &p[0], "getservbyname() argument 1")?)?;
    let proto = proto_arg(vm, p.get(1))?;
    // SAFETY: NUL-terminated strings; the static result is read at once.
    let port = unsafe {
        let s = libc::getservbyname(
            name.as_ptr(),
            proto.as_ref().map_or(std::ptr::null(), |p| p.as_ptr()),
        );
        if s.is_null() {
            return Err(os_msg(vm, "service/proto not found"));
        }
        u16::from_be((*s).s_port as u16)
    };
    Ok(vm.new_int(port as i64))
}

pub fn getservbyport(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "getservbyport", crate::modules::user_args(a), 1, 2)?;
    let port = args::to_i64(vm, &p[0])?;
    if !(0..=65535).contains(&port) {
        return Err(vm.overflow_error("getservbyport: port must be 0-65535."));
    }
    let proto = proto_arg(vm, p.get(1))?;
    // SAFETY: as in getservbyname.
    let name = unsafe {
        let s = libc::getservbyport(
            (port as u16).to_be() as i32,
            proto.as_ref().map_or(std::ptr::null(), |p| p.as_ptr()),
        );
        if s.is_null() {
            return Err(os_msg(vm, "port/proto not found"));
        }
        CStr::from_ptr((*s).s_name).to_string_lossy().into_owned()
    };
    Ok(vm.new_string(name))
}

pub fn getprotobyname(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "getprotobyname", crate::modules::user_args(a), 1, 1)?;
    let name = c_str(vm, args::to_str(vm, &p[0], "getprotobyname() argument")?)?;
    // SAFETY: a NUL-terminated string; the static result is read at once.
    let n = unsafe {
        let s = libc::getprotobyname(name.as_ptr());
        if s.is_null() {
            return Err(os_msg(vm, "protocol not found"));
        }
        (*s).p_proto
    };
    Ok(vm.new_int(n as i64))
}
