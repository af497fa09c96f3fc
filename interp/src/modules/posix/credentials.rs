//! Credentials and priorities in `posix`: the set*id family, getresuid/getresgid,
//! setgroups, setpgrp, getpriority/setpriority.

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

use super::args::{self, clinic, Clinic};
use super::path::errno_error;
use super::raw::{self, SetId};

fn uid(vm: &Vm, o: &PyRef) -> PyResult<u32> {
    args::id_t(vm, o, "uid")
}

fn gid(vm: &Vm, o: &PyRef) -> PyResult<u32> {
    args::id_t(vm, o, "gid")
}

fn done(vm: &Vm, r: raw::SysResult<()>) -> PyResult {
    r.map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

pub fn setuid(vm: &Vm, a: Args) -> PyResult {
    let u = args::one(vm, "setuid", a)?;
    done(vm, raw::set_id(SetId::Uid(uid(vm, &u)?)))
}

pub fn setgid(vm: &Vm, a: Args) -> PyResult {
    let g = args::one(vm, "setgid", a)?;
    done(vm, raw::set_id(SetId::Gid(gid(vm, &g)?)))
}

pub fn seteuid(vm: &Vm, a: Args) -> PyResult {
    let u = args::one(vm, "seteuid", a)?;
    done(vm, raw::set_id(SetId::Euid(uid(vm, &u)?)))
}

pub fn setegid(vm: &Vm, a: Args) -> PyResult {
    let g = args::one(vm, "setegid", a)?;
    done(vm, raw::set_id(SetId::Egid(gid(vm, &g)?)))
}

pub fn setreuid(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "setreuid", a, 2, 2)?;
    done(
        vm,
        raw::set_id(SetId::ReUid(uid(vm, &p[0])?, uid(vm, &p[1])?)),
    )
}

pub fn setregid(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "setregid", a, 2, 2)?;
    done(
        vm,
        raw::set_id(SetId::ReGid(gid(vm, &p[0])?, gid(vm, &p[1])?)),
    )
}

pub fn setresuid(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "setresuid", a, 3, 3)?;
    let ids = SetId::ResUid(uid(vm, &p[0])?, uid(vm, &p[1])?, uid(vm, &p[2])?);
    done(vm, raw::set_id(ids))
}

pub fn setresgid(vm: &Vm, a: Args) -> PyResult {
    let p = args::positional(vm, "setresgid", a, 3, 3)?;
    let ids = SetId::ResGid(gid(vm, &p[0])?, gid(vm, &p[1])?, gid(vm, &p[2])?);
    done(vm, raw::set_id(ids))
}

fn getres(vm: &Vm, groups: bool) -> PyResult {
    let ids = raw::getres_ids(groups).map_err(|e| errno_error(vm, e))?;
    Ok(vm.new_tuple(ids.iter().map(|&i| vm.new_int(i as i64)).collect()))
}

pub fn getresuid(vm: &Vm, a: Args) -> PyResult {
    args::noargs(vm, "getresuid", a)?;
    getres(vm, false)
}

pub fn getresgid(vm: &Vm, a: Args) -> PyResult {
    args::noargs(vm, "getresgid", a)?;
    getres(vm, true)
}

pub fn setgroups(vm: &Vm, a: Args) -> PyResult {
    let g = args::one(vm, "setgroups", a)?;
    let items = match &g.payload {
        Payload::List(_) | Payload::Tuple(_) => vm.iterate(&g)?,
        _ => {
            if vm.get_attr_opt(&g, &vm.intern("__getitem__"))?.is_none() {
                return Err(vm.type_error("setgroups argument must be a sequence"));
            }
            vm.iterate(&g)?
        }
    };
    let mut groups = Vec::with_capacity(items.len());
    for i in &items {
        if !matches!(i.payload, Payload::Int(_) | Payload::BigInt(_)) {
            return Err(vm.type_error("groups must be integers"));
        }
        groups.push(gid(vm, i)?);
    }
    done(vm, raw::setgroups(&groups))
}

pub fn setpgrp(vm: &Vm, a: Args) -> PyResult {
    args::noargs(vm, "setpgrp", a)?;
    done(vm, raw::setpgid(0, 0))
}

const GETPRIORITY: Clinic = Clinic {
    names: &["which", "who"],
    posonly: 0,
    maxpos: 2,
    required: 2,
};

pub fn getpriority(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "getpriority", &GETPRIORITY, a)?;
    let which = args::c_int(vm, b[0].as_ref().unwrap())?;
    let who = args::c_int(vm, b[1].as_ref().unwrap())?;
    let r = raw::getpriority(which, who as u32).map_err(|e| errno_error(vm, e))?;
    Ok(vm.new_int(r as i64))
}

const SETPRIORITY: Clinic = Clinic {
    names: &["which", "who", "priority"],
    posonly: 0,
    maxpos: 3,
    required: 3,
};

pub fn setpriority(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "setpriority", &SETPRIORITY, a)?;
    let which = args::c_int(vm, b[0].as_ref().unwrap())?;
    let who = args::c_int(vm, b[1].as_ref().unwrap())?;
    let prio = args::c_int(vm, b[2].as_ref().unwrap())?;
    done(vm, raw::setpriority(which, who as u32, prio))
}
