//! `socket.sendmsg` and `socket.recvmsg`: scatter/gather I/O with ancillary data
//! (SCM_RIGHTS descriptors and the like), which socket.py's send_fds/recv_fds use.

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use super::addr::{self, SockAddr};
use super::sock::{sock_call, sock_of, socket_deadline};

fn bytes_like(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    if matches!(o.payload, Payload::Str(_)) {
        return Err(vm.type_error("a bytes-like object is required, not 'str'"));
    }
    crate::objects::bytes::bytes_from_object(vm, o)
}

/// The ancillary items (level, type, data) as one control buffer.
fn control(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    let mut items = Vec::new();
    for it in vm.iterate(o)? {
        let Payload::Tuple(t) = &it.payload else {
            return Err(vm.type_error("ancillary data items must be (level, type, data) tuples"));
        };
        if t.len() != 3 {
            return Err(vm.type_error("ancillary data items must be (level, type, data) tuples"));
        }
        let level = args::to_i64(vm, &t[0])? as i32;
        let kind = args::to_i64(vm, &t[1])? as i32;
        items.push((level, kind, bytes_like(vm, &t[2])?));
    }
    // SAFETY: CMSG_SPACE is arithmetic.
    let total: usize = items
        .iter()
        .map(|(_, _, d)| unsafe { libc::CMSG_SPACE(d.len() as u32) } as usize)
        .sum();
    let mut buf = vec![0u8; total];
    if total == 0 {
        return Ok(buf);
    }
    // SAFETY: a msghdr pointing at `buf`, whose size is the sum of the items' spaces, so
    // each CMSG_FIRSTHDR/CMSG_NXTHDR header and its data lie inside it.
    unsafe {
        let mut mh: libc::msghdr = std::mem::zeroed();
        mh.msg_control = buf.as_mut_ptr() as *mut libc::c_void;
        mh.msg_controllen = total as _;
        let mut c = libc::CMSG_FIRSTHDR(&mh);
        for (level, kind, data) in &items {
            if c.is_null() {
                break;
            }
            (*c).cmsg_level = *level;
            (*c).cmsg_type = *kind;
            (*c).cmsg_len = libc::CMSG_LEN(data.len() as u32) as _;
            std::ptr::copy_nonoverlapping(data.as_ptr(), libc::CMSG_DATA(c), data.len());
            c = libc::CMSG_NXTHDR(&mh, c);
        }
    }
    Ok(buf)
}

/// `sendmsg(buffers[, ancdata[, flags[, address]]])`.
pub fn sendmsg(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "sendmsg", a, 1, 4)?;
    let s = sock_of(vm, &p[0])?;
    let bufs = vm
        .iterate(&p[1])
        .map_err(|_| vm.type_error("sendmsg() argument 1 must be an iterable"))?
        .iter()
        .map(|b| bytes_like(vm, b))
        .collect::<PyResult<Vec<Vec<u8>>>>()?;
    let mut ctl = match p.get(2) {
        Some(c) => control(vm, c)?,
        None => Vec::new(),
    };
    let flags = match p.get(3) {
        Some(f) => args::to_i64(vm, f)? as i32,
        None => 0,
    };
    let dest = match p.get(4).filter(|d| !vm.is_none(d)) {
        Some(d) => Some(addr::parse(vm, s.family.get(), d, "sendmsg")?),
        None => None,
    };
    let n = sock_call(vm, s, true, socket_deadline(s), |fd| {
        let mut iov: Vec<libc::iovec> = bufs
            .iter()
            .map(|b| libc::iovec {
                iov_base: b.as_ptr() as *mut libc::c_void,
                iov_len: b.len(),
            })
            .collect();
        // SAFETY: the header points at live iovecs, control buffer and address.
        let r = unsafe {
            let mut mh: libc::msghdr = std::mem::zeroed();
            mh.msg_iov = iov.as_mut_ptr();
            mh.msg_iovlen = iov.len() as _;
            if !ctl.is_empty() {
                mh.msg_control = ctl.as_mut_ptr() as *mut libc::c_void;
                mh.msg_controllen = ctl.len() as _;
            }
            if let Some(d) = &dest {
                mh.msg_name = d.as_ptr() as *mut libc::c_void;
                mh.msg_namelen = d.len;
            }
            libc::sendmsg(fd, &mh, flags | libc::MSG_NOSIGNAL)
        };
        if r < 0 {
            Err(crate::modules::select::errno())
        } else {
            Ok(r as usize)
        }
    })?;
    Ok(vm.new_usize(n))
}

/// `recvmsg(bufsize[, ancbufsize[, flags]])` → (data, ancdata, msg_flags, address).
pub fn recvmsg(vm: &Vm, a: Args) -> PyResult {
    let p = args::method(vm, "recvmsg", a, 1, 3)?;
    let s = sock_of(vm, &p[0])?;
    let size = args::to_i64(vm, &p[1])?;
    let anc = match p.get(2) {
        Some(n) => args::to_i64(vm, n)?,
        None => 0,
    };
    if size < 0 || anc < 0 {
        return Err(vm.value_error("negative buffer size in recvmsg()"));
    }
    let flags = match p.get(3) {
        Some(f) => args::to_i64(vm, f)? as i32,
        None => 0,
    };
    let mut data = vec![0u8; size as usize];
    let mut ctl = vec![0u8; anc as usize];
    let (n, ctl_len, msg_flags, sa) = sock_call(vm, s, false, socket_deadline(s), |fd| {
        let mut sa = SockAddr::empty();
        let mut iov = libc::iovec {
            iov_base: data.as_mut_ptr() as *mut libc::c_void,
            iov_len: data.len(),
        };
        // SAFETY: the header points at live buffers of the sizes given.
        unsafe {
            let mut mh: libc::msghdr = std::mem::zeroed();
            mh.msg_iov = &mut iov;
            mh.msg_iovlen = 1;
            mh.msg_name = sa.as_mut_ptr() as *mut libc::c_void;
            mh.msg_namelen = sa.len;
            if !ctl.is_empty() {
                mh.msg_control = ctl.as_mut_ptr() as *mut libc::c_void;
                mh.msg_controllen = ctl.len() as _;
            }
            let r = libc::recvmsg(fd, &mut mh, flags);
            if r < 0 {
                return Err(crate::modules::select::errno());
            }
            sa.len = mh.msg_namelen;
            Ok((r as usize, mh.msg_controllen as usize, mh.msg_flags, sa))
        }
    })?;
    data.truncate(n);
    let mut items = Vec::new();
    // SAFETY: the kernel filled `ctl_len` bytes of `ctl` with cmsghdr records; the
    // CMSG macros walk them within that length.
    unsafe {
        let mut mh: libc::msghdr = std::mem::zeroed();
        mh.msg_control = ctl.as_mut_ptr() as *mut libc::c_void;
        mh.msg_controllen = ctl_len.min(ctl.len()) as _;
        let mut c = if ctl_len > 0 {
            libc::CMSG_FIRSTHDR(&mh)
        } else {
            std::ptr::null_mut()
        };
        let end = ctl.as_ptr() as usize + ctl_len.min(ctl.len());
        while !c.is_null() {
            let start = libc::CMSG_DATA(c) as usize;
            let len = ((*c).cmsg_len as usize).saturating_sub(libc::CMSG_LEN(0) as usize);
            let len = len.min(end.saturating_sub(start));
            let bytes = std::slice::from_raw_parts(start as *const u8, len).to_vec();
            items.push(vm.new_tuple(vec![
                vm.new_int((*c).cmsg_level as i64),
                vm.new_int((*c).cmsg_type as i64),
                vm.new_bytes(bytes),
            ]));
            c = libc::CMSG_NXTHDR(&mh, c);
        }
    }
    let address = if sa.len == 0 {
        vm.none()
    } else {
        addr::make(vm, &sa)?
    };
    Ok(vm.new_tuple(vec![
        vm.new_bytes(data),
        vm.new_list(items),
        vm.new_int(msg_flags as i64),
        address,
    ]))
}
