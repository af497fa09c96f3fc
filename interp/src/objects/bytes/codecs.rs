//! The str ↔ bytes codecs the core needs: UTF-8, UTF-16 and UTF-32 (with and without
//! byte order mark), Latin-1 and ASCII, with the common error handlers, raising
//! `UnicodeEncodeError`/`UnicodeDecodeError` as CPython does.

use crate::object::payload::*;
use crate::object::PyRef;
use crate::objects::args;
use crate::vm::Vm;

use super::this_bytes;

fn norm_encoding(enc: &str) -> String {
    enc.to_ascii_lowercase().replace('_', "-")
}

pub fn encode_str(vm: &Vm, s: &str, enc: &str, errors: &str) -> PyResult {
    let enc = norm_encoding(enc);
    match enc.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" => Ok(vm.new_bytes(s.as_bytes().to_vec())),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "ascii" | "us-ascii" => {
            let limit = if enc.contains("ascii") { 128 } else { 256 };
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                let cp = c as u32;
                if cp < limit {
                    out.push(cp as u8);
                    continue;
                }
                match errors {
                    "ignore" => {}
                    "replace" => out.push(b'?'),
                    "backslashreplace" => {
                        let esc = if cp < 0x100 {
                            format!("\\x{:02x}", cp)
                        } else if cp < 0x10000 {
                            format!("\\u{:04x}", cp)
                        } else {
                            format!("\\U{:08x}", cp)
                        };
                        out.extend_from_slice(esc.as_bytes());
                    }
                    "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", cp).as_bytes()),
                    _ => {
                        let codec = if limit == 128 { "ascii" } else { "latin-1" };
                        let range = if limit == 128 {
                            "range(128)"
                        } else {
                            "range(256)"
                        };
                        return Err(unicode_error(
                            vm,
                            &vm.exc.unicode_encode_error,
                            codec,
                            vm.new_str(s),
                            i,
                            i + 1,
                            &format!("ordinal not in {}", range),
                        ));
                    }
                }
            }
            Ok(vm.new_bytes(out))
        }
        other => match wide_codec(other) {
            Some(codec) => Ok(vm.new_bytes(encode_wide(s, codec))),
            None => Err(vm.new_error(&vm.exc.lookup_error, format!("unknown encoding: {}", enc))),
        },
    }
}

fn unicode_error(
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

pub fn decode_bytes(vm: &Vm, data: &[u8], enc: &str, errors: &str) -> PyResult {
    let enc = norm_encoding(enc);
    match enc.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "utf-8-sig" => {
            let data = if enc == "utf-8-sig" {
                data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data)
            } else {
                data
            };
            match std::str::from_utf8(data) {
                Ok(s) => Ok(vm.new_str(s)),
                Err(e) => match errors {
                    "replace" => Ok(vm.new_string(String::from_utf8_lossy(data).into_owned())),
                    "ignore" => {
                        let mut out = String::new();
                        let mut rest = data;
                        loop {
                            match std::str::from_utf8(rest) {
                                Ok(s) => {
                                    out.push_str(s);
                                    break;
                                }
                                Err(e) => {
                                    let (good, bad) = rest.split_at(e.valid_up_to());
                                    out.push_str(std::str::from_utf8(good).unwrap_or(""));
                                    let skip = e.error_len().unwrap_or(bad.len()).max(1);
                                    rest = &bad[skip.min(bad.len())..];
                                }
                            }
                        }
                        Ok(vm.new_string(out))
                    }
                    _ => {
                        let pos = e.valid_up_to();
                        let reason = match e.error_len() {
                            None => "unexpected end of data".to_string(),
                            Some(_) => {
                                let b = data[pos];
                                if (0x80..0xc0).contains(&b) || b >= 0xf8 {
                                    "invalid start byte".to_string()
                                } else {
                                    "invalid continuation byte".to_string()
                                }
                            }
                        };
                        let end = pos + e.error_len().unwrap_or(data.len() - pos);
                        Err(unicode_error(
                            vm,
                            &vm.exc.unicode_decode_error,
                            "utf-8",
                            vm.new_bytes(data.to_vec()),
                            pos,
                            end,
                            &reason,
                        ))
                    }
                },
            }
        }
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => {
            Ok(vm.new_string(data.iter().map(|&b| b as char).collect()))
        }
        "ascii" | "us-ascii" => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 128 {
                    out.push(b as char);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push('\u{fffd}'),
                        _ => {
                            return Err(unicode_error(
                                vm,
                                &vm.exc.unicode_decode_error,
                                "ascii",
                                vm.new_bytes(data.to_vec()),
                                i,
                                i + 1,
                                "ordinal not in range(128)",
                            ))
                        }
                    }
                }
            }
            Ok(vm.new_string(out))
        }
        other => match wide_codec(other) {
            Some(codec) => decode_wide(vm, data, codec, errors),
            None => Err(vm.new_error(&vm.exc.lookup_error, format!("unknown encoding: {}", enc))),
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

fn encode_wide(s: &str, codec: WideCodec) -> Vec<u8> {
    let big = codec.big_endian.unwrap_or(false);
    let mut out = Vec::with_capacity(s.len() * codec.width + codec.width);
    if codec.big_endian.is_none() {
        push_unit(&mut out, 0xfeff, codec.width, big);
    }
    for c in s.chars() {
        if codec.width == 4 {
            push_unit(&mut out, c as u32, 4, big);
        } else {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                push_unit(&mut out, u32::from(*u), 2, big);
            }
        }
    }
    out
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
    let mut out = String::with_capacity(data.len() / w);
    while pos < data.len() {
        // The problem at `pos`, if any: (reason, end of the bad bytes).
        let bad: (&str, usize) = if data.len() - pos < w {
            ("truncated data", data.len())
        } else {
            let unit = read_unit(data, pos, w, big);
            if w == 4 {
                match char::from_u32(unit) {
                    Some(c) => {
                        out.push(c);
                        pos += 4;
                        continue;
                    }
                    None if unit > 0x10ffff => ("code point not in range(0x110000)", pos + 4),
                    None => (
                        "code point in surrogate code point range(0xd800, 0xe000)",
                        pos + 4,
                    ),
                }
            } else if !(0xd800..0xe000).contains(&unit) {
                out.push(char::from_u32(unit).unwrap_or('\u{fffd}'));
                pos += 2;
                continue;
            } else if unit >= 0xdc00 {
                ("illegal encoding", pos + 2)
            } else if data.len() - pos < 4 {
                ("unexpected end of data", data.len())
            } else {
                let low = read_unit(data, pos + 2, 2, big);
                if (0xdc00..0xe000).contains(&low) {
                    let code = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                    out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                    pos += 4;
                    continue;
                }
                ("illegal UTF-16 surrogate", pos + 2)
            }
        };
        match errors {
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            _ => {
                return Err(unicode_error(
                    vm,
                    &vm.exc.unicode_decode_error,
                    codec.name,
                    vm.new_bytes(data.to_vec()),
                    pos,
                    bad.1,
                    bad.0,
                ))
            }
        }
        pos = bad.1;
    }
    Ok(vm.new_string(out))
}
