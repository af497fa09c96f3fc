//! `complex.__format__` and `repr(complex)`.
//!
//! CPython: Python/formatter_unicode.c `format_complex_internal` (both parts share
//! the spec; the imaginary part always carries a sign; the omitted type behaves like
//! `str()`, with parentheses unless the real part is +0) and Objects/complexobject.c
//! `complex_repr`.

use super::error::{unknown_code, FormatError};
use super::float::{split_float_text, MAX_PRECISION};
use super::int::sign_text;
use super::layout::{group_digits, pad_text};
use super::parse::{Align, FormatSpec, Sign};
use crate::float_repr::{float_to_string_general, FloatFlags, FloatStyle};

/// `repr(complex(re, im))`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let plain = FloatFlags::default();
    let signed = FloatFlags {
        always_sign: true,
        ..plain
    };
    if re == 0.0 && re.is_sign_positive() {
        return format!(
            "{}j",
            float_to_string_general(im, FloatStyle::Repr, 0, plain)
        );
    }
    format!(
        "({}{}j)",
        float_to_string_general(re, FloatStyle::Repr, 0, plain),
        float_to_string_general(im, FloatStyle::Repr, 0, signed)
    )
}

/// `format(complex(re, im), spec)`.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    format_complex_as(re, im, spec, "complex")
}

/// [`format_complex`] naming `type_name` (a subclass) in "Unknown format code" errors.
pub fn format_complex_as(
    re: f64,
    im: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let mut flags = FloatFlags {
        alternate: spec.alternate,
        no_negative_zero: spec.no_neg_zero,
        ..FloatFlags::default()
    };
    let mut style = FloatStyle::General;
    let mut omitted_type = false;
    match spec.kind {
        None => {
            omitted_type = true;
            if spec.precision.is_none() {
                style = FloatStyle::Repr;
            }
        }
        Some(code @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) => {
            flags.uppercase = code.is_ascii_uppercase();
            style = match code.to_ascii_lowercase() {
                'e' => FloatStyle::Exponent,
                'f' => FloatStyle::Fixed,
                _ => FloatStyle::General,
            };
        }
        Some(code) => return Err(unknown_code(code, type_name)),
    }
    let precision = spec.precision.unwrap_or(if omitted_type { 0 } else { 6 });
    if precision > MAX_PRECISION {
        return Err(FormatError::value("precision too big"));
    }
    if spec.fill == '0' {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }

    let skip_real = omitted_type && re == 0.0 && re.is_sign_positive();
    let separator = spec.grouping.map(|g| (g.separator(), 3));
    let part = |x: f64, sign: Sign| {
        let text = float_to_string_general(x, style, precision, flags);
        let (digits, rest) = split_float_text(&text);
        let grouped = if digits.is_empty() {
            String::new()
        } else {
            group_digits(digits, 0, separator)
        };
        format!("{}{grouped}{rest}", sign_text(text.starts_with('-'), sign))
    };
    let body = if skip_real {
        format!("{}j", part(im, spec.sign))
    } else {
        let real = part(re, spec.sign);
        let imaginary = part(im, Sign::Plus);
        if omitted_type {
            format!("({real}{imaginary}j)")
        } else {
            format!("{real}{imaginary}j")
        }
    };
    pad_text(&body, spec, Align::Right)
}
