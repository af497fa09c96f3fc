//! `int.__format__`: the integer presentation types `b c d n o x X` (and none), plus
//! the float types, which format the value converted to float.
//!
//! CPython: Python/formatter_unicode.c `format_long_internal` and the type switch of
//! `_PyLong_FormatAdvancedWriter`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::error::{unknown_code, FormatError};
use super::float::format_float;
use super::layout::{render_number, NumberParts};
use super::parse::{FormatSpec, Sign};

/// Formats an int per `spec`. `type_name` is the object's type (`int`, `bool`, a
/// subclass name) for "Unknown format code" messages. An empty spec must be
/// handled by the caller (`format(True, '')` is `'True'`, not `'1'`).
pub fn format_int(
    value: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    match value.to_i64() {
        Some(small) => format_i64(small, spec, type_name),
        None => format_integer(IntValue::Big(value), spec, type_name),
    }
}

/// [`format_int`] for a machine-sized value, without big-integer arithmetic.
pub fn format_i64(value: i64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    format_integer(IntValue::Small(value), spec, type_name)
}

#[derive(Clone, Copy)]
enum IntValue<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntValue<'_> {
    fn is_negative(self) -> bool {
        match self {
            IntValue::Small(v) => v < 0,
            IntValue::Big(v) => v.is_negative(),
        }
    }

    /// The digits of the absolute value in the base of `kind`.
    fn magnitude_digits(self, kind: char) -> String {
        match self {
            IntValue::Small(v) => {
                let m = v.unsigned_abs();
                match kind {
                    'b' => format!("{m:b}"),
                    'o' => format!("{m:o}"),
                    'x' => format!("{m:x}"),
                    'X' => format!("{m:X}"),
                    _ => m.to_string(),
                }
            }
            IntValue::Big(v) => {
                let m = v.magnitude();
                match kind {
                    'b' => m.to_str_radix(2),
                    'o' => m.to_str_radix(8),
                    'x' => m.to_str_radix(16),
                    'X' => m.to_str_radix(16).to_ascii_uppercase(),
                    _ => m.to_string(),
                }
            }
        }
    }

    /// CPython's `PyNumber_Float` on an int: correctly rounded, or OverflowError.
    fn to_f64(self) -> Result<f64, FormatError> {
        let converted = match self {
            IntValue::Small(v) => v as f64,
            IntValue::Big(v) => v.to_f64().unwrap_or(f64::INFINITY),
        };
        if converted.is_finite() {
            Ok(converted)
        } else {
            Err(FormatError::Overflow(
                "int too large to convert to float".into(),
            ))
        }
    }

    /// The character for `'c'` (CPython converts to a C long first).
    fn to_char(self) -> Result<char, FormatError> {
        let value = match self {
            IntValue::Small(v) => v,
            IntValue::Big(_) => {
                return Err(FormatError::Overflow(
                    "Python int too large to convert to C long".into(),
                ))
            }
        };
        let code = u32::try_from(value)
            .ok()
            .filter(|v| *v < 0x110000)
            .ok_or_else(|| FormatError::Overflow("%c arg not in range(0x110000)".into()))?;
        // Rust strings cannot hold lone surrogates, which CPython would return.
        char::from_u32(code).ok_or_else(|| {
            FormatError::value("%c arg is a surrogate, which ferropy cannot represent yet")
        })
    }
}

fn format_integer(
    value: IntValue<'_>,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let kind = match spec.kind {
        None => 'd',
        Some(code @ ('b' | 'c' | 'd' | 'n' | 'o' | 'x' | 'X')) => code,
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            return format_float(value.to_f64()?, spec, type_name)
        }
        Some(code) => return Err(unknown_code(code, type_name)),
    };
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if kind == 'c' {
        return format_char(value, spec);
    }

    let digits = value.magnitude_digits(kind);
    let sign = sign_text(value.is_negative(), spec.sign);
    let prefix = match (spec.alternate, kind) {
        (true, 'b') => "0b",
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    let group_size = if "boxX".contains(kind) { 4 } else { 3 };
    let parts = NumberParts {
        sign,
        prefix,
        digits: &digits,
        rest: "",
    };
    render_number(&parts, spec, group_size)
}

fn format_char(value: IntValue<'_>, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.sign != Sign::Default {
        return Err(FormatError::value(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let text = value.to_char()?.to_string();
    let parts = NumberParts {
        sign: "",
        prefix: "",
        digits: &text,
        rest: "",
    };
    render_number(&parts, spec, 3)
}

/// The sign written before a number's digits.
pub(crate) fn sign_text(negative: bool, sign: Sign) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Sign::Plus) => "+",
        (false, Sign::Space) => " ",
        (false, _) => "",
    }
}
