//! `TextIOWrapper`: text over a binary buffer. Reading decodes chunks of `_CHUNK_SIZE`
//! bytes (extended so a chunk never ends inside a UTF-8 sequence or on a `\r`, which
//! keeps the decoder stateless between chunks), translates newlines, and serves
//! `read`/`readline`/iteration from the decoded text. Writing encodes, translates `\n`
//! and passes the bytes straight to the buffer (which does the buffering).
//!
//! `tell()` returns CPython-shaped opaque cookies: the byte position of the start of a
//! decodable unit, plus (from bit 192, as CPython's `chars_to_skip`) the characters to
//! skip after it when an error handler made one byte into several characters.

use std::cell::{Cell, RefCell, RefMut};

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use super::buffered;
use super::codec::{self, Codec};
use super::newline::{self, LineEnd};
use super::{
    call_method, closed_error, new_instance, new_io_type, parse_pos, size_arg, unsupported,
};

const BOM: &[u8] = b"\xef\xbb\xbf";

pub(crate) struct TextIO {
    inner: RefCell<Option<Text>>,
    /// The thread that last entered `inner` (see `super::enter`).
    owner: Cell<u64>,
    detached: Cell<bool>,
    /// What a detached wrapper still reports: encoding, errors, line_buffering,
    /// write_through.
    old: RefCell<Option<Detached>>,
}

type Detached = (PyRef, PyRef, bool, bool);

/// The attributes a detached wrapper keeps (None while attached).
fn detached_attrs(vm: &Vm, o: &PyRef) -> PyResult<Option<Detached>> {
    let w = tio(vm, o)?;
    if !w.detached.get() {
        return Ok(None);
    }
    Ok(w.old.borrow().clone())
}

struct Snapshot {
    /// The bytes the current decoded text came from, and how many of them were a BOM.
    bytes: Vec<u8>,
    bom: usize,
}

struct Text {
    buffer: PyRef,
    /// The buffer is an exact BufferedReader/Writer/Random, called directly.
    fast: bool,
    encoding: PyRef,
    codec: Codec,
    errors: PyRef,
    errors_s: String,
    newline: Option<String>,
    line_end: LineEnd,
    readuniversal: bool,
    readtranslate: bool,
    writenl: Option<Vec<u8>>,
    line_buffering: bool,
    write_through: bool,
    readable: bool,
    writable: bool,
    seekable: bool,
    telling: bool,
    has_read1: bool,
    chunk_size: usize,
    dec: Vec<u8>,
    dec_pos: usize,
    snapshot: Option<Snapshot>,
    seen: u8,
    bom_check: bool,
    encoder_bom: bool,
}

impl Text {
    fn set_newline(&mut self, newline: Option<String>) {
        self.readuniversal = matches!(newline.as_deref(), None | Some(""));
        self.readtranslate = newline.is_none();
        self.line_end = match newline.as_deref() {
            None | Some("\n") => LineEnd::Lf,
            Some("") => LineEnd::Universal,
            Some(nl) => LineEnd::Exact(nl.as_bytes().to_vec()),
        };
        self.writenl = match newline.as_deref() {
            Some("\r") | Some("\r\n") => Some(newline.as_ref().unwrap().as_bytes().to_vec()),
            _ => None,
        };
        self.newline = newline;
    }

    fn clear_decoded(&mut self) {
        self.dec.clear();
        self.dec_pos = 0;
        self.snapshot = None;
    }
}

pub(crate) fn make_type(vm: &Vm, base: &PyRef) -> PyRef {
    new_io_type(
        vm,
        "TextIOWrapper",
        Some(base),
        &[
            ("__new__", tw_new),
            ("__init__", init),
            ("__repr__", repr),
            ("__next__", next),
            ("read", read),
            ("readline", readline),
            ("write", write),
            ("flush", flush),
            ("close", close),
            ("detach", detach),
            ("tell", tell),
            ("seek", seek),
            ("truncate", truncate),
            ("reconfigure", reconfigure),
            ("fileno", |vm, a| delegate(vm, a, "fileno")),
            ("isatty", |vm, a| delegate(vm, a, "isatty")),
            ("seekable", |vm, a| delegate(vm, a, "seekable")),
            ("readable", |vm, a| delegate(vm, a, "readable")),
            ("writable", |vm, a| delegate(vm, a, "writable")),
            ("__getstate__", getstate),
        ],
        &[
            ("encoding", encoding_get, None),
            ("errors", errors_get, None),
            ("buffer", buffer_get, None),
            ("line_buffering", line_buffering_get, None),
            ("write_through", write_through_get, None),
            ("newlines", newlines_get, None),
            ("closed", closed_get, None),
            ("name", name_get, None),
            ("_CHUNK_SIZE", chunk_get, Some(chunk_set)),
        ],
    )
}

fn tw_new(vm: &Vm, a: Args) -> PyResult {
    new_instance(
        vm,
        &a,
        TextIO {
            inner: RefCell::new(None),
            owner: Cell::new(0),
            detached: Cell::new(false),
            old: RefCell::new(None),
        },
    )
}

fn tio<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a TextIO> {
    super::state::<TextIO>(vm, o, "TextIOWrapper")
}

/// The state of an initialised, attached wrapper.
fn lock<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<RefMut<'a, Text>> {
    let w = tio(vm, o)?;
    let inner = super::enter(vm, &w.inner, &w.owner, "TextIOWrapper")?;
    if inner.is_none() {
        return Err(if w.detached.get() {
            vm.value_error("underlying buffer has been detached")
        } else {
            super::uninit_error(vm)
        });
    }
    Ok(RefMut::map(inner, |i| i.as_mut().unwrap()))
}

fn buffer_closed(vm: &Vm, t: &Text) -> PyResult<bool> {
    if t.fast {
        return buffered::closed_fast(vm, &t.buffer);
    }
    super::is_closed(vm, &t.buffer)
}

/// `lock`, then ValueError when the buffer is closed.
fn lock_open<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<RefMut<'a, Text>> {
    let t = lock(vm, o)?;
    if buffer_closed(vm, &t)? {
        return Err(closed_error(vm));
    }
    Ok(t)
}

fn opt_str(vm: &Vm, v: &Option<PyRef>, what: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(x) if vm.is_none(x) => Ok(None),
        Some(x) => match &x.payload {
            Payload::Str(s) => Ok(Some(s.lossy().into_owned())),
            _ => Err(vm.type_error(format!(
                "TextIOWrapper() argument '{}' must be str or None, not {}",
                what,
                x.type_name()
            ))),
        },
    }
}

fn check_newline(vm: &Vm, nl: &Option<String>) -> PyResult<()> {
    if let Some(n) = nl {
        if !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(vm.value_error(format!("illegal newline value: {}", n)));
        }
    }
    Ok(())
}

/// The codec and the `encoding` attribute for an `encoding` argument.
fn resolve_encoding(vm: &Vm, enc: Option<String>) -> PyResult<(Codec, PyRef)> {
    match enc.as_deref() {
        // The locale encoding is taken to be UTF-8 (named as CPython names it under a
        // UTF-8 locale).
        None | Some("locale") => Ok((Codec::Utf8, vm.new_str("UTF-8"))),
        Some(e) => Ok((codec::lookup(vm, e)?, vm.new_str(e))),
    }
}

fn bool_method(vm: &Vm, o: &PyRef, name: &str) -> PyResult<bool> {
    let r = call_method(vm, o, name, &[])?;
    vm.is_true(&r)
}

/// `__init__(buffer, encoding=None, errors=None, newline=None, line_buffering=False,
/// write_through=False)`.
fn init(vm: &Vm, a: Args) -> PyResult {
    let o = args::this(vm, &a)?;
    let b = super::clinic_bind(
        vm,
        "TextIOWrapper",
        Args::with_kw(&a.args[1..], a.kwnames),
        &[
            "buffer",
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        1,
    )?;
    let w = tio(vm, o)?;
    // Until this succeeds the wrapper is uninitialised (CPython clears `ok` first).
    if let Ok(mut inner) = w.inner.try_borrow_mut() {
        *inner = None;
    }
    w.detached.set(false);
    let buffer = b[0].clone().unwrap();
    let enc = opt_str(vm, &b[1], "encoding")?;
    let errors = opt_str(vm, &b[2], "errors")?;
    let newline = opt_str(vm, &b[3], "newline")?;
    check_newline(vm, &newline)?;
    let flag = |i: usize| -> PyResult<bool> {
        match &b[i] {
            Some(v) => vm.is_true(v),
            None => Ok(false),
        }
    };
    let line_buffering = flag(4)?;
    let write_through = flag(5)?;
    let (codec, encoding) = resolve_encoding(vm, enc)?;
    let errors_s = errors.unwrap_or_else(|| "strict".to_string());
    let readable = bool_method(vm, &buffer, "readable")?;
    let writable = bool_method(vm, &buffer, "writable")?;
    let seekable = bool_method(vm, &buffer, "seekable")?;
    let has_read1 = vm.get_attr_opt(&buffer, &vm.intern("read1"))?.is_some();
    let mut encoder_bom = codec == Codec::Utf8Sig && writable;
    if encoder_bom && seekable {
        let pos = call_method(vm, &buffer, "tell", &[])?;
        if args::to_i64(vm, &pos)? != 0 {
            encoder_bom = false;
        }
    }
    let mut t = Text {
        fast: buffered::is_exact(vm, &buffer),
        buffer,
        encoding,
        codec,
        errors: vm.new_str(&errors_s),
        errors_s,
        newline: None,
        line_end: LineEnd::Lf,
        readuniversal: false,
        readtranslate: false,
        writenl: None,
        line_buffering,
        write_through,
        readable,
        writable,
        seekable,
        telling: seekable,
        has_read1,
        chunk_size: 8192,
        dec: Vec::new(),
        dec_pos: 0,
        snapshot: None,
        seen: 0,
        bom_check: codec == Codec::Utf8Sig,
        encoder_bom,
    };
    t.set_newline(newline);
    *w.inner
        .try_borrow_mut()
        .map_err(|_| vm.runtime_error("reentrant call inside <_io.TextIOWrapper>"))? = Some(t);
    w.detached.set(false);
    Ok(vm.none())
}

fn repr(vm: &Vm, a: Args) -> PyResult {
    let o = args::this(vm, &a)?;
    let tname = super::repr_type_name(o);
    let mut s = format!("<{}", tname);
    let w = tio(vm, o)?;
    let enc = match w.old.borrow().clone() {
        Some(d) if w.detached.get() => d.0,
        _ => lock(vm, o)?.encoding.clone(),
    };
    for attr in ["name", "mode"] {
        match vm.get_attr_str(o, attr) {
            Ok(v) => s.push_str(&format!(" {}={}", attr, vm.repr_str(&v)?)),
            Err(e) if vm.exc_matches(&e, &vm.exc.exception) => {}
            Err(e) => return Err(e),
        }
    }
    s.push_str(&format!(" encoding={}>", vm.repr_str(&enc)?));
    Ok(vm.new_string(s))
}

// ---- reading ------------------------------------------------------------------------

fn buffer_bytes(vm: &Vm, r: &PyRef, what: &str) -> PyResult<Vec<u8>> {
    match &r.payload {
        Payload::Bytes(b) => Ok(b.to_vec()),
        Payload::ByteArray(_) | Payload::MemoryView(_) => super::bytes_arg(vm, r),
        _ => Err(vm.type_error(format!(
            "underlying {}() should have returned a bytes-like object, not '{}'",
            what,
            r.type_name()
        ))),
    }
}

/// One `read1` (or `read`) of the buffer.
fn buffer_read1(vm: &Vm, t: &Text, n: usize) -> PyResult<Vec<u8>> {
    if t.fast {
        return buffered::read1_fast(vm, &t.buffer, n);
    }
    let m = if t.has_read1 { "read1" } else { "read" };
    let r = call_method(vm, &t.buffer, m, &[vm.new_usize(n)])?;
    if vm.is_none(&r) {
        return Ok(Vec::new());
    }
    buffer_bytes(vm, &r, m)
}

fn check_readable(vm: &Vm, t: &Text) -> PyResult<()> {
    if !t.readable {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(())
}

/// Decodes bytes the reader got (after a possible BOM) into `t.dec`'s form.
fn decode_into_text(vm: &Vm, t: &mut Text, data: &[u8]) -> PyResult<Vec<u8>> {
    let text = codec::decode(vm, t.codec, &t.errors_s, data)?;
    if t.readuniversal {
        t.seen |= newline::scan_newlines(&text);
    }
    Ok(if t.readtranslate {
        newline::translate(text)
    } else {
        text
    })
}

/// How many bytes of a BOM to drop at the start of `data` (utf-8-sig, first read).
fn take_bom(t: &mut Text, data: &[u8]) -> usize {
    if !t.bom_check || data.is_empty() {
        return 0;
    }
    t.bom_check = false;
    if data.starts_with(BOM) {
        3
    } else {
        0
    }
}

/// Reads and decodes the next chunk into `t.dec` (the previous text must be consumed);
/// false at EOF.
fn read_chunk(vm: &Vm, t: &mut Text) -> PyResult<bool> {
    let mut data = buffer_read1(vm, t, t.chunk_size)?;
    if data.is_empty() {
        t.clear_decoded();
        return Ok(false);
    }
    loop {
        let utf8ish = matches!(t.codec, Codec::Utf8 | Codec::Utf8Sig);
        let incomplete = utf8ish && codec::utf8_incomplete_tail(&data) > 0;
        if !incomplete && data.last() != Some(&b'\r') {
            break;
        }
        let more = buffer_read1(vm, t, 4)?;
        if more.is_empty() {
            break;
        }
        data.extend_from_slice(&more);
    }
    let bom = take_bom(t, &data);
    t.dec = decode_into_text(vm, t, &data[bom..])?;
    t.dec_pos = 0;
    t.snapshot = Some(Snapshot { bytes: data, bom });
    Ok(true)
}

/// The byte offset after `n` code points of generalized UTF-8 `text` from `from` (or
/// its end), and how many code points that is.
fn advance_chars(text: &[u8], from: usize, n: usize) -> (usize, usize) {
    let mut i = from;
    let mut count = 0;
    while i < text.len() && count < n {
        i += 1;
        while i < text.len() && text[i] & 0xC0 == 0x80 {
            i += 1;
        }
        count += 1;
    }
    (i, count)
}

fn count_chars(text: &[u8]) -> usize {
    text.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

fn read(vm: &Vm, a: Args) -> PyResult {
    let (o, b) = parse_pos(vm, &a, "read", 1)?;
    let n = size_arg(vm, b[0].as_ref())?;
    let mut t = lock_open(vm, o)?;
    check_readable(vm, &t)?;
    if n < 0 {
        let rest = if t.fast {
            buffered::read_all_fast(vm, &t.buffer)?
        } else {
            let r = call_method(vm, &t.buffer, "read", &[])?;
            if vm.is_none(&r) {
                Vec::new()
            } else {
                buffer_bytes(vm, &r, "read")?
            }
        };
        let mut rest = rest;
        let bom = take_bom(&mut t, &rest);
        rest.drain(..bom);
        let text = codec::decode_owned(vm, t.codec, &t.errors_s, rest)?;
        if t.readuniversal {
            t.seen |= newline::scan_newlines(&text);
        }
        let text = if t.readtranslate {
            newline::translate(text)
        } else {
            text
        };
        let out = if t.dec_pos < t.dec.len() {
            let mut v = t.dec[t.dec_pos..].to_vec();
            v.extend_from_slice(&text);
            v
        } else {
            text
        };
        t.clear_decoded();
        return Ok(super::str_from_wtf8_owned(vm, out));
    }
    let n = n as usize;
    let mut out: Vec<u8> = Vec::new();
    let mut got = 0;
    while got < n {
        let (end, k) = advance_chars(&t.dec, t.dec_pos, n - got);
        out.extend_from_slice(&t.dec[t.dec_pos..end]);
        t.dec_pos = end;
        got += k;
        if got >= n || !read_chunk(vm, &mut t)? {
            break;
        }
    }
    Ok(super::str_from_wtf8(vm, &out))
}

fn readline_inner(vm: &Vm, t: &mut Text, size: i64) -> PyResult {
    check_readable(vm, t)?;
    if size == 0 {
        return Ok(vm.new_str(""));
    }
    let mut line: Vec<u8> = Vec::new();
    let mut line_chars = 0usize;
    loop {
        let avail = &t.dec[t.dec_pos..];
        let (mut take, mut done) = match newline::find_line_end(avail, &t.line_end, true) {
            Some(e) => (e, true),
            None => (avail.len(), false),
        };
        if size > 0 {
            let remaining = size as usize - line_chars;
            let (off, k) = advance_chars(avail, 0, remaining);
            if off < take || (off == take && k == remaining) {
                take = off.min(take);
                done = true;
            }
            line_chars += count_chars(&avail[..take]);
        }
        if line.is_empty() && done {
            let s = super::str_from_wtf8(vm, &avail[..take]);
            t.dec_pos += take;
            return Ok(s);
        }
        line.extend_from_slice(&avail[..take]);
        t.dec_pos += take;
        if done || !read_chunk(vm, t)? {
            break;
        }
    }
    Ok(super::str_from_wtf8(vm, &line))
}

fn readline(vm: &Vm, a: Args) -> PyResult {
    let (o, b) = parse_pos(vm, &a, "readline", 1)?;
    let size = match &b[0] {
        Some(v) => super::int_arg(vm, v)?,
        None => -1,
    };
    let mut t = lock_open(vm, o)?;
    readline_inner(vm, &mut t, size)
}

fn next(vm: &Vm, a: Args) -> PyResult {
    let o = args::this(vm, &a)?;
    let exact = o.class().is(&super::types(vm).textiowrapper);
    let line = if exact {
        let mut t = lock_open(vm, o)?;
        t.telling = false;
        readline_inner(vm, &mut t, -1)?
    } else {
        lock(vm, o)?.telling = false;
        let l = call_method(vm, o, "readline", &[])?;
        if !matches!(l.payload, Payload::Str(_)) {
            return Err(vm.type_error(format!(
                "readline() should have returned a str object, not '{}'",
                l.type_name()
            )));
        }
        l
    };
    if vm.len(&line)? == 0 {
        let mut t = lock(vm, o)?;
        t.snapshot = None;
        t.telling = t.seekable;
        return Err(vm.stop_iteration(None));
    }
    Ok(line)
}

// ---- writing ------------------------------------------------------------------------

fn buffer_write(vm: &Vm, t: &Text, data: Vec<u8>) -> PyResult<()> {
    if t.fast {
        return buffered::write_fast(vm, &t.buffer, &data);
    }
    call_method(vm, &t.buffer, "write", &[vm.new_bytes(data)])?;
    Ok(())
}

fn buffer_flush(vm: &Vm, t: &Text) -> PyResult<()> {
    if t.fast {
        return buffered::flush_fast(vm, &t.buffer);
    }
    call_method(vm, &t.buffer, "flush", &[])?;
    Ok(())
}

fn write(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "write", a, 1, 1)?;
    let mut t = lock_open(vm, &a[0])?;
    let s = &a[1];
    let text = match &s.payload {
        Payload::Str(p) => p,
        _ => {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                s.type_name()
            )))
        }
    };
    if !t.writable {
        return Err(unsupported(vm, "not writable"));
    }
    let raw = text.bytes();
    let has_lf = raw.contains(&b'\n');
    let needflush = t.line_buffering && (has_lf || raw.contains(&b'\r'));
    let translated;
    let to_encode = match &t.writenl {
        Some(nl) if has_lf => {
            let mut v = Vec::with_capacity(raw.len() + 16);
            for &c in raw {
                if c == b'\n' {
                    v.extend_from_slice(nl);
                } else {
                    v.push(c);
                }
            }
            translated = super::str_from_wtf8(vm, &v);
            &translated
        }
        _ => s,
    };
    let mut data = codec::encode(vm, t.codec, &t.errors_s, to_encode)?;
    if t.encoder_bom {
        t.encoder_bom = false;
        data.splice(0..0, BOM.iter().copied());
    }
    buffer_write(vm, &t, data)?;
    if needflush {
        buffer_flush(vm, &t)?;
    }
    t.clear_decoded();
    Ok(vm.new_usize(text.char_len))
}

/// `write(s)` called from Rust.
pub(super) fn write_str(vm: &Vm, file: &PyRef, s: PyRef) -> PyResult<()> {
    write(vm, Args::new(&[file.clone(), s]))?;
    Ok(())
}

fn flush(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "flush", a, 0, 0)?;
    let mut t = lock_open(vm, &a[0])?;
    t.telling = t.seekable;
    buffer_flush(vm, &t)?;
    Ok(vm.none())
}

fn close(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "close", a, 0, 0)?;
    let t = lock(vm, &a[0])?;
    if buffer_closed(vm, &t)? {
        return Ok(vm.none());
    }
    let buffer = t.buffer.clone();
    drop(t);
    let o = &a[0];
    if super::finalizing(vm, o) {
        super::dealloc_warn(vm, &buffer, o);
    }
    let flushed = call_method(vm, o, "flush", &[]).map(|_| ());
    let closed = call_method(vm, &buffer, "close", &[]);
    super::chain(flushed, closed).map(|_| vm.none())
}

fn detach(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "detach", a, 0, 0)?;
    let w = tio(vm, &a[0])?;
    {
        let t = lock(vm, &a[0])?;
        buffer_flush(vm, &t)?;
    }
    let t = w
        .inner
        .try_borrow_mut()
        .map_err(|_| vm.runtime_error("reentrant call inside <_io.TextIOWrapper>"))?
        .take()
        .ok_or_else(|| vm.value_error("underlying buffer has been detached"))?;
    w.detached.set(true);
    *w.old.borrow_mut() = Some((
        t.encoding.clone(),
        t.errors.clone(),
        t.line_buffering,
        t.write_through,
    ));
    Ok(t.buffer)
}

// ---- positioning --------------------------------------------------------------------

/// Code points of `data` decoded as the wrapper would (a cut multi-byte sequence at
/// the end is left out), with `\r\n` counted once when translating.
fn decoded_len(vm: &Vm, t: &Text, data: &[u8]) -> PyResult<usize> {
    let cut = match t.codec {
        Codec::Utf8 | Codec::Utf8Sig => codec::utf8_incomplete_tail(data),
        _ => 0,
    };
    let text = codec::decode(vm, t.codec, &t.errors_s, &data[..data.len() - cut])?;
    let mut n = count_chars(&text);
    if t.readtranslate {
        n -= text.windows(2).filter(|w| w == b"\r\n").count();
    }
    Ok(n)
}

/// The byte offset in `data` where `k` decoded characters end, and the characters to
/// skip after it (nonzero only inside a multi-character replacement).
fn chars_to_bytes(vm: &Vm, t: &Text, data: &[u8], k: usize) -> PyResult<(usize, usize)> {
    let identity = match t.codec {
        Codec::Utf8 | Codec::Utf8Sig => std::str::from_utf8(data).is_ok(),
        Codec::Ascii => data.is_ascii(),
        Codec::Latin1 => true,
    };
    if identity {
        let (mut i, mut chars) = (0, 0);
        while chars < k && i < data.len() {
            if t.readtranslate && data[i] == b'\r' && data.get(i + 1) == Some(&b'\n') {
                i += 2;
            } else if t.codec == Codec::Latin1 {
                i += 1;
            } else {
                i += 1;
                while i < data.len() && data[i] & 0xC0 == 0x80 {
                    i += 1;
                }
            }
            chars += 1;
        }
        return Ok((i, 0));
    }
    // Binary search for the shortest prefix that decodes to at least `k` characters.
    let (mut lo, mut hi) = (0usize, data.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if decoded_len(vm, t, &data[..mid])? >= k {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    let n = decoded_len(vm, t, &data[..lo])?;
    if n <= k {
        if t.readtranslate && lo > 0 && data[lo - 1] == b'\r' && data.get(lo) == Some(&b'\n') {
            lo += 1;
        }
        return Ok((lo, 0));
    }
    let before = lo.saturating_sub(1);
    let before = before - codec::utf8_incomplete_tail(&data[..before]);
    Ok((before, k - decoded_len(vm, t, &data[..before])?))
}

fn make_cookie(vm: &Vm, pos: i64, skip: usize) -> PyRef {
    if skip == 0 {
        return vm.new_int(pos);
    }
    vm.new_bigint(BigInt::from(pos) + (BigInt::from(skip) << 192))
}

fn tell_inner(vm: &Vm, t: &mut Text) -> PyResult<PyRef> {
    if !t.seekable {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    if !t.telling {
        return Err(vm.new_error(&vm.exc.os_error, "telling position disabled by next() call"));
    }
    buffer_flush(vm, t)?;
    let pos = if t.fast {
        buffered::tell_fast(vm, &t.buffer)?
    } else {
        let r = call_method(vm, &t.buffer, "tell", &[])?;
        args::to_i64(vm, &r)?
    };
    let Some(snap) = &t.snapshot else {
        return Ok(vm.new_int(pos));
    };
    let start = pos - snap.bytes.len() as i64;
    let k = count_chars(&t.dec[..t.dec_pos]);
    if t.dec_pos == 0 {
        return Ok(vm.new_int(start));
    }
    let data = &snap.bytes[snap.bom..];
    let (j, skip) = chars_to_bytes(vm, t, data, k)?;
    Ok(make_cookie(vm, start + (snap.bom + j) as i64, skip))
}

fn tell(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "tell", a, 0, 0)?;
    let mut t = lock_open(vm, &a[0])?;
    tell_inner(vm, &mut t)
}

fn buffer_seek(vm: &Vm, t: &Text, pos: i64, whence: i64) -> PyResult<PyRef> {
    call_method(
        vm,
        &t.buffer,
        "seek",
        &[vm.new_int(pos), vm.new_int(whence)],
    )
}

fn seek(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "seek", a, 1, 2)?;
    let whence = match a.get(2) {
        Some(w) => super::int_arg(vm, w)?,
        None => 0,
    };
    let mut t = lock_open(vm, &a[0])?;
    let cookie = a[1].clone();
    // CPython converts the cookie with int(), so a float is accepted (and returned).
    let as_int = match &cookie.payload {
        Payload::Float(f) => vm.new_int(f.trunc() as i64),
        _ => vm.index(&cookie)?,
    };
    let Some(big) = crate::objects::int::to_bigint(&as_int) else {
        return Err(vm.type_error("an integer is required"));
    };
    if !t.seekable {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    match whence {
        1 | 2 => {
            if big != BigInt::from(0) {
                return Err(unsupported(
                    vm,
                    if whence == 1 {
                        "can't do nonzero cur-relative seeks"
                    } else {
                        "can't do nonzero end-relative seeks"
                    },
                ));
            }
            if whence == 1 {
                let c = tell_inner(vm, &mut t)?;
                let c = crate::objects::int::to_bigint(&c).unwrap_or_default();
                return seek_cookie(vm, &mut t, &c, a[1].clone());
            }
            buffer_flush(vm, &t)?;
            t.clear_decoded();
            t.bom_check = false;
            t.encoder_bom = false;
            return buffer_seek(vm, &t, 0, 2);
        }
        0 => {}
        _ => {
            return Err(vm.value_error(format!("invalid whence ({}, should be 0, 1 or 2)", whence)))
        }
    }
    if big < BigInt::from(0) {
        return Err(vm.value_error(format!("negative seek position {}", big)));
    }
    seek_cookie(vm, &mut t, &big, cookie)
}

fn seek_cookie(vm: &Vm, t: &mut Text, big: &BigInt, cookie: PyRef) -> PyResult {
    buffer_flush(vm, t)?;
    let mask = (BigInt::from(1) << 64) - 1;
    let pos = (big & &mask).to_i64().unwrap_or(i64::MAX);
    let skip = (big >> 192usize).to_usize().unwrap_or(0);
    buffer_seek(vm, t, pos, 0)?;
    t.clear_decoded();
    let utf8sig = t.codec == Codec::Utf8Sig;
    t.bom_check = utf8sig && pos == 0;
    t.encoder_bom = utf8sig && pos == 0 && t.writable;
    if skip > 0 {
        read_chunk(vm, t)?;
        let (end, k) = advance_chars(&t.dec, 0, skip);
        if k < skip {
            return Err(vm.new_error(&vm.exc.os_error, "can't restore logical file position"));
        }
        t.dec_pos = end;
    }
    Ok(cookie)
}

fn truncate(vm: &Vm, a: Args) -> PyResult {
    let a = args::method(vm, "truncate", a, 0, 1)?;
    let t = lock_open(vm, &a[0])?;
    buffer_flush(vm, &t)?;
    let buffer = t.buffer.clone();
    drop(t);
    let pos = a.get(1).cloned().unwrap_or_else(|| vm.none());
    call_method(vm, &buffer, "truncate", &[pos])
}

fn delegate(vm: &Vm, a: Args, name: &str) -> PyResult {
    let a = args::method(vm, name, a, 0, 0)?;
    let buffer = lock(vm, &a[0])?.buffer.clone();
    call_method(vm, &buffer, name, &[])
}

/// `reconfigure(*, encoding=None, errors=None, newline=<unchanged>, line_buffering=None,
/// write_through=None)`.
fn reconfigure(vm: &Vm, a: Args) -> PyResult {
    let o = args::this(vm, &a)?;
    if a.args.len() - a.kwnames.len() > 1 {
        return Err(vm.type_error(format!(
            "reconfigure() takes exactly 0 positional arguments ({} given)",
            a.args.len() - a.kwnames.len() - 1
        )));
    }
    let names = [
        "encoding",
        "errors",
        "newline",
        "line_buffering",
        "write_through",
    ];
    let b = args::bind(
        vm,
        "reconfigure",
        Args::with_kw(&a.args[1..], a.kwnames),
        &names,
        0,
        0,
    )?;
    let enc = opt_str(vm, &b[0], "encoding")?;
    let errors = opt_str(vm, &b[1], "errors")?;
    let newline_given = b[2].is_some();
    let newline = opt_str(vm, &b[2], "newline")?;
    if newline_given {
        check_newline(vm, &newline)?;
    }
    let mut t = lock_open(vm, o)?;
    if (enc.is_some() || errors.is_some() || newline_given) && !t.dec.is_empty() {
        return Err(unsupported(
            vm,
            "It is not possible to set the encoding or newline of stream after the first read",
        ));
    }
    buffer_flush(vm, &t)?;
    if let Some(e) = enc {
        let (c, name) = resolve_encoding(vm, Some(e))?;
        t.codec = c;
        t.encoding = name;
        let errs = errors.clone().unwrap_or_else(|| "strict".to_string());
        t.errors = vm.new_str(&errs);
        t.errors_s = errs;
    } else if let Some(errs) = errors {
        t.errors = vm.new_str(&errs);
        t.errors_s = errs;
    }
    if newline_given {
        t.set_newline(newline);
    }
    if let Some(v) = b[3].as_ref().filter(|v| !vm.is_none(v)) {
        t.line_buffering = vm.is_true(v)?;
    }
    if let Some(v) = b[4].as_ref().filter(|v| !vm.is_none(v)) {
        t.write_through = vm.is_true(v)?;
    }
    Ok(vm.none())
}

fn getstate(vm: &Vm, a: Args) -> PyResult {
    let o = args::this(vm, &a)?;
    Err(vm.type_error(format!("cannot pickle '{}' object", o.type_name())))
}

// ---- attributes ---------------------------------------------------------------------

fn encoding_get(vm: &Vm, o: &PyRef) -> PyResult {
    if let Some(d) = detached_attrs(vm, o)? {
        return Ok(d.0);
    }
    Ok(lock(vm, o)?.encoding.clone())
}

fn errors_get(vm: &Vm, o: &PyRef) -> PyResult {
    if let Some(d) = detached_attrs(vm, o)? {
        return Ok(d.1);
    }
    Ok(lock(vm, o)?.errors.clone())
}

fn buffer_get(vm: &Vm, o: &PyRef) -> PyResult {
    if tio(vm, o)?.detached.get() {
        return Ok(vm.none());
    }
    Ok(lock(vm, o)?.buffer.clone())
}

fn line_buffering_get(vm: &Vm, o: &PyRef) -> PyResult {
    if let Some(d) = detached_attrs(vm, o)? {
        return Ok(vm.new_bool(d.2));
    }
    Ok(vm.new_bool(lock(vm, o)?.line_buffering))
}

fn write_through_get(vm: &Vm, o: &PyRef) -> PyResult {
    if let Some(d) = detached_attrs(vm, o)? {
        return Ok(vm.new_bool(d.3));
    }
    Ok(vm.new_bool(lock(vm, o)?.write_through))
}

fn newlines_get(vm: &Vm, o: &PyRef) -> PyResult {
    let t = lock(vm, o)?;
    if !t.readuniversal {
        return Ok(vm.none());
    }
    Ok(newline::newlines_obj(vm, t.seen))
}

fn closed_get(vm: &Vm, o: &PyRef) -> PyResult {
    let t = lock(vm, o)?;
    if t.fast {
        return Ok(vm.new_bool(buffered::closed_fast(vm, &t.buffer)?));
    }
    let buffer = t.buffer.clone();
    drop(t);
    vm.get_attr_str(&buffer, "closed")
}

fn name_get(vm: &Vm, o: &PyRef) -> PyResult {
    let buffer = lock(vm, o)?.buffer.clone();
    vm.get_attr_str(&buffer, "name")
}

fn chunk_get(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_usize(lock(vm, o)?.chunk_size))
}

fn chunk_set(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(vm.attribute_error("cannot delete attribute"));
    };
    let n = super::int_arg(vm, &v)?;
    if n <= 0 {
        return Err(vm.value_error("a strictly positive integer is required"));
    }
    lock(vm, o)?.chunk_size = n as usize;
    Ok(())
}
