//! The `binascii` module (CPython's Modules/binascii.c): base64, hex, uuencode and
//! quoted-printable conversions, `crc32` and `crc_hqx`, and the `Error` (a ValueError)
//! and `Incomplete` exceptions. Decoders accept ASCII str as CPython's
//! `ascii_buffer_converter` does; everything accepts bytes-like objects.

use std::cell::RefCell;

use crate::modules::user_args;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::gil::GilCell;
use crate::vm::Vm;

/// Module functions: name → implementation.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("a2b_uu", a2b_uu),
    ("b2a_uu", b2a_uu),
    ("a2b_base64", a2b_base64),
    ("b2a_base64", b2a_base64),
    ("crc_hqx", crc_hqx),
    ("crc32", crc32),
    ("b2a_hex", b2a_hex),
    ("hexlify", hexlify),
    ("a2b_hex", a2b_hex),
    ("unhexlify", unhexlify),
    ("a2b_qp", a2b_qp),
    ("b2a_qp", b2a_qp),
];

static ERROR: GilCell<RefCell<Option<PyRef>>> = GilCell::new(|| RefCell::new(None));

fn error(vm: &Vm, msg: impl AsRef<str>) -> PyErr {
    match ERROR.with(|e| e.borrow().clone()) {
        Some(e) => vm.new_error(&e, msg),
        None => vm.runtime_error("binascii is not initialized"),
    }
}

// ---- arguments ----

/// A `Py_buffer` argument: the bytes of a bytes-like object.
fn buffer(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    crate::objects::bytes::bytes_from_object(vm, o)
}

/// CPython's `ascii_buffer_converter`: an ASCII str or a bytes-like object.
fn ascii_buffer(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    match &o.payload {
        Payload::Str(s) => {
            if !s.is_ascii() {
                return Err(vm.value_error("string argument should contain only ASCII characters"));
            }
            Ok(s.bytes().to_vec())
        }
        Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_) => buffer(vm, o),
        _ if crate::objects::buffer::native(o).is_some() => buffer(vm, o),
        _ => Err(vm.type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            o.type_name()
        ))),
    }
}

/// A C `int` argument (`__index__`); flags use it too (`bool(accept={int})`).
fn c_int(vm: &Vm, o: &PyRef) -> PyResult<i64> {
    let too_large = || vm.overflow_error("Python int too large to convert to C int");
    match vm.index_opt(o) {
        Ok(Some(i)) if i32::try_from(i).is_ok() => Ok(i),
        Ok(Some(_)) => Err(too_large()),
        Ok(None) => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            o.type_name()
        ))),
        Err(e) if vm.exc_matches(&e, &vm.exc.overflow_error) => Err(too_large()),
        Err(e) => Err(e),
    }
}

fn flag(vm: &Vm, o: &Option<PyRef>, default: bool) -> PyResult<bool> {
    match o {
        Some(o) => Ok(c_int(vm, o)? != 0),
        None => Ok(default),
    }
}

/// An `unsigned int` argument converted bitwise (any int, reduced modulo 2**32).
fn c_uint_mask(vm: &Vm, o: &PyRef) -> PyResult<u32> {
    let i = vm.index(o)?;
    Ok(match &i.payload {
        Payload::Int(v) => *v as u32,
        Payload::BigInt(b) => {
            let m = (b.as_ref() & num_bigint::BigInt::from(0xFFFF_FFFFu32))
                .iter_u32_digits()
                .next()
                .unwrap_or(0);
            m
        }
        _ => 0,
    })
}

/// The METH_O call: exactly one positional argument.
fn one<'a>(vm: &Vm, name: &str, a: Args<'a>) -> PyResult<&'a PyRef> {
    let u = user_args(a);
    if u.has_kw() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    if u.args.len() != 1 {
        return Err(vm.type_error(format!(
            "binascii.{}() takes exactly one argument ({} given)",
            name,
            u.args.len()
        )));
    }
    Ok(&u.args[0])
}

/// A positional-only `data` followed by keyword-only flags `kw`; returns data and flags.
fn data_and_keywords(
    vm: &Vm,
    name: &str,
    a: Args,
    kw: &[&str],
) -> PyResult<(PyRef, Vec<Option<PyRef>>)> {
    let u = user_args(a);
    let pos = u.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(format!(
            "{}() takes exactly 1 positional argument ({} given)",
            name,
            pos.len()
        )));
    }
    for k in u.kwnames {
        let kn = vm.str_of(k).unwrap_or("");
        if !kw.contains(&kn) {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                kn, name
            )));
        }
    }
    let mut out = vec![None; kw.len()];
    for (k, v) in u.kwnames.iter().zip(u.kwvalues()) {
        let kn = vm.str_of(k).unwrap_or("");
        if let Some(i) = kw.iter().position(|n| *n == kn) {
            out[i] = Some(v.clone());
        }
    }
    Ok((pos[0].clone(), out))
}

// ---- uuencode ----

fn a2b_uu(vm: &Vm, a: Args) -> PyResult {
    let data = ascii_buffer(vm, one(vm, "a2b_uu", a)?)?;
    // An empty line reads as the C string's terminating NUL: length (0 - ' ') & 63.
    let first = data.first().copied().unwrap_or(0);
    let mut bin_len = (first.wrapping_sub(b' ') & 0o77) as usize;
    let mut out = Vec::with_capacity(bin_len);
    let rest = data.get(1..).unwrap_or(&[]);
    let (mut leftchar, mut leftbits) = (0u32, 0u32);
    let mut pos = 0usize;
    while bin_len > 0 {
        let c = rest.get(pos).copied();
        pos += 1;
        let v = match c {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(c) => {
                if !(b' '..=b' ' + 64).contains(&c) {
                    return Err(error(vm, "Illegal char"));
                }
                (c - b' ') & 0o77
            }
        };
        leftchar = (leftchar << 6) | v as u32;
        leftbits += 6;
        if leftbits >= 8 {
            leftbits -= 8;
            out.push((leftchar >> leftbits) as u8);
            leftchar &= (1 << leftbits) - 1;
            bin_len -= 1;
        }
    }
    for &c in rest.iter().skip(pos) {
        if c != b' ' && c != b' ' + 64 && c != b'\n' && c != b'\r' {
            return Err(error(vm, "Trailing garbage"));
        }
    }
    Ok(vm.new_bytes(out))
}

fn b2a_uu(vm: &Vm, a: Args) -> PyResult {
    let (d, kw) = data_and_keywords(vm, "b2a_uu", a, &["backtick"])?;
    let data = buffer(vm, &d)?;
    let backtick = flag(vm, &kw[0], false)?;
    if data.len() > 45 {
        return Err(error(vm, "At most 45 bytes at once"));
    }
    let enc = |v: u8| {
        if backtick && v == 0 {
            b'`'
        } else {
            b' ' + v
        }
    };
    let mut out = vec![enc(data.len() as u8)];
    for chunk in data.chunks(3) {
        let mut g = [0u8; 3];
        g[..chunk.len()].copy_from_slice(chunk);
        let n = u32::from_be_bytes([0, g[0], g[1], g[2]]);
        // CPython pads every group to 3 bytes: always 4 characters.
        for i in 0..4 {
            out.push(enc(((n >> (18 - 6 * i)) & 0x3f) as u8));
        }
    }
    out.push(b'\n');
    Ok(vm.new_bytes(out))
}

// ---- base64 ----

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// CPython's base64 decoder: non-alphabet characters are skipped (refused in strict
/// mode) and a complete pad sequence ends the input.
fn decode_base64(vm: &Vm, data: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    if strict && data.first() == Some(&b'=') {
        return Err(error(vm, "Leading padding not allowed"));
    }
    let mut out = Vec::with_capacity(data.len().div_ceil(4) * 3);
    let (mut quad_pos, mut leftchar, mut pads) = (0u8, 0u8, 0usize);
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos as usize + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error(vm, "Excess data after padding"));
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error(vm, "Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error(vm, "Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad_pos {
            0 => {
                quad_pos = 1;
                leftchar = v;
            }
            1 => {
                quad_pos = 2;
                out.push((leftchar << 2) | (v >> 4));
                leftchar = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push((leftchar << 4) | (v >> 2));
                leftchar = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push((leftchar << 6) | v);
                leftchar = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(out),
        1 => Err(error(
            vm,
            format!(
                "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
                out.len() / 3 * 4 + 1
            ),
        )),
        _ => Err(error(vm, "Incorrect padding")),
    }
}

fn a2b_base64(vm: &Vm, a: Args) -> PyResult {
    let (d, kw) = data_and_keywords(vm, "a2b_base64", a, &["strict_mode"])?;
    let data = ascii_buffer(vm, &d)?;
    let strict = flag(vm, &kw[0], false)?;
    Ok(vm.new_bytes(decode_base64(vm, &data, strict)?))
}

fn b2a_base64(vm: &Vm, a: Args) -> PyResult {
    let (d, kw) = data_and_keywords(vm, "b2a_base64", a, &["newline"])?;
    let data = buffer(vm, &d)?;
    let newline = flag(vm, &kw[0], true)?;
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let mut g = [0u8; 3];
        g[..chunk.len()].copy_from_slice(chunk);
        let n = u32::from_be_bytes([0, g[0], g[1], g[2]]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[((n >> (18 - 6 * i)) & 0x3f) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    Ok(vm.new_bytes(out))
}

// ---- checksums ----

/// The CRC-32 (ISO-HDLC, as zlib's) table.
const CRC32_TABLE: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

/// The CRC-CCITT (polynomial 0x1021, not reflected) table of `crc_hqx`.
const CRC_HQX_TABLE: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = (i as u16) << 8;
        let mut k = 0;
        while k < 8 {
            c = if c & 0x8000 != 0 {
                (c << 1) ^ 0x1021
            } else {
                c << 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

fn crc32(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "crc32", user_args(a), 1, 2)?;
    let data = buffer(vm, &p[0])?;
    let start = match p.get(1) {
        Some(c) => c_uint_mask(vm, c)?,
        None => 0,
    };
    let mut crc = !start;
    for &b in &data {
        crc = CRC32_TABLE[((crc ^ b as u32) & 0xff) as usize] ^ (crc >> 8);
    }
    Ok(vm.new_int(!crc as i64))
}

fn crc_hqx(vm: &Vm, a: Args) -> PyResult {
    let p = args::pos(vm, "crc_hqx", user_args(a), 2, 2)?;
    let data = buffer(vm, &p[0])?;
    let mut crc = (c_uint_mask(vm, &p[1])? & 0xffff) as u16;
    for &b in &data {
        crc = (crc << 8) ^ CRC_HQX_TABLE[((crc >> 8) as u8 ^ b) as usize];
    }
    Ok(vm.new_int(crc as i64))
}

// ---- hex ----

const HEX: &[u8; 16] = b"0123456789abcdef";

/// The separator byte of `hexlify(data, sep)`, as CPython's `_Py_strhex_impl` reads it.
fn separator(vm: &Vm, sep: &PyRef) -> PyResult<u8> {
    if vm.len(sep)? != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    match &sep.payload {
        Payload::Str(s) => match s.view().code_points().next() {
            Some(c) if c <= 0xff => Ok(c as u8),
            _ => Err(vm.value_error("sep must be ASCII.")),
        },
        Payload::Bytes(b) => b
            .first()
            .copied()
            .ok_or_else(|| vm.value_error("sep must be length 1.")),
        _ => Err(vm.type_error("sep must be str or bytes.")),
    }
}

/// Hex digits of `data`, with `sep` between groups of `|per|` bytes counted from the
/// right (positive `per`) or from the left (negative).
fn hex_with_sep(data: &[u8], sep: Option<(u8, i64)>) -> Vec<u8> {
    let digits = |b: u8, out: &mut Vec<u8>| {
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    };
    let mut out = Vec::with_capacity(data.len() * 3);
    let (sep, per) = match sep {
        Some((s, p)) if p != 0 => (s, p),
        _ => {
            data.iter().for_each(|&b| digits(b, &mut out));
            return out;
        }
    };
    let group = per.unsigned_abs() as usize;
    let n = data.len();
    for (i, &b) in data.iter().enumerate() {
        // Index counted from the grouping side.
        let boundary = if per < 0 { i } else { n - i };
        if i > 0 && boundary % group == 0 {
            out.push(sep);
        }
        digits(b, &mut out);
    }
    out
}

fn hex_impl(vm: &Vm, name: &str, a: Args) -> PyResult {
    let b = args::clinic(
        vm,
        name,
        user_args(a),
        &["data", "sep", "bytes_per_sep"],
        1,
        3,
    )?;
    let data = buffer(vm, b[0].as_ref().unwrap())?;
    let per = match &b[2] {
        Some(o) => c_int(vm, o)?,
        None => 1,
    };
    let sep = match &b[1] {
        Some(s) => Some((separator(vm, s)?, per)),
        None => None,
    };
    Ok(vm.new_bytes(hex_with_sep(&data, sep)))
}

fn b2a_hex(vm: &Vm, a: Args) -> PyResult {
    hex_impl(vm, "b2a_hex", a)
}

fn hexlify(vm: &Vm, a: Args) -> PyResult {
    hex_impl(vm, "hexlify", a)
}

fn unhex_impl(vm: &Vm, name: &str, a: Args) -> PyResult {
    let data = ascii_buffer(vm, one(vm, name, a)?)?;
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        let hi = (pair[0] as char).to_digit(16);
        let lo = (pair[1] as char).to_digit(16);
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(vm.new_bytes(out))
}

fn a2b_hex(vm: &Vm, a: Args) -> PyResult {
    unhex_impl(vm, "a2b_hex", a)
}

fn unhexlify(vm: &Vm, a: Args) -> PyResult {
    unhex_impl(vm, "unhexlify", a)
}

// ---- quoted-printable ----

/// Longest encoded line (CPython's MAXLINESIZE).
const MAX_LINE: usize = 76;

fn a2b_qp(vm: &Vm, a: Args) -> PyResult {
    let b = args::clinic(vm, "a2b_qp", user_args(a), &["data", "header"], 1, 2)?;
    let data = ascii_buffer(vm, b[0].as_ref().unwrap())?;
    let header = flag(vm, &b[1], false)?;
    let hexval = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(data.len());
    let n = data.len();
    let mut i = 0;
    while i < n {
        let c = data[i];
        if c == b'=' {
            i += 1;
            if i >= n {
                break;
            }
            let c = data[i];
            if c == b'\n' || c == b'\r' {
                // Soft line break: skip to after the end of the line.
                if c != b'\n' {
                    while i < n && data[i] != b'\n' {
                        i += 1;
                    }
                }
                if i < n {
                    i += 1;
                }
            } else if c == b'=' {
                out.push(b'=');
                i += 1;
            } else if let (true, Some(h), Some(l)) = (
                i + 1 < n,
                hexval(c),
                data.get(i + 1).and_then(|&d| hexval(d)),
            ) {
                out.push(h << 4 | l);
                i += 2;
            } else {
                out.push(b'=');
            }
        } else if header && c == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(vm.new_bytes(out))
}

/// The encoder's options.
struct QpOptions {
    quotetabs: bool,
    istext: bool,
    header: bool,
}

/// Whether byte `i` of `data` must be written as `=XX` (CPython's test, verbatim in
/// meaning).
fn qp_must_quote(data: &[u8], i: usize, linelen: usize, o: &QpOptions) -> bool {
    let c = data[i];
    let at_end = i + 1 == data.len();
    c > 126
        || c == b'='
        || (o.header && c == b'_')
        || (c == b'.' && linelen == 0 && (at_end || matches!(data[i + 1], b'\n' | b'\r' | 0)))
        || (!o.istext && (c == b'\r' || c == b'\n'))
        || ((c == b'\t' || c == b' ') && at_end)
        || (c < 33 && c != b'\r' && c != b'\n' && (o.quotetabs || (c != b'\t' && c != b' ')))
}

fn qp_encode(data: &[u8], o: &QpOptions) -> Vec<u8> {
    const UPPER_HEX: &[u8; 16] = b"0123456789ABCDEF";
    // Lines end as the first line of the input does.
    let crlf = match data.iter().position(|&c| c == b'\n') {
        Some(p) => p > 0 && data[p - 1] == b'\r',
        None => false,
    };
    let soft_break = |out: &mut Vec<u8>| {
        out.push(b'=');
        if crlf {
            out.push(b'\r');
        }
        out.push(b'\n');
    };
    let mut out = Vec::with_capacity(data.len() * 3 / 2);
    let (mut i, mut linelen) = (0usize, 0usize);
    let n = data.len();
    while i < n {
        let c = data[i];
        if qp_must_quote(data, i, linelen, o) {
            if linelen + 3 >= MAX_LINE {
                soft_break(&mut out);
                linelen = 0;
            }
            out.extend_from_slice(&[
                b'=',
                UPPER_HEX[(c >> 4) as usize],
                UPPER_HEX[(c & 15) as usize],
            ]);
            i += 1;
            linelen += 3;
        } else if o.istext && (c == b'\n' || (i + 1 < n && c == b'\r' && data[i + 1] == b'\n')) {
            linelen = 0;
            // Whitespace before a line end is quoted.
            if let Some(&last) = out.last() {
                if last == b' ' || last == b'\t' {
                    out.pop();
                    out.extend_from_slice(&[
                        b'=',
                        UPPER_HEX[(last >> 4) as usize],
                        UPPER_HEX[(last & 15) as usize],
                    ]);
                }
            }
            if crlf {
                out.push(b'\r');
            }
            out.push(b'\n');
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if i + 1 != n && data[i + 1] != b'\n' && linelen + 1 >= MAX_LINE {
                soft_break(&mut out);
                linelen = 0;
            }
            linelen += 1;
            if o.header && c == b' ' {
                out.push(b'_');
            } else {
                out.push(c);
            }
            i += 1;
        }
    }
    out
}

fn b2a_qp(vm: &Vm, a: Args) -> PyResult {
    let names = ["data", "quotetabs", "istext", "header"];
    let b = args::clinic(vm, "b2a_qp", user_args(a), &names, 1, 4)?;
    let data = buffer(vm, b[0].as_ref().unwrap())?;
    let o = QpOptions {
        quotetabs: flag(vm, &b[1], false)?,
        istext: flag(vm, &b[2], true)?,
        header: flag(vm, &b[3], false)?,
    };
    Ok(vm.new_bytes(qp_encode(&data, &o)))
}

fn new_exception(vm: &Vm, m: &PyRef, name: &str, base: &PyRef) -> PyResult {
    let ns = vm.new_dict();
    vm.dict_set_str(&ns, "__module__", vm.new_str("binascii"))?;
    let e =
        crate::objects::typeobj::create_class(vm, &vm.types.type_, name, vec![base.clone()], &ns)?;
    let d = vm.module_dict(m).unwrap();
    vm.dict_set_str(&d, name, e.clone())?;
    Ok(e)
}

pub fn init(vm: &Vm) -> PyResult {
    let m = crate::modules::new_native_module(vm, "binascii", FUNCTIONS);
    let d = vm.module_dict(&m).unwrap();
    vm.dict_set_str(
        &d,
        "__doc__",
        vm.new_str("Conversion between binary data and ASCII"),
    )?;
    let err = new_exception(vm, &m, "Error", &vm.exc.value_error)?;
    new_exception(vm, &m, "Incomplete", &vm.exc.exception)?;
    ERROR.with(|e| *e.borrow_mut() = Some(err));
    Ok(m)
}
