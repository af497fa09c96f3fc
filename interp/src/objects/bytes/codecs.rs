//! The str ↔ bytes codecs the core needs: UTF-8, UTF-16 and UTF-32 (with and without
//! byte order mark), Latin-1 and ASCII, with the common error handlers, raising
//! `UnicodeEncodeError`/`UnicodeDecodeError` as CPython does.

use ferropy_primitives::wtf8::{self, Wtf8Buf};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use super::this_bytes;

fn norm_encoding(enc: &str) -> String {
    enc.to_ascii_lowercase().replace('_', "-")
}

/// The error handlers the codecs implement natively (other names go through the
/// `_codecs` module, which calls handlers registered with `codecs.register_error`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    SurrogateEscape,
    SurrogatePass,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    Unknown,
}

fn handler(errors: &str) -> Handler {
    match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "surrogateescape" => Handler::SurrogateEscape,
        "surrogatepass" => Handler::SurrogatePass,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" => Handler::NameReplace,
        _ => Handler::Unknown,
    }
}

fn unknown_handler(vm: &Vm, errors: &str) -> PyErr {
    vm.new_error(
        &vm.exc.lookup_error,
        format!("unknown error handler name '{}'", errors),
    )
}

/// The encodings `encode_str` knows: how code points become bytes.
#[derive(Clone, Copy)]
enum Target {
    Utf8,
    /// Code points below the limit are one byte (ASCII: 128, Latin-1: 256).
    Narrow(u32, &'static str),
    Wide(WideCodec),
}

impl Target {
    fn name(&self) -> &'static str {
        match self {
            Target::Utf8 => "utf-8",
            Target::Narrow(_, n) => n,
            Target::Wide(w) => w.name,
        }
    }

    /// Whether `cp` is encodable without an error handler.
    fn encodable(&self, cp: u32) -> bool {
        match self {
            Target::Utf8 | Target::Wide(_) => !wtf8::is_surrogate(cp),
            Target::Narrow(limit, _) => cp < *limit,
        }
    }

    fn reason(&self) -> &'static str {
        match self {
            Target::Utf8 | Target::Wide(_) => "surrogates not allowed",
            Target::Narrow(128, _) => "ordinal not in range(128)",
            Target::Narrow(..) => "ordinal not in range(256)",
        }
    }

    /// Appends an encodable code point (or an ASCII replacement character).
    fn push(&self, out: &mut Vec<u8>, cp: u32) {
        match self {
            Target::Utf8 => wtf8::encode(cp, out),
            Target::Narrow(..) => out.push(cp as u8),
            Target::Wide(w) => push_wide(out, cp, *w),
        }
    }
}

fn target(enc: &str) -> Option<Target> {
    Some(match enc {
        "utf-8" | "utf8" | "u8" | "utf" | "utf-8-sig" => Target::Utf8,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => Target::Narrow(256, "latin-1"),
        "ascii" | "us-ascii" => Target::Narrow(128, "ascii"),
        other => Target::Wide(wide_codec(other)?),
    })
}

/// Encodes a str object (`obj` is `s` itself, shown in errors).
pub fn encode_str(vm: &Vm, s: &PyStr, obj: &PyRef, enc: &str, errors: &str) -> PyResult {
    let orig = enc;
    let enc = norm_encoding(enc);
    // Other encodings, and error handlers registered with `codecs.register_error`, go
    // through the codec registry.
    let Some(t) = target(&enc).filter(|_| handler(errors) != Handler::Unknown) else {
        return crate::modules::codecs::encode_text(vm, obj, orig, errors);
    };
    let bom: &[u8] = if enc == "utf-8-sig" {
        b"\xef\xbb\xbf"
    } else {
        b""
    };
    if let (Target::Utf8, Some(text)) = (t, s.as_str()) {
        return Ok(vm.new_bytes([bom, text.as_bytes()].concat()));
    }
    let h = handler(errors);
    let cps: Vec<u32> = s.view().code_points().collect();
    let mut out = Vec::with_capacity(s.bytes().len() + bom.len());
    out.extend_from_slice(bom);
    if let Target::Wide(w) = t {
        if w.big_endian.is_none() {
            push_unit(&mut out, 0xfeff, w.width, false);
        }
    }
    let mut i = 0;
    while i < cps.len() {
        if t.encodable(cps[i]) {
            t.push(&mut out, cps[i]);
            i += 1;
            continue;
        }
        // The run of unencodable code points (one at a time for UTF-16/32, as CPython).
        let mut end = i + 1;
        if !matches!(t, Target::Wide(_)) {
            while end < cps.len() && !t.encodable(cps[end]) {
                end += 1;
            }
        }
        let fail = |at: usize, end: usize| {
            unicode_error(
                vm,
                &vm.exc.unicode_encode_error,
                t.name(),
                obj.clone(),
                at,
                end,
                t.reason(),
            )
        };
        match h {
            Handler::Strict => return Err(fail(i, end)),
            Handler::Unknown => return Err(unknown_handler(vm, errors)),
            Handler::Ignore => {}
            Handler::Replace => cps[i..end]
                .iter()
                .for_each(|_| t.push(&mut out, u32::from(b'?'))),
            Handler::BackslashReplace | Handler::NameReplace => {
                let mut esc = String::new();
                for &cp in &cps[i..end] {
                    if matches!(h, Handler::NameReplace) {
                        crate::modules::unicodedata::push_name_escape(&mut esc, cp);
                    } else {
                        wtf8::push_hex_escape(&mut esc, cp);
                    }
                }
                esc.bytes().for_each(|b| t.push(&mut out, u32::from(b)));
            }
            Handler::XmlCharRefReplace => {
                for &cp in &cps[i..end] {
                    format!("&#{};", cp)
                        .bytes()
                        .for_each(|b| t.push(&mut out, u32::from(b)));
                }
            }
            Handler::SurrogateEscape => {
                // CPython: only U+DC80..U+DCFF stand for bytes, and not in UTF-16/32.
                for (k, &cp) in cps[i..end].iter().enumerate() {
                    if matches!(t, Target::Wide(_)) || !(0xDC80..=0xDCFF).contains(&cp) {
                        return Err(fail(i + k, end));
                    }
                    out.push((cp - 0xDC00) as u8);
                }
            }
            Handler::SurrogatePass => match t {
                Target::Narrow(..) => return Err(fail(i, end)),
                _ => {
                    for (k, &cp) in cps[i..end].iter().enumerate() {
                        if !wtf8::is_surrogate(cp) {
                            return Err(fail(i + k, end));
                        }
                        match t {
                            Target::Wide(w) if w.width == 2 => {
                                push_unit(&mut out, cp, 2, w.big_endian.unwrap_or(false))
                            }
                            _ => t.push(&mut out, cp),
                        }
                    }
                }
            },
        }
        i = end;
    }
    Ok(vm.new_bytes(out))
}

pub fn unicode_error(
    vm: &Vm,
    ty: &PyRef,
    codec: &str,
    obj: PyRef,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let e = vm.new_exception(
        ty,
        vec![
            vm.new_str(codec),
            obj.clone(),
            vm.new_usize(start),
            vm.new_usize(end),
            vm.new_str(reason),
        ],
    );
    PyErr(e)
}

/// What a decoder does with the bad bytes `data[start..end]`: appends a replacement to
/// `out` and returns where decoding resumes, or raises. `pass` is the length of a
/// surrogate encoded at `start` that `surrogatepass` accepts, with its code point.
#[allow(clippy::too_many_arguments)]
fn decode_error(
    vm: &Vm,
    codec: &str,
    errors: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    pass: Option<(u32, usize)>,
    out: &mut Wtf8Buf,
) -> PyResult<usize> {
    let fail = || {
        unicode_error(
            vm,
            &vm.exc.unicode_decode_error,
            codec,
            vm.new_bytes(data.to_vec()),
            start,
            end,
            reason,
        )
    };
    match handler(errors) {
        Handler::Strict => Err(fail()),
        Handler::Unknown => Err(unknown_handler(vm, errors)),
        Handler::Ignore => Ok(end),
        Handler::Replace => {
            out.push_char('\u{fffd}');
            Ok(end)
        }
        Handler::BackslashReplace => {
            let mut esc = String::new();
            for &b in &data[start..end] {
                wtf8::push_hex_escape(&mut esc, u32::from(b));
            }
            out.push_str(&esc);
            Ok(end)
        }
        Handler::SurrogateEscape => {
            // CPython: the leading bytes >= 128 of the bad range are escaped and decoding
            // resumes after them; a range that starts with an ASCII byte is an error.
            let n = data[start..end].iter().take_while(|&&b| b >= 128).count();
            if n == 0 {
                return Err(fail());
            }
            for &b in &data[start..start + n] {
                out.push_code_point(0xDC00 + u32::from(b));
            }
            Ok(start + n)
        }
        Handler::SurrogatePass => match pass {
            Some((cp, n)) => {
                out.push_code_point(cp);
                Ok(start + n)
            }
            None => Err(fail()),
        },
        Handler::XmlCharRefReplace | Handler::NameReplace => {
            Err(vm.type_error("don't know how to handle UnicodeDecodeError in error callback"))
        }
    }
}

/// UTF-8 decoding with error handlers.
fn decode_utf8(vm: &Vm, data: &[u8], errors: &str) -> PyResult {
    if let Ok(s) = std::str::from_utf8(data) {
        return Ok(vm.new_str(s));
    }
    let mut out = Wtf8Buf::with_capacity(data.len());
    let mut pos = 0;
    while pos < data.len() {
        let e = match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => e,
        };
        let good = pos + e.valid_up_to();
        out.push_str(std::str::from_utf8(&data[pos..good]).unwrap_or(""));
        let (reason, end) = match e.error_len() {
            None => ("unexpected end of data", data.len()),
            Some(n) => {
                let b = data[good];
                let start_byte_bad = (0x80..=0xC1).contains(&b) || b >= 0xF5;
                let reason = if start_byte_bad {
                    "invalid start byte"
                } else {
                    "invalid continuation byte"
                };
                (reason, good + n)
            }
        };
        // A surrogate encoded as UTF-8 (ED A0..BF 80..BF), for `surrogatepass`.
        let pass = match data.get(good..good + 3) {
            Some(&[0xED, b1, b2]) if (0xA0..=0xBF).contains(&b1) && (b2 & 0xC0) == 0x80 => {
                Some((wtf8::decode_at(data, good).0, 3))
            }
            _ => None,
        };
        pos = decode_error(vm, "utf-8", errors, data, good, end, reason, pass, &mut out)?;
    }
    Ok(crate::objects::str::new_wtf8(vm, out))
}

pub fn decode_bytes(vm: &Vm, data: &[u8], enc: &str, errors: &str) -> PyResult {
    let orig = enc;
    let enc = norm_encoding(enc);
    if handler(errors) == Handler::Unknown {
        return crate::modules::codecs::decode_text(vm, data, orig, errors);
    }
    match enc.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "utf-8-sig" => {
            let data = if enc == "utf-8-sig" {
                data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data)
            } else {
                data
            };
            decode_utf8(vm, data, errors)
        }
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => {
            Ok(vm.new_string(data.iter().map(|&b| b as char).collect()))
        }
        "ascii" | "us-ascii" => {
            if data.is_ascii() {
                return Ok(vm.new_string(data.iter().map(|&b| b as char).collect()));
            }
            let mut out = Wtf8Buf::with_capacity(data.len());
            let mut i = 0;
            while i < data.len() {
                if data[i] < 128 {
                    out.push_char(data[i] as char);
                    i += 1;
                    continue;
                }
                let reason = "ordinal not in range(128)";
                i = decode_error(vm, "ascii", errors, data, i, i + 1, reason, None, &mut out)?;
            }
            Ok(crate::objects::str::new_wtf8(vm, out))
        }
        other => match wide_codec(other) {
            Some(codec) => decode_wide(vm, data, codec, errors),
            None => crate::modules::codecs::decode_text(vm, data, orig, errors),
        },
    }
}

pub(super) fn b_decode(vm: &Vm, args: Args) -> PyResult {
    let data = this_bytes(vm, &args)?;
    let b = crate::objects::str::clinic_bind(
        vm,
        "decode",
        Args::with_kw(&args.args[1..], args.kwnames),
        &["encoding", "errors"],
        0,
        0,
    )?;
    let enc = match &b[0] {
        Some(e) => args::to_str(vm, e, "decode() argument 'encoding'")?.to_string(),
        None => "utf-8".into(),
    };
    let errors = match &b[1] {
        Some(e) => args::to_str(vm, e, "decode() argument 'errors'")?.to_string(),
        None => "strict".into(),
    };
    decode_bytes(vm, &data, &enc, &errors)
}

/// A UTF-16 or UTF-32 codec: unit width, byte order (`None`: from the byte order mark,
/// little-endian when there is none; encoding writes a little-endian mark), and the
/// name CPython shows in errors.
#[derive(Clone, Copy)]
struct WideCodec {
    width: usize,
    big_endian: Option<bool>,
    name: &'static str,
}

fn wide_codec(enc: &str) -> Option<WideCodec> {
    let (width, big_endian, name) = match enc {
        "utf-16" | "utf16" => (2, None, "utf-16"),
        "utf-16-le" | "utf-16le" => (2, Some(false), "utf-16-le"),
        "utf-16-be" | "utf-16be" => (2, Some(true), "utf-16-be"),
        "utf-32" | "utf32" => (4, None, "utf-32"),
        "utf-32-le" | "utf-32le" => (4, Some(false), "utf-32-le"),
        "utf-32-be" | "utf-32be" => (4, Some(true), "utf-32-be"),
        _ => return None,
    };
    Some(WideCodec {
        width,
        big_endian,
        name,
    })
}

fn push_unit(out: &mut Vec<u8>, unit: u32, width: usize, big_endian: bool) {
    let bytes = unit.to_le_bytes();
    let mut unit_bytes = bytes[..width].to_vec();
    if big_endian {
        unit_bytes.reverse();
    }
    out.extend_from_slice(&unit_bytes);
}

/// Appends code point `cp` (not a surrogate) as UTF-16 or UTF-32 units.
fn push_wide(out: &mut Vec<u8>, cp: u32, codec: WideCodec) {
    let big = codec.big_endian.unwrap_or(false);
    if codec.width == 4 {
        push_unit(out, cp, 4, big);
    } else if cp >= 0x10000 {
        let v = cp - 0x10000;
        push_unit(out, 0xD800 + (v >> 10), 2, big);
        push_unit(out, 0xDC00 + (v & 0x3FF), 2, big);
    } else {
        push_unit(out, cp, 2, big);
    }
}

fn read_unit(data: &[u8], at: usize, width: usize, big_endian: bool) -> u32 {
    let mut bytes = [0u8; 4];
    bytes[..width].copy_from_slice(&data[at..at + width]);
    if big_endian {
        bytes[..width].reverse();
    }
    u32::from_le_bytes(bytes)
}

fn decode_wide(vm: &Vm, data: &[u8], codec: WideCodec, errors: &str) -> PyResult {
    let w = codec.width;
    let mut pos = 0;
    let big = match codec.big_endian {
        Some(b) => b,
        None if data.len() >= w => {
            let mark = read_unit(data, 0, w, false);
            if mark == 0xfeff {
                pos = w;
                false
            } else if read_unit(data, 0, w, true) == 0xfeff {
                pos = w;
                true
            } else {
                false
            }
        }
        None => false,
    };
    // CPython names the byte order it settled on in decoding errors ('utf-16-le').
    let name = match (codec.big_endian, w, big) {
        (Some(_), _, _) => codec.name,
        (None, 2, false) => "utf-16-le",
        (None, 2, true) => "utf-16-be",
        (None, _, false) => "utf-32-le",
        (None, _, true) => "utf-32-be",
    };
    let mut out = Wtf8Buf::with_capacity(data.len() / w);
    while pos < data.len() {
        // The problem at `pos`, if any: (reason, end of the bad bytes), and the lone
        // surrogate `surrogatepass` would accept there.
        let mut pass = None;
        let bad: (&str, usize) = if data.len() - pos < w {
            ("truncated data", data.len())
        } else {
            let unit = read_unit(data, pos, w, big);
            if w == 4 {
                match char::from_u32(unit) {
                    Some(c) => {
                        out.push_char(c);
                        pos += 4;
                        continue;
                    }
                    None if unit > 0x10ffff => ("code point not in range(0x110000)", pos + 4),
                    None => {
                        pass = Some((unit, 4));
                        (
                            "code point in surrogate code point range(0xd800, 0xe000)",
                            pos + 4,
                        )
                    }
                }
            } else if !(0xd800..0xe000).contains(&unit) {
                out.push_code_point(unit);
                pos += 2;
                continue;
            } else if unit >= 0xdc00 {
                pass = Some((unit, 2));
                ("illegal encoding", pos + 2)
            } else if data.len() - pos < 4 {
                pass = Some((unit, 2));
                ("unexpected end of data", data.len())
            } else {
                let low = read_unit(data, pos + 2, 2, big);
                if (0xdc00..0xe000).contains(&low) {
                    let code = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                    out.push_code_point(code);
                    pos += 4;
                    continue;
                }
                pass = Some((unit, 2));
                ("illegal UTF-16 surrogate", pos + 2)
            }
        };
        pos = decode_error(vm, name, errors, data, pos, bad.1, bad.0, pass, &mut out)?;
    }
    Ok(crate::objects::str::new_wtf8(vm, out))
}
