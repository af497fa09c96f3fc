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
        _ => Err(vm.new_error(&vm.exc.lookup_error, format!("unknown encoding: {}", enc))),
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
        _ => Err(vm.new_error(&vm.exc.lookup_error, format!("unknown encoding: {}", enc))),
    }
}

pub(super) fn b_decode(vm: &Vm, args: Args) -> PyResult {
    let data = this_bytes(vm, &args)?;
    let b = args::bind(
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
