//! The struct sequences of the `posix` module (`os.stat_result`, `os.statvfs_result`,
//! `posix.times_result`, `posix.uname_result`, `os.terminal_size`), made once with
//! `modules::structseq_type` and cached process-wide like other native types.

use std::cell::RefCell;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

/// Which struct sequence.
#[derive(Clone, Copy)]
pub enum Kind {
    Stat,
    StatVfs,
    Times,
    Uname,
    TerminalSize,
}

const KINDS: usize = 5;

static TYPES: GilCell<RefCell<[Option<PyRef>; KINDS]>> =
    GilCell::new(|| RefCell::new([None, None, None, None, None]));

/// The sequence fields of `os.stat_result`. Items 7-9 are the integer times, shown by
/// `repr` under the names of the float attributes (as CPython's structseq repr does).
const STAT_FIELDS: &[&str] = &[
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
    "st_mtime", "st_ctime",
];
/// Attributes beyond the sequence: float times (which shadow the integer items' names),
/// nanosecond times, and the Linux extras.
const STAT_EXTRA: &[&str] = &[
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
];

fn spec(
    kind: Kind,
) -> (
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
) {
    match kind {
        Kind::Stat => ("os.stat_result", "os", STAT_FIELDS, STAT_EXTRA),
        Kind::StatVfs => (
            "os.statvfs_result",
            "os",
            &[
                "f_bsize",
                "f_frsize",
                "f_blocks",
                "f_bfree",
                "f_bavail",
                "f_files",
                "f_ffree",
                "f_favail",
                "f_flag",
                "f_namemax",
            ],
            &["f_fsid"],
        ),
        Kind::Times => (
            "posix.times_result",
            "posix",
            &[
                "user",
                "system",
                "children_user",
                "children_system",
                "elapsed",
            ],
            &[],
        ),
        Kind::Uname => (
            "posix.uname_result",
            "posix",
            &["sysname", "nodename", "release", "version", "machine"],
            &[],
        ),
        Kind::TerminalSize => ("os.terminal_size", "os", &["columns", "lines"], &[]),
    }
}

/// The type object of `kind`, created on first use.
pub fn type_of(vm: &Vm, kind: Kind) -> PyResult {
    let i = kind as usize;
    if let Some(t) = TYPES.with(|t| t.borrow()[i].clone()) {
        return Ok(t);
    }
    let (qualname, module, fields, extra) = spec(kind);
    let t = crate::modules::structseq_type(vm, qualname, module, fields, extra)?;
    TYPES.with(|ts| ts.borrow_mut()[i] = Some(t.clone()));
    Ok(t)
}

/// An instance of `kind` from all its values (sequence items, then extras).
pub fn make(vm: &Vm, kind: Kind, mut values: Vec<PyRef>) -> PyResult {
    let t = type_of(vm, kind)?;
    // Fast path for the struct sequences of `structseq.py`: the tuple part plus the
    // extras in the `_extra_values` slot, as its `__new__` would build them.
    let (_, _, fields, extra) = spec(kind);
    let slot = t
        .type_data()
        .slot_names
        .borrow()
        .iter()
        .position(|n| n == "_extra_values");
    if let Some(slot) = slot {
        if values.len() == fields.len() + extra.len() {
            let extras = values.split_off(fields.len());
            let obj = vm.new_object_of(&t, Payload::Tuple(values.into_boxed_slice()));
            let stored = match obj.ext() {
                Some(ext) => match ext.slots.borrow_mut().get_mut(slot) {
                    Some(s) => {
                        *s = Some(vm.new_tuple(extras));
                        true
                    }
                    None => false,
                },
                None => false,
            };
            return if stored {
                Ok(obj)
            } else {
                Err(vm.runtime_error("struct sequence without its slot"))
            };
        }
    }
    vm.call(&t, Args::new(&[vm.new_tuple(values)]))
}

/// Seconds as a float, from (seconds, nanoseconds).
fn float_time(s: i64, ns: i64) -> f64 {
    s as f64 + ns as f64 * 1e-9
}

/// `os.stat_result` for a `struct stat`.
pub fn from_stat(vm: &Vm, st: &libc::stat) -> PyResult {
    let int = |v: i128| vm.new_int_from_i128(v);
    let times = [
        (st.st_atime, st.st_atime_nsec),
        (st.st_mtime, st.st_mtime_nsec),
        (st.st_ctime, st.st_ctime_nsec),
    ];
    let mut v = vec![
        int(st.st_mode as i128),
        int(st.st_ino as i128),
        int(st.st_dev as i128),
        int(st.st_nlink as i128),
        int(st.st_uid as i128),
        int(st.st_gid as i128),
        int(st.st_size as i128),
    ];
    for (s, _) in times {
        v.push(int(s as i128));
    }
    for (s, ns) in times {
        v.push(vm.new_float(float_time(s, ns)));
    }
    for (s, ns) in times {
        v.push(int(s as i128 * 1_000_000_000 + ns as i128));
    }
    v.push(int(st.st_blksize as i128));
    v.push(int(st.st_blocks as i128));
    v.push(int(st.st_rdev as i128));
    make(vm, Kind::Stat, v)
}

/// `os.statvfs_result` for a `struct statvfs`.
pub fn from_statvfs(vm: &Vm, st: &libc::statvfs) -> PyResult {
    let vals: Vec<PyRef> = [
        st.f_bsize as i128,
        st.f_frsize as i128,
        st.f_blocks as i128,
        st.f_bfree as i128,
        st.f_bavail as i128,
        st.f_files as i128,
        st.f_ffree as i128,
        st.f_favail as i128,
        st.f_flag as i128,
        st.f_namemax as i128,
        st.f_fsid as i128,
    ]
    .iter()
    .map(|&v| vm.new_int_from_i128(v))
    .collect();
    make(vm, Kind::StatVfs, vals)
}
