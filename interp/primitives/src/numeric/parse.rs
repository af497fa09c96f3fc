//! Parsing of `int(str, base)` and `float(str)` literals with CPython 3.11's rules.
//!
//! The callers build the error messages ("invalid literal for int() with base 10:
//! '...'", "could not convert string to float: '...'") themselves; these functions only
//! say whether the text is valid and what it denotes.
//!
//! Not handled here: the `sys.set_int_max_str_digits` limit (4300 digits by default)
//! that CPython 3.11 applies to non-power-of-two bases; the caller checks the digit
//! count, which [`parse_int_fast`] does not need.

use num_bigint::BigInt;
use num_traits::Num;

use super::text::{to_ascii_numeric, trim_ascii_space};

/// The text is not a valid literal; the caller builds CPython's message from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidLiteral;

/// An int literal's value: `Small` whenever it fits an `i64`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParsedInt {
    Small(i64),
    Big(BigInt),
}

impl ParsedInt {
    /// The value as a `BigInt`, whichever form it has.
    pub fn into_bigint(self) -> BigInt {
        match self {
            ParsedInt::Small(v) => BigInt::from(v),
            ParsedInt::Big(v) => v,
        }
    }
}

/// The value of an ASCII digit character in bases up to 36 ('a'/'A' = 10 ... 'z' = 35).
fn digit_value(b: u8) -> Option<u32> {
    match b {
        b'0'..=b'9' => Some(u32::from(b - b'0')),
        b'a'..=b'z' => Some(u32::from(b - b'a') + 10),
        b'A'..=b'Z' => Some(u32::from(b - b'A') + 10),
        _ => None,
    }
}

/// A validated int literal: sign, base and the digit characters without underscores.
struct IntLiteral {
    negative: bool,
    base: u32,
    digits: Vec<u8>,
}

/// Applies CPython's grammar (Objects/longobject.c `PyLong_FromString`).
fn scan_int_literal(text: &[u8], base: u32) -> Option<IntLiteral> {
    if base != 0 && !(2..=36).contains(&base) {
        return None;
    }
    let s = trim_ascii_space(text);
    let (negative, s) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let second = s.get(1).map(|b| b.to_ascii_lowercase());
    let mut base = base;
    // Base 0 reads the base from a prefix; a bare leading zero means decimal, and is
    // then only valid if the whole value is zero (C-style octal "010" is rejected).
    let mut must_be_zero = false;
    if base == 0 {
        base = match (s.first(), second) {
            (Some(b'0'), Some(b'x')) => 16,
            (Some(b'0'), Some(b'o')) => 8,
            (Some(b'0'), Some(b'b')) => 2,
            (Some(b'0'), _) => {
                must_be_zero = true;
                10
            }
            _ => 10,
        };
    }
    let has_prefix = s.first() == Some(&b'0')
        && matches!(
            (base, second),
            (16, Some(b'x')) | (8, Some(b'o')) | (2, Some(b'b'))
        );
    let mut rest = s;
    if has_prefix {
        rest = &rest[2..];
        // One underscore may follow the prefix: 0x_1f.
        if rest.first() == Some(&b'_') {
            rest = &rest[1..];
        }
    }
    let mut digits = Vec::with_capacity(rest.len());
    let mut previous_was_underscore = true; // also forbids a leading underscore
    for &b in rest {
        if b == b'_' {
            if previous_was_underscore {
                return None;
            }
            previous_was_underscore = true;
        } else if digit_value(b).is_some_and(|v| v < base) {
            digits.push(b);
            previous_was_underscore = false;
        } else {
            return None;
        }
    }
    if digits.is_empty() || previous_was_underscore {
        return None;
    }
    if must_be_zero && digits.iter().any(|&d| d != b'0') {
        return None;
    }
    Some(IntLiteral {
        negative,
        base,
        digits,
    })
}

/// Accumulates the digits in a `u64`, or `None` on overflow.
fn digits_to_u64(digits: &[u8], base: u32) -> Option<u64> {
    digits.iter().try_fold(0u64, |acc, &d| {
        acc.checked_mul(u64::from(base))?
            .checked_add(u64::from(digit_value(d)?))
    })
}

/// Parses `s` as `int(s, base)` does, returning an `i64` whenever the value fits.
///
/// `base` is 0 (read the base from a `0x`/`0o`/`0b` prefix) or 2..=36; any other base
/// is an error here (CPython raises "int() base must be >= 2 and <= 36, or 0" before
/// looking at the text). Surrounding whitespace, a sign, underscores between digits
/// (and one right after a prefix) and non-ASCII decimal digits are accepted.
pub fn parse_int_fast(s: &str, base: u32) -> Result<ParsedInt, InvalidLiteral> {
    let text = to_ascii_numeric(s).ok_or(InvalidLiteral)?;
    let literal = scan_int_literal(&text, base).ok_or(InvalidLiteral)?;
    if let Some(magnitude) = digits_to_u64(&literal.digits, literal.base) {
        let value = if literal.negative {
            0i64.checked_sub_unsigned(magnitude)
        } else {
            i64::try_from(magnitude).ok()
        };
        if let Some(v) = value {
            return Ok(ParsedInt::Small(v));
        }
    }
    // The digits are validated ASCII, so they are valid UTF-8 and parse in `base`.
    let digits = std::str::from_utf8(&literal.digits).map_err(|_| InvalidLiteral)?;
    let magnitude = BigInt::from_str_radix(digits, literal.base).map_err(|_| InvalidLiteral)?;
    Ok(ParsedInt::Big(if literal.negative {
        -magnitude
    } else {
        magnitude
    }))
}

/// Parses `s` as `int(s, base)` does; see [`parse_int_fast`] for the rules.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, InvalidLiteral> {
    parse_int_fast(s, base).map(ParsedInt::into_bigint)
}

/// Removes underscores, allowing one only between two digits
/// (CPython: Python/pystrtod.c `_Py_string_to_number_with_underscores`).
pub(super) fn remove_digit_underscores(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut previous = 0u8;
    for &b in s {
        if b == b'_' {
            if !previous.is_ascii_digit() {
                return None;
            }
        } else {
            if previous == b'_' && !b.is_ascii_digit() {
                return None;
            }
            out.push(b);
        }
        previous = b;
    }
    if previous == b'_' {
        return None;
    }
    Some(out)
}

/// Reads "inf", "infinity" or "nan" (any case), the only words `float()` accepts.
fn special_float_word(s: &[u8]) -> Option<f64> {
    let lower = s.to_ascii_lowercase();
    match lower.as_slice() {
        b"inf" | b"infinity" => Some(f64::INFINITY),
        b"nan" => Some(f64::NAN),
        _ => None,
    }
}

/// True if `s` is `digits [. digits] [e [sign] digits]` with at least one mantissa
/// digit (the decimal part of CPython's `_Py_dg_strtod` grammar).
fn is_decimal_literal(s: &[u8]) -> bool {
    let count_digits = |s: &[u8]| s.iter().take_while(|b| b.is_ascii_digit()).count();
    let integer_digits = count_digits(s);
    let mut i = integer_digits;
    let mut fraction_digits = 0;
    if s.get(i) == Some(&b'.') {
        i += 1;
        fraction_digits = count_digits(&s[i..]);
        i += fraction_digits;
    }
    if integer_digits + fraction_digits == 0 {
        return false;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(s.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exponent_digits = count_digits(&s[i..]);
        if exponent_digits == 0 {
            return false;
        }
        i += exponent_digits;
    }
    i == s.len()
}

/// Parses `s` as `float(s)` does: surrounding whitespace, an optional sign, then
/// "inf", "infinity" or "nan" in any case, or a decimal literal (no hexadecimal) with
/// underscores allowed only between digits. The value is correctly rounded; literals
/// out of range give ±inf or ±0.0 as in CPython. `"-nan"` gives a NaN with its sign
/// bit set, like CPython.
pub fn parse_float(s: &str) -> Option<f64> {
    let text = to_ascii_numeric(s)?;
    let text = if text.contains(&b'_') {
        std::borrow::Cow::Owned(remove_digit_underscores(&text)?)
    } else {
        text
    };
    let body = trim_ascii_space(&text);
    let (negative, unsigned) = match body.first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    let magnitude = if let Some(special) = special_float_word(unsigned) {
        special
    } else if is_decimal_literal(unsigned) {
        // Validated ASCII in Rust's accepted syntax; its parser rounds correctly.
        std::str::from_utf8(unsigned).ok()?.parse::<f64>().ok()?
    } else {
        return None;
    };
    Some(if negative { -magnitude } else { magnitude })
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from python3.11: int(s, base) (None = ValueError).
    #[test]
    fn int_literals_match_cpython() {
        let cases: &[(&str, u32, Option<&str>)] = &[
            ("\u{2003} 12 ", 0, Some("12")),
            ("12\x1c", 0, None),
            ("\u{85} 7", 0, Some("7")),
            ("\u{a0} 7\u{3000}", 0, Some("7")),
            ("0x_1f", 0, Some("31")),
            ("0_0", 0, Some("0")),
            ("00", 0, Some("0")),
            ("010", 0, None),
            ("0b", 0, None),
            ("0b_", 0, None),
            ("1__0", 0, None),
            ("_1", 0, None),
            ("1_", 0, None),
            (" -0x10 ", 0, Some("-16")),
            ("+ 5", 0, None),
            ("0X1F", 0, Some("31")),
            ("0o17", 0, Some("15")),
            ("0O17", 0, Some("15")),
            ("0x1f", 16, Some("31")),
            ("0b101", 2, Some("5")),
            ("0o7", 8, Some("7")),
            ("0x1f", 0, Some("31")),
            ("z", 36, Some("35")),
            ("Z", 36, Some("35")),
            ("0b1", 16, Some("177")),
            ("0b1", 0, Some("1")),
            ("1e5", 10, None),
            ("\u{661}\u{662}\u{663}", 0, Some("123")),
            ("\u{660}\u{661}", 0, None),
            ("0x\u{661}", 0, Some("1")),
            ("", 10, None),
            ("   ", 10, None),
            ("-", 10, None),
            ("1 2", 10, None),
            ("1\0", 10, None),
            ("9", 8, None),
            ("12", 1, None),
            ("12", 37, None),
            ("-9223372036854775808", 10, Some("-9223372036854775808")),
            ("9223372036854775808", 10, Some("9223372036854775808")),
            ("-9223372036854775809", 10, Some("-9223372036854775809")),
            (
                "123456789012345678901234567890",
                10,
                Some("123456789012345678901234567890"),
            ),
            ("1_000_000", 10, Some("1000000")),
            ("0_7", 10, Some("7")),
            ("07", 10, Some("7")),
            ("0x", 16, None),
            ("x1", 16, None),
            ("-0", 0, Some("0")),
        ];
        for &(s, base, expected) in cases {
            let got = parse_int(s, base).ok().map(|v| v.to_string());
            assert_eq!(got.as_deref(), expected, "int({s:?}, {base})");
        }
    }

    #[test]
    fn fast_path_gives_i64_when_it_fits() {
        assert_eq!(
            parse_int_fast("-9223372036854775808", 10),
            Ok(ParsedInt::Small(i64::MIN))
        );
        assert_eq!(
            parse_int_fast("0x7fffffffffffffff", 0),
            Ok(ParsedInt::Small(i64::MAX))
        );
        assert!(matches!(
            parse_int_fast("0x8000000000000000", 0),
            Ok(ParsedInt::Big(_))
        ));
        assert!(matches!(
            parse_int_fast("18446744073709551616", 10),
            Ok(ParsedInt::Big(_))
        ));
    }

    // Expected values from python3.11: repr(float(s)) (None = ValueError).
    #[test]
    fn float_literals_match_cpython() {
        let cases: &[(&str, Option<f64>)] = &[
            ("1_0.5", Some(10.5)),
            ("1_.5", None),
            ("1._5", None),
            ("1e1_0", Some(10000000000.0)),
            (".5", Some(0.5)),
            ("5.", Some(5.0)),
            (".", None),
            ("e5", None),
            ("1e", None),
            ("1e+", None),
            ("infinity", Some(f64::INFINITY)),
            ("INFINITY", Some(f64::INFINITY)),
            ("-iNf", Some(f64::NEG_INFINITY)),
            ("nan", Some(f64::NAN)),
            ("-nan", Some(f64::NAN)),
            ("infinit", None),
            ("in f", None),
            ("0x10", None),
            (" 1.5\n", Some(1.5)),
            ("1.5e-400", Some(0.0)),
            ("1e400", Some(f64::INFINITY)),
            ("+.5e-3", Some(0.0005)),
            ("1__0", None),
            ("_1", None),
            ("inf_", None),
            ("1_e5", None),
            ("1e_5", None),
            ("\u{661}.\u{665}e\u{661}", Some(15.0)),
            ("\u{2003} 1.5", Some(1.5)),
            ("1.5\u{85}", Some(1.5)),
            ("\u{b2}", None),
            ("12\u{660}", Some(120.0)),
            ("\x1c 1.5", None),
            ("", None),
            ("-", None),
            ("+-1", None),
            ("1.5.2", None),
            ("1e5.5", None),
            ("0.1", Some(0.1)),
            ("-0", Some(-0.0)),
            ("1e99999999999999999999", Some(f64::INFINITY)),
            ("-1e-99999999999999999999", Some(-0.0)),
            ("2.4703282292062328e-324", Some(5e-324)),
            ("2.4703282292062327e-324", Some(0.0)),
            ("1.7976931348623157e308", Some(1.7976931348623157e+308)),
            ("1.7976931348623159e308", Some(f64::INFINITY)),
        ];
        for &(s, expected) in cases {
            let got = parse_float(s);
            let same = match (got, expected) {
                (Some(g), Some(e)) => g.to_bits() == e.to_bits() || (g.is_nan() && e.is_nan()),
                (None, None) => true,
                _ => false,
            };
            assert!(same, "float({s:?}) = {got:?}, expected {expected:?}");
        }
    }

    #[test]
    fn signed_nan_keeps_its_sign() {
        assert!(parse_float("-nan").unwrap().is_sign_negative());
        assert!(parse_float("nan").unwrap().is_sign_positive());
    }
}
