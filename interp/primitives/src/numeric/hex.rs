//! `float.hex()` and `float.fromhex()` (CPython: Objects/floatobject.c `float_hex`,
//! `float_fromhex`).

use num_bigint::BigUint;
use num_traits::Zero;

use super::convert::round_scaled_to_f64;
use super::error::NumError;
use super::text::is_ascii_space;

/// Hex digits after the point in `float.hex()` output: (53 - 1) / 4.
const FRACTION_HEX_DIGITS: usize = 13;

/// `x.hex()`: `[-]0x<1|0>.<13 hex digits>p<sign><exponent>`; zeros are `0x0.0p+0`,
/// subnormals `0x0.<digits>p-1022`, and non-finite values give "inf", "-inf", "nan".
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exponent_field = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (leading, exponent) = if exponent_field == 0 {
        (0, -1022)
    } else {
        (1, exponent_field - 1023)
    };
    format!(
        "{sign}0x{leading}.{fraction:0width$x}p{exponent:+}",
        width = FRACTION_HEX_DIGITS
    )
}

fn invalid() -> NumError {
    NumError::value("invalid hexadecimal floating-point string")
}

/// Reads an optional sign and "inf", "infinity" or "nan" (any case) at the start of
/// `s`, as CPython's `_Py_parse_inf_or_nan`; returns the value and the bytes used.
fn parse_inf_or_nan(s: &[u8]) -> Option<(f64, usize)> {
    let (negative, start) = match s.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let matches_at = |at: usize, word: &[u8]| {
        s.get(at..at + word.len())
            .is_some_and(|part| part.eq_ignore_ascii_case(word))
    };
    let (magnitude, mut end) = if matches_at(start, b"inf") {
        (f64::INFINITY, start + 3)
    } else if matches_at(start, b"nan") {
        (f64::NAN, start + 3)
    } else {
        return None;
    };
    if magnitude.is_infinite() && matches_at(end, b"inity") {
        end += 5;
    }
    Some((if negative { -magnitude } else { magnitude }, end))
}

fn hex_value(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// Reads a decimal exponent with C `strtol`'s saturation at the `i64` limits.
fn saturating_decimal(digits: &[u8], negative: bool) -> i64 {
    let mut value: i64 = 0;
    for &d in digits {
        let digit = i64::from(d - b'0');
        value = if negative {
            value.saturating_mul(10).saturating_sub(digit)
        } else {
            value.saturating_mul(10).saturating_add(digit)
        };
    }
    value
}

/// The parts of a hexadecimal float literal.
struct HexLiteral {
    negative: bool,
    /// Hex digits of the coefficient, point removed.
    digits: Vec<u8>,
    /// How many of them were after the point.
    fraction_digits: usize,
    exponent: i64,
}

/// Reads `[sign] [0x] hexdigits [. hexdigits] [p [sign] decimal]` from `s`, returning
/// the literal and the bytes used.
fn scan_hex_literal(s: &[u8]) -> Option<(HexLiteral, usize)> {
    let mut i = 0;
    let negative = match s.first() {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    if s.get(i) == Some(&b'0') && matches!(s.get(i + 1), Some(b'x' | b'X')) {
        i += 2;
    }
    let mut digits = Vec::new();
    while let Some(&b) = s.get(i).filter(|b| b.is_ascii_hexdigit()) {
        digits.push(b);
        i += 1;
    }
    let mut fraction_digits = 0;
    if s.get(i) == Some(&b'.') {
        i += 1;
        while let Some(&b) = s.get(i).filter(|b| b.is_ascii_hexdigit()) {
            digits.push(b);
            fraction_digits += 1;
            i += 1;
        }
    }
    if digits.is_empty() {
        return None;
    }
    let mut exponent = 0;
    if matches!(s.get(i), Some(b'p' | b'P')) {
        i += 1;
        let exponent_negative = match s.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        while s.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return None;
        }
        exponent = saturating_decimal(&s[start..i], exponent_negative);
    }
    let literal = HexLiteral {
        negative,
        digits,
        fraction_digits,
        exponent,
    };
    Some((literal, i))
}

/// The value of a scanned literal, correctly rounded (ties to even).
fn hex_literal_value(literal: &HexLiteral) -> Result<f64, NumError> {
    let mantissa = literal
        .digits
        .iter()
        .filter_map(|&b| hex_value(b))
        .fold(BigUint::zero(), |acc, d| (acc << 4u32) + d);
    // CPython treats absurd exponents as certain underflow or overflow.
    let magnitude = if mantissa.is_zero() || literal.exponent < i64::MIN / 2 {
        0.0
    } else if literal.exponent > i64::MAX / 2 {
        f64::INFINITY
    } else {
        let shift = (literal.fraction_digits as i64).saturating_mul(4);
        round_scaled_to_f64(&mantissa, literal.exponent.saturating_sub(shift), false)
    };
    if magnitude.is_infinite() {
        return Err(NumError::overflow(
            "hexadecimal value too large to represent as a float",
        ));
    }
    Ok(if literal.negative {
        -magnitude
    } else {
        magnitude
    })
}

/// `float.fromhex(s)`: surrounding whitespace, an optional sign, "inf"/"infinity"/
/// "nan" in any case, or an optional `0x`, hex digits with an optional point (at least
/// one digit) and an optional binary exponent `p[sign]decimal`.
///
/// Errors: ValueError "invalid hexadecimal floating-point string"; OverflowError
/// "hexadecimal value too large to represent as a float".
pub fn float_fromhex(s: &str) -> Result<f64, NumError> {
    let bytes = s.as_bytes();
    let start = bytes
        .iter()
        .position(|&b| !is_ascii_space(b))
        .unwrap_or(bytes.len());
    let body = &bytes[start..];
    let (value, used) = match parse_inf_or_nan(body) {
        Some(special) => special,
        None => {
            let (literal, used) = scan_hex_literal(body).ok_or_else(invalid)?;
            // As in CPython, an overflow is reported before trailing text is checked.
            (hex_literal_value(&literal)?, used)
        }
    };
    if !body[used..].iter().all(|&b| is_ascii_space(b)) {
        return Err(invalid());
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from python3.11: x.hex().
    #[test]
    fn hex_matches_cpython() {
        let cases: &[(f64, &str)] = &[
            (1.5, "0x1.8000000000000p+0"),
            (5e-324, "0x0.0000000000001p-1022"),
            (-0.0, "-0x0.0p+0"),
            (0.0, "0x0.0p+0"),
            (1.0, "0x1.0000000000000p+0"),
            (-0.1, "-0x1.999999999999ap-4"),
            (f64::MAX, "0x1.fffffffffffffp+1023"),
            (2.2250738585072014e-308, "0x1.0000000000000p-1022"),
            (2.225073858507201e-308, "0x0.fffffffffffffp-1022"),
            (1024.0, "0x1.0000000000000p+10"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
        ];
        for &(x, expected) in cases {
            assert_eq!(float_hex(x), expected, "{x:?}.hex()");
        }
    }

    // Expected values from python3.11: float.fromhex(s); None = ValueError.
    #[test]
    fn fromhex_matches_cpython() {
        let cases: &[(&str, Option<f64>)] = &[
            ("0x1.8p0", Some(1.5)),
            ("1.8p0", Some(1.5)),
            ("  -0x1p-2  ", Some(-0.25)),
            ("0X1P+4", Some(16.0)),
            ("0x.8", Some(0.5)),
            ("0x8.", Some(8.0)),
            ("0x.", None),
            ("0x", None),
            ("x1", None),
            ("0x1p", None),
            ("0x1p+", None),
            ("0x1.8p0 x", None),
            ("inf", Some(f64::INFINITY)),
            ("-Infinity", Some(f64::NEG_INFINITY)),
            ("  nan ", Some(f64::NAN)),
            ("infin", None),
            ("-0x0p0", Some(-0.0)),
            ("0x0p99999999999999999999999", Some(0.0)),
            ("0x1p-1075", Some(0.0)),
            ("0x1.0000000000001p-1075", Some(5e-324)),
            ("0x3p-1076", Some(5e-324)),
            ("0x1p-99999999999999999999", Some(0.0)),
            ("0x1.fffffffffffff8p1023", None),
            ("0x1.fffffffffffff7p1023", Some(f64::MAX)),
            ("0x1.00000000000008p0", Some(1.0)),
            ("0x1.00000000000018p0", Some(1.0000000000000004)),
            ("0x1_0p0", None),
            ("zz", None),
            ("", None),
            ("\u{a0}0x1p0", None),
            ("0x00000000000000000001p0", Some(1.0)),
            ("0x1.0000000000000000000000000000000000001p0", Some(1.0)),
            (
                "0x.0000000000000000000000000000000000001p0",
                Some(2.802596928649634e-45),
            ),
        ];
        for &(s, expected) in cases {
            let got = float_fromhex(s).ok();
            let same = match (got, expected) {
                (Some(g), Some(e)) => g.to_bits() == e.to_bits() || (g.is_nan() && e.is_nan()),
                (None, None) => true,
                _ => false,
            };
            assert!(same, "float.fromhex({s:?}) = {got:?}, want {expected:?}");
        }
    }

    #[test]
    fn fromhex_errors() {
        let overflow = Err(NumError::Overflow(
            "hexadecimal value too large to represent as a float".into(),
        ));
        assert_eq!(float_fromhex("0x1p99999"), overflow);
        assert_eq!(float_fromhex("0x1p1024"), overflow);
        assert_eq!(float_fromhex("-0x1p99999999999999999999999"), overflow);
        assert_eq!(float_fromhex("0x1p1024 z"), overflow);
        assert_eq!(
            float_fromhex("0x1p0 z"),
            Err(NumError::Value(
                "invalid hexadecimal floating-point string".into()
            ))
        );
    }

    #[test]
    fn round_trips_through_hex() {
        for x in [0.1, -3.75, 5e-324, 1e-310, f64::MAX, 123456.789e100] {
            assert_eq!(float_fromhex(&float_hex(x)), Ok(x));
        }
    }
}
