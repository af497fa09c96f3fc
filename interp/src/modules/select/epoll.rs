//! `select.epoll` objects: an epoll descriptor with register/modify/unregister,
//! `poll(timeout, maxevents)`, close/closed/fileno/fromfd and the context manager.

use std::cell::{Cell, RefCell};
use std::time::Instant;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

use super::{as_fd, deadline_after, errno, ms_until};

/// An epoll object: its descriptor, -1 once closed.
struct Epoll {
    fd: Cell<i32>,
}

impl Drop for Epoll {
    fn drop(&mut self) {
        let fd = self.fd.replace(-1);
        if fd >= 0 {
            // SAFETY: the object owns this descriptor.
            unsafe { libc::close(fd) };
        }
    }
}

static EPOLL_TYPE: GilCell<RefCell<Option<PyRef>>> = GilCell::new(|| RefCell::new(None));

pub fn epoll_type(vm: &Vm) -> PyRef {
    if let Some(t) = EPOLL_TYPE.with(|t| t.borrow().clone()) {
        return t;
    }
    let t = crate::objects::typeobj::new_native_type(vm, "epoll", "select", false);
    crate::objects::add_native(vm, &t, "__new__", epoll_new, NativeKind::StaticMethod);
    crate::objects::add_native(vm, &t, "fromfd", fromfd, NativeKind::ClassMethod);
    crate::objects::add_methods(
        vm,
        &t,
        &[
            ("register", register),
            ("modify", modify),
            ("unregister", unregister),
            ("poll", poll),
            ("close", close),
            ("fileno", fileno),
            ("__enter__", enter),
            ("__exit__", exit),
        ],
    );
    crate::objects::descr::add_getset(vm, &t, "closed", closed_get, None);
    EPOLL_TYPE.with(|c| *c.borrow_mut() = Some(t.clone()));
    t
}

fn wrap(vm: &Vm, cls: &PyRef, fd: i32) -> PyRef {
    vm.new_object_of(cls, Payload::Native(Box::new(Epoll { fd: Cell::new(fd) })))
}

fn epoll_new(vm: &Vm, a: Args) -> PyResult {
    let cls = args::this(vm, &a)?.clone();
    let u = Args::with_kw(&a.args[1..], a.kwnames);
    let b = args::clinic(vm, "epoll", u, &["sizehint", "flags"], 0, 2)?;
    if let Some(s) = &b[0] {
        let s = args::to_i64(vm, s)?;
        if s == 0 || s < -1 {
            return Err(vm.value_error("negative sizehint"));
        }
    }
    if let Some(f) = &b[1] {
        args::to_i64(vm, f)?;
    }
    // SAFETY: epoll_create1 has no preconditions.
    let fd = unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) };
    if fd < 0 {
        return Err(crate::modules::errno_error(vm, None));
    }
    Ok(wrap(vm, &cls, fd))
}

fn fromfd(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "fromfd", a, 2, 2)?;
    let fd = as_fd(vm, &p[1])?;
    Ok(wrap(vm, &p[0], fd))
}

fn this<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a Epoll> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<Epoll>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("descriptor requires a 'select.epoll' object"))
}

/// The open descriptor of an epoll object.
fn open_fd(vm: &Vm, o: &PyRef) -> PyResult<i32> {
    let fd = this(vm, o)?.fd.get();
    if fd < 0 {
        return Err(vm.value_error("I/O operation on closed epoll object"));
    }
    Ok(fd)
}

fn ctl(vm: &Vm, a: Args, name: &str, op: i32) -> PyResult {
    let me = args::this(vm, &a)?.clone();
    let u = Args::with_kw(&a.args[1..], a.kwnames);
    let (names, required): (&[&str], usize) = match op {
        libc::EPOLL_CTL_DEL => (&["fd"], 1),
        libc::EPOLL_CTL_MOD => (&["fd", "eventmask"], 2),
        _ => (&["fd", "eventmask"], 1),
    };
    let b = args::clinic(vm, name, u, names, required, names.len())?;
    let epfd = open_fd(vm, &me)?;
    let fd = as_fd(vm, b[0].as_ref().unwrap())?;
    let events = match b.get(1).cloned().flatten() {
        Some(m) => args::to_i64(vm, &m)? as u32,
        None => (libc::EPOLLIN | libc::EPOLLPRI | libc::EPOLLOUT) as u32,
    };
    let mut ev = libc::epoll_event {
        events,
        u64: fd as u64,
    };
    // SAFETY: epoll_ctl with a live event struct.
    let r = unsafe { libc::epoll_ctl(epfd, op, fd, &mut ev) };
    if r < 0 {
        return Err(crate::modules::errno_error(vm, None));
    }
    Ok(vm.none())
}

fn register(vm: &Vm, a: Args) -> PyResult {
    ctl(vm, a, "register", libc::EPOLL_CTL_ADD)
}

fn modify(vm: &Vm, a: Args) -> PyResult {
    ctl(vm, a, "modify", libc::EPOLL_CTL_MOD)
}

fn unregister(vm: &Vm, a: Args) -> PyResult {
    ctl(vm, a, "unregister", libc::EPOLL_CTL_DEL)
}

fn poll(vm: &Vm, a: Args) -> PyResult {
    let me = args::this(vm, &a)?.clone();
    let u = Args::with_kw(&a.args[1..], a.kwnames);
    let b = args::clinic(vm, "poll", u, &["timeout", "maxevents"], 0, 2)?;
    let epfd = open_fd(vm, &me)?;
    let secs = super::seconds_arg(vm, b[0].as_ref(), "timeout must be an integer or None")?;
    let secs = secs.filter(|s| *s >= 0.0);
    let maxevents = match &b[1] {
        Some(m) => args::to_i64(vm, m)?,
        None => -1,
    };
    let maxevents = if maxevents == -1 {
        super::FD_SETSIZE as i64 - 1
    } else if maxevents < 1 {
        return Err(vm.value_error(format!(
            "maxevents must be greater than 0, got {}",
            maxevents
        )));
    } else {
        maxevents.min(1 << 20)
    };
    let deadline: Option<Instant> = deadline_after(secs);
    let mut evs = vec![libc::epoll_event { events: 0, u64: 0 }; maxevents as usize];
    let n = loop {
        let ms = ms_until(deadline);
        let r = vm.allow_threads(|| {
            // SAFETY: `evs` holds `maxevents` writable entries.
            let r = unsafe { libc::epoll_wait(epfd, evs.as_mut_ptr(), evs.len() as i32, ms) };
            if r < 0 {
                Err(errno())
            } else {
                Ok(r as usize)
            }
        });
        match r {
            Ok(n) => break n,
            Err(libc::EINTR) => crate::modules::signal::run_pending(vm)?,
            Err(e) => return Err(crate::modules::errno_error(vm, Some(e))),
        }
    };
    let out = evs[..n]
        .iter()
        .map(|e| {
            let (fd, events) = (e.u64 as i32, e.events);
            vm.new_tuple(vec![vm.new_int(fd as i64), vm.new_int(events as i64)])
        })
        .collect();
    Ok(vm.new_list(out))
}

fn close(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "close", a, 0, 0)?;
    let fd = this(vm, &p[0])?.fd.replace(-1);
    // SAFETY: the object owned this descriptor.
    if fd >= 0 && unsafe { libc::close(fd) } < 0 {
        return Err(crate::modules::errno_error(vm, None));
    }
    Ok(vm.none())
}

fn fileno(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "fileno", a, 0, 0)?;
    Ok(vm.new_int(open_fd(vm, &p[0])? as i64))
}

fn closed_get(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_bool(this(vm, o)?.fd.get() < 0))
}

fn enter(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "__enter__", a, 0, 0)?;
    open_fd(vm, &p[0])?;
    Ok(p[0].clone())
}

fn exit(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "__exit__", a, 0, 3)?;
    close(vm, Args::new(&p[..1]))
}
