//! The UTF-7 codec of `_codecs` (RFC 2152): `utf_7_encode` writes set D, set O and
//! whitespace directly and everything else in `+...-` base64 runs of UTF-16 units
//! (lone surrogates pass through); `utf_7_decode` reads them back with CPython's
//! error reasons and positions, and with `final` false leaves an unfinished shift
//! sequence unconsumed.

use ferropy_primitives::wtf8::Wtf8Buf;

use super::errors;
use super::*;

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn is_base64(c: u32) -> bool {
    c < 128 && (c as u8 as char).is_ascii_alphanumeric() || c == '+' as u32 || c == '/' as u32
}

fn from_base64(c: u8) -> u32 {
    match c {
        b'A'..=b'Z' => (c - b'A') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 26,
        b'0'..=b'9' => (c - b'0') as u32 + 52,
        b'+' => 62,
        _ => 63,
    }
}

/// Whether the encoder writes `c` as itself: ASCII other than NUL, `+`, `\`, `~` and
/// the control characters except tab, newline and carriage return.
fn encode_direct(c: u32) -> bool {
    match c {
        0x09 | 0x0a | 0x0d => true,
        0x20..=0x7d => c != '+' as u32 && c != '\\' as u32,
        _ => false,
    }
}

pub(super) fn utf_7_encode(vm: &Vm, a: Args) -> PyResult {
    let p = codec_args(vm, "utf_7_encode", &a, 1, 2)?;
    let _ = errors_arg(vm, "utf_7_encode", &p, 1)?;
    let cps = str_arg(vm, "utf_7_encode", &p[0], 1)?;
    let mut out = Vec::with_capacity(cps.len());
    let mut in_shift = false;
    let mut bits = 0u32;
    let mut buf = 0u64;
    let push_unit = |out: &mut Vec<u8>, bits: &mut u32, buf: &mut u64, unit: u32| {
        *bits += 16;
        *buf = (*buf << 16) | unit as u64;
        while *bits >= 6 {
            out.push(B64[((*buf >> (*bits - 6)) & 0x3f) as usize]);
            *bits -= 6;
        }
        *buf &= (1u64 << *bits) - 1;
    };
    for &ch in &cps {
        if in_shift {
            if encode_direct(ch) {
                if bits > 0 {
                    out.push(B64[((buf << (6 - bits)) & 0x3f) as usize]);
                    buf = 0;
                    bits = 0;
                }
                in_shift = false;
                // A base64 character or '-' after the run needs the explicit '-'.
                if is_base64(ch) || ch == '-' as u32 {
                    out.push(b'-');
                }
                out.push(ch as u8);
                continue;
            }
        } else if ch == '+' as u32 {
            out.extend_from_slice(b"+-");
            continue;
        } else if encode_direct(ch) {
            out.push(ch as u8);
            continue;
        } else {
            out.push(b'+');
            in_shift = true;
        }
        if ch >= 0x10000 {
            let v = ch - 0x10000;
            push_unit(&mut out, &mut bits, &mut buf, 0xd800 | (v >> 10));
            push_unit(&mut out, &mut bits, &mut buf, 0xdc00 | (v & 0x3ff));
        } else {
            push_unit(&mut out, &mut bits, &mut buf, ch);
        }
    }
    if bits > 0 {
        out.push(B64[((buf << (6 - bits)) & 0x3f) as usize]);
    }
    if in_shift {
        out.push(b'-');
    }
    pair(vm, vm.new_bytes(out), cps.len())
}

pub(super) fn utf_7_decode(vm: &Vm, a: Args) -> PyResult {
    let p = codec_args(vm, "utf_7_decode", &a, 1, 3)?;
    let data = buf_arg(vm, &p[0])?;
    let errors = errors_arg(vm, "utf_7_decode", &p, 1)?;
    let final_ = bool_arg(vm, &p, 2, false)?;
    let (s, n) = decode_utf7(vm, &data, &errors, final_)?;
    pair(vm, s, n)
}

fn decode_utf7(vm: &Vm, data: &[u8], errors: &str, final_: bool) -> PyResult<(PyRef, usize)> {
    let mut out = Wtf8Buf::with_capacity(data.len());
    // Code points written, kept alongside `out` so that a shift run can be backed off.
    let mut written: Vec<u32> = Vec::new();
    let mut in_shift = false;
    let mut bits = 0u32;
    let mut buf = 0u64;
    let mut surrogate = 0u32;
    let mut start = 0usize;
    let mut shift_out_start = 0usize;
    let mut s = 0usize;
    let fail = |vm: &Vm, written: &mut Vec<u32>, start: usize, end: usize, why: &str| {
        let (r, np) = errors::on_decode_error(vm, errors, "utf7", data, start, end, why)?;
        written.extend_from_slice(&r);
        Ok::<usize, PyErr>(np)
    };
    while s < data.len() {
        let ch = data[s];
        if in_shift {
            if is_base64(ch as u32) {
                buf = (buf << 6) | from_base64(ch) as u64;
                bits += 6;
                s += 1;
                if bits >= 16 {
                    let unit = ((buf >> (bits - 16)) & 0xffff) as u32;
                    bits -= 16;
                    buf &= (1u64 << bits) - 1;
                    if surrogate != 0 {
                        if (0xdc00..0xe000).contains(&unit) {
                            written.push(0x10000 + ((surrogate - 0xd800) << 10) + (unit - 0xdc00));
                            surrogate = 0;
                            continue;
                        }
                        written.push(surrogate);
                        surrogate = 0;
                    }
                    if (0xd800..0xdc00).contains(&unit) {
                        surrogate = unit;
                    } else {
                        written.push(unit);
                    }
                }
                continue;
            }
            in_shift = false;
            if bits > 0 {
                let why = if bits >= 6 {
                    Some("partial character in shift sequence")
                } else if buf != 0 {
                    Some("non-zero padding bits in shift sequence")
                } else {
                    None
                };
                if let Some(why) = why {
                    s += 1;
                    s = fail(vm, &mut written, start, s, why)?;
                    continue;
                }
            }
            if surrogate != 0 && ch < 128 && ch != b'+' {
                written.push(surrogate);
            }
            surrogate = 0;
            if ch == b'-' {
                s += 1;
            }
        } else if ch == b'+' {
            start = s;
            s += 1;
            if s < data.len() && data[s] == b'-' {
                s += 1;
                written.push('+' as u32);
            } else if s < data.len() && !is_base64(data[s] as u32) {
                s += 1;
                s = fail(vm, &mut written, start, s, "ill-formed sequence")?;
            } else {
                in_shift = true;
                surrogate = 0;
                shift_out_start = written.len();
                bits = 0;
                buf = 0;
            }
        } else if ch < 128 {
            s += 1;
            written.push(ch as u32);
        } else {
            start = s;
            s += 1;
            s = fail(vm, &mut written, start, s, "unexpected special character")?;
        }
    }
    let mut consumed = s;
    if in_shift && final_ {
        in_shift = false;
        if surrogate != 0 || bits >= 6 || (bits > 0 && buf != 0) {
            fail(
                vm,
                &mut written,
                start,
                data.len(),
                "unterminated shift sequence",
            )?;
        }
    }
    if in_shift {
        consumed = start;
        written.truncate(shift_out_start);
    }
    errors::push_cps(&mut out, &written);
    Ok((crate::objects::str::new_wtf8(vm, out), consumed))
}
