//! `repr()` and `ascii()` of str, and `repr()` of bytes, character for character as
//! CPython 3.11 writes them.
//!
//! CPython: Objects/unicodeobject.c unicode_repr; Objects/bytesobject.c
//! PyBytes_Repr. Quotes are single unless the text holds a single quote and no double
//! quote; escapes use lowercase hex.

use std::fmt::Write;

use crate::unicode::is_printable;
use crate::wtf8::push_hex_escape;

/// The quote `repr` uses for text with (or without) single and double quotes.
fn choose_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// Non-ASCII characters of `s` replaced by `\\xhh`, `\\uhhhh` or `\\Uhhhhhhhh`: the
/// `backslashreplace` error handler applied by `ascii()` to an object's `repr()`.
pub fn escape_non_ascii(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_hex_escape(&mut out, c as u32);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The bytes that stand for themselves inside quotes: printable ASCII but backslash and
/// the quotes.
const PLAIN_ASCII: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = b' ';
    while b <= b'~' {
        table[b as usize] = b != b'\\' && b != b'\'' && b != b'"';
        b += 1;
    }
    table
};

fn repr_impl(s: &str, escape_non_ascii: bool) -> String {
    let bytes = s.as_bytes();
    let quote = choose_quote(bytes.contains(&b'\''), bytes.contains(&b'"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    repr_body(&mut out, s, quote, escape_non_ascii);
    out.push(quote);
    out
}

/// Appends the escaped text of `s` between quotes `quote`.
fn repr_body(out: &mut String, s: &str, quote: char, escape_non_ascii: bool) {
    let bytes = s.as_bytes();
    let mut plain_from = 0;
    let mut i = 0;
    while i < bytes.len() {
        if PLAIN_ASCII[bytes[i] as usize] {
            i += 1;
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        // A named escape, or None for a hex escape; characters kept as they are continue.
        let named: Option<&str> = match c {
            '\\' => Some("\\\\"),
            '\n' => Some("\\n"),
            '\r' => Some("\\r"),
            '\t' => Some("\\t"),
            '\'' if quote == '\'' => Some("\\'"),
            '"' if quote == '"' => Some("\\\""),
            '\'' | '"' => {
                i += 1;
                continue;
            }
            _ if !c.is_ascii() && !escape_non_ascii && is_printable(c) => {
                i += c.len_utf8();
                continue;
            }
            _ => None,
        };
        out.push_str(&s[plain_from..i]);
        match named {
            Some(text) => out.push_str(text),
            None => push_hex_escape(out, c as u32),
        }
        i += c.len_utf8();
        plain_from = i;
    }
    out.push_str(&s[plain_from..]);
}

/// `repr(s)` (or `ascii(s)`) of text that may hold surrogates, which are never
/// printable and are written `\udxxx`.
pub fn wtf8_repr(s: crate::wtf8::Wtf8Str<'_>, escape_non_ascii: bool) -> String {
    use crate::wtf8::Segment;
    let bytes = s.as_bytes();
    let quote = choose_quote(bytes.contains(&b'\''), bytes.contains(&b'"'));
    let mut out = String::with_capacity(bytes.len() + 2);
    out.push(quote);
    for seg in s.segments() {
        match seg {
            Segment::Text(t) => repr_body(&mut out, t, quote, escape_non_ascii),
            Segment::Surrogate(cp) => push_hex_escape(&mut out, cp),
        }
    }
    out.push(quote);
    out
}

/// `repr(s)`: printable characters as they are, others escaped.
pub fn str_repr(s: &str) -> String {
    repr_impl(s, false)
}

/// `ascii(s)`: as `repr(s)` with every non-ASCII character escaped.
pub fn ascii_repr(s: &str) -> String {
    repr_impl(s, true)
}

/// `repr(b)` of bytes: `b'...'` with `\xhh` for bytes outside printable ASCII.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = choose_quote(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ if byte as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            b' '..=b'~' => out.push(byte as char),
            _ => {
                let _ = write!(out, "\\x{:02x}", byte);
            }
        }
    }
    out.push(quote);
    out
}
