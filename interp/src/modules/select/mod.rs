//! The `select` module (CPython's Modules/selectmodule.c): `select.select`, `poll`
//! objects (`poll.rs`), `epoll` objects (`epoll.rs`) and the POLL*/EPOLL* constants.
//! Every wait runs without the GIL; a signal interrupting it runs the Python handlers
//! and the wait resumes with the time left (PEP 475). `wait_fds` is also what `_socket`
//! uses for its timeouts.

mod epoll;
mod poll;

use std::time::{Duration, Instant};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

/// select(2)'s descriptor limit (glibc's FD_SETSIZE), which select.select keeps.
const FD_SETSIZE: i32 = 1024;

const CONSTANTS: &[(&str, i64)] = &[
    ("POLLIN", libc::POLLIN as i64),
    ("POLLPRI", libc::POLLPRI as i64),
    ("POLLOUT", libc::POLLOUT as i64),
    ("POLLERR", libc::POLLERR as i64),
    ("POLLHUP", libc::POLLHUP as i64),
    ("POLLNVAL", libc::POLLNVAL as i64),
    ("POLLRDNORM", libc::POLLRDNORM as i64),
    ("POLLRDBAND", libc::POLLRDBAND as i64),
    ("POLLWRNORM", libc::POLLWRNORM as i64),
    ("POLLWRBAND", libc::POLLWRBAND as i64),
    ("POLLMSG", 1024),
    ("POLLRDHUP", libc::POLLRDHUP as i64),
    ("EPOLLIN", libc::EPOLLIN as i64),
    ("EPOLLOUT", libc::EPOLLOUT as i64),
    ("EPOLLPRI", libc::EPOLLPRI as i64),
    ("EPOLLERR", libc::EPOLLERR as i64),
    ("EPOLLHUP", libc::EPOLLHUP as i64),
    ("EPOLLET", libc::EPOLLET as i64 & 0xffff_ffff),
    ("EPOLLONESHOT", libc::EPOLLONESHOT as i64),
    ("EPOLLEXCLUSIVE", libc::EPOLLEXCLUSIVE as i64),
    ("EPOLLRDHUP", libc::EPOLLRDHUP as i64),
    ("EPOLLRDNORM", libc::EPOLLRDNORM as i64),
    ("EPOLLRDBAND", libc::EPOLLRDBAND as i64),
    ("EPOLLWRNORM", libc::EPOLLWRNORM as i64),
    ("EPOLLWRBAND", libc::EPOLLWRBAND as i64),
    ("EPOLLMSG", libc::EPOLLMSG as i64),
    ("EPOLL_CLOEXEC", libc::EPOLL_CLOEXEC as i64),
    ("PIPE_BUF", libc::PIPE_BUF as i64),
];

/// The current errno.
pub fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// A descriptor argument as CPython's `PyObject_AsFileDescriptor` reads it: an int or
/// an object whose `fileno()` returns one.
pub fn as_fd(vm: &Vm, o: &PyRef) -> PyResult<i32> {
    let v = match &o.payload {
        Payload::Int(_) | Payload::BigInt(_) => o.clone(),
        _ => match vm.get_attr_opt(o, &vm.intern("fileno"))? {
            Some(f) => {
                let r = vm.call(&f, Args::new(&[]))?;
                if !matches!(r.payload, Payload::Int(_) | Payload::BigInt(_)) {
                    return Err(vm.type_error("fileno() returned a non-integer"));
                }
                r
            }
            None => {
                return Err(vm.type_error("argument must be an int, or have a fileno() method."))
            }
        },
    };
    let fd = match &v.payload {
        Payload::Int(i) if *i >= i32::MIN as i64 && *i <= i32::MAX as i64 => *i as i32,
        _ => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    if fd < 0 {
        return Err(vm.value_error(format!(
            "file descriptor cannot be a negative integer ({})",
            fd
        )));
    }
    Ok(fd)
}

/// A timeout in seconds: `None` means forever. `what` words the TypeError.
pub fn seconds_arg(vm: &Vm, o: Option<&PyRef>, what: &str) -> PyResult<Option<f64>> {
    let Some(o) = o.filter(|o| !vm.is_none(o)) else {
        return Ok(None);
    };
    let secs = match crate::objects::float::to_f64(vm, o)? {
        Some(s) => s,
        None => match vm.get_attr_opt(o.class(), &vm.names.__float__)? {
            Some(_) => crate::objects::float::float_from_object(vm, o)?,
            None => return Err(vm.type_error(what)),
        },
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    Ok(Some(secs))
}

/// Milliseconds for poll(2) until `deadline` (rounded up; -1 = forever).
pub fn ms_until(deadline: Option<Instant>) -> i32 {
    match deadline {
        None => -1,
        Some(d) => {
            let left = d.saturating_duration_since(Instant::now());
            let ms = left.as_nanos().div_ceil(1_000_000);
            ms.min(i32::MAX as u128) as i32
        }
    }
}

/// A deadline `secs` from now (None: forever).
pub fn deadline_after(secs: Option<f64>) -> Option<Instant> {
    secs.map(|s| Instant::now() + Duration::from_secs_f64(s.clamp(0.0, 1e9)))
}

/// poll(2) on `fds` until `deadline`, without the GIL; EINTR runs the signal handlers
/// (which may raise) and retries with the time left. Returns how many are ready.
pub fn wait_fds(vm: &Vm, fds: &mut [libc::pollfd], deadline: Option<Instant>) -> PyResult<usize> {
    loop {
        let ms = ms_until(deadline);
        let r = vm.allow_threads(|| {
            // SAFETY: `fds` is a live, exclusively borrowed array of pollfd.
            let r = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, ms) };
            if r < 0 {
                Err(errno())
            } else {
                Ok(r as usize)
            }
        });
        match r {
            Ok(n) => return Ok(n),
            Err(libc::EINTR) => crate::modules::signal::run_pending(vm)?,
            Err(e) => return Err(crate::modules::errno_error(vm, Some(e))),
        }
    }
}

/// The objects of one of select()'s three arguments, with their descriptors.
fn fd_list(vm: &Vm, o: &PyRef) -> PyResult<Vec<(PyRef, i32)>> {
    let items = match &o.payload {
        Payload::List(l) => l.borrow().clone(),
        Payload::Tuple(t) => t.to_vec(),
        _ => {
            if vm
                .get_attr_opt(o.class(), &vm.intern("__iter__"))?
                .is_none()
            {
                return Err(vm.type_error("arguments 1-3 must be sequences"));
            }
            vm.iterate(o)?
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let fd = as_fd(vm, &it)?;
        if fd >= FD_SETSIZE {
            return Err(vm.value_error("filedescriptor out of range in select()"));
        }
        out.push((it, fd));
    }
    Ok(out)
}

/// `select.select(rlist, wlist, xlist[, timeout])`, on poll(2) with select's meaning of
/// readiness (a hang-up or error counts as readable and writable).
fn select(vm: &Vm, a: Args) -> PyResult {
    let a = crate::modules::user_args(a);
    let p = crate::objects::args::pos(vm, "select", a, 3, 4)?;
    let secs = seconds_arg(vm, p.get(3), "timeout must be a float or None")?;
    if secs.is_some_and(|s| s < 0.0) {
        return Err(vm.value_error("timeout must be non-negative"));
    }
    let lists = [
        fd_list(vm, &p[0])?,
        fd_list(vm, &p[1])?,
        fd_list(vm, &p[2])?,
    ];
    let wanted = [libc::POLLIN, libc::POLLOUT, libc::POLLPRI];
    let mut fds: Vec<libc::pollfd> = Vec::new();
    for (list, ev) in lists.iter().zip(wanted) {
        for (_, fd) in list {
            match fds.iter_mut().find(|p| p.fd == *fd) {
                Some(p) => p.events |= ev,
                None => fds.push(libc::pollfd {
                    fd: *fd,
                    events: ev,
                    revents: 0,
                }),
            }
        }
    }
    let deadline = deadline_after(secs);
    wait_fds(vm, &mut fds, deadline)?;
    if fds.iter().any(|p| p.revents & libc::POLLNVAL != 0) {
        return Err(crate::modules::errno_error(vm, Some(libc::EBADF)));
    }
    let ready = [
        libc::POLLIN | libc::POLLHUP | libc::POLLERR,
        libc::POLLOUT | libc::POLLERR,
        libc::POLLPRI,
    ];
    let mut out = Vec::new();
    for (k, list) in lists.iter().enumerate() {
        let mut res = Vec::new();
        for (o, fd) in list {
            let p = fds.iter().find(|p| p.fd == *fd).unwrap();
            if p.events & wanted[k] != 0 && p.revents & ready[k] != 0 {
                res.push(o.clone());
            }
        }
        out.push(vm.new_list(res));
    }
    Ok(vm.new_tuple(out))
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(
        vm,
        "select",
        &[("select", select), ("poll", poll::new_poll)],
    );
    let d = vm.module_dict(&m).unwrap();
    for (name, v) in CONSTANTS {
        vm.dict_set_str(&d, name, vm.new_int(*v))?;
    }
    vm.dict_set_str(&d, "error", vm.exc.os_error.clone())?;
    vm.dict_set_str(&d, "epoll", epoll::epoll_type(vm))?;
    Ok(m)
}
