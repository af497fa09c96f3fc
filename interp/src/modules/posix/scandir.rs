//! `posix.scandir` and its two types: `ScandirIterator` (an iterator and context manager
//! over an open directory stream) and `DirEntry` (name, path, inode, the d_type-based
//! is_dir/is_file/is_symlink that stat only when needed, cached stat results, and
//! `__fspath__`), as CPython's.

use std::cell::RefCell;
use std::ffi::CString;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args::this;
use crate::objects::typeobj::new_native_type;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

use super::args::{self, clinic, Clinic};
use super::path::{convert, errno_error, path_error, PathArg, PathSpec};
use super::raw;
use super::stat_result;

static ITER_TYPE: GilCell<RefCell<Option<PyRef>>> = GilCell::new(|| RefCell::new(None));
static ENTRY_TYPE: GilCell<RefCell<Option<PyRef>>> = GilCell::new(|| RefCell::new(None));

struct Scandir {
    dir: RefCell<Option<raw::Dir>>,
    /// The directory as given (bytes of the path), `None` when scanning a descriptor.
    base: Option<Vec<u8>>,
    /// The descriptor given to scandir, which entries stat relative to.
    fd: Option<i32>,
    is_bytes: bool,
}

struct DirEntry {
    name: PyRef,
    path: PyRef,
    /// The path to stat: the joined path, or the bare name relative to `dir_fd`.
    c_path: CString,
    dir_fd: Option<i32>,
    d_type: u8,
    ino: u64,
    stat: RefCell<Option<PyRef>>,
    lstat: RefCell<Option<PyRef>>,
}

fn scandir_state<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a Scandir> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<Scandir>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("posix.ScandirIterator expected"))
}

fn entry_state<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a DirEntry> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<DirEntry>(),
        _ => None,
    }
    .ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'posix.DirEntry' object but received a '{}'",
            o.type_name()
        ))
    })
}

const SCANDIR: Clinic = Clinic {
    names: &["path"],
    posonly: 0,
    maxpos: 1,
    required: 0,
};

pub fn scandir(vm: &Vm, a: Args) -> PyResult {
    let b = clinic(vm, "scandir", &SCANDIR, a)?;
    let p: PathArg = convert(vm, PathSpec::new("scandir").fd().nullable(), b[0].as_ref())?;
    let dir = match p.fd {
        Some(fd) => {
            let dup = raw::dup_cloexec(fd).map_err(|e| errno_error(vm, e))?;
            raw::Dir::from_fd(dup)
        }
        None => raw::Dir::open(&p.c),
    };
    let dir = dir.map_err(|e| path_error(vm, e, &p))?;
    let st = Scandir {
        dir: RefCell::new(Some(dir)),
        base: p.fd.is_none().then(|| p.c.as_bytes().to_vec()),
        fd: p.fd,
        is_bytes: p.is_bytes,
    };
    Ok(vm.new_object_of(&iter_type(vm), Payload::Native(Box::new(st))))
}

fn join(base: &[u8], name: &[u8]) -> Vec<u8> {
    let mut out = base.to_vec();
    if !out.is_empty() && !out.ends_with(b"/") {
        out.push(b'/');
    }
    out.extend_from_slice(name);
    out
}

fn new_entry(vm: &Vm, s: &Scandir, ent: raw::DirEnt) -> PyResult {
    let decode = |b: &[u8]| {
        if s.is_bytes {
            Ok(vm.new_bytes(b.to_vec()))
        } else {
            super::path::decode(vm, b)
        }
    };
    let name = decode(&ent.name)?;
    let (path, c_path) = match &s.base {
        Some(base) => {
            let full = join(base, &ent.name);
            (decode(&full)?, full)
        }
        None => (name.clone(), ent.name.clone()),
    };
    let e = DirEntry {
        name,
        path,
        // Names from readdir never hold NUL bytes.
        c_path: CString::new(c_path).unwrap_or_default(),
        dir_fd: s.fd,
        d_type: ent.d_type,
        ino: ent.ino,
        stat: RefCell::new(None),
        lstat: RefCell::new(None),
    };
    Ok(vm.new_object_of(&entry_type(vm), Payload::Native(Box::new(e))))
}

/// A METH_NOARGS method of `owner`: `DirEntry.inode() takes no arguments (1 given)`.
fn method_noargs(vm: &Vm, owner: &str, name: &str, a: &Args) -> PyResult<()> {
    let n = a.args.len().saturating_sub(1);
    if a.has_kw() {
        return Err(vm.type_error(format!("{}.{}() takes no keyword arguments", owner, name)));
    }
    if n > 0 {
        return Err(vm.type_error(format!(
            "{}.{}() takes no arguments ({} given)",
            owner, name, n
        )));
    }
    Ok(())
}

/// `cannot create 'posix.X' instances`: these types are made only by scandir.
fn no_new(vm: &Vm, a: Args) -> PyResult {
    let cls = this(vm, &a)?;
    Err(vm.type_error(format!(
        "cannot create 'posix.{}' instances",
        cls.type_data().name.borrow()
    )))
}

/// Member-like attributes are read-only with CPython's member message.
fn readonly(vm: &Vm, _o: &PyRef, _v: Option<PyRef>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

// ---- ScandirIterator ----

fn iter_next(vm: &Vm, a: Args) -> PyResult {
    let o = this(vm, &a)?;
    let s = scandir_state(vm, o)?;
    let next = match s.dir.borrow_mut().as_mut() {
        Some(d) => d.next_entry(),
        None => None,
    };
    match next {
        Some(Ok(ent)) => new_entry(vm, s, ent),
        Some(Err(e)) => {
            s.dir.borrow_mut().take();
            Err(errno_error(vm, e))
        }
        None => {
            s.dir.borrow_mut().take();
            Err(vm.stop_iteration(None))
        }
    }
}

fn iter_self(vm: &Vm, a: Args) -> PyResult {
    Ok(this(vm, &a)?.clone())
}

fn iter_enter(vm: &Vm, a: Args) -> PyResult {
    method_noargs(vm, "ScandirIterator", "__enter__", &a)?;
    iter_self(vm, a)
}

fn close_stream(vm: &Vm, o: &PyRef) -> PyResult {
    scandir_state(vm, o)?.dir.borrow_mut().take();
    Ok(vm.none())
}

fn iter_close(vm: &Vm, a: Args) -> PyResult {
    method_noargs(vm, "ScandirIterator", "close", &a)?;
    close_stream(vm, this(vm, &a)?)
}

fn iter_exit(vm: &Vm, a: Args) -> PyResult {
    close_stream(vm, this(vm, &a)?)
}

fn iter_type(vm: &Vm) -> PyRef {
    if let Some(t) = ITER_TYPE.with(|t| t.borrow().clone()) {
        return t;
    }
    let t = new_native_type(vm, "ScandirIterator", "posix", false);
    crate::objects::add_native(vm, &t, "__new__", no_new, NativeKind::StaticMethod);
    crate::objects::add_methods(
        vm,
        &t,
        &[
            ("__iter__", iter_self),
            ("__next__", iter_next),
            ("close", iter_close),
            ("__enter__", iter_enter),
            ("__exit__", iter_exit),
        ],
    );
    ITER_TYPE.with(|c| *c.borrow_mut() = Some(t.clone()));
    t
}

// ---- DirEntry ----

fn entry_name(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(entry_state(vm, o)?.name.clone())
}

fn entry_path(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(entry_state(vm, o)?.path.clone())
}

fn entry_fspath(vm: &Vm, a: Args) -> PyResult {
    method_noargs(vm, "DirEntry", "__fspath__", &a)?;
    entry_path(vm, this(vm, &a)?)
}

fn entry_repr(vm: &Vm, a: Args) -> PyResult {
    let e = entry_state(vm, this(vm, &a)?)?;
    Ok(vm.new_string(format!("<DirEntry {}>", vm.repr_str(&e.name)?)))
}

fn entry_inode(vm: &Vm, a: Args) -> PyResult {
    let e = entry_state(vm, this(vm, &a)?)?;
    method_noargs(vm, "DirEntry", "inode", &a)?;
    Ok(vm.new_int_from_i128(e.ino as i128))
}

/// The entry's stat result (following symlinks or not), computed once.
fn get_stat(vm: &Vm, e: &DirEntry, follow: bool) -> PyResult {
    let follow = follow && is_symlink(vm, e)?;
    let cache = if follow { &e.stat } else { &e.lstat };
    if let Some(s) = cache.borrow().clone() {
        return Ok(s);
    }
    let dir_fd = e.dir_fd.unwrap_or(raw::CWD);
    let st = raw::fstatat(dir_fd, &e.c_path, follow)
        .map_err(|err| super::path::os_error(vm, err, Some(&e.path), None))?;
    let r = stat_result::from_stat(vm, &st)?;
    *cache.borrow_mut() = Some(r.clone());
    Ok(r)
}

fn is_symlink(vm: &Vm, e: &DirEntry) -> PyResult<bool> {
    if e.d_type != libc::DT_UNKNOWN {
        return Ok(e.d_type == libc::DT_LNK);
    }
    let st = get_stat(vm, e, false)?;
    Ok(mode_of(vm, &st)? & libc::S_IFMT == libc::S_IFLNK)
}

fn mode_of(vm: &Vm, st: &PyRef) -> PyResult<u32> {
    let m = vm.get_item(st, &vm.new_int(0))?;
    Ok(args::c_long(vm, &m)? as u32)
}

/// is_dir / is_file: from d_type when it answers, else from stat (a vanished file is
/// neither).
fn test_mode(vm: &Vm, e: &DirEntry, follow: bool, fmt: u32) -> PyResult<bool> {
    let symlink = is_symlink(vm, e)?;
    if e.d_type == libc::DT_UNKNOWN || (follow && symlink) {
        let st = match get_stat(vm, e, follow) {
            Ok(st) => st,
            Err(err) if vm.exc_matches(&err, &vm.exc.file_not_found_error) => return Ok(false),
            Err(err) => return Err(err),
        };
        return Ok(mode_of(vm, &st)? & libc::S_IFMT == fmt);
    }
    if symlink {
        return Ok(false);
    }
    let want = if fmt == libc::S_IFDIR {
        libc::DT_DIR
    } else {
        libc::DT_REG
    };
    Ok(e.d_type == want)
}

const FOLLOW: Clinic = Clinic {
    names: &["follow_symlinks"],
    posonly: 0,
    maxpos: 0,
    required: 0,
};

fn follow_arg(vm: &Vm, name: &str, a: Args) -> PyResult<bool> {
    let b = clinic(vm, name, &FOLLOW, a)?;
    args::flag(vm, b[0].as_ref(), true)
}

fn entry_is_dir(vm: &Vm, a: Args) -> PyResult {
    let e = entry_state(vm, this(vm, &a)?)?;
    let follow = follow_arg(vm, "is_dir", a)?;
    Ok(vm.new_bool(test_mode(vm, e, follow, libc::S_IFDIR)?))
}

fn entry_is_file(vm: &Vm, a: Args) -> PyResult {
    let e = entry_state(vm, this(vm, &a)?)?;
    let follow = follow_arg(vm, "is_file", a)?;
    Ok(vm.new_bool(test_mode(vm, e, follow, libc::S_IFREG)?))
}

fn entry_is_symlink(vm: &Vm, a: Args) -> PyResult {
    let e = entry_state(vm, this(vm, &a)?)?;
    if a.pos().len() > 1 {
        return Err(vm.type_error("is_symlink() takes no arguments"));
    }
    Ok(vm.new_bool(is_symlink(vm, e)?))
}

fn entry_stat(vm: &Vm, a: Args) -> PyResult {
    let e = entry_state(vm, this(vm, &a)?)?;
    let follow = follow_arg(vm, "stat", a)?;
    get_stat(vm, e, follow)
}

fn entry_class_getitem(vm: &Vm, a: Args) -> PyResult {
    let cls = this(vm, &a)?;
    let item = a
        .args
        .get(1)
        .ok_or_else(|| vm.type_error("__class_getitem__ expected 1 argument, got 0"))?;
    crate::objects::generic_alias(vm, cls, item)
}

pub fn entry_type(vm: &Vm) -> PyRef {
    if let Some(t) = ENTRY_TYPE.with(|t| t.borrow().clone()) {
        return t;
    }
    let t = new_native_type(vm, "DirEntry", "posix", false);
    crate::objects::add_native(vm, &t, "__new__", no_new, NativeKind::StaticMethod);
    crate::objects::add_methods(
        vm,
        &t,
        &[
            ("__repr__", entry_repr),
            ("__fspath__", entry_fspath),
            ("inode", entry_inode),
            ("is_dir", entry_is_dir),
            ("is_file", entry_is_file),
            ("is_symlink", entry_is_symlink),
            ("stat", entry_stat),
        ],
    );
    crate::objects::add_native(
        vm,
        &t,
        "__class_getitem__",
        entry_class_getitem,
        NativeKind::ClassMethod,
    );
    crate::objects::descr::add_getset(vm, &t, "name", entry_name, Some(readonly));
    crate::objects::descr::add_getset(vm, &t, "path", entry_path, Some(readonly));
    ENTRY_TYPE.with(|c| *c.borrow_mut() = Some(t.clone()));
    t
}
