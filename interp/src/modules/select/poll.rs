//! `select.poll()` objects: a registry of descriptors and event masks, and `poll(ms)`.

use std::cell::RefCell;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

use super::{as_fd, deadline_after, wait_fds};

/// A poll object: (fd, events) in registration order.
struct Poll {
    fds: RefCell<Vec<(i32, i16)>>,
}

static POLL_TYPE: GilCell<RefCell<Option<PyRef>>> = GilCell::new(|| RefCell::new(None));

fn poll_type(vm: &Vm) -> PyRef {
    if let Some(t) = POLL_TYPE.with(|t| t.borrow().clone()) {
        return t;
    }
    let t = crate::objects::typeobj::new_native_type(vm, "poll", "select", false);
    crate::objects::add_methods(
        vm,
        &t,
        &[
            ("register", register),
            ("modify", modify),
            ("unregister", unregister),
            ("poll", poll),
        ],
    );
    POLL_TYPE.with(|c| *c.borrow_mut() = Some(t.clone()));
    t
}

/// `select.poll()`.
pub fn new_poll(vm: &Vm, a: Args) -> PyResult {
    args::pos(vm, "poll", crate::modules::user_args(a), 0, 0)?;
    Ok(vm.new_object_of(
        &poll_type(vm),
        Payload::Native(Box::new(Poll {
            fds: RefCell::new(Vec::new()),
        })),
    ))
}

fn this<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a Poll> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<Poll>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("descriptor requires a 'select.poll' object"))
}

/// An event mask (C `unsigned short`).
fn mask(vm: &Vm, o: &PyRef) -> PyResult<i16> {
    let v = args::to_i64(vm, o)?;
    if v < 0 {
        return Err(vm.overflow_error("Python int too large for C unsigned short"));
    }
    if v > 0xffff {
        return Err(vm.overflow_error("Python int too large for C unsigned short"));
    }
    Ok(v as u16 as i16)
}

fn register(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "register", a, 1, 2)?;
    let me = this(vm, &p[0])?;
    let fd = as_fd(vm, &p[1])?;
    let ev = match p.get(2) {
        Some(m) => mask(vm, m)?,
        None => libc::POLLIN | libc::POLLPRI | libc::POLLOUT,
    };
    let mut fds = me.fds.borrow_mut();
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(e) => e.1 = ev,
        None => fds.push((fd, ev)),
    }
    Ok(vm.none())
}

fn modify(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "modify", a, 2, 2)?;
    let me = this(vm, &p[0])?;
    let fd = as_fd(vm, &p[1])?;
    let ev = mask(vm, &p[2])?;
    let mut fds = me.fds.borrow_mut();
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(e) => e.1 = ev,
        None => return Err(crate::modules::errno_error(vm, Some(libc::ENOENT))),
    }
    Ok(vm.none())
}

fn unregister(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "unregister", a, 1, 1)?;
    let me = this(vm, &p[0])?;
    let fd = as_fd(vm, &p[1])?;
    let mut fds = me.fds.borrow_mut();
    match fds.iter().position(|(f, _)| *f == fd) {
        Some(i) => {
            fds.remove(i);
            Ok(vm.none())
        }
        None => Err(vm.key_error(p[1].clone())),
    }
}

fn poll(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "poll", a, 0, 1)?;
    let me = this(vm, &p[0])?;
    let ms = super::seconds_arg(vm, p.get(1), "timeout must be an integer or None")?;
    // Milliseconds; a negative timeout waits forever.
    let secs = ms.filter(|m| *m >= 0.0).map(|m| m / 1000.0);
    let mut fds: Vec<libc::pollfd> = me
        .fds
        .borrow()
        .iter()
        .map(|&(fd, events)| libc::pollfd {
            fd,
            events,
            revents: 0,
        })
        .collect();
    wait_fds(vm, &mut fds, deadline_after(secs))?;
    let out = fds
        .iter()
        .filter(|p| p.revents != 0)
        .map(|p| {
            vm.new_tuple(vec![
                vm.new_int(p.fd as i64),
                vm.new_int(p.revents as u16 as i64),
            ])
        })
        .collect();
    Ok(vm.new_list(out))
}
