//! JSON string literals for `_json`: the source text being decoded (`Text`, which maps
//! the byte positions the native code works with to the code point positions Python
//! sees), decoding a literal (CPython's `scanstring_unicode`, with its errors and
//! positions) and escaping a str as a literal (`encode_basestring_ascii` and
//! `encode_basestring`), shared by the module functions, the scanner and the encoder.

use ferropy_primitives::wtf8::{self, Wtf8Buf, Wtf8Str};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

/// A str being decoded. The native code walks its generalized UTF-8 bytes: every
/// character JSON gives a meaning to is ASCII, so byte positions of such characters
/// are code point boundaries, and only reported positions need converting.
pub struct Text<'a> {
    pub obj: &'a PyRef,
    pub b: &'a [u8],
    /// The text when it holds no surrogate.
    utf8: Option<&'a str>,
    ascii: bool,
    /// A known code point position and its byte offset, from which later positions
    /// are counted.
    anchor_cp: usize,
    pub anchor_byte: usize,
}

/// A decoded string: a slice of the source (no escapes) or the unescaped text.
pub enum Piece {
    Slice(usize, usize),
    Owned(Wtf8Buf),
}

impl<'a> Text<'a> {
    /// The text of `obj` (whose payload is `s`), anchored at code point `anchor_cp`.
    pub fn new(obj: &'a PyRef, s: &'a PyStr, anchor_cp: usize) -> Text<'a> {
        Text {
            obj,
            b: s.bytes(),
            utf8: s.as_str(),
            ascii: s.is_ascii(),
            anchor_cp,
            anchor_byte: s.byte_offset(anchor_cp),
        }
    }

    /// The code point position of byte offset `byte`.
    pub fn cp(&self, byte: usize) -> usize {
        if self.ascii {
            byte
        } else if byte >= self.anchor_byte {
            self.anchor_cp + wtf8::count_code_points(&self.b[self.anchor_byte..byte])
        } else {
            wtf8::count_code_points(&self.b[..byte])
        }
    }

    /// A `JSONDecodeError` with `msg` at byte offset `byte`.
    pub fn error(&self, vm: &Vm, msg: &str, byte: usize) -> PyErr {
        super::decode_error(vm, msg, self.obj, self.cp(byte) as i64)
    }

    /// The bytes `a..e` (code point boundaries) as a view.
    fn view(&self, a: usize, e: usize) -> Wtf8Str<'a> {
        match self.utf8 {
            Some(s) => Wtf8Str::Str(&s[a..e]),
            None => Wtf8Str::Wtf8(&self.b[a..e]),
        }
    }

    /// A new str of the bytes `a..e`.
    pub fn slice_str(&self, vm: &Vm, a: usize, e: usize) -> PyRef {
        crate::objects::str::new_view(vm, self.view(a, e))
    }

    pub fn piece_str(&self, vm: &Vm, p: Piece) -> PyRef {
        match p {
            Piece::Slice(a, e) => self.slice_str(vm, a, e),
            Piece::Owned(w) => crate::objects::str::new_wtf8(vm, w),
        }
    }
}

/// The value of four hex digits.
fn hex4(d: &[u8]) -> Option<u32> {
    let mut v = 0u32;
    for &c in d {
        let x = (c as char).to_digit(16)?;
        v = (v << 4) | x;
    }
    Some(v)
}

/// Decodes the string literal whose content starts at byte `start` (just after the
/// opening quote): the string and the byte offset after the closing quote. Without
/// `strict`, control characters may appear unescaped.
pub fn scan_string(vm: &Vm, t: &Text, start: usize, strict: bool) -> PyResult<(Piece, usize)> {
    let b = t.b;
    let n = b.len();
    let unterminated = || {
        let begin = t.cp(start) as i64 - 1;
        super::decode_error(vm, "Unterminated string starting at", t.obj, begin)
    };
    let mut buf: Option<Wtf8Buf> = None;
    let mut end = start;
    loop {
        let mut next = end;
        while next < n {
            let c = b[next];
            if c == b'"' || c == b'\\' {
                break;
            }
            if c < 0x20 && strict {
                return Err(t.error(vm, "Invalid control character at", next));
            }
            next += 1;
        }
        if next >= n {
            return Err(unterminated());
        }
        if b[next] == b'"' {
            return Ok(match buf {
                None => (Piece::Slice(end, next), next + 1),
                Some(mut w) => {
                    w.push_view(t.view(end, next));
                    (Piece::Owned(w), next + 1)
                }
            });
        }
        // A backslash.
        let w = buf.get_or_insert_with(|| Wtf8Buf::with_capacity(next - end + 16));
        w.push_view(t.view(end, next));
        next += 1;
        if next == n {
            return Err(unterminated());
        }
        if b[next] != b'u' {
            end = next + 1;
            let c = match b[next] {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                _ => return Err(t.error(vm, "Invalid \\escape", next - 1)),
            };
            w.push_char(c);
            continue;
        }
        // \uXXXX, maybe followed by the low half of a surrogate pair.
        next += 1;
        end = next + 4;
        if end >= n {
            return Err(t.error(vm, "Invalid \\uXXXX escape", next - 1));
        }
        let mut c = match hex4(&b[next..end]) {
            Some(c) => c,
            None => return Err(t.error(vm, "Invalid \\uXXXX escape", end - 5)),
        };
        if (0xD800..0xDC00).contains(&c) && end + 6 < n && b[end] == b'\\' && b[end + 1] == b'u' {
            let c2 = match hex4(&b[end + 2..end + 6]) {
                Some(c) => c,
                None => return Err(t.error(vm, "Invalid \\uXXXX escape", end + 1)),
            };
            if (0xDC00..0xE000).contains(&c2) {
                c = 0x10000 + (((c - 0xD800) << 10) | (c2 - 0xDC00));
                end += 6;
            }
        }
        w.push_code_point(c);
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Appends `\uXXXX` for a BMP code point.
fn push_u_escape(out: &mut String, c: u32) {
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((c >> shift) & 0xF) as usize] as char);
    }
}

/// The escape of an ASCII character that needs one, as both encoders write it.
fn push_ascii_escape(out: &mut String, c: u8) {
    match c {
        b'"' => out.push_str("\\\""),
        b'\\' => out.push_str("\\\\"),
        b'\n' => out.push_str("\\n"),
        b'\r' => out.push_str("\\r"),
        b'\t' => out.push_str("\\t"),
        0x08 => out.push_str("\\b"),
        0x0c => out.push_str("\\f"),
        _ => push_u_escape(out, c as u32),
    }
}

/// Appends the JSON literal of `v` with only ASCII characters (CPython's
/// `ascii_escape_unicode`): `"`, `\` and characters outside ' '..'~' are escaped,
/// those beyond the BMP as surrogate pairs.
pub fn escape_ascii(out: &mut Wtf8Buf, v: Wtf8Str<'_>) {
    let b = v.as_bytes();
    let mut s = String::with_capacity(b.len() + 2);
    s.push('"');
    let mut run = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if (0x20..0x7f).contains(&c) && c != b'"' && c != b'\\' {
            i += 1;
            continue;
        }
        // The run is ASCII, so a char boundary on both sides.
        s.push_str(std::str::from_utf8(&b[run..i]).unwrap_or(""));
        if c < 0x80 {
            push_ascii_escape(&mut s, c);
            i += 1;
        } else {
            let (cp, len) = wtf8::decode_at(b, i);
            if cp >= 0x10000 {
                let v = cp - 0x10000;
                push_u_escape(&mut s, 0xD800 | (v >> 10));
                push_u_escape(&mut s, 0xDC00 | (v & 0x3FF));
            } else {
                push_u_escape(&mut s, cp);
            }
            i += len;
        }
        run = i;
    }
    s.push_str(std::str::from_utf8(&b[run..]).unwrap_or(""));
    s.push('"');
    out.push_str(&s);
}

/// Appends the JSON literal of `v` keeping non-ASCII characters (CPython's
/// `escape_unicode`): only `"`, `\` and control characters are escaped.
pub fn escape_unicode(out: &mut Wtf8Buf, v: Wtf8Str<'_>) {
    let b = v.as_bytes();
    out.push_str("\"");
    let mut esc = String::new();
    let mut run = 0;
    for (i, &c) in b.iter().enumerate() {
        if c >= 0x20 && c != b'"' && c != b'\\' {
            continue;
        }
        out.push_view(v.slice(run, i));
        esc.clear();
        push_ascii_escape(&mut esc, c);
        out.push_str(&esc);
        run = i + 1;
    }
    out.push_view(v.slice(run, b.len()));
    out.push_str("\"");
}
