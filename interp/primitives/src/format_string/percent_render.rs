//! Rendering of `%` conversions once the interpreter has converted the argument:
//! integers (`%d %i %u %o %x %X`), floats (`%e %E %f %F %g %G`), text (`%s %r %a`)
//! and characters (`%c`), with the flags, width and precision applied.
//!
//! CPython: Objects/unicodeobject.c `_PyUnicode_FormatLong`, `formatfloat` and
//! `unicode_format_arg_output` (zero padding goes after the sign and `0x` prefix,
//! only for numbers; `-` wins over `0`).

use super::percent::PercentFlags;
use crate::float_repr::{float_to_string_general, FloatFlags, FloatStyle};
use crate::format_spec::FormatError;
use num_bigint::BigInt;
use num_traits::Signed;

/// `'%{flags}{width}.{precision}{conversion}' % value` for an int conversion
/// (`d i u o x X`; other characters are treated as `d`).
pub fn format_percent_int(
    value: &BigInt,
    conversion: char,
    flags: &PercentFlags,
    width: usize,
    precision: Option<usize>,
) -> Result<String, FormatError> {
    let precision = precision.unwrap_or(0);
    // CPython: Objects/unicodeobject.c _PyUnicode_FormatLong.
    if precision > i32::MAX as usize - 3 {
        return Err(FormatError::Overflow("precision too large".into()));
    }
    let magnitude = value.magnitude();
    let (digits, prefix) = match conversion {
        'o' => (magnitude.to_str_radix(8), "0o"),
        'x' => (magnitude.to_str_radix(16), "0x"),
        'X' => (magnitude.to_str_radix(16).to_ascii_uppercase(), "0X"),
        _ => (magnitude.to_string(), ""),
    };
    let prefix = if flags.alternate { prefix } else { "" };
    let zeros = precision.saturating_sub(digits.len());
    let mut body =
        crate::memory::string_with_room(zeros + digits.len()).ok_or(FormatError::Memory)?;
    body.extend(std::iter::repeat_n('0', zeros));
    body.push_str(&digits);
    pad_number(value.is_negative(), prefix, &body, flags, width)
}

/// `'%{flags}{width}.{precision}{conversion}' % value` for a float conversion
/// (`e E f F g G`; the default precision is 6).
pub fn format_percent_float(
    value: f64,
    conversion: char,
    flags: &PercentFlags,
    width: usize,
    precision: Option<usize>,
) -> Result<String, FormatError> {
    let style = match conversion.to_ascii_lowercase() {
        'e' => FloatStyle::Exponent,
        'f' => FloatStyle::Fixed,
        _ => FloatStyle::General,
    };
    let float_flags = FloatFlags {
        alternate: flags.alternate,
        uppercase: conversion.is_ascii_uppercase(),
        ..FloatFlags::default()
    };
    let text = float_to_string_general(value, style, precision.unwrap_or(6), float_flags);
    let (negative, body) = match text.strip_prefix('-') {
        Some(unsigned) => (true, unsigned),
        None => (false, text.as_str()),
    };
    pad_number(negative, "", body, flags, width)
}

/// `%s`, `%r`, `%a` of already converted text: precision truncates (characters),
/// width pads with spaces; `0`, `+`, ` ` and `#` have no effect.
pub fn format_percent_text(
    text: &str,
    flags: &PercentFlags,
    width: usize,
    precision: Option<usize>,
) -> Result<String, FormatError> {
    let kept = match precision {
        Some(limit) => text
            .char_indices()
            .nth(limit)
            .map_or(text, |(end, _)| &text[..end]),
        None => text,
    };
    pad_spaces(kept, flags.left_adjust, width)
}

/// `%c` of a character: width pads with spaces; precision is ignored.
pub fn format_percent_char(
    ch: char,
    flags: &PercentFlags,
    width: usize,
) -> Result<String, FormatError> {
    pad_spaces(ch.encode_utf8(&mut [0; 4]), flags.left_adjust, width)
}

/// Sign, prefix and body padded to `width`: zeros between the prefix and the body
/// with `0`, spaces on the right with `-`, spaces on the left otherwise.
fn pad_number(
    negative: bool,
    prefix: &str,
    body: &str,
    flags: &PercentFlags,
    width: usize,
) -> Result<String, FormatError> {
    let sign = if negative {
        "-"
    } else if flags.sign_plus {
        "+"
    } else if flags.sign_space {
        " "
    } else {
        ""
    };
    let used = sign.len() + prefix.len() + body.chars().count();
    let padding = width.saturating_sub(used);
    let mut out = crate::memory::string_with_room(sign.len() + prefix.len() + body.len() + padding)
        .ok_or(FormatError::Memory)?;
    if flags.left_adjust {
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', padding));
    } else if flags.zero_pad {
        out.push_str(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n('0', padding));
        out.push_str(body);
    } else {
        out.extend(std::iter::repeat_n(' ', padding));
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
    }
    Ok(out)
}

fn pad_spaces(text: &str, left_adjust: bool, width: usize) -> Result<String, FormatError> {
    let padding = width.saturating_sub(text.chars().count());
    let mut out =
        crate::memory::string_with_room(text.len() + padding).ok_or(FormatError::Memory)?;
    if !left_adjust {
        out.extend(std::iter::repeat_n(' ', padding));
    }
    out.push_str(text);
    if left_adjust {
        out.extend(std::iter::repeat_n(' ', padding));
    }
    Ok(out)
}
