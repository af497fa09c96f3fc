//! The text rules shared by `int(str)` and `float(str)`: which characters count as
//! whitespace and digits before the ASCII grammar is applied.
//!
//! CPython (Objects/unicodeobject.c, `_PyUnicode_TransformDecimalAndSpaceToASCII`)
//! first maps every non-ASCII whitespace character to a space and every non-ASCII
//! Unicode decimal digit (category Nd) to its ASCII digit; any other non-ASCII
//! character makes the literal invalid. ASCII characters pass through unchanged, so
//! the only whitespace the parsers then strip is C's `isspace` set.

use std::borrow::Cow;

/// First code point of every run of ten non-ASCII decimal digits ('0'..'9'), from
/// Unicode 14.0 (the database of CPython 3.11). Obtained with python3:
/// `[c for c in range(0x80, 0x110000) if unicodedata.decimal(chr(c), None) == 0]`;
/// every run is ten consecutive code points valued 0 to 9.
const DECIMAL_RUN_STARTS: [u32; 65] = [
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The decimal value of a non-ASCII Unicode decimal digit.
pub(crate) fn unicode_decimal_value(c: char) -> Option<u8> {
    let code = c as u32;
    let index = DECIMAL_RUN_STARTS.partition_point(|&start| start <= code);
    let start = *DECIMAL_RUN_STARTS.get(index.checked_sub(1)?)?;
    let offset = code - start;
    (offset < 10).then_some(offset as u8)
}

/// C's `isspace` in the "C" locale, which is what CPython strips around numbers
/// (`Py_ISSPACE`): space, \t, \n, \v, \f, \r.
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Maps `s` to the ASCII text the numeric grammars read, or `None` when it holds a
/// non-ASCII character that is neither whitespace nor a decimal digit.
///
/// Non-ASCII whitespace is Python's `str.isspace()` set above U+007F, which is exactly
/// Rust's `char::is_whitespace` there.
pub(crate) fn to_ascii_numeric(s: &str) -> Option<Cow<'_, [u8]>> {
    if s.is_ascii() {
        return Some(Cow::Borrowed(s.as_bytes()));
    }
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c as u8);
        } else if c.is_whitespace() {
            out.push(b' ');
        } else {
            out.push(b'0' + unicode_decimal_value(c)?);
        }
    }
    Some(Cow::Owned(out))
}

/// `s` without leading and trailing C whitespace.
pub(crate) fn trim_ascii_space(s: &[u8]) -> &[u8] {
    let start = s
        .iter()
        .position(|&b| !is_ascii_space(b))
        .unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|&b| !is_ascii_space(b))
        .map_or(start, |i| i + 1);
    &s[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_unicode_digits_and_spaces() {
        let cases: &[(&str, Option<&str>)] = &[
            ("123", Some("123")),
            ("\u{661}\u{662}\u{663}", Some("123")),
            ("\u{1d7ce}\u{1d7d9}", Some("01")),
            ("\u{ff19}", Some("9")),
            ("\u{2003}1\u{3000}", Some(" 1 ")),
            ("\u{85}7\u{a0}", Some(" 7 ")),
            ("\u{b2}", None),
            ("1\u{e9}", None),
        ];
        for (input, expected) in cases {
            let got = to_ascii_numeric(input).map(|b| String::from_utf8(b.into_owned()).unwrap());
            assert_eq!(got.as_deref(), *expected, "{input:?}");
        }
    }

    #[test]
    fn trims_only_c_whitespace() {
        assert_eq!(trim_ascii_space(b" \t\x0b\x0c\r\n12 \n"), b"12");
        assert_eq!(trim_ascii_space(b"\x1c12"), b"\x1c12");
        assert_eq!(trim_ascii_space(b"   "), b"");
    }
}
