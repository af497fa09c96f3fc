//! Parsing of `complex(str)` with CPython 3.11's grammar (Objects/complexobject.c,
//! `complex_subtype_from_string` and `complex_from_string_inner`).
//!
//! The text is first mapped to ASCII (non-ASCII whitespace to a space, Unicode decimal
//! digits to ASCII digits, anything else to a character no rule accepts), then its
//! underscores are removed (each must sit between two digits), then it is read as one
//! of `<float>`, `<float>j`, `<float><signed-float>j`, `<float><sign>j`, `<sign>j` or
//! `j`, optionally in parentheses, with surrounding whitespace. `<float>` is anything
//! `float()` accepts, `inf`, `infinity` and `nan` included.

use super::parse::{parse_float, remove_digit_underscores};
use super::text::{is_ascii_space, unicode_decimal_value};

/// Why a string is not a complex literal; each gives a different CPython message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComplexLiteralError {
    /// ValueError "complex() arg is a malformed string".
    Malformed,
    /// An underscore not between two digits: ValueError "could not convert string to
    /// complex: <repr of the argument>".
    Underscore,
}

/// Maps the text to the ASCII the grammar reads (CPython
/// `_PyUnicode_TransformDecimalAndSpaceToASCII`, which writes '?' for other
/// non-ASCII characters).
fn to_ascii(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else if c.is_whitespace() {
                b' '
            } else {
                unicode_decimal_value(c).map_or(b'?', |d| b'0' + d)
            }
        })
        .collect()
}

/// Skips digits (at least none) from `i`.
fn skip_digits(s: &[u8], mut i: usize) -> usize {
    while s.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    i
}

/// The length of the longest prefix of `s` that is a float literal (0 if none), as
/// C's `strtod` (CPython `_PyOS_ascii_strtod`) reads it: no leading whitespace.
fn float_prefix_len(s: &[u8]) -> usize {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    for word in [&b"infinity"[..], b"inf", b"nan"] {
        if s.len() >= i + word.len() && s[i..i + word.len()].eq_ignore_ascii_case(word) {
            return i + word.len();
        }
    }
    let int_end = skip_digits(s, i);
    let mut end = int_end;
    let mut any_digit = int_end > i;
    if s.get(end) == Some(&b'.') {
        let frac_end = skip_digits(s, end + 1);
        any_digit |= frac_end > end + 1;
        end = frac_end;
    }
    if !any_digit {
        return 0;
    }
    if matches!(s.get(end), Some(b'e' | b'E')) {
        let mut k = end + 1;
        if matches!(s.get(k), Some(b'+' | b'-')) {
            k += 1;
        }
        let exp_end = skip_digits(s, k);
        if exp_end > k {
            end = exp_end;
        }
    }
    end
}

/// Reads a float literal at the start of `s`: its value and length.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let len = float_prefix_len(s);
    if len == 0 {
        return None;
    }
    let text = std::str::from_utf8(&s[..len]).ok()?;
    parse_float(text).map(|v| (v, len))
}

/// A sign character's unit value.
fn sign_unit(b: u8) -> f64 {
    if b == b'-' {
        -1.0
    } else {
        1.0
    }
}

/// `complex(s)` for a string: `(real, imag)`.
pub fn parse_complex(s: &str) -> Result<(f64, f64), ComplexLiteralError> {
    use ComplexLiteralError::{Malformed, Underscore};
    let ascii = to_ascii(s);
    let text = if ascii.contains(&b'_') {
        remove_digit_underscores(&ascii).ok_or(Underscore)?
    } else {
        ascii
    };
    let s = text.as_slice();
    let mut i = 0;
    let skip_space = |mut i: usize| {
        while s.get(i).is_some_and(|&b| is_ascii_space(b)) {
            i += 1;
        }
        i
    };
    i = skip_space(i);
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i = skip_space(i + 1);
    }
    let is_j = |b: Option<&u8>| matches!(b, Some(b'j' | b'J'));
    let (mut real, mut imag) = (0.0, 0.0);
    if let Some((z, len)) = float_prefix(&s[i..]) {
        i += len;
        match s.get(i) {
            Some(&sign @ (b'+' | b'-')) => {
                real = z;
                match float_prefix(&s[i..]) {
                    Some((y, len)) => {
                        imag = y;
                        i += len;
                    }
                    None => {
                        imag = sign_unit(sign);
                        i += 1;
                    }
                }
                if !is_j(s.get(i)) {
                    return Err(Malformed);
                }
                i += 1;
            }
            Some(b'j' | b'J') => {
                imag = z;
                i += 1;
            }
            _ => real = z,
        }
    } else {
        if let Some(&sign @ (b'+' | b'-')) = s.get(i) {
            imag = sign_unit(sign);
            i += 1;
        } else {
            imag = 1.0;
        }
        if !is_j(s.get(i)) {
            return Err(Malformed);
        }
        i += 1;
    }
    i = skip_space(i);
    if bracket {
        if s.get(i) != Some(&b')') {
            return Err(Malformed);
        }
        i = skip_space(i + 1);
    }
    if i != s.len() {
        return Err(Malformed);
    }
    Ok((real, imag))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from python3.11: complex(s) (None = malformed).
    #[test]
    fn complex_literals_match_cpython() {
        let cases: &[(&str, Option<(f64, f64)>)] = &[
            ("1+2j", Some((1.0, 2.0))),
            (" (3-4j) ", Some((3.0, -4.0))),
            ("j", Some((0.0, 1.0))),
            ("-J", Some((0.0, -1.0))),
            ("+j", Some((0.0, 1.0))),
            ("1+j", Some((1.0, 1.0))),
            ("-1.5e3J", Some((0.0, -1500.0))),
            ("1e5j", Some((0.0, 100000.0))),
            ("1e+j", None),
            ("1ej", None),
            ("-infinityj", Some((0.0, f64::NEG_INFINITY))),
            ("1_0+2_0j", Some((10.0, 20.0))),
            ("(1)", Some((1.0, 0.0))),
            ("( 1+2j )", Some((1.0, 2.0))),
            ("\u{661}+\u{662}j", Some((1.0, 2.0))),
            ("1.j", Some((0.0, 1.0))),
            (".j", None),
            ("1+2.j", Some((1.0, 2.0))),
            ("1e", None),
            ("1+2", None),
            ("1 ", Some((1.0, 0.0))),
            ("1+ 2j", None),
            ("1 + 2j", None),
            ("2j+1j", None),
            ("(1+2j", None),
            ("", None),
            ("j1", None),
            ("1+", None),
            ("\u{a0}1j\u{2003}", Some((0.0, 1.0))),
            ("1j\u{e9}", None),
        ];
        for &(s, expected) in cases {
            let got = parse_complex(s).ok();
            assert_eq!(got, expected, "complex({s:?})");
        }
        for s in ["1__0j", "_1j", "1_j"] {
            assert_eq!(
                parse_complex(s),
                Err(ComplexLiteralError::Underscore),
                "{s:?}"
            );
        }
    }
}
