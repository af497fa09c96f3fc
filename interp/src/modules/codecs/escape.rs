//! The escape codecs of `_codecs`: `unicode_escape_*`, `raw_unicode_escape_*`,
//! `escape_encode`/`escape_decode` (bytes literals' escapes) and `readbuffer_encode`.
//! `\N{...}` escapes are resolved by the `unicodedata` name table (aliases included).

use ferropy_primitives::wtf8::Wtf8Buf;

use super::errors;
use super::*;

/// Bytes of a str (UTF-8) or bytes-like argument.
fn data_arg(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    match &o.payload {
        Payload::Str(s) => Ok(s.bytes().to_vec()),
        _ => buf_arg(vm, o),
    }
}

fn hex_val(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

pub(super) fn unicode_escape_encode(vm: &Vm, a: Args) -> PyResult {
    let p = codec_args(vm, "unicode_escape_encode", &a, 1, 2)?;
    let cps = str_arg(vm, "unicode_escape_encode", &p[0], 1)?;
    errors_arg(vm, "unicode_escape_encode", &p, 1)?;
    let mut out = Vec::with_capacity(cps.len());
    for &cp in &cps {
        match cp {
            0x5C => out.extend_from_slice(b"\\\\"),
            0x09 => out.extend_from_slice(b"\\t"),
            0x0A => out.extend_from_slice(b"\\n"),
            0x0D => out.extend_from_slice(b"\\r"),
            0x20..=0x7E => out.push(cp as u8),
            0..=0xFF => out.extend_from_slice(format!("\\x{:02x}", cp).as_bytes()),
            0x100..=0xFFFF => out.extend_from_slice(format!("\\u{:04x}", cp).as_bytes()),
            _ => out.extend_from_slice(format!("\\U{:08x}", cp).as_bytes()),
        }
    }
    pair(vm, vm.new_bytes(out), cps.len())
}

pub(super) fn raw_unicode_escape_encode(vm: &Vm, a: Args) -> PyResult {
    let p = codec_args(vm, "raw_unicode_escape_encode", &a, 1, 2)?;
    let cps = str_arg(vm, "raw_unicode_escape_encode", &p[0], 1)?;
    errors_arg(vm, "raw_unicode_escape_encode", &p, 1)?;
    let mut out = Vec::with_capacity(cps.len());
    for &cp in &cps {
        match cp {
            0..=0xFF => out.push(cp as u8),
            0x100..=0xFFFF => out.extend_from_slice(format!("\\u{:04x}", cp).as_bytes()),
            _ => out.extend_from_slice(format!("\\U{:08x}", cp).as_bytes()),
        }
    }
    pair(vm, vm.new_bytes(out), cps.len())
}

/// Reads `n` hex digits at `at`: the value, or how many digits were there.
fn hex_digits(data: &[u8], at: usize, n: usize) -> Result<u32, usize> {
    let mut v = 0u32;
    for k in 0..n {
        match data.get(at + k).and_then(|&b| hex_val(b)) {
            Some(d) => v = v * 16 + d,
            None => return Err(k),
        }
    }
    Ok(v)
}

pub(super) fn unicode_escape_decode(vm: &Vm, a: Args) -> PyResult {
    let p = codec_args(vm, "unicode_escape_decode", &a, 1, 3)?;
    let mut data = data_arg(vm, &p[0])?;
    let errors = errors_arg(vm, "unicode_escape_decode", &p, 1)?;
    let final_ = bool_arg(vm, &p, 2, true)?;
    let codec = "unicodeescape";
    let mut out = Wtf8Buf::with_capacity(data.len());
    let mut first_invalid: Option<String> = None;
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b != b'\\' {
            out.push_code_point(u32::from(b));
            i += 1;
            continue;
        }
        let start = i;
        let Some(&c) = data.get(i + 1) else {
            if !final_ {
                break;
            }
            let (r, np, new) = errors::on_decode_error_ex(
                vm,
                &errors,
                codec,
                &data,
                start,
                data.len(),
                "\\ at end of string",
            )?;
            if let Some(new) = new {
                data = new;
            }
            errors::push_cps(&mut out, &r);
            i = np;
            continue;
        };
        i += 2;
        let simple = match c {
            b'\n' => Some(None),
            b'\\' => Some(Some(0x5C)),
            b'\'' => Some(Some(0x27)),
            b'"' => Some(Some(0x22)),
            b'b' => Some(Some(0x08)),
            b'f' => Some(Some(0x0C)),
            b't' => Some(Some(0x09)),
            b'n' => Some(Some(0x0A)),
            b'r' => Some(Some(0x0D)),
            b'v' => Some(Some(0x0B)),
            b'a' => Some(Some(0x07)),
            _ => None,
        };
        if let Some(v) = simple {
            if let Some(cp) = v {
                out.push_code_point(cp);
            }
            continue;
        }
        if (b'0'..=b'7').contains(&c) {
            let mut v = u32::from(c - b'0');
            for _ in 0..2 {
                match data.get(i) {
                    Some(&d) if (b'0'..=b'7').contains(&d) => {
                        v = v * 8 + u32::from(d - b'0');
                        i += 1;
                    }
                    _ => break,
                }
            }
            if v > 0o377 && first_invalid.is_none() {
                first_invalid = Some(invalid_octal(&data[start + 1..i]));
            }
            out.push_code_point(v);
            continue;
        }
        let (n, msg) = match c {
            b'x' => (2, "truncated \\xXX escape"),
            b'u' => (4, "truncated \\uXXXX escape"),
            b'U' => (8, "truncated \\UXXXXXXXX escape"),
            b'N' => {
                // CPython: `\N{name}`; without the closing brace the escape is
                // incomplete, and an empty name is malformed.
                let malformed = "malformed \\N character escape";
                let (end, msg, incomplete) = if data.get(i) == Some(&b'{') {
                    match data[i + 1..].iter().position(|&b| b == b'}') {
                        None => (data.len(), malformed, true),
                        Some(0) => (i + 1, malformed, false),
                        Some(k) => {
                            let name = std::str::from_utf8(&data[i + 1..i + 1 + k]).ok();
                            match name.and_then(crate::modules::unicodedata::lookup_char) {
                                Some(cp) => {
                                    out.push_code_point(cp);
                                    i += k + 2;
                                    continue;
                                }
                                None => (i + k + 2, "unknown Unicode character name", false),
                            }
                        }
                    }
                } else {
                    (i, malformed, i >= data.len())
                };
                if incomplete && !final_ {
                    i = start;
                    break;
                }
                let (r, np, new) =
                    errors::on_decode_error_ex(vm, &errors, codec, &data, start, end, msg)?;
                if let Some(new) = new {
                    data = new;
                }
                errors::push_cps(&mut out, &r);
                i = np;
                continue;
            }
            _ => {
                // Unknown escapes stay as they are; the first one is warned about.
                if first_invalid.is_none() {
                    first_invalid = Some(invalid_escape(c));
                }
                out.push_code_point(0x5C);
                out.push_code_point(u32::from(c));
                continue;
            }
        };
        match hex_digits(&data, i, n) {
            Ok(v) if v <= 0x10FFFF => {
                out.push_code_point(v);
                i += n;
            }
            Ok(_) => {
                let (r, np, new) = errors::on_decode_error_ex(
                    vm,
                    &errors,
                    codec,
                    &data,
                    start,
                    i + n,
                    "illegal Unicode character",
                )?;
                if let Some(new) = new {
                    data = new;
                }
                errors::push_cps(&mut out, &r);
                i = np;
            }
            Err(k) => {
                if !final_ && i + k == data.len() {
                    i = start;
                    break;
                }
                let (r, np, new) =
                    errors::on_decode_error_ex(vm, &errors, codec, &data, start, i + k, msg)?;
                if let Some(new) = new {
                    data = new;
                }
                errors::push_cps(&mut out, &r);
                i = np;
            }
        }
    }
    warn_invalid(vm, first_invalid)?;
    pair(vm, crate::objects::str::new_wtf8(vm, out), i)
}

fn invalid_escape(c: u8) -> String {
    format!("invalid escape sequence '\\{}'", c as char)
}

fn invalid_octal(digits: &[u8]) -> String {
    format!(
        "invalid octal escape sequence '\\{}'",
        String::from_utf8_lossy(digits)
    )
}

/// The DeprecationWarning CPython gives for the first invalid escape of a decode.
fn warn_invalid(vm: &Vm, first_invalid: Option<String>) -> PyResult<()> {
    match first_invalid {
        Some(msg) => vm.warn(&vm.exc.deprecation_warning, &msg, 1),
        None => Ok(()),
    }
}

pub(super) fn raw_unicode_escape_decode(vm: &Vm, a: Args) -> PyResult {
    let p = codec_args(vm, "raw_unicode_escape_decode", &a, 1, 3)?;
    let mut data = data_arg(vm, &p[0])?;
    let errors = errors_arg(vm, "raw_unicode_escape_decode", &p, 1)?;
    let final_ = bool_arg(vm, &p, 2, true)?;
    let codec = "rawunicodeescape";
    let mut out = Wtf8Buf::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        // Only \u and \U after an odd number of backslashes are escapes.
        if b != b'\\' {
            out.push_code_point(u32::from(b));
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i;
        while j < data.len() && data[j] == b'\\' {
            j += 1;
        }
        let run = j - i;
        if run % 2 == 0 || j >= data.len() || (data[j] != b'u' && data[j] != b'U') {
            if j >= data.len() && run % 2 == 1 && !final_ {
                for _ in 0..run - 1 {
                    out.push_code_point(0x5C);
                }
                i = j - 1;
                break;
            }
            for _ in 0..run {
                out.push_code_point(0x5C);
            }
            i = j;
            continue;
        }
        for _ in 0..run - 1 {
            out.push_code_point(0x5C);
        }
        let esc = j - 1;
        let _ = start;
        let (n, msg) = if data[j] == b'u' {
            (4, "truncated \\uXXXX escape")
        } else {
            (8, "truncated \\UXXXXXXXX escape")
        };
        let at = j + 1;
        match hex_digits(&data, at, n) {
            Ok(v) if v <= 0x10FFFF => {
                out.push_code_point(v);
                i = at + n;
            }
            Ok(_) => {
                let (r, np, new) = errors::on_decode_error_ex(
                    vm,
                    &errors,
                    codec,
                    &data,
                    esc,
                    at + n,
                    "\\Uxxxxxxxx out of range",
                )?;
                if let Some(new) = new {
                    data = new;
                }
                errors::push_cps(&mut out, &r);
                i = np;
            }
            Err(k) => {
                if !final_ && at + k == data.len() {
                    i = esc;
                    break;
                }
                let (r, np, new) =
                    errors::on_decode_error_ex(vm, &errors, codec, &data, esc, at + k, msg)?;
                if let Some(new) = new {
                    data = new;
                }
                errors::push_cps(&mut out, &r);
                i = np;
            }
        }
    }
    pair(vm, crate::objects::str::new_wtf8(vm, out), i)
}

pub(super) fn escape_encode(vm: &Vm, a: Args) -> PyResult {
    let p = codec_args(vm, "escape_encode", &a, 1, 2)?;
    let data = match &p[0].payload {
        Payload::Bytes(b) => b.to_vec(),
        _ => {
            return Err(vm.type_error(format!(
                "escape_encode() argument 1 must be bytes, not {}",
                p[0].type_name()
            )))
        }
    };
    errors_arg(vm, "escape_encode", &p, 1)?;
    let mut out = Vec::with_capacity(data.len());
    for &b in &data {
        match b {
            b'\'' => out.extend_from_slice(b"\\'"),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x20..=0x7E => out.push(b),
            _ => out.extend_from_slice(format!("\\x{:02x}", b).as_bytes()),
        }
    }
    pair(vm, vm.new_bytes(out), data.len())
}

pub(super) fn escape_decode(vm: &Vm, a: Args) -> PyResult {
    let p = codec_args(vm, "escape_decode", &a, 1, 2)?;
    let data = data_arg(vm, &p[0])?;
    let errors = errors_arg(vm, "escape_decode", &p, 1)?;
    let mut out = Vec::with_capacity(data.len());
    let mut first_invalid: Option<String> = None;
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b != b'\\' {
            out.push(b);
            i += 1;
            continue;
        }
        let Some(&c) = data.get(i + 1) else {
            return Err(vm.value_error("Trailing \\ in string"));
        };
        i += 2;
        match c {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b't' => out.push(9),
            b'n' => out.push(10),
            b'r' => out.push(13),
            b'v' => out.push(11),
            b'a' => out.push(7),
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                for _ in 0..2 {
                    match data.get(i) {
                        Some(&d) if (b'0'..=b'7').contains(&d) => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                if v > 0o377 && first_invalid.is_none() {
                    first_invalid = Some(invalid_octal(&data[i - 3..i]));
                }
                out.push(v as u8);
            }
            b'x' => match hex_digits(&data, i, 2) {
                Ok(v) => {
                    out.push(v as u8);
                    i += 2;
                }
                Err(_) => match errors.as_str() {
                    "strict" => {
                        return Err(
                            vm.value_error(format!("invalid \\x escape at position {}", i - 2))
                        )
                    }
                    "replace" => {
                        out.push(b'?');
                        i = skip_hex(&data, i);
                    }
                    "ignore" => i = skip_hex(&data, i),
                    other => {
                        return Err(vm.value_error(format!(
                            "decoding error; unknown error handling code: {}",
                            other
                        )))
                    }
                },
            },
            _ => {
                if first_invalid.is_none() {
                    first_invalid = Some(invalid_escape(c));
                }
                out.push(b'\\');
                out.push(c);
            }
        }
    }
    warn_invalid(vm, first_invalid)?;
    pair(vm, vm.new_bytes(out), data.len())
}

/// After a bad `\x` escape: past its (at most one) hex digit.
fn skip_hex(data: &[u8], i: usize) -> usize {
    match data.get(i).and_then(|&b| hex_val(b)) {
        Some(_) => i + 1,
        None => i,
    }
}

pub(super) fn readbuffer_encode(vm: &Vm, a: Args) -> PyResult {
    let p = codec_args(vm, "readbuffer_encode", &a, 1, 2)?;
    let data = data_arg(vm, &p[0])?;
    errors_arg(vm, "readbuffer_encode", &p, 1)?;
    let n = data.len();
    pair(vm, vm.new_bytes(data), n)
}
