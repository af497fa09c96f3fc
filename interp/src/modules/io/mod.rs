//! The `_io` module: CPython's C I/O stack in Rust, so that CPython's own `io.py` runs
//! unchanged. This file owns the export table, the type registry, `open`, `open_code`,
//! `text_encoding`, `DEFAULT_BUFFER_SIZE`, `UnsupportedOperation` and the helpers every
//! class family shares (argument conversion, closed/unsupported errors, OSError by errno).
//!
//! The class families live beside it: `iobase.rs` (the four abstract bases and their
//! default methods), `fileio.rs`, `buffered.rs`, `bytesio.rs`, `stringio.rs`,
//! `textio.rs` (TextIOWrapper), `newline.rs` (IncrementalNewlineDecoder and the newline
//! rules TextIOWrapper and StringIO share), `codec.rs` (the encodings handled natively).
//!
//! The default text encoding is UTF-8 (`encoding=None` and `encoding="locale"` both mean
//! UTF-8 and report it as `'UTF-8'`, as CPython does under a UTF-8 locale; ferropy does
//! not consult the C locale).
//!
//! Known differences from CPython: encodings other than UTF-8, UTF-8-sig, Latin-1 and
//! ASCII raise LookupError (they need `codecs`' incremental coders, which need
//! `_codecs`); `BytesIO.getbuffer()` is a view of a copy; TextIOWrapper's `tell()`
//! cookies are plain byte positions where CPython's may encode decoder state (both
//! round-trip through `seek()`); native objects close and flush when dropped (Rust
//! `Drop`), Python subclasses through `_IOBase.__del__`; a native BufferedWriter over
//! a raw stream written in Python loses unflushed data when dropped unclosed.

mod buffered;
mod bytesio;
mod codec;
mod fileio;
mod iobase;
mod newline;
mod stringio;
mod textio;

use std::cell::{Cell, RefCell, RefMut};
use std::rc::Rc;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::objects::descr::{Getter, Setter};
use crate::vm::{gil, Vm};

pub const DEFAULT_BUFFER_SIZE: usize = 8192;

/// The module's functions (besides the classes and constants that `init` adds).
const FUNCTIONS: &[(&str, NativeFn)] =
    &[("open_code", open_code), ("text_encoding", text_encoding)];

/// The classes of `_io`, built once per thread.
pub(crate) struct IoTypes {
    pub iobase: PyRef,
    pub rawiobase: PyRef,
    pub bufferediobase: PyRef,
    pub textiobase: PyRef,
    pub fileio: PyRef,
    pub bytesio: PyRef,
    pub stringio: PyRef,
    pub buffered_reader: PyRef,
    pub buffered_writer: PyRef,
    pub buffered_random: PyRef,
    pub buffered_rwpair: PyRef,
    pub textiowrapper: PyRef,
    pub newline_decoder: PyRef,
    pub unsupported: PyRef,
}

thread_local! {
    static TYPES: RefCell<Option<Rc<IoTypes>>> = const { RefCell::new(None) };
}

/// The `_io` classes (created on first use).
pub(crate) fn types(vm: &Vm) -> Rc<IoTypes> {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let iobase = iobase::make_iobase(vm);
    let rawiobase = iobase::make_rawiobase(vm, &iobase);
    let bufferediobase = iobase::make_bufferediobase(vm, &iobase);
    let textiobase = iobase::make_textiobase(vm, &iobase);
    let t = Rc::new(IoTypes {
        fileio: fileio::make_type(vm, &rawiobase),
        bytesio: bytesio::make_type(vm, &bufferediobase),
        stringio: stringio::make_type(vm, &textiobase),
        buffered_reader: buffered::make_type(vm, &bufferediobase, buffered::Kind::Reader),
        buffered_writer: buffered::make_type(vm, &bufferediobase, buffered::Kind::Writer),
        buffered_random: buffered::make_type(vm, &bufferediobase, buffered::Kind::Random),
        buffered_rwpair: buffered::make_rwpair_type(vm, &bufferediobase),
        textiowrapper: textio::make_type(vm, &textiobase),
        newline_decoder: newline::make_type(vm),
        unsupported: make_unsupported(vm),
        iobase,
        rawiobase,
        bufferediobase,
        textiobase,
    });
    TYPES.with(|s| *s.borrow_mut() = Some(t.clone()));
    t
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(vm, "_io", FUNCTIONS);
    let d = vm.module_dict(&m).unwrap();
    let t = types(vm);
    let classes = [
        ("_IOBase", &t.iobase),
        ("_RawIOBase", &t.rawiobase),
        ("_BufferedIOBase", &t.bufferediobase),
        ("_TextIOBase", &t.textiobase),
        ("FileIO", &t.fileio),
        ("BytesIO", &t.bytesio),
        ("StringIO", &t.stringio),
        ("BufferedReader", &t.buffered_reader),
        ("BufferedWriter", &t.buffered_writer),
        ("BufferedRandom", &t.buffered_random),
        ("BufferedRWPair", &t.buffered_rwpair),
        ("TextIOWrapper", &t.textiowrapper),
        ("IncrementalNewlineDecoder", &t.newline_decoder),
        ("UnsupportedOperation", &t.unsupported),
    ];
    for (name, ty) in classes {
        vm.dict_set_str(&d, name, (*ty).clone())?;
    }
    vm.dict_set_str(&d, "DEFAULT_BUFFER_SIZE", vm.new_usize(DEFAULT_BUFFER_SIZE))?;
    vm.dict_set_str(&d, "BlockingIOError", vm.exc.blocking_io_error.clone())?;
    // `builtins.open is io.open`, as in CPython: one function object for both.
    let open = vm
        .dict_get_str(&vm.builtins_dict, "open")?
        .ok_or_else(|| vm.runtime_error("builtins.open missing"))?;
    vm.dict_set_str(&d, "open", open)?;
    Ok(m)
}

/// `io.UnsupportedOperation`: a subclass of both OSError and ValueError.
fn make_unsupported(vm: &Vm) -> PyRef {
    let ns = vm.new_dict();
    let _ = vm.dict_set_str(&ns, "__module__", vm.new_str("io"));
    crate::objects::typeobj::create_class(
        vm,
        &vm.types.type_,
        "UnsupportedOperation",
        vec![vm.exc.os_error.clone(), vm.exc.value_error.clone()],
        &ns,
    )
    .expect("UnsupportedOperation type")
}

/// A class of `_io` deriving from `base` (`object` when `None`), subclassable; its
/// instances have a `__dict__`, as CPython's do.
pub(crate) fn new_io_type(
    vm: &Vm,
    name: &str,
    base: Option<&PyRef>,
    methods: &[(&'static str, NativeFn)],
    getsets: &[(&'static str, Getter, Option<Setter>)],
) -> PyRef {
    let base = base.unwrap_or(&vm.types.object);
    let mut td = crate::object::typeobj::builtin_type_data(
        name,
        Some(base),
        crate::object::payload::Layout::Special,
        vm.new_dict(),
        true,
    );
    td.instance_dict = true;
    td.native_flags.set(TYPE_WEAKREFABLE | TYPE_FINALIZE);
    let t = PyRef::new(vm.types.type_.clone(), Payload::Type(Box::new(td)));
    let mut mro = vec![t.clone()];
    mro.extend(base.type_data().mro.borrow().iter().cloned());
    *t.type_data().mro.borrow_mut() = mro;
    *t.type_data().module.borrow_mut() = Some(vm.intern("_io"));
    if crate::object::typeobj::type_lookup(&t, &vm.names.__dict__).is_none() {
        let (g, s) = crate::objects::object::dict_descr_fns();
        crate::objects::descr::add_getset(vm, &t, "__dict__", g, Some(s));
    }
    add_members(vm, &t, methods, getsets);
    t
}

pub(crate) fn add_members(
    vm: &Vm,
    t: &PyRef,
    methods: &[(&'static str, NativeFn)],
    getsets: &[(&'static str, Getter, Option<Setter>)],
) {
    for (name, f) in methods {
        let kind = if *name == "__new__" {
            NativeKind::StaticMethod
        } else {
            NativeKind::Method
        };
        crate::objects::add_native(vm, t, name, *f, kind);
    }
    for (name, g, s) in getsets {
        crate::objects::descr::add_getset(vm, t, name, *g, *s);
    }
}

// ---- shared helpers ---------------------------------------------------------------

/// The native state `T` of `o`, or TypeError naming the expected class.
pub(crate) fn state<'a, T: 'static>(vm: &Vm, o: &'a PyRef, what: &str) -> PyResult<&'a T> {
    native::<T>(o).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_io.{}' object but received a '{}'",
            what,
            o.type_name()
        ))
    })
}

pub(crate) fn native<T: 'static>(o: &PyRef) -> Option<&T> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<T>(),
        _ => None,
    }
}

/// `new` for a class of `_io`: the class given to `__new__` and the state.
pub(crate) fn new_instance<T: 'static>(vm: &Vm, a: &Args, st: T) -> PyResult {
    let cls = args::this(vm, a)?;
    if !matches!(cls.payload, Payload::Type(_)) {
        return Err(vm.type_error("__new__(X): X is not a type object"));
    }
    Ok(vm.new_object_of(cls, Payload::Native(Box::new(st))))
}

/// The receiver and the positional-only arguments of a method (`read(size=-1, /)`),
/// with CPython's messages (`read expected at most 1 argument, got 2`).
pub(crate) fn parse_pos<'a>(
    vm: &Vm,
    a: &Args<'a>,
    fname: &str,
    max: usize,
) -> PyResult<(&'a PyRef, Vec<Option<PyRef>>)> {
    let this = args::this(vm, a)?;
    if a.has_kw() {
        // CPython names the built-in class: `BufferedReader.read() takes no keyword...`.
        let owner = this
            .class()
            .type_data()
            .mro
            .borrow()
            .iter()
            .find(|c| !c.type_data().heap)
            .map(|c| c.type_data().name.borrow().clone())
            .unwrap_or_default();
        return Err(vm.type_error(format!("{}.{}() takes no keyword arguments", owner, fname)));
    }
    let rest = &a.args[1..];
    if rest.len() > max {
        return Err(vm.type_error(format!(
            "{} expected at most {} argument{}, got {}",
            fname,
            max,
            if max == 1 { "" } else { "s" },
            rest.len()
        )));
    }
    let mut out: Vec<Option<PyRef>> = rest.iter().cloned().map(Some).collect();
    out.resize(max, None);
    Ok((this, out))
}

/// Argument Clinic binding: an unknown keyword is "'x' is an invalid keyword argument
/// for f()".
pub(crate) fn clinic_bind(
    vm: &Vm,
    fname: &str,
    a: Args,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<PyRef>>> {
    for k in a.kwnames {
        let kn = vm.str_of(k).unwrap_or("");
        if !names.contains(&kn) {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                kn, fname
            )));
        }
    }
    args::bind(vm, fname, a, names, required, 0)
}

/// The receiver and the bound arguments of a method call (`names` after `self`).
pub(crate) fn parse<'a>(
    vm: &Vm,
    a: &Args<'a>,
    fname: &str,
    names: &[&str],
    required: usize,
) -> PyResult<(&'a PyRef, Vec<Option<PyRef>>)> {
    let this = args::this(vm, a)?;
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    let b = args::bind(vm, fname, rest, names, required, 0)?;
    Ok((this, b))
}

/// Borrows an object's state for one operation (CPython's `ENTER_BUFFERED`). The
/// operation may let other threads run (a raw read without the GIL, a call into Python
/// code): if another thread holds the state meanwhile, this one waits without the GIL;
/// if the calling thread itself holds it, the call is reentrant and fails. `owner` is
/// the ident of the last thread that borrowed through here, so while the cell is
/// borrowed it names the holder.
pub(crate) fn enter<'a, T>(
    vm: &Vm,
    cell: &'a RefCell<T>,
    owner: &Cell<u64>,
    name: &str,
) -> PyResult<RefMut<'a, T>> {
    let me = crate::modules::thread::current_ident();
    loop {
        if let Ok(r) = cell.try_borrow_mut() {
            owner.set(me);
            return Ok(r);
        }
        // A parked daemon thread never gives the state back once shutdown started.
        if owner.get() == me || !gil::threaded() || gil::finalizing() {
            return Err(vm.runtime_error(format!("reentrant call inside <_io.{}>", name)));
        }
        vm.allow_threads(|| std::thread::sleep(std::time::Duration::from_micros(100)));
    }
}

/// Whether `close` runs at finalization (`IOBase.__del__` set `_finalizing`).
pub(crate) fn finalizing(vm: &Vm, o: &PyRef) -> bool {
    match vm.get_attr_opt(o, &vm.intern("_finalizing")) {
        Ok(Some(v)) => vm.is_true(&v).unwrap_or(false),
        _ => false,
    }
}

/// At finalization: asks `stream` (a buffer or raw stream) to warn that `source` was not
/// closed (`_dealloc_warn`); whatever fails is ignored.
pub(crate) fn dealloc_warn(vm: &Vm, stream: &PyRef, source: &PyRef) {
    if let Ok(Some(m)) = vm.get_attr_opt(stream, &vm.intern("_dealloc_warn")) {
        let _ = vm.call(&m, Args::new(std::slice::from_ref(source)));
    }
}

/// The outcome of `first` then `second` (a close after a flush): the second error wins,
/// with the first as its `__context__` (CPython's `_PyErr_ChainExceptions`).
pub(crate) fn chain<T>(first: PyResult<()>, second: PyResult<T>) -> PyResult<T> {
    match (first, second) {
        (Ok(()), r) => r,
        (Err(e1), Ok(_)) => Err(e1),
        (Err(e1), Err(e2)) => {
            if let Payload::Exception(d) = &e2.0.payload {
                if !e1.0.is(&e2.0) && d.context.borrow().is_none() {
                    *d.context.borrow_mut() = Some(e1.0);
                }
            }
            Err(e2)
        }
    }
}

pub(crate) fn closed_error(vm: &Vm) -> PyErr {
    vm.value_error("I/O operation on closed file.")
}

pub(crate) fn uninit_error(vm: &Vm) -> PyErr {
    vm.value_error("I/O operation on uninitialized object")
}

/// `io.UnsupportedOperation(msg)`.
pub(crate) fn unsupported(vm: &Vm, msg: &str) -> PyErr {
    let ty = types(vm).unsupported.clone();
    match vm.call(&ty, Args::new(&[vm.new_str(msg)])) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// `OSError(errno, strerror[, filename])`, which picks the subclass for the errno.
pub(crate) fn os_error(vm: &Vm, errno: i32, filename: Option<&PyRef>) -> PyErr {
    let msg = std::io::Error::from_raw_os_error(errno).to_string();
    let msg = match msg.rfind(" (os error") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    };
    let mut a = vec![vm.new_int(errno as i64), vm.new_string(msg)];
    if let Some(f) = filename {
        a.push(f.clone());
    }
    match vm.call(&vm.exc.os_error, Args::new(&a)) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// A `size` argument: None or missing is -1; otherwise an integer (`__index__`).
pub(crate) fn size_arg(vm: &Vm, o: Option<&PyRef>) -> PyResult<i64> {
    match o {
        None => Ok(-1),
        Some(v) if vm.is_none(v) => Ok(-1),
        Some(v) => match args::ssize_opt(vm, v)? {
            Some(n) => Ok(n),
            None => Err(vm.type_error(format!(
                "argument should be integer or None, not '{}'",
                v.type_name()
            ))),
        },
    }
}

/// An integer argument (`__index__`), with CPython's message for other types.
pub(crate) fn int_arg(vm: &Vm, o: &PyRef) -> PyResult<i64> {
    if matches!(o.payload, Payload::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    args::to_i64(vm, o)
}

/// Copies `data` into the writable buffer `target` (bytearray, native buffer such as an
/// array, or a memoryview of either);
/// returns how many bytes were copied.
pub(crate) fn write_into(vm: &Vm, target: &PyRef, data: &[u8]) -> PyResult<usize> {
    match &target.payload {
        Payload::ByteArray(b) => {
            let mut b = b.borrow_mut();
            let n = data.len().min(b.len());
            b[..n].copy_from_slice(&data[..n]);
            Ok(n)
        }
        Payload::MemoryView(m) if !m.readonly => {
            if m.released.get() {
                return Err(vm.value_error("operation forbidden on released memoryview object"));
            }
            match &m.obj.payload {
                Payload::ByteArray(b) => {
                    let mut b = b.borrow_mut();
                    let n = data.len().min(m.len);
                    b[m.start..m.start + n].copy_from_slice(&data[..n]);
                    Ok(n)
                }
                _ if crate::objects::buffer::native(&m.obj).is_some() => {
                    let w = |b: &mut [u8]| {
                        let n = data.len().min(m.len).min(b.len().saturating_sub(m.start));
                        b[m.start..m.start + n].copy_from_slice(&data[..n]);
                        n
                    };
                    Ok(crate::objects::buffer::with_native_mut(&m.obj, w).unwrap_or(0))
                }
                _ => Err(vm.type_error("readinto() argument must be read-write bytes-like object")),
            }
        }
        Payload::Native(_) if crate::objects::buffer::native(target).is_some() => {
            let w = |b: &mut [u8]| {
                let n = data.len().min(b.len());
                b[..n].copy_from_slice(&data[..n]);
                n
            };
            Ok(crate::objects::buffer::with_native_mut(target, w).unwrap_or(0))
        }
        Payload::Bytes(_) | Payload::MemoryView(_) => Err(vm.type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            target.type_name()
        ))),
        _ => Err(vm.type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            target.type_name()
        ))),
    }
}

/// A zero-filled buffer of `n` bytes, or MemoryError when it cannot be allocated.
pub(crate) fn zeroed(vm: &Vm, n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| vm.memory_error())?;
    v.resize(n, 0);
    Ok(v)
}

/// Largest size an in-memory stream may grow to (beyond it: MemoryError, not an abort).
pub(crate) const MAX_MEMORY_STREAM: usize = 1 << 40;

/// The length of a writable buffer argument.
pub(crate) fn buffer_len(vm: &Vm, target: &PyRef) -> PyResult<usize> {
    match &target.payload {
        Payload::ByteArray(b) => Ok(b.borrow().len()),
        Payload::MemoryView(m) if !m.readonly => Ok(m.len),
        Payload::Native(_) if crate::objects::buffer::native(target).is_some() => {
            Ok(crate::objects::buffer::native(target).map_or(0, |nb| nb.data.borrow().len()))
        }
        _ => Err(vm.type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            target.type_name()
        ))),
    }
}

/// The bytes of a bytes-like argument (copied).
pub(crate) fn bytes_arg(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    crate::objects::bytes::bytes_from_object(vm, o)
}

/// A `str` from generalized UTF-8 bytes (which may encode surrogates).
pub(crate) fn str_from_wtf8(vm: &Vm, b: &[u8]) -> PyRef {
    match std::str::from_utf8(b) {
        Ok(s) => vm.new_str(s),
        Err(_) => crate::objects::str::new_view(vm, ferropy_primitives::wtf8::Wtf8Str::Wtf8(b)),
    }
}

/// A `str` from owned generalized UTF-8 bytes (no copy when they are UTF-8).
pub(crate) fn str_from_wtf8_owned(vm: &Vm, b: Vec<u8>) -> PyRef {
    match String::from_utf8(b) {
        Ok(s) => vm.new_string(s),
        Err(e) => str_from_wtf8(vm, e.as_bytes()),
    }
}

/// Calls `obj.name(*args)`.
pub(crate) fn call_method(vm: &Vm, obj: &PyRef, name: &str, a: &[PyRef]) -> PyResult {
    vm.call_method(obj, name, a)
}

/// The class name a repr shows (CPython's `tp_name`: `_io.FileIO` for the built-in
/// classes, the bare name for Python subclasses).
pub(crate) fn repr_type_name(o: &PyRef) -> String {
    let td = o.class().type_data();
    let name = td.name.borrow().clone();
    if td.heap {
        name
    } else {
        format!("_io.{}", name)
    }
}

/// `bool(obj.closed)`.
pub(crate) fn is_closed(vm: &Vm, obj: &PyRef) -> PyResult<bool> {
    let c = vm.get_attr_str(obj, "closed")?;
    vm.is_true(&c)
}

// ---- open -------------------------------------------------------------------------

/// The parsed `mode` argument of `open`.
struct OpenMode {
    creating: bool,
    reading: bool,
    writing: bool,
    appending: bool,
    updating: bool,
    text: bool,
    binary: bool,
}

fn parse_open_mode(vm: &Vm, mode: &str) -> PyResult<OpenMode> {
    let invalid = || vm.value_error(format!("invalid mode: '{}'", mode));
    let mut m = OpenMode {
        creating: false,
        reading: false,
        writing: false,
        appending: false,
        updating: false,
        text: false,
        binary: false,
    };
    let mut seen = String::new();
    for c in mode.chars() {
        if !"xrwa+tb".contains(c) || seen.contains(c) {
            return Err(invalid());
        }
        seen.push(c);
        match c {
            'x' => m.creating = true,
            'r' => m.reading = true,
            'w' => m.writing = true,
            'a' => m.appending = true,
            '+' => m.updating = true,
            't' => m.text = true,
            _ => m.binary = true,
        }
    }
    if m.text && m.binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let n = [m.creating, m.reading, m.writing, m.appending]
        .iter()
        .filter(|b| **b)
        .count();
    // No mode letter at all is left to FileIO, which words it its own way.
    if n > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    Ok(m)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`; also `builtins.open`.
pub fn open(vm: &Vm, a: Args) -> PyResult {
    let a = crate::modules::user_args(a);
    let names = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    let b = clinic_bind(vm, "open", a, &names, 1)?;
    let mut file = b[0].clone().unwrap();
    // CPython: a file that is not an int is replaced by its os.fspath() value.
    if !matches!(
        file.payload,
        Payload::Int(_) | Payload::BigInt(_) | Payload::Str(_) | Payload::Bytes(_)
    ) {
        if crate::object::typeobj::type_lookup(file.class(), &vm.intern("__fspath__")).is_none() {
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                file.type_name()
            )));
        }
        file = fileio::call_fspath(vm, &file)?;
    }
    let opt = |i: usize| b[i].clone().filter(|v| !vm.is_none(v));
    let mode_obj = b[1].clone().unwrap_or_else(|| vm.new_str("r"));
    let mode = match vm.str_of(&mode_obj) {
        Some(s) => s.to_string(),
        None => {
            return Err(vm.type_error(format!(
                "open() argument 'mode' must be str, not {}",
                mode_obj.type_name()
            )))
        }
    };
    let buffering = match &b[2] {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    for (i, what) in [(3, "encoding"), (4, "errors"), (5, "newline")] {
        if let Some(v) = opt(i) {
            if vm.str_of(&v).is_none() {
                return Err(vm.type_error(format!(
                    "open() argument '{}' must be str or None, not {}",
                    what,
                    v.type_name()
                )));
            }
        }
    }
    let closefd = match &b[6] {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let m = parse_open_mode(vm, &mode)?;
    if m.binary {
        for (i, what) in [(3, "an encoding"), (4, "an errors"), (5, "a newline")] {
            if opt(i).is_some() {
                return Err(vm.value_error(format!("binary mode doesn't take {} argument", what)));
            }
        }
    }
    if m.binary && buffering == 1 {
        warn_runtime(
            vm,
            "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used",
        )?;
    }
    let mut rawmode = String::new();
    if m.creating {
        rawmode.push('x');
    } else if m.reading {
        rawmode.push('r');
    } else if m.writing {
        rawmode.push('w');
    } else if m.appending {
        rawmode.push('a');
    }
    if m.updating {
        rawmode.push('+');
    }
    let t = types(vm);
    let fio_args = [
        file,
        vm.new_str(&rawmode),
        vm.new_bool(closefd),
        b[7].clone().unwrap_or_else(|| vm.none()),
    ];
    let raw = vm.call(&t.fileio, Args::new(&fio_args))?;
    let result = open_layers(vm, &raw, &m, buffering, &b, &mode);
    if result.is_err() {
        let _ = call_method(vm, &raw, "close", &[]);
    }
    result
}

/// `warnings.warn(msg, RuntimeWarning, 2)`.
fn warn_runtime(vm: &Vm, msg: &str) -> PyResult<()> {
    vm.warn(&vm.exc.runtime_warning, msg, 2)
}

/// The buffer and text layers `open` puts over the raw file.
fn open_layers(
    vm: &Vm,
    raw: &PyRef,
    m: &OpenMode,
    mut buffering: i64,
    b: &[Option<PyRef>],
    mode: &str,
) -> PyResult {
    let t = types(vm);
    let mut line_buffering = false;
    if buffering == 1 || (buffering < 0 && vm.is_true(&call_method(vm, raw, "isatty", &[])?)?) {
        buffering = -1;
        line_buffering = true;
    }
    if buffering < 0 {
        buffering = DEFAULT_BUFFER_SIZE as i64;
        if let Some(f) = native::<fileio::FileIO>(raw) {
            let bs = f.blksize.get();
            if bs > 1 {
                buffering = bs;
            }
        }
    }
    if buffering == 0 {
        if m.binary {
            return Ok(raw.clone());
        }
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    let cls = if m.updating {
        &t.buffered_random
    } else if m.creating || m.writing || m.appending {
        &t.buffered_writer
    } else {
        &t.buffered_reader
    };
    let buffer = vm.call(cls, Args::new(&[raw.clone(), vm.new_int(buffering)]))?;
    if m.binary {
        return Ok(buffer);
    }
    let arg = |i: usize| b[i].clone().unwrap_or_else(|| vm.none());
    let targs = [
        buffer.clone(),
        arg(3),
        arg(4),
        arg(5),
        vm.new_bool(line_buffering),
    ];
    let text = match vm.call(&t.textiowrapper, Args::new(&targs)) {
        Ok(w) => w,
        Err(e) => {
            let _ = call_method(vm, &buffer, "close", &[]);
            return Err(e);
        }
    };
    vm.set_attr_str(&text, "mode", vm.new_str(mode))?;
    Ok(text)
}

/// `open_code(path)`: `open(path, 'rb')`, for the import system.
fn open_code(vm: &Vm, a: Args) -> PyResult {
    let a = crate::modules::user_args(a);
    let b = args::bind(vm, "open_code", a, &["path"], 1, 0)?;
    let path = b[0].clone().unwrap();
    if vm.str_of(&path).is_none() {
        return Err(vm.type_error(format!(
            "open_code() argument 'path' must be str, not {}",
            path.type_name()
        )));
    }
    let open = vm
        .dict_get_str(&vm.builtins_dict, "open")?
        .ok_or_else(|| vm.runtime_error("builtins.open missing"))?;
    vm.call(&open, Args::new(&[path, vm.new_str("rb")]))
}

/// `text_encoding(encoding, stacklevel=2)`: the encoding, or "locale" for None.
fn text_encoding(vm: &Vm, a: Args) -> PyResult {
    let a = crate::modules::user_args(a);
    let b = args::bind(vm, "text_encoding", a, &["encoding", "stacklevel"], 1, 0)?;
    let enc = b[0].clone().unwrap();
    if vm.is_none(&enc) {
        return Ok(vm.new_str("locale"));
    }
    Ok(enc)
}

/// Whether `file` is an exact `_io.TextIOWrapper` (not a subclass that may override
/// `write`).
pub(crate) fn is_exact_text_wrapper(vm: &Vm, file: &PyRef) -> bool {
    file.class().is(&types(vm).textiowrapper)
}

/// Writes the str `s` through `file` when `file` is an exact `_io.TextIOWrapper`, without
/// a method lookup (print's one-write-per-line path and `Vm::write_to`); `None` leaves
/// any other file object to the caller.
pub(crate) fn text_write_fast(vm: &Vm, file: &PyRef, s: PyRef) -> Option<PyResult<()>> {
    if !file.class().is(&types(vm).textiowrapper) {
        return None;
    }
    Some(textio::write_str(vm, file, s))
}
