//! `str.__format__`: only the `s` type; precision truncates and width pads, both
//! counted in characters (code points).
//!
//! CPython: Python/formatter_unicode.c `format_string_internal`.

use super::error::{unknown_code, FormatError};
use super::layout::pad_text;
use super::parse::{grouping_type_error, Align, FormatSpec, Sign};

/// `format(value, spec)` for a `str`.
pub fn format_str(value: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    format_str_as(value, spec, "str")
}

/// [`format_str`] naming `type_name` (a subclass) in "Unknown format code" errors.
pub fn format_str_as(
    value: &str,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    // CPython parses string specs with 's' as the default type, so a separator
    // with no type is rejected as if 's' had been written.
    if let (None, Some(grouping)) = (spec.kind, spec.grouping) {
        return Err(grouping_type_error(grouping, 's'));
    }
    if let Some(code) = spec.kind.filter(|code| *code != 's') {
        return Err(unknown_code(code, type_name));
    }
    match spec.sign {
        Sign::Default => {}
        Sign::Space => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Sign::Plus | Sign::Minus => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    match spec.precision {
        Some(limit) => {
            let end = value
                .char_indices()
                .nth(limit)
                .map_or(value.len(), |(index, _)| index);
            pad_text(&value[..end], spec, Align::Left)
        }
        None => pad_text(value, spec, Align::Left),
    }
}
