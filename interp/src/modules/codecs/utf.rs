//! The UTF codecs of `_codecs`: `utf_8_*`, `utf_16_*` and `utf_32_*` (with byte order
//! marks, explicit byte orders and the `_ex_decode` variants), with CPython's `final`
//! semantics: an incomplete sequence at the end of non-final input is left unconsumed.
//! UTF-7 lives in `utf7.rs`.

use ferropy_primitives::wtf8::{self, Wtf8Buf};

use super::errors;
use super::*;

fn text_of(vm: &Vm, out: Wtf8Buf) -> PyRef {
    crate::objects::str::new_wtf8(vm, out)
}

pub(super) fn utf_8_encode(vm: &Vm, a: Args) -> PyResult {
    let p = codec_args(vm, "utf_8_encode", &a, 1, 2)?;
    let errors = errors_arg(vm, "utf_8_encode", &p, 1)?;
    if let Payload::Str(s) = &p[0].payload {
        if let Some(t) = s.as_str() {
            let n = t.chars().count();
            return pair(vm, vm.new_bytes(t.as_bytes().to_vec()), n);
        }
    }
    let cps = str_arg(vm, "utf_8_encode", &p[0], 1)?;
    let mut out = Vec::with_capacity(cps.len());
    encode_with(
        vm,
        &p[0],
        &cps,
        &errors,
        "utf-8",
        "surrogates not allowed",
        true,
        1,
        true,
        &mut out,
        &mut |cp, o| {
            if wtf8::is_surrogate(cp) {
                return Ok(false);
            }
            wtf8::encode(cp, o);
            Ok(true)
        },
    )?;
    pair(vm, vm.new_bytes(out), cps.len())
}

/// UTF-8 decoding of `data`; returns the text and how many bytes were consumed.
pub(super) fn decode_utf8(
    vm: &Vm,
    data: &[u8],
    errors: &str,
    final_: bool,
) -> PyResult<(PyRef, usize)> {
    if let Ok(s) = std::str::from_utf8(data) {
        return Ok((vm.new_str(s), data.len()));
    }
    let mut out = Wtf8Buf::with_capacity(data.len());
    let mut pos = 0;
    let mut cur = std::borrow::Cow::Borrowed(data);
    while pos < cur.len() {
        let data: &[u8] = &cur;
        let e = match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                out.push_str(s);
                pos = data.len();
                break;
            }
            Err(e) => e,
        };
        let good = pos + e.valid_up_to();
        out.push_str(std::str::from_utf8(&data[pos..good]).unwrap_or(""));
        let (reason, end) = match e.error_len() {
            None => {
                if !final_ {
                    pos = good;
                    break;
                }
                ("unexpected end of data", data.len())
            }
            // A truncated surrogate (ED A0..BF) at the end of non-final input waits
            // for its last byte, as in CPython (so `surrogatepass` can see it whole).
            Some(_)
                if !final_
                    && data.len() - good == 2
                    && data[good] == 0xED
                    && (0xA0..=0xBF).contains(&data[good + 1]) =>
            {
                pos = good;
                break;
            }
            Some(n) => {
                let b = data[good];
                let reason = if (0x80..=0xC1).contains(&b) || b >= 0xF5 {
                    "invalid start byte"
                } else {
                    "invalid continuation byte"
                };
                (reason, good + n)
            }
        };
        let (r, np, new) =
            errors::on_decode_error_ex(vm, errors, "utf-8", data, good, end, reason)?;
        errors::push_cps(&mut out, &r);
        pos = np;
        if let Some(new) = new {
            cur = std::borrow::Cow::Owned(new);
        }
    }
    Ok((text_of(vm, out), pos))
}

pub(super) fn utf_8_decode(vm: &Vm, a: Args) -> PyResult {
    let p = codec_args(vm, "utf_8_decode", &a, 1, 3)?;
    let data = buf_arg(vm, &p[0])?;
    let errors = errors_arg(vm, "utf_8_decode", &p, 1)?;
    let final_ = bool_arg(vm, &p, 2, false)?;
    let (s, n) = decode_utf8(vm, &data, &errors, final_)?;
    pair(vm, s, n)
}

// ---- UTF-16 and UTF-32 -------------------------------------------------------------

fn push_unit(out: &mut Vec<u8>, unit: u32, width: usize, big: bool) {
    let b = unit.to_le_bytes();
    if big {
        out.extend(b[..width].iter().rev());
    } else {
        out.extend_from_slice(&b[..width]);
    }
}

fn read_unit(data: &[u8], at: usize, width: usize, big: bool) -> u32 {
    let mut b = [0u8; 4];
    b[..width].copy_from_slice(&data[at..at + width]);
    if big {
        b[..width].reverse();
    }
    u32::from_le_bytes(b)
}

/// Encodes with UTF-16 (`width` 2) or UTF-32 (4); `byteorder` 0 writes a little-endian
/// byte order mark first, -1 is little-endian, 1 big-endian.
fn encode_wide(vm: &Vm, a: Args, fname: &str, width: usize, fixed: Option<i64>) -> PyResult {
    let max = if fixed.is_some() { 2 } else { 3 };
    let p = codec_args(vm, fname, &a, 1, max)?;
    let cps = str_arg(vm, fname, &p[0], 1)?;
    let errors = errors_arg(vm, fname, &p, 1)?;
    let bo = match fixed {
        Some(b) => b,
        None => int_arg(vm, &p, 2, 0)?,
    };
    let big = bo > 0;
    let bits = width * 8;
    let codec = match bo {
        0 => format!("utf-{}", bits),
        b if b < 0 => format!("utf-{}-le", bits),
        _ => format!("utf-{}-be", bits),
    };
    let mut out = Vec::with_capacity(cps.len() * width + width);
    if bo == 0 {
        push_unit(&mut out, 0xFEFF, width, false);
    }
    encode_with(
        vm,
        &p[0],
        &cps,
        &errors,
        &codec,
        "surrogates not allowed",
        false,
        width,
        true,
        &mut out,
        &mut |cp, o| {
            if wtf8::is_surrogate(cp) {
                return Ok(false);
            }
            if width == 4 {
                push_unit(o, cp, 4, big);
            } else if cp >= 0x10000 {
                let v = cp - 0x10000;
                push_unit(o, 0xD800 + (v >> 10), 2, big);
                push_unit(o, 0xDC00 + (v & 0x3FF), 2, big);
            } else {
                push_unit(o, cp, 2, big);
            }
            Ok(true)
        },
    )?;
    pair(vm, vm.new_bytes(out), cps.len())
}

/// Decodes UTF-16/32 with byte order `bo` (0: from a byte order mark at the start,
/// little-endian without one). Returns (text, consumed, byte order settled on).
fn decode_wide(
    vm: &Vm,
    data: &[u8],
    errors: &str,
    width: usize,
    mut bo: i64,
    final_: bool,
) -> PyResult<(PyRef, usize, i64)> {
    let mut pos = 0;
    if bo == 0 && data.len() >= width {
        if read_unit(data, 0, width, false) == 0xFEFF {
            bo = -1;
            pos = width;
        } else if read_unit(data, 0, width, true) == 0xFEFF {
            bo = 1;
            pos = width;
        }
    }
    let big = bo > 0;
    let codec = format!("utf-{}-{}", width * 8, if big { "be" } else { "le" });
    let mut out = Wtf8Buf::with_capacity(data.len() / width);
    let mut cur = std::borrow::Cow::Borrowed(data);
    while pos < cur.len() {
        let data: &[u8] = &cur;
        let left = data.len() - pos;
        let (reason, end) = if left < width {
            if !final_ {
                break;
            }
            ("truncated data", data.len())
        } else {
            let unit = read_unit(data, pos, width, big);
            if width == 4 {
                if unit > 0x10FFFF {
                    ("code point not in range(0x110000)", pos + 4)
                } else if wtf8::is_surrogate(unit) {
                    (
                        "code point in surrogate code point range(0xd800, 0xe000)",
                        pos + 4,
                    )
                } else {
                    out.push_code_point(unit);
                    pos += 4;
                    continue;
                }
            } else if !wtf8::is_surrogate(unit) {
                out.push_code_point(unit);
                pos += 2;
                continue;
            } else if unit >= 0xDC00 {
                ("illegal encoding", pos + 2)
            } else if left < 4 {
                if !final_ {
                    break;
                }
                ("unexpected end of data", data.len())
            } else {
                let low = read_unit(data, pos + 2, 2, big);
                if (0xDC00..0xE000).contains(&low) {
                    out.push_code_point(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                    pos += 4;
                    continue;
                }
                ("illegal UTF-16 surrogate", pos + 2)
            }
        };
        let (r, np, new) = errors::on_decode_error_ex(vm, errors, &codec, data, pos, end, reason)?;
        errors::push_cps(&mut out, &r);
        pos = np;
        if let Some(new) = new {
            cur = std::borrow::Cow::Owned(new);
        }
    }
    Ok((text_of(vm, out), pos, bo))
}

fn decode_wide_fn(vm: &Vm, a: Args, fname: &str, width: usize, fixed: i64) -> PyResult {
    let p = codec_args(vm, fname, &a, 1, 3)?;
    let data = buf_arg(vm, &p[0])?;
    let errors = errors_arg(vm, fname, &p, 1)?;
    let final_ = bool_arg(vm, &p, 2, false)?;
    let (s, n, _) = decode_wide(vm, &data, &errors, width, fixed, final_)?;
    pair(vm, s, n)
}

fn decode_wide_ex(vm: &Vm, a: Args, fname: &str, width: usize) -> PyResult {
    let p = codec_args(vm, fname, &a, 1, 4)?;
    let data = buf_arg(vm, &p[0])?;
    let errors = errors_arg(vm, fname, &p, 1)?;
    let bo = int_arg(vm, &p, 2, 0)?;
    let final_ = bool_arg(vm, &p, 3, false)?;
    let (s, n, bo) = decode_wide(vm, &data, &errors, width, bo, final_)?;
    Ok(vm.new_tuple(vec![s, vm.new_usize(n), vm.new_int(bo.signum())]))
}

pub(super) fn utf_16_encode(vm: &Vm, a: Args) -> PyResult {
    encode_wide(vm, a, "utf_16_encode", 2, None)
}
pub(super) fn utf_16_le_encode(vm: &Vm, a: Args) -> PyResult {
    encode_wide(vm, a, "utf_16_le_encode", 2, Some(-1))
}
pub(super) fn utf_16_be_encode(vm: &Vm, a: Args) -> PyResult {
    encode_wide(vm, a, "utf_16_be_encode", 2, Some(1))
}
pub(super) fn utf_32_encode(vm: &Vm, a: Args) -> PyResult {
    encode_wide(vm, a, "utf_32_encode", 4, None)
}
pub(super) fn utf_32_le_encode(vm: &Vm, a: Args) -> PyResult {
    encode_wide(vm, a, "utf_32_le_encode", 4, Some(-1))
}
pub(super) fn utf_32_be_encode(vm: &Vm, a: Args) -> PyResult {
    encode_wide(vm, a, "utf_32_be_encode", 4, Some(1))
}
pub(super) fn utf_16_decode(vm: &Vm, a: Args) -> PyResult {
    decode_wide_fn(vm, a, "utf_16_decode", 2, 0)
}
pub(super) fn utf_16_le_decode(vm: &Vm, a: Args) -> PyResult {
    decode_wide_fn(vm, a, "utf_16_le_decode", 2, -1)
}
pub(super) fn utf_16_be_decode(vm: &Vm, a: Args) -> PyResult {
    decode_wide_fn(vm, a, "utf_16_be_decode", 2, 1)
}
pub(super) fn utf_32_decode(vm: &Vm, a: Args) -> PyResult {
    decode_wide_fn(vm, a, "utf_32_decode", 4, 0)
}
pub(super) fn utf_32_le_decode(vm: &Vm, a: Args) -> PyResult {
    decode_wide_fn(vm, a, "utf_32_le_decode", 4, -1)
}
pub(super) fn utf_32_be_decode(vm: &Vm, a: Args) -> PyResult {
    decode_wide_fn(vm, a, "utf_32_be_decode", 4, 1)
}
pub(super) fn utf_16_ex_decode(vm: &Vm, a: Args) -> PyResult {
    decode_wide_ex(vm, a, "utf_16_ex_decode", 2)
}
pub(super) fn utf_32_ex_decode(vm: &Vm, a: Args) -> PyResult {
    decode_wide_ex(vm, a, "utf_32_ex_decode", 4)
}
