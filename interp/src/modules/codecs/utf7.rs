//! The UTF-7 codec of `_codecs` (`utf_7_encode`, `utf_7_decode`), following RFC 2152 as
//! CPython applies it: the encoder writes every printable ASCII character except `+`,
//! `\` and `~` directly (Set D, Set O and white space), base64-encodes everything else
//! as UTF-16 units (lone surrogates included, so it never fails), and closes a base64
//! run with `-` only when the next character would be read as part of it. The decoder
//! keeps a pending high surrogate across base64 units, reports the errors CPython
//! reports (codec name `utf7`), and with `final` false leaves an unfinished base64 run
//! unconsumed so that an incremental decoder can resume at its `+`.

use ferropy_primitives::wtf8::Wtf8Buf;

use super::errors;
use super::*;

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// How an ASCII character is treated by the encoder: 0 Set D, 1 Set O, 2 white space,
/// 3 must be base64-encoded.
fn category(c: u32) -> u8 {
    match c {
        0x09 | 0x0A | 0x0D | 0x20 => 2,
        0x30..=0x39 | 0x41..=0x5A | 0x61..=0x7A => 0,
        _ => match c as u8 {
            b'\'' | b'(' | b')' | b',' | b'-' | b'.' | b'/' | b':' | b'?' => 0,
            b'!' | b'"' | b'#' | b'$' | b'%' | b'&' | b'*' | b';' | b'<' | b'=' | b'>' | b'@'
            | b'[' | b']' | b'^' | b'_' | b'`' | b'{' | b'|' | b'}' => 1,
            _ => 3,
        },
    }
}

/// Whether the encoder writes `c` as itself.
fn encode_direct(c: u32) -> bool {
    c > 0 && c < 128 && category(c) != 3
}

fn is_base64(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'+' || c == b'/'
}

fn from_base64(c: u8) -> u32 {
    u32::from(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    })
}

/// UTF-7 encoding of code points (lone surrogates are encoded as themselves).
pub(super) fn encode_utf7(cps: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(cps.len());
    let mut in_shift = false;
    let mut bits = 0u32;
    let mut buf = 0u64;
    let push_unit = |out: &mut Vec<u8>, bits: &mut u32, buf: &mut u64, unit: u32| {
        *bits += 16;
        *buf = (*buf << 16) | u64::from(unit);
        while *bits >= 6 {
            out.push(B64[((*buf >> (*bits - 6)) & 0x3F) as usize]);
            *bits -= 6;
        }
        *buf &= (1u64 << *bits) - 1;
    };
    for &ch in cps {
        if in_shift {
            if encode_direct(ch) {
                if bits > 0 {
                    out.push(B64[((buf << (6 - bits)) & 0x3F) as usize]);
                    buf = 0;
                    bits = 0;
                }
                in_shift = false;
                // A character of the base64 set (or '-') would be read as part of the
                // run: close it explicitly.
                if is_base64(ch as u8) || ch == u32::from(b'-') {
                    out.push(b'-');
                }
                out.push(ch as u8);
                continue;
            }
        } else if ch == u32::from(b'+') {
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
            push_unit(&mut out, &mut bits, &mut buf, 0xD800 + (v >> 10));
            push_unit(&mut out, &mut bits, &mut buf, 0xDC00 + (v & 0x3FF));
        } else {
            push_unit(&mut out, &mut bits, &mut buf, ch);
        }
    }
    if bits > 0 {
        out.push(B64[((buf << (6 - bits)) & 0x3F) as usize]);
    }
    if in_shift {
        out.push(b'-');
    }
    out
}

pub(super) fn utf_7_encode(vm: &Vm, a: Args) -> PyResult {
    let p = codec_args(vm, "utf_7_encode", &a, 1, 2)?;
    let cps = str_arg(vm, "utf_7_encode", &p[0], 1)?;
    errors_arg(vm, "utf_7_encode", &p, 1)?;
    pair(vm, vm.new_bytes(encode_utf7(&cps)), cps.len())
}

/// Code points written so far (the decoder may take back an unfinished base64 run).
struct Out(Vec<u32>);

impl Out {
    fn push(&mut self, cp: u32) {
        self.0.push(cp);
    }
}

/// UTF-7 decoding of `data`: the text and how many bytes were consumed.
pub(super) fn decode_utf7(
    vm: &Vm,
    data: &[u8],
    errors: &str,
    final_: bool,
) -> PyResult<(PyRef, usize)> {
    let mut out = Out(Vec::with_capacity(data.len()));
    let mut in_shift = false;
    let mut shift_out_start = 0usize;
    let mut start = 0usize;
    let mut bits = 0u32;
    let mut buf = 0u64;
    let mut surrogate = 0u32;
    let mut s = 0usize;
    // The input; a Python error handler may replace it.
    let mut cur = std::borrow::Cow::Borrowed(data);
    loop {
        while s < cur.len() {
            let data: &[u8] = &cur;
            let len = data.len();
            let ch = data[s];
            let reason;
            if in_shift {
                if is_base64(ch) {
                    buf = (buf << 6) | u64::from(from_base64(ch));
                    bits += 6;
                    s += 1;
                    if bits >= 16 {
                        let unit = (buf >> (bits - 16)) as u32 & 0xFFFF;
                        bits -= 16;
                        buf &= (1u64 << bits) - 1;
                        if surrogate != 0 {
                            if (0xDC00..0xE000).contains(&unit) {
                                out.push(0x10000 + ((surrogate - 0xD800) << 10) + (unit - 0xDC00));
                                surrogate = 0;
                                continue;
                            }
                            out.push(surrogate);
                            surrogate = 0;
                        }
                        if (0xD800..0xDC00).contains(&unit) {
                            surrogate = unit;
                        } else {
                            out.push(unit);
                        }
                    }
                    continue;
                }
                // Leaving the base64 run.
                in_shift = false;
                if bits >= 6 {
                    s += 1;
                    reason = "partial character in shift sequence";
                } else if buf != 0 {
                    s += 1;
                    reason = "non-zero padding bits in shift sequence";
                } else {
                    if surrogate != 0 && ch < 128 && ch != b'+' {
                        out.push(surrogate);
                    }
                    surrogate = 0;
                    if ch == b'-' {
                        s += 1;
                    }
                    continue;
                }
            } else if ch == b'+' {
                start = s;
                s += 1;
                if s < len && data[s] == b'-' {
                    s += 1;
                    out.push(u32::from(b'+'));
                    continue;
                } else if s < len && !is_base64(data[s]) {
                    s += 1;
                    reason = "ill-formed sequence";
                } else {
                    in_shift = true;
                    surrogate = 0;
                    shift_out_start = out.0.len();
                    bits = 0;
                    buf = 0;
                    continue;
                }
            } else if ch < 128 {
                s += 1;
                out.push(u32::from(ch));
                continue;
            } else {
                start = s;
                s += 1;
                reason = "unexpected special character";
            }
            let (r, np, new) =
                errors::on_decode_error_ex(vm, errors, "utf7", data, start, s, reason)?;
            out.0.extend_from_slice(&r);
            s = np;
            if let Some(new) = new {
                cur = std::borrow::Cow::Owned(new);
            }
        }
        // End of the input.
        if in_shift && final_ {
            in_shift = false;
            if surrogate != 0 || bits >= 6 || (bits > 0 && buf != 0) {
                let (r, np, new) = errors::on_decode_error_ex(
                    vm,
                    errors,
                    "utf7",
                    &cur,
                    start,
                    cur.len(),
                    "unterminated shift sequence",
                )?;
                out.0.extend_from_slice(&r);
                s = np;
                if let Some(new) = new {
                    cur = std::borrow::Cow::Owned(new);
                }
                if s < cur.len() {
                    continue;
                }
            }
        }
        break;
    }
    let consumed = if in_shift && !final_ {
        out.0.truncate(shift_out_start);
        start
    } else {
        s
    };
    let mut w = Wtf8Buf::with_capacity(out.0.len());
    errors::push_cps(&mut w, &out.0);
    Ok((crate::objects::str::new_wtf8(vm, w), consumed))
}

pub(super) fn utf_7_decode(vm: &Vm, a: Args) -> PyResult {
    let p = codec_args(vm, "utf_7_decode", &a, 1, 3)?;
    let data = buf_arg(vm, &p[0])?;
    let errors = errors_arg(vm, "utf_7_decode", &p, 1)?;
    let final_ = bool_arg(vm, &p, 2, false)?;
    let (s, n) = decode_utf7(vm, &data, &errors, final_)?;
    pair(vm, s, n)
}
