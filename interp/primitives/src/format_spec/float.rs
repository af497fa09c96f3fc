//! `float.__format__`: the presentation types `e E f F g G n %` and the omitted type
//! (like `'g'` with at least one digit after the point, or `repr` without precision).
//!
//! CPython: Python/formatter_unicode.c `format_float_internal`.

use super::error::{unknown_code, FormatError};
use super::int::sign_text;
use super::layout::{render_number, NumberParts};
use super::parse::FormatSpec;
use crate::float_repr::{float_to_string_general, FloatFlags, FloatStyle};

/// CPython keeps precisions in a C int.
pub(crate) const MAX_PRECISION: usize = i32::MAX as usize;

/// Formats a float per `spec`; `type_name` names the object's type in errors.
pub fn format_float(value: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let mut value = value;
    let mut add_percent = false;
    let mut flags = FloatFlags {
        alternate: spec.alternate,
        no_negative_zero: spec.no_neg_zero,
        ..FloatFlags::default()
    };
    let (style, default_precision) = match spec.kind {
        None => {
            flags.add_dot_zero = true;
            if spec.precision.is_some() {
                (FloatStyle::General, 0)
            } else {
                (FloatStyle::Repr, 0)
            }
        }
        Some(code) => {
            flags.uppercase = code.is_ascii_uppercase();
            match code {
                'e' | 'E' => (FloatStyle::Exponent, 6),
                'f' | 'F' => (FloatStyle::Fixed, 6),
                'g' | 'G' | 'n' => (FloatStyle::General, 6),
                '%' => {
                    value *= 100.0;
                    add_percent = true;
                    (FloatStyle::Fixed, 6)
                }
                _ => return Err(unknown_code(code, type_name)),
            }
        }
    };
    let precision = spec.precision.unwrap_or(default_precision);
    if precision > MAX_PRECISION {
        return Err(FormatError::value("precision too big"));
    }
    let text = float_to_string_general(value, style, precision, flags);
    let percent = if add_percent { "%" } else { "" };
    render_float_text(&text, percent, spec)
}

/// Lays out the output of [`float_to_string_general`] (no sign flag) per `spec`.
fn render_float_text(text: &str, suffix: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    let (digits, rest) = split_float_text(text);
    let negative = text.starts_with('-');
    let rest = format!("{rest}{suffix}");
    let parts = NumberParts {
        sign: sign_text(negative, spec.sign),
        prefix: "",
        digits,
        rest: &rest,
    };
    render_number(&parts, spec, 3)
}

/// Splits unsigned-or-`-` float text into its integer digits and the rest
/// (`"-1234.5e+05"` → `("1234", ".5e+05")`, `"inf"` → `("", "inf")`).
pub(crate) fn split_float_text(text: &str) -> (&str, &str) {
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    let end = unsigned
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(unsigned.len());
    unsigned.split_at(end)
}
