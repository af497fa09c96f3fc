//! `BufferedReader`, `BufferedWriter`, `BufferedRandom` (one implementation with a read
//! buffer and a write buffer; the kind decides which methods the class has) and
//! `BufferedRWPair` (a reader and a writer over two raw streams).
//!
//! The raw stream is called through its methods (`readinto`, `write`, `seek`...), so
//! Python raw classes work; an exact `FileIO` is driven directly. Data still buffered
//! when a writer is dropped without `close` is written to an exact `FileIO` raw (the
//! common `open(...)` case); CPython would also flush other raw streams.

use std::cell::{Cell, RefCell, RefMut};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use super::fileio::{self, FileIO};
use super::{call_method, new_instance, new_io_type, parse, parse_pos, size_arg, unsupported};

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Reader,
    Writer,
    Random,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Reader => "BufferedReader",
            Kind::Writer => "BufferedWriter",
            Kind::Random => "BufferedRandom",
        }
    }
    fn reads(self) -> bool {
        self != Kind::Writer
    }
    fn writes(self) -> bool {
        self != Kind::Reader
    }
}

pub(crate) struct Buffered {
    kind: Kind,
    inner: RefCell<Inner>,
    /// The thread that last entered `inner` (see `super::enter`).
    owner: Cell<u64>,
    /// `inner.raw`, readable while an operation holds `inner` (CPython's `raw`,
    /// `closed`, `name` and `mode` getters take no lock).
    raw_shadow: RefCell<Option<PyRef>>,
}

struct Inner {
    raw: Option<PyRef>,
    detached: bool,
    size: usize,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    /// `close()` ran (CPython frees the buffer): no more reads or writes, even if closing
    /// the raw stream failed or is still under way on another thread.
    closed: bool,
}

impl Inner {
    fn avail(&self) -> usize {
        self.rbuf.len() - self.rpos
    }
    fn take(&mut self, n: usize) -> &[u8] {
        let n = n.min(self.avail());
        let s = self.rpos;
        self.rpos += n;
        &self.rbuf[s..s + n]
    }
    fn raw(&self) -> &PyRef {
        self.raw.as_ref().expect("checked initialised")
    }
}

impl Drop for Buffered {
    fn drop(&mut self) {
        let inner = self.inner.get_mut();
        if inner.wbuf.is_empty() {
            return;
        }
        if let Some(f) = inner.raw.as_ref().and_then(super::native::<FileIO>) {
            let fd = f.fd.get();
            let mut data = &inner.wbuf[..];
            while fd >= 0 && !data.is_empty() {
                match fileio::sys_write(fd, data) {
                    Err(libc::EINTR) => continue,
                    Ok(0) | Err(_) => break,
                    Ok(n) => data = &data[n..],
                }
            }
        }
    }
}

/// The raw stream when it is an exact FileIO (driven without method calls).
fn exact_fileio<'a>(vm: &Vm, raw: &'a PyRef) -> Option<&'a FileIO> {
    if raw.class().is(&super::types(vm).fileio) {
        super::native::<FileIO>(raw)
    } else {
        None
    }
}

fn raw_closed_check(vm: &Vm, f: &FileIO) -> PyResult<()> {
    if f.fd.get() < 0 {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(())
}

/// Reads up to `n` bytes from the raw stream (`None`: would block).
fn raw_read(vm: &Vm, raw: &PyRef, n: usize) -> PyResult<Option<Vec<u8>>> {
    if let Some(f) = exact_fileio(vm, raw) {
        raw_closed_check(vm, f)?;
        return fileio::read_n(vm, f, n);
    }
    let ba = vm.new_bytearray(super::zeroed(vm, n)?);
    let view = crate::objects::memoryview::new_memoryview(vm, &ba)?;
    let r = call_method(vm, raw, "readinto", std::slice::from_ref(&view));
    let _ = call_method(vm, &view, "release", &[]);
    let r = r?;
    if vm.is_none(&r) {
        return Ok(None);
    }
    // A result that is not an integer: OSError caused by the TypeError, as CPython.
    let k = args::to_i64(vm, &r).map_err(|cause| {
        let e = vm.new_error(&vm.exc.os_error, "raw readinto() failed");
        if let Payload::Exception(d) = &e.0.payload {
            *d.cause.borrow_mut() = Some(cause.0.clone());
            *d.context.borrow_mut() = Some(cause.0);
            d.suppress_context.set(true);
        }
        e
    })?;
    if k < 0 || k as usize > n {
        return Err(vm.new_error(
            &vm.exc.os_error,
            format!(
                "raw readinto() returned invalid length {} (should have been between 0 and {})",
                k, n
            ),
        ));
    }
    let data = match &ba.payload {
        Payload::ByteArray(v) => v.borrow()[..k as usize].to_vec(),
        _ => Vec::new(),
    };
    Ok(Some(data))
}

fn raw_readall(vm: &Vm, raw: &PyRef) -> PyResult<Option<Vec<u8>>> {
    if let Some(f) = exact_fileio(vm, raw) {
        raw_closed_check(vm, f)?;
        return fileio::read_all(vm, f);
    }
    if vm.get_attr_opt(raw, &vm.intern("readall"))?.is_some() {
        let r = call_method(vm, raw, "readall", &[])?;
        if vm.is_none(&r) {
            return Ok(None);
        }
        return match &r.payload {
            Payload::Bytes(b) => Ok(Some(b.to_vec())),
            _ => Err(vm.type_error("readall() should return bytes")),
        };
    }
    let mut out = Vec::new();
    loop {
        match raw_read(vm, raw, super::DEFAULT_BUFFER_SIZE)? {
            None if out.is_empty() => return Ok(None),
            None => break,
            Some(c) if c.is_empty() => break,
            Some(c) => out.extend_from_slice(&c),
        }
    }
    Ok(Some(out))
}

/// Writes some of `data` to the raw stream (`None`: would block).
fn raw_write(vm: &Vm, raw: &PyRef, data: &[u8]) -> PyResult<Option<usize>> {
    if let Some(f) = exact_fileio(vm, raw) {
        raw_closed_check(vm, f)?;
        return fileio::write_some(vm, f, data);
    }
    let r = call_method(vm, raw, "write", &[vm.new_bytes(data.to_vec())])?;
    if vm.is_none(&r) {
        return Ok(None);
    }
    let k = args::to_i64(vm, &r)?;
    if k < 0 || k as usize > data.len() {
        return Err(vm.new_error(
            &vm.exc.os_error,
            format!(
                "raw write() returned invalid length {} (should have been between 0 and {})",
                k,
                data.len()
            ),
        ));
    }
    Ok(Some(k as usize))
}

fn raw_seek(vm: &Vm, raw: &PyRef, pos: i64, whence: i32) -> PyResult<i64> {
    if let Some(f) = exact_fileio(vm, raw) {
        raw_closed_check(vm, f)?;
        return fileio::seek_to(vm, f, pos, whence);
    }
    let r = call_method(
        vm,
        raw,
        "seek",
        &[vm.new_int(pos), vm.new_int(whence as i64)],
    )?;
    let p = args::to_i64(vm, &r)?;
    if p < 0 {
        return Err(vm.new_error(
            &vm.exc.os_error,
            format!("Raw stream returned invalid position {}", p),
        ));
    }
    Ok(p)
}

fn raw_tell(vm: &Vm, raw: &PyRef) -> PyResult<i64> {
    if let Some(f) = exact_fileio(vm, raw) {
        raw_closed_check(vm, f)?;
        return fileio::seek_to(vm, f, 0, libc::SEEK_CUR);
    }
    let r = call_method(vm, raw, "tell", &[])?;
    let p = args::to_i64(vm, &r)?;
    if p < 0 {
        return Err(vm.new_error(
            &vm.exc.os_error,
            format!("Raw stream returned invalid position {}", p),
        ));
    }
    Ok(p)
}

fn raw_is_closed(vm: &Vm, raw: &PyRef) -> PyResult<bool> {
    if let Some(f) = exact_fileio(vm, raw) {
        return Ok(f.fd.get() < 0);
    }
    super::is_closed(vm, raw)
}

// ---- state access -------------------------------------------------------------------

fn st<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a Buffered> {
    super::state::<Buffered>(vm, o, "Buffered")
}

/// The state of an initialised, attached buffered object, borrowed for one operation.
fn lock<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<(&'a Buffered, RefMut<'a, Inner>)> {
    let b = st(vm, o)?;
    let inner = super::enter(vm, &b.inner, &b.owner, b.kind.name())?;
    if inner.raw.is_none() {
        return Err(if inner.detached {
            vm.value_error("raw stream has been detached")
        } else {
            super::uninit_error(vm)
        });
    }
    Ok((b, inner))
}

/// `lock`, then ValueError "`op` of closed file" when the raw stream is closed.
fn lock_open<'a>(vm: &Vm, o: &'a PyRef, op: &str) -> PyResult<(&'a Buffered, RefMut<'a, Inner>)> {
    let (b, inner) = lock(vm, o)?;
    if inner.closed || raw_is_closed(vm, inner.raw())? {
        return Err(vm.value_error(format!("{} of closed file", op)));
    }
    Ok((b, inner))
}

/// A BlockingIOError telling that `written` bytes of the data were taken (CPython's
/// `_set_BlockingIOError`, whose errno is the C errno: EAGAIN after a FileIO write,
/// 0 after a Python raw stream returned None).
fn blocking_error(vm: &Vm, raw: &PyRef, written: usize) -> PyErr {
    let errno = if exact_fileio(vm, raw).is_some() {
        libc::EAGAIN
    } else {
        0
    };
    let args = [
        vm.new_int(errno as i64),
        vm.new_str("write could not complete without blocking"),
        vm.new_usize(written),
    ];
    match vm.call(&vm.exc.blocking_io_error, Args::new(&args)) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

fn flush_unlocked(vm: &Vm, inner: &mut Inner) -> PyResult<()> {
    while !inner.wbuf.is_empty() {
        let raw = inner.raw().clone();
        match raw_write(vm, &raw, &inner.wbuf)? {
            None => return Err(blocking_error(vm, &raw, 0)),
            Some(n) => {
                inner.wbuf.drain(..n);
            }
        }
        // A partial write may be a signal's doing: its handler runs before blocking again.
        crate::modules::signal::check_signals(vm)?;
    }
    Ok(())
}

/// Drops read-ahead data, moving the raw position back to the logical one.
fn rewind_unlocked(vm: &Vm, inner: &mut Inner) -> PyResult<()> {
    let unread = inner.avail();
    if unread > 0 {
        let raw = inner.raw().clone();
        raw_seek(vm, &raw, -(unread as i64), libc::SEEK_CUR)?;
    }
    inner.rbuf.clear();
    inner.rpos = 0;
    Ok(())
}

/// Refills the read buffer with one raw read; returns false at EOF, None if it would
/// block.
fn fill_unlocked(vm: &Vm, inner: &mut Inner) -> PyResult<Option<bool>> {
    if inner.rpos > 0 {
        let rpos = inner.rpos;
        inner.rbuf.drain(..rpos);
        inner.rpos = 0;
    }
    let raw = inner.raw().clone();
    match raw_read(vm, &raw, inner.size)? {
        None => Ok(None),
        Some(c) => {
            let more = !c.is_empty();
            inner.rbuf.extend_from_slice(&c);
            Ok(Some(more))
        }
    }
}

// ---- construction -------------------------------------------------------------------

pub(crate) fn make_type(vm: &Vm, base: &PyRef, kind: Kind) -> PyRef {
    let mut methods: Vec<(&'static str, NativeFn)> = vec![
        (
            "__new__",
            match kind {
                Kind::Reader => new_reader,
                Kind::Writer => new_writer,
                Kind::Random => new_random,
            },
        ),
        ("__init__", init),
        ("__repr__", repr),
        ("seek", seek),
        ("tell", tell),
        ("truncate", truncate),
        ("flush", flush),
        ("close", close),
        ("_dealloc_warn", dealloc_warn),
        ("detach", detach),
        ("seekable", seekable),
        ("fileno", fileno),
        ("isatty", isatty),
        ("__getstate__", getstate),
    ];
    if kind.reads() {
        methods.extend_from_slice(&[
            ("read", read),
            ("read1", read1),
            ("readinto", readinto),
            ("readinto1", readinto1),
            ("readline", readline),
            ("peek", peek),
            ("readable", readable),
        ]);
    }
    if kind.writes() {
        methods.extend_from_slice(&[("write", write), ("writable", writable)]);
    }
    new_io_type(
        vm,
        kind.name(),
        Some(base),
        &methods,
        &[
            ("raw", raw_get, None),
            ("closed", closed_get, None),
            ("name", name_get, None),
            ("mode", mode_get, None),
        ],
    )
}

fn new_with(vm: &Vm, a: Args, kind: Kind) -> PyResult {
    new_instance(
        vm,
        &a,
        Buffered {
            kind,
            owner: Cell::new(0),
            raw_shadow: RefCell::new(None),
            inner: RefCell::new(Inner {
                raw: None,
                detached: false,
                size: super::DEFAULT_BUFFER_SIZE,
                rbuf: Vec::new(),
                rpos: 0,
                wbuf: Vec::new(),
                closed: false,
            }),
        },
    )
}

fn new_reader(vm: &Vm, a: Args) -> PyResult {
    new_with(vm, a, Kind::Reader)
}
fn new_writer(vm: &Vm, a: Args) -> PyResult {
    new_with(vm, a, Kind::Writer)
}
fn new_random(vm: &Vm, a: Args) -> PyResult {
    new_with(vm, a, Kind::Random)
}

fn check_raw(vm: &Vm, raw: &PyRef, method: &str, msg: &str) -> PyResult<()> {
    let r = call_method(vm, raw, method, &[])?;
    if !vm.is_true(&r)? {
        return Err(unsupported(vm, msg));
    }
    Ok(())
}

/// `__init__(raw, buffer_size=DEFAULT_BUFFER_SIZE)`.
fn init(vm: &Vm, a: Args) -> PyResult {
    let b0 = st(vm, args::this(vm, &a)?)?;
    let (o, b) = parse(vm, &a, b0.kind.name(), &["raw", "buffer_size"], 1)?;
    let bst = st(vm, o)?;
    // Until this succeeds the object is uninitialised (CPython clears `ok` first).
    super::enter(vm, &bst.inner, &bst.owner, bst.kind.name())?.raw = None;
    *bst.raw_shadow.borrow_mut() = None;
    let raw = b[0].clone().unwrap();
    if bst.kind == Kind::Random {
        check_raw(vm, &raw, "seekable", "File or stream is not seekable.")?;
    }
    if bst.kind.reads() {
        check_raw(vm, &raw, "readable", "File or stream is not readable.")?;
    }
    if bst.kind.writes() {
        check_raw(vm, &raw, "writable", "File or stream is not writable.")?;
    }
    let size = match &b[1] {
        Some(v) => super::int_arg(vm, v)?,
        None => super::DEFAULT_BUFFER_SIZE as i64,
    };
    if size <= 0 {
        return Err(vm.value_error("buffer size must be strictly positive"));
    }
    // CPython allocates the buffer here: a size no allocation can hold is MemoryError.
    if Vec::<u8>::new().try_reserve_exact(size as usize).is_err() {
        return Err(vm.memory_error());
    }
    let mut inner = super::enter(vm, &bst.inner, &bst.owner, bst.kind.name())?;
    inner.closed = false;
    *bst.raw_shadow.borrow_mut() = Some(raw.clone());
    inner.raw = Some(raw);
    inner.detached = false;
    inner.size = size as usize;
    inner.rbuf.clear();
    inner.rpos = 0;
    inner.wbuf.clear();
    Ok(vm.none())
}

fn repr(vm: &Vm, a: Args) -> PyResult {
    let o = args::this(vm, &a)?;
    let tname = super::repr_type_name(o);
    match vm.get_attr_str(o, "name") {
        Ok(n) => Ok(vm.new_string(format!("<{} name={}>", tname, vm.repr_str(&n)?))),
        Err(e) if vm.exc_matches(&e, &vm.exc.exception) => {
            Ok(vm.new_string(format!("<{}>", tname)))
        }
        Err(e) => Err(e),
    }
}

// ---- reading ------------------------------------------------------------------------

fn read(vm: &Vm, a: Args) -> PyResult {
    let (o, b) = parse_pos(vm, &a, "read", 1)?;
    let n = size_arg(vm, b[0].as_ref())?;
    if n < -1 {
        return Err(vm.value_error("read length must be non-negative or -1"));
    }
    let (_, mut inner) = lock_open(vm, o, "read")?;
    flush_unlocked(vm, &mut inner)?;
    match read_unlocked(vm, &mut inner, n)? {
        Some(v) => Ok(vm.new_bytes(v)),
        None => Ok(vm.none()),
    }
}

/// Reads `n` bytes (all when -1), or fewer at EOF; `None` if nothing came without
/// blocking.
fn read_unlocked(vm: &Vm, inner: &mut Inner, n: i64) -> PyResult<Option<Vec<u8>>> {
    if n < 0 {
        let mut out = inner.take(usize::MAX).to_vec();
        inner.rbuf.clear();
        inner.rpos = 0;
        let raw = inner.raw().clone();
        return match raw_readall(vm, &raw)? {
            Some(rest) => {
                if out.is_empty() {
                    return Ok(Some(rest));
                }
                out.extend_from_slice(&rest);
                Ok(Some(out))
            }
            None if out.is_empty() => Ok(None),
            None => Ok(Some(out)),
        };
    }
    let n = n as usize;
    let mut out = inner.take(n).to_vec();
    while out.len() < n {
        let wanted = n - out.len();
        let raw = inner.raw().clone();
        if wanted >= inner.size {
            match raw_read(vm, &raw, wanted)? {
                None if out.is_empty() => return Ok(None),
                None => break,
                Some(c) if c.is_empty() => break,
                Some(c) => out.extend_from_slice(&c),
            }
            continue;
        }
        match fill_unlocked(vm, inner)? {
            None if out.is_empty() => return Ok(None),
            None | Some(false) => break,
            Some(true) => {
                let c = inner.take(wanted);
                out.extend_from_slice(c);
            }
        }
    }
    Ok(Some(out))
}

/// `read1(n)` for other modules (TextIOWrapper): at most one raw read.
pub(crate) fn read1_fast(vm: &Vm, o: &PyRef, n: usize) -> PyResult<Vec<u8>> {
    let (_, mut inner) = lock_open(vm, o, "read")?;
    flush_unlocked(vm, &mut inner)?;
    read1_unlocked(vm, &mut inner, n)
}

fn read1_unlocked(vm: &Vm, inner: &mut Inner, n: usize) -> PyResult<Vec<u8>> {
    if n == 0 {
        return Ok(Vec::new());
    }
    if inner.avail() > 0 {
        return Ok(inner.take(n).to_vec());
    }
    let raw = inner.raw().clone();
    if n > inner.size {
        return Ok(raw_read(vm, &raw, n)?.unwrap_or_default());
    }
    fill_unlocked(vm, inner)?;
    Ok(inner.take(n).to_vec())
}

/// `readinto1` of `n` bytes, as CPython: the buffered bytes, then at most one raw read
/// (straight into the result when more than a buffer's worth is missing; refilling the
/// buffer only when nothing was buffered).
fn readinto1_unlocked(vm: &Vm, inner: &mut Inner, n: usize) -> PyResult<Vec<u8>> {
    let have = inner.avail();
    if have >= n {
        return Ok(inner.take(n).to_vec());
    }
    let mut out = inner.take(have).to_vec();
    inner.rbuf.clear();
    inner.rpos = 0;
    let remaining = n - out.len();
    if remaining > inner.size {
        let raw = inner.raw().clone();
        if let Some(d) = raw_read(vm, &raw, remaining)? {
            out.extend_from_slice(&d);
        }
    } else if out.is_empty() && fill_unlocked(vm, inner)?.is_some() {
        out.extend_from_slice(inner.take(remaining));
    }
    Ok(out)
}

fn read1(vm: &Vm, a: Args) -> PyResult {
    let (o, b) = parse_pos(vm, &a, "read1", 1)?;
    let n = match &b[0] {
        Some(v) => args::to_i64(vm, v)?,
        None => -1,
    };
    let (_, mut inner) = lock_open(vm, o, "read")?;
    flush_unlocked(vm, &mut inner)?;
    let n = if n < 0 { inner.size } else { n as usize };
    Ok(vm.new_bytes(read1_unlocked(vm, &mut inner, n)?))
}

fn readinto_with(vm: &Vm, a: Args, one: bool) -> PyResult {
    let a = args::method(vm, if one { "readinto1" } else { "readinto" }, a, 1, 1)?;
    let n = super::buffer_len(vm, &a[1])?;
    let data = {
        let (_, mut inner) = lock_open(vm, &a[0], "readinto")?;
        flush_unlocked(vm, &mut inner)?;
        if one {
            readinto1_unlocked(vm, &mut inner, n)?
        } else {
            match read_unlocked(vm, &mut inner, n as i64)? {
                Some(d) => d,
                None => return Ok(vm.none()),
            }
        }
    };
    Ok(vm.new_usize(super::write_into(vm, &a[1], &data)?))
}

fn readinto(vm: &Vm, a: Args) -> PyResult {
    readinto_with(vm, a, false)
}

fn readinto1(vm: &Vm, a: Args) -> PyResult {
    readinto_with(vm, a, true)
}

fn readline(vm: &Vm, a: Args) -> PyResult {
    let (o, b) = parse_pos(vm, &a, "readline", 1)?;
    let limit = size_arg(vm, b[0].as_ref())?;
    let (_, mut inner) = lock_open(vm, o, "readline")?;
    flush_unlocked(vm, &mut inner)?;
    let limit = if limit < 0 {
        usize::MAX
    } else {
        limit as usize
    };
    let mut out: Vec<u8> = Vec::new();
    loop {
        let room = limit - out.len();
        let avail = &inner.rbuf[inner.rpos..];
        let window = &avail[..avail.len().min(room)];
        if let Some(i) = window.iter().position(|&c| c == b'\n') {
            let line = inner.take(i + 1);
            out.extend_from_slice(line);
            break;
        }
        let n = window.len();
        let c = inner.take(n);
        out.extend_from_slice(c);
        if out.len() >= limit {
            break;
        }
        match fill_unlocked(vm, &mut inner)? {
            Some(true) => {}
            _ => break,
        }
    }
    Ok(vm.new_bytes(out))
}

fn peek(vm: &Vm, a: Args) -> PyResult {
    let (o, _) = parse_pos(vm, &a, "peek", 1)?;
    let (_, mut inner) = lock_open(vm, o, "peek")?;
    flush_unlocked(vm, &mut inner)?;
    if inner.avail() == 0 {
        fill_unlocked(vm, &mut inner)?;
    }
    Ok(vm.new_bytes(inner.rbuf[inner.rpos..].to_vec()))
}

// ---- writing ------------------------------------------------------------------------

fn write(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "write", a, 1, 1)?;
    let data = super::bytes_arg(vm, &a[1])?;
    let n = data.len();
    write_fast(vm, &a[0], &data)?;
    Ok(vm.new_usize(n))
}

/// `write(data)` for other modules (TextIOWrapper).
pub(crate) fn write_fast(vm: &Vm, o: &PyRef, data: &[u8]) -> PyResult<()> {
    let (_, mut inner) = lock(vm, o)?;
    if inner.closed || raw_is_closed(vm, inner.raw())? {
        return Err(vm.value_error("write to closed file"));
    }
    if !inner.rbuf.is_empty() {
        rewind_unlocked(vm, &mut inner)?;
    }
    // CPython: data that fits is buffered; otherwise the buffer is written out, then
    // the data goes to the raw stream directly while more than a buffer's worth is left.
    if inner.wbuf.len() + data.len() <= inner.size {
        inner.wbuf.extend_from_slice(data);
        return Ok(());
    }
    if let Err(e) = flush_unlocked(vm, &mut inner) {
        if !vm.exc_matches(&e, &vm.exc.blocking_io_error) {
            return Err(e);
        }
        // The raw stream would block: buffer what fits, and tell how much that was.
        let avail = inner.size.saturating_sub(inner.wbuf.len());
        if data.len() <= avail {
            inner.wbuf.extend_from_slice(data);
            return Ok(());
        }
        inner.wbuf.extend_from_slice(&data[..avail]);
        return Err(blocking_error(vm, inner.raw(), avail));
    }
    let mut written = 0;
    while data.len() - written > inner.size {
        let raw = inner.raw().clone();
        match raw_write(vm, &raw, &data[written..])? {
            None => {
                let size = inner.size;
                inner.wbuf.extend_from_slice(&data[written..written + size]);
                return Err(blocking_error(vm, &raw, written + size));
            }
            Some(n) => written += n,
        }
        crate::modules::signal::check_signals(vm)?;
    }
    inner.wbuf.extend_from_slice(&data[written..]);
    Ok(())
}

/// Whether `o` is an exact BufferedReader/Writer/Random (for TextIOWrapper's direct
/// calls).
pub(crate) fn is_exact(vm: &Vm, o: &PyRef) -> bool {
    let t = super::types(vm);
    let c = o.class();
    c.is(&t.buffered_reader) || c.is(&t.buffered_writer) || c.is(&t.buffered_random)
}

pub(crate) fn flush_fast(vm: &Vm, o: &PyRef) -> PyResult<()> {
    let (b, mut inner) = lock(vm, o)?;
    if inner.closed || raw_is_closed(vm, inner.raw())? {
        return Err(if b.kind.writes() {
            vm.value_error("flush of closed file")
        } else {
            super::closed_error(vm)
        });
    }
    flush_unlocked(vm, &mut inner)
}

fn flush(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "flush", a, 0, 0)?;
    flush_fast(vm, &a[0])?;
    Ok(vm.none())
}

// ---- positioning --------------------------------------------------------------------

fn seek(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "seek", a, 1, 2)?;
    if !matches!(a[1].payload, Payload::Int(_) | Payload::BigInt(_))
        && vm.index_opt(&a[1])?.is_none()
    {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            a[1].type_name()
        )));
    }
    let pos = args::to_i64(vm, &a[1])?;
    let whence = match a.get(2) {
        Some(w) => super::int_arg(vm, w)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("whence value {} unsupported", whence)));
    }
    let (_, mut inner) = lock_open(vm, &a[0], "seek")?;
    flush_unlocked(vm, &mut inner)?;
    let pos = if whence == 1 {
        pos - inner.avail() as i64
    } else {
        pos
    };
    inner.rbuf.clear();
    inner.rpos = 0;
    let raw = inner.raw().clone();
    let r = raw_seek(vm, &raw, pos, whence as i32)?;
    Ok(vm.new_int(r))
}

fn tell_unlocked(vm: &Vm, inner: &Inner) -> PyResult<i64> {
    let p = raw_tell(vm, inner.raw())?;
    Ok((p - inner.avail() as i64 + inner.wbuf.len() as i64).max(0))
}

pub(crate) fn tell_fast(vm: &Vm, o: &PyRef) -> PyResult<i64> {
    let (_, inner) = lock(vm, o)?;
    tell_unlocked(vm, &inner)
}

fn tell(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "tell", a, 0, 0)?;
    Ok(vm.new_int(tell_fast(vm, &a[0])?))
}

fn truncate(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "truncate", a, 0, 1)?;
    let (b, mut inner) = lock_open(vm, &a[0], "truncate")?;
    if !b.kind.writes() {
        return Err(unsupported(vm, "truncate"));
    }
    let cur = tell_unlocked(vm, &inner)?;
    flush_unlocked(vm, &mut inner)?;
    rewind_unlocked(vm, &mut inner)?;
    let pos = match a.get(1) {
        Some(p) if !vm.is_none(p) => p.clone(),
        _ => vm.new_int(cur),
    };
    let raw = inner.raw().clone();
    drop(inner);
    call_method(vm, &raw, "truncate", &[pos])
}

// ---- closing and delegation ---------------------------------------------------------

/// `close()`: `self.flush()` (a method call: subclasses and instances may override it),
/// then the raw stream is closed even if that failed; the buffers are dropped.
fn close(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "close", a, 0, 0)?;
    let o = &a[0];
    let raw = lock(vm, o)?.1.raw().clone();
    if raw_is_closed(vm, &raw)? {
        return Ok(vm.none());
    }
    if super::finalizing(vm, o) {
        super::dealloc_warn(vm, &raw, o);
    }
    let flushed = call_method(vm, o, "flush", &[]).map(|_| ());
    // The raw stream is closed with the state held: a write from another thread waits,
    // then finds the object closed (CPython issue #31976).
    let (_, mut inner) = lock(vm, o)?;
    let closed = call_method(vm, &raw, "close", &[]);
    inner.rbuf.clear();
    inner.rpos = 0;
    inner.wbuf.clear();
    inner.closed = true;
    drop(inner);
    super::chain(flushed, closed).map(|_| vm.none())
}

fn dealloc_warn(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "_dealloc_warn", a, 1, 1)?;
    let raw = lock(vm, &a[0])?.1.raw().clone();
    super::dealloc_warn(vm, &raw, &a[1]);
    Ok(vm.none())
}

fn detach(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "detach", a, 0, 0)?;
    let (b, mut inner) = lock(vm, &a[0])?;
    flush_unlocked(vm, &mut inner)?;
    rewind_unlocked(vm, &mut inner)?;
    inner.detached = true;
    *b.raw_shadow.borrow_mut() = None;
    Ok(inner.raw.take().unwrap())
}

/// Calls `raw.name()` after the initialised/attached check.
fn delegate(vm: &Vm, a: Args, name: &str) -> PyResult {
    let a = args::method(vm, name, a, 0, 0)?;
    let raw = lock(vm, &a[0])?.1.raw().clone();
    call_method(vm, &raw, name, &[])
}

fn seekable(vm: &Vm, a: Args) -> PyResult {
    delegate(vm, a, "seekable")
}
fn readable(vm: &Vm, a: Args) -> PyResult {
    delegate(vm, a, "readable")
}
fn writable(vm: &Vm, a: Args) -> PyResult {
    delegate(vm, a, "writable")
}
fn fileno(vm: &Vm, a: Args) -> PyResult {
    delegate(vm, a, "fileno")
}
fn isatty(vm: &Vm, a: Args) -> PyResult {
    delegate(vm, a, "isatty")
}

fn getstate(vm: &Vm, a: Args) -> PyResult {
    let o = args::this(vm, &a)?;
    Err(vm.type_error(format!("cannot pickle '{}' object", o.type_name())))
}

fn raw_of(vm: &Vm, o: &PyRef) -> PyResult<PyRef> {
    if let Some(raw) = st(vm, o)?.raw_shadow.borrow().clone() {
        return Ok(raw);
    }
    Ok(lock(vm, o)?.1.raw().clone())
}

fn raw_get(vm: &Vm, o: &PyRef) -> PyResult {
    raw_of(vm, o)
}

fn closed_get(vm: &Vm, o: &PyRef) -> PyResult {
    let raw = raw_of(vm, o)?;
    vm.get_attr_str(&raw, "closed")
}

fn name_get(vm: &Vm, o: &PyRef) -> PyResult {
    let raw = raw_of(vm, o)?;
    vm.get_attr_str(&raw, "name")
}

fn mode_get(vm: &Vm, o: &PyRef) -> PyResult {
    let raw = raw_of(vm, o)?;
    vm.get_attr_str(&raw, "mode")
}

// ---- BufferedRWPair -----------------------------------------------------------------

/// A reader and a writer over two raw streams, each a buffered object of its own.
pub(crate) struct RwPair {
    parts: RefCell<Option<(PyRef, PyRef)>>,
}

pub(crate) fn make_rwpair_type(vm: &Vm, base: &PyRef) -> PyRef {
    new_io_type(
        vm,
        "BufferedRWPair",
        Some(base),
        &[
            ("__new__", pair_new),
            ("__init__", pair_init),
            ("read", |vm, a| pair_call(vm, a, true, "read")),
            ("peek", |vm, a| pair_call(vm, a, true, "peek")),
            ("read1", |vm, a| pair_call(vm, a, true, "read1")),
            ("readinto", |vm, a| pair_call(vm, a, true, "readinto")),
            ("readinto1", |vm, a| pair_call(vm, a, true, "readinto1")),
            ("readable", |vm, a| pair_call(vm, a, true, "readable")),
            ("write", |vm, a| pair_call(vm, a, false, "write")),
            ("flush", |vm, a| pair_call(vm, a, false, "flush")),
            ("writable", |vm, a| pair_call(vm, a, false, "writable")),
            ("close", pair_close),
            ("isatty", pair_isatty),
        ],
        &[("closed", pair_closed, None)],
    )
}

fn pair_new(vm: &Vm, a: Args) -> PyResult {
    new_instance(
        vm,
        &a,
        RwPair {
            parts: RefCell::new(None),
        },
    )
}

fn pair_parts(vm: &Vm, o: &PyRef) -> PyResult<(PyRef, PyRef)> {
    super::state::<RwPair>(vm, o, "BufferedRWPair")?
        .parts
        .borrow()
        .clone()
        .ok_or_else(|| super::uninit_error(vm))
}

/// `BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE)`.
fn pair_init(vm: &Vm, a: Args) -> PyResult {
    let this = args::this(vm, &a)?;
    let rest = Args::with_kw(&a.args[1..], a.kwnames);
    if rest.has_kw() {
        return Err(vm.type_error("BufferedRWPair() takes no keyword arguments"));
    }
    let p = rest.args;
    if p.len() < 2 || p.len() > 3 {
        return Err(vm.type_error(format!(
            "BufferedRWPair expected {} arguments, got {}",
            if p.len() < 2 {
                "at least 2"
            } else {
                "at most 3"
            },
            p.len()
        )));
    }
    let size = p.get(2).cloned();
    let t = super::types(vm);
    let mk = |cls: &PyRef, raw: &PyRef| {
        let mut v = vec![raw.clone()];
        v.extend(size.clone());
        vm.call(cls, Args::new(&v))
    };
    let r = mk(&t.buffered_reader, &p[0])?;
    let w = mk(&t.buffered_writer, &p[1])?;
    *super::state::<RwPair>(vm, this, "BufferedRWPair")?
        .parts
        .borrow_mut() = Some((r, w));
    Ok(vm.none())
}

fn pair_call(vm: &Vm, a: Args, reader: bool, name: &str) -> PyResult {
    let this = args::this(vm, &a)?;
    let (r, w) = pair_parts(vm, this)?;
    let target = if reader { r } else { w };
    let f = vm.get_attr_str(&target, name)?;
    vm.call(&f, Args::with_kw(&a.args[1..], a.kwnames))
}

fn pair_close(vm: &Vm, a: Args) -> PyResult {
    let this = args::this(vm, &a)?;
    let (r, w) = pair_parts(vm, this)?;
    let wr = call_method(vm, &w, "close", &[]).map(|_| ());
    let rr = call_method(vm, &r, "close", &[]);
    super::chain(wr, rr)
}

fn pair_isatty(vm: &Vm, a: Args) -> PyResult {
    let this = args::this(vm, &a)?;
    let (r, w) = pair_parts(vm, this)?;
    let x = call_method(vm, &w, "isatty", &[])?;
    if vm.is_true(&x)? {
        return Ok(x);
    }
    call_method(vm, &r, "isatty", &[])
}

fn pair_closed(vm: &Vm, o: &PyRef) -> PyResult {
    let (_, w) = pair_parts(vm, o)?;
    vm.get_attr_str(&w, "closed")
}

/// Whether the raw stream is closed, for other modules (TextIOWrapper).
pub(crate) fn closed_fast(vm: &Vm, o: &PyRef) -> PyResult<bool> {
    let (_, inner) = lock(vm, o)?;
    raw_is_closed(vm, inner.raw())
}

/// `read()` to EOF for other modules (TextIOWrapper).
pub(crate) fn read_all_fast(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    let (_, mut inner) = lock_open(vm, o, "read")?;
    flush_unlocked(vm, &mut inner)?;
    Ok(read_unlocked(vm, &mut inner, -1)?.unwrap_or_default())
}
