//! Laying a str out in columns: `center`, `ljust`, `rjust` (with a fill character),
//! `zfill` and `expandtabs`. Widths count characters, as Python does; a result equal to
//! the input is returned borrowed so the caller can hand back the same object.

use std::borrow::Cow;

use super::error::{string_with_capacity, StrError};
use super::indices::char_len;

/// The fill character argument of `center`/`ljust`/`rjust`: exactly one character.
pub fn fill_char(fill: &str) -> Result<char, StrError> {
    let mut chars = fill.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(StrError::type_error(
            "The fill character must be exactly one character long",
        )),
    }
}

/// `s` with `left` fill characters before it and `right` after.
fn pad(s: &str, left: usize, right: usize, fill: char) -> Result<String, StrError> {
    let total_bytes = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill.len_utf8()))
        .and_then(|n| n.checked_add(s.len()))
        .filter(|&n| n <= isize::MAX as usize)
        .ok_or(StrError::Memory)?;
    let mut out = string_with_capacity(total_bytes)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// How many characters `s` falls short of `width`, or `None` if it is wide enough.
fn shortfall(s: &str, width: i64) -> Option<usize> {
    let width = usize::try_from(width).ok()?;
    let len = char_len(s);
    (len < width).then(|| width - len)
}

/// `s.center(width, fill)`; the odd extra character goes left when `width` is odd.
pub fn center(s: &str, width: i64, fill: char) -> Result<Cow<'_, str>, StrError> {
    let Some(margin) = shortfall(s, width) else {
        return Ok(Cow::Borrowed(s));
    };
    // CPython: Objects/unicodeobject.c unicode_center_impl.
    let left = margin / 2 + (margin & (width as usize) & 1);
    Ok(Cow::Owned(pad(s, left, margin - left, fill)?))
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: &str, width: i64, fill: char) -> Result<Cow<'_, str>, StrError> {
    match shortfall(s, width) {
        None => Ok(Cow::Borrowed(s)),
        Some(margin) => Ok(Cow::Owned(pad(s, 0, margin, fill)?)),
    }
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: &str, width: i64, fill: char) -> Result<Cow<'_, str>, StrError> {
    match shortfall(s, width) {
        None => Ok(Cow::Borrowed(s)),
        Some(margin) => Ok(Cow::Owned(pad(s, margin, 0, fill)?)),
    }
}

/// `s.zfill(width)`: zeros on the left, after a leading '+' or '-'.
pub fn zfill(s: &str, width: i64) -> Result<Cow<'_, str>, StrError> {
    let Some(margin) = shortfall(s, width) else {
        return Ok(Cow::Borrowed(s));
    };
    let mut out = pad(s, margin, 0, '0')?;
    if let Some(sign @ ('+' | '-')) = s.chars().next() {
        // The sign moves to the front and a zero takes its place.
        out.replace_range(margin..margin + 1, "0");
        out.replace_range(0..1, if sign == '+' { "+" } else { "-" });
    }
    Ok(Cow::Owned(out))
}

/// `s.expandtabs(tabsize)`: each tab becomes spaces up to the next multiple of
/// `tabsize` columns; columns restart after '\n' and '\r'; `tabsize <= 0` drops tabs.
pub fn expandtabs(s: &str, tabsize: i32) -> Result<Cow<'_, str>, StrError> {
    if !s.contains('\t') {
        return Ok(Cow::Borrowed(s));
    }
    let tabsize = usize::try_from(tabsize).unwrap_or(0);
    let too_long = || StrError::overflow("new string is too long");
    // First pass, as CPython's: the result length in characters must fit a Py_ssize_t.
    let limit = isize::MAX as usize;
    let (mut done, mut column, mut spaces) = (0usize, 0usize, 0usize);
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - column % tabsize;
                column = column
                    .checked_add(incr)
                    .filter(|&n| n <= limit)
                    .ok_or_else(too_long)?;
                spaces = spaces.checked_add(incr).ok_or_else(too_long)?;
            }
        } else {
            column = column
                .checked_add(1)
                .filter(|&n| n <= limit)
                .ok_or_else(too_long)?;
            if c == '\n' || c == '\r' {
                done = done
                    .checked_add(column)
                    .filter(|&n| n <= limit)
                    .ok_or_else(too_long)?;
                column = 0;
            }
        }
    }
    done.checked_add(column)
        .filter(|&n| n <= limit)
        .ok_or_else(too_long)?;
    let tabs = s.bytes().filter(|&b| b == b'\t').count();
    let mut out = string_with_capacity(s.len() - tabs + spaces)?;
    let mut column = 0usize;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let incr = tabsize - column % tabsize;
                    out.extend(std::iter::repeat_n(' ', incr));
                    column += incr;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(Cow::Owned(out))
}
