//! Padding, alignment and digit grouping shared by all formatted types.
//!
//! CPython: Python/formatter_unicode.c `calc_number_widths` / `fill_number` and
//! Objects/unicodeobject.c `_PyUnicode_InsertThousandsGrouping` define the number
//! layout: `[padding][sign][prefix][= padding][grouped digits][rest][padding]`, where
//! zero fill with `=` alignment becomes leading zeros that take part in grouping.

use super::error::FormatError;
use super::parse::{Align, FormatSpec};

/// A number split into the pieces the layout treats differently.
pub(crate) struct NumberParts<'a> {
    /// `""`, `"-"`, `"+"` or `" "`.
    pub sign: &'a str,
    /// `"0x"`-style prefix of the alternate form, or `""`.
    pub prefix: &'a str,
    /// The integer digits, which get grouped (may be empty, as for `inf`).
    pub digits: &'a str,
    /// Everything after the integer digits: point, fraction, exponent, `%`, `inf`.
    pub rest: &'a str,
}

/// Lays out a number per `spec` (default alignment right; `=` when the `0` flag was
/// given). `group_size` is the digit count between separators (3 or 4).
pub(crate) fn render_number(
    parts: &NumberParts<'_>,
    spec: &FormatSpec,
    group_size: usize,
) -> Result<String, FormatError> {
    let align = spec.align.unwrap_or(if spec.zero_pad {
        Align::AfterSign
    } else {
        Align::Right
    });
    let width = spec.width.unwrap_or(0);
    // The result holds at least `width` fill characters: refuse what cannot be had
    // before any padding or zero-filled grouping is built.
    if !crate::memory::allocation_fits(width.saturating_mul(spec.fill.len_utf8())) {
        return Err(FormatError::Memory);
    }
    let fixed_len = char_len(parts.sign) + char_len(parts.prefix) + char_len(parts.rest);
    // CPython: zero fill after the sign becomes leading zeros of the digits, so that
    // separators are inserted among them too (format(1234, '010,') == '00,001,234').
    let min_digits_width = if spec.fill == '0' && align == Align::AfterSign {
        width.saturating_sub(fixed_len)
    } else {
        0
    };
    let digits = if parts.digits.is_empty() {
        String::new()
    } else {
        let separator = spec.grouping.map(|g| (g.separator(), group_size));
        group_digits(parts.digits, min_digits_width, separator)
    };
    let body_len = fixed_len + char_len(&digits);
    let padding = width.saturating_sub(body_len);
    let (left, middle, right) = split_padding(padding, align);

    let mut out = String::new();
    reserve(&mut out, parts, &digits, padding * spec.fill.len_utf8())?;
    push_fill(&mut out, spec.fill, left);
    out.push_str(parts.sign);
    out.push_str(parts.prefix);
    push_fill(&mut out, spec.fill, middle);
    out.push_str(&digits);
    out.push_str(parts.rest);
    push_fill(&mut out, spec.fill, right);
    Ok(out)
}

/// Pads `text` to `spec.width` characters with `spec.fill`, aligned by `spec.align`
/// or `default_align` (`=` acts like right alignment: there is no sign to follow).
pub(crate) fn pad_text(
    text: &str,
    spec: &FormatSpec,
    default_align: Align,
) -> Result<String, FormatError> {
    let align = spec.align.unwrap_or(default_align);
    pad_with(text, spec.fill, align, spec.width.unwrap_or(0))
}

/// Pads `text` to `width` characters with `fill`.
pub(crate) fn pad_with(
    text: &str,
    fill: char,
    align: Align,
    width: usize,
) -> Result<String, FormatError> {
    let padding = width.saturating_sub(char_len(text));
    if !crate::memory::allocation_fits(padding.saturating_mul(fill.len_utf8())) {
        return Err(FormatError::Memory);
    }
    let (left, middle, right) = split_padding(padding, align);
    let mut out = String::new();
    out.try_reserve_exact(text.len() + padding * fill.len_utf8())
        .map_err(|_| FormatError::Memory)?;
    push_fill(&mut out, fill, left + middle);
    out.push_str(text);
    push_fill(&mut out, fill, right);
    Ok(out)
}

/// Inserts `separator.0` every `separator.1` digits from the right, after padding
/// with zeros to at least `min_width` characters (separators included). A
/// separator never comes first: one more zero is added instead
/// (format(1234, '08,') == '0,001,234').
pub(crate) fn group_digits(
    digits: &str,
    min_width: usize,
    separator: Option<(char, usize)>,
) -> String {
    let Some((separator, group_size)) = separator else {
        let zeros = min_width.saturating_sub(char_len(digits));
        let mut out = String::with_capacity(zeros + digits.len());
        push_fill(&mut out, '0', zeros);
        out.push_str(digits);
        return out;
    };
    // Groups are produced from the right; each takes up to `group_size` digits,
    // topped up with zeros while the minimum width is not reached.
    let mut groups: Vec<String> = Vec::new();
    let mut remaining = digits.len();
    let mut still_needed = min_width as isize;
    loop {
        let wanted = (remaining as isize).max(still_needed).max(1) as usize;
        let size = group_size.min(wanted);
        let taken = remaining.min(size);
        let mut group = String::with_capacity(size);
        push_fill(&mut group, '0', size - taken);
        group.push_str(&digits[remaining - taken..remaining]);
        groups.push(group);
        remaining -= taken;
        still_needed -= size as isize;
        if remaining == 0 && still_needed <= 0 {
            break;
        }
        still_needed -= 1;
    }
    groups.reverse();
    groups.join(&separator.to_string())
}

/// Splits `padding` into (before sign, after sign, after body) counts.
fn split_padding(padding: usize, align: Align) -> (usize, usize, usize) {
    match align {
        Align::Left => (0, 0, padding),
        Align::Right => (padding, 0, 0),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
    }
}

fn reserve(
    out: &mut String,
    parts: &NumberParts<'_>,
    digits: &str,
    fill_bytes: usize,
) -> Result<(), FormatError> {
    let bytes = parts.sign.len() + parts.prefix.len() + digits.len() + parts.rest.len();
    out.try_reserve_exact(bytes.saturating_add(fill_bytes))
        .map_err(|_| FormatError::Memory)
}

fn push_fill(out: &mut String, fill: char, count: usize) {
    out.extend(std::iter::repeat_n(fill, count));
}

pub(crate) fn char_len(text: &str) -> usize {
    text.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_pads_with_zeros_like_cpython() {
        // From python3.11: format(1234, '0{w},') and format(1234, '#0{w}_x') minus '0x'.
        type Case = (&'static str, usize, Option<(char, usize)>, &'static str);
        let cases: &[Case] = &[
            ("1234", 0, Some((',', 3)), "1,234"),
            ("1234", 8, Some((',', 3)), "0,001,234"),
            ("1234", 9, Some((',', 3)), "0,001,234"),
            ("1234", 10, Some((',', 3)), "00,001,234"),
            ("123", 3, Some((',', 3)), "123"),
            ("123", 4, Some((',', 3)), "0,123"),
            ("4d2", 16, Some(('_', 4)), "0_0000_0000_04d2"),
            ("10011010010", 18, Some(('_', 4)), "000_0100_1101_0010"),
            ("5", 4, None, "0005"),
            ("12345", 2, None, "12345"),
        ];
        for (digits, width, separator, expected) in cases {
            assert_eq!(group_digits(digits, *width, *separator), *expected);
        }
    }
}
