//! Building new bytes: `replace`, `center`/`ljust`/`rjust`/`zfill`, `expandtabs`,
//! `translate`/`maketrans`, `join`, `hex` and `fromhex`. Results equal to the input are
//! returned borrowed so the caller can hand back the same object.

use std::borrow::Cow;

use super::search::find_subslice;
use crate::strops::error::{bytes_with_capacity, StrError};

/// `b.replace(old, new, count)`; `count < 0` replaces all; an empty `old` matches
/// before every byte and at the end.
pub fn replace<'a>(
    b: &'a [u8],
    old: &[u8],
    new: &[u8],
    count: i64,
) -> Result<Cow<'a, [u8]>, StrError> {
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    if limit == 0 || old == new {
        return Ok(Cow::Borrowed(b));
    }
    let too_long = || StrError::overflow("replace bytes is too long");
    if old.is_empty() {
        let slots = b.len().saturating_add(1).min(limit);
        let size = slots
            .checked_mul(new.len())
            .and_then(|n| n.checked_add(b.len()))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(too_long)?;
        let mut out = bytes_with_capacity(size)?;
        for i in 0..slots {
            out.extend_from_slice(new);
            if let Some(&c) = b.get(i) {
                out.push(c);
            }
        }
        out.extend_from_slice(&b[slots.min(b.len())..]);
        return Ok(Cow::Owned(out));
    }
    let mut positions = Vec::new();
    let mut from = 0;
    while positions.len() < limit {
        let Some(i) = find_subslice(&b[from..], old) else {
            break;
        };
        positions.push(from + i);
        from += i + old.len();
    }
    if positions.is_empty() {
        return Ok(Cow::Borrowed(b));
    }
    let size = if new.len() >= old.len() {
        (new.len() - old.len())
            .checked_mul(positions.len())
            .and_then(|n| n.checked_add(b.len()))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(too_long)?
    } else {
        b.len() - (old.len() - new.len()) * positions.len()
    };
    let mut out = bytes_with_capacity(size)?;
    let mut last = 0;
    for at in positions {
        out.extend_from_slice(&b[last..at]);
        out.extend_from_slice(new);
        last = at + old.len();
    }
    out.extend_from_slice(&b[last..]);
    Ok(Cow::Owned(out))
}

/// How many bytes `b` falls short of `width`, or `None` if it is wide enough.
fn shortfall(b: &[u8], width: i64) -> Option<usize> {
    let width = usize::try_from(width).ok()?;
    (b.len() < width).then(|| width - b.len())
}

fn pad(b: &[u8], left: usize, right: usize, fill: u8) -> Result<Vec<u8>, StrError> {
    let mut out = bytes_with_capacity(b.len() + left + right)?;
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(left + b.len() + right, fill);
    Ok(out)
}

/// `b.center(width, fill)`; the odd extra byte goes left when `width` is odd.
pub fn center(b: &[u8], width: i64, fill: u8) -> Result<Cow<'_, [u8]>, StrError> {
    let Some(margin) = shortfall(b, width) else {
        return Ok(Cow::Borrowed(b));
    };
    let left = margin / 2 + (margin & (width as usize) & 1);
    Ok(Cow::Owned(pad(b, left, margin - left, fill)?))
}

/// `b.ljust(width, fill)`.
pub fn ljust(b: &[u8], width: i64, fill: u8) -> Result<Cow<'_, [u8]>, StrError> {
    match shortfall(b, width) {
        None => Ok(Cow::Borrowed(b)),
        Some(margin) => Ok(Cow::Owned(pad(b, 0, margin, fill)?)),
    }
}

/// `b.rjust(width, fill)`.
pub fn rjust(b: &[u8], width: i64, fill: u8) -> Result<Cow<'_, [u8]>, StrError> {
    match shortfall(b, width) {
        None => Ok(Cow::Borrowed(b)),
        Some(margin) => Ok(Cow::Owned(pad(b, margin, 0, fill)?)),
    }
}

/// `b.zfill(width)`: zeros on the left, after a leading '+' or '-'.
pub fn zfill(b: &[u8], width: i64) -> Result<Cow<'_, [u8]>, StrError> {
    let Some(margin) = shortfall(b, width) else {
        return Ok(Cow::Borrowed(b));
    };
    let mut out = pad(b, margin, 0, b'0')?;
    if let Some(&sign @ (b'+' | b'-')) = b.first() {
        out[0] = sign;
        out[margin] = b'0';
    }
    Ok(Cow::Owned(out))
}

/// `b.expandtabs(tabsize)`: tabs to spaces up to the next multiple of `tabsize`;
/// columns restart after `\n` and `\r`; `tabsize <= 0` drops tabs.
pub fn expandtabs(b: &[u8], tabsize: i32) -> Result<Cow<'_, [u8]>, StrError> {
    if !b.contains(&b'\t') {
        return Ok(Cow::Borrowed(b));
    }
    let tabsize = usize::try_from(tabsize).unwrap_or(0);
    let too_long = || StrError::overflow("result too long");
    let (mut size, mut column) = (0usize, 0usize);
    for &c in b {
        let width = match c {
            b'\t' if tabsize > 0 => tabsize - column % tabsize,
            b'\t' => 0,
            _ => 1,
        };
        size = size.checked_add(width).ok_or_else(too_long)?;
        column = if c == b'\n' || c == b'\r' {
            0
        } else {
            column + width
        };
    }
    let mut out = bytes_with_capacity(size)?;
    let mut column = 0usize;
    for &c in b {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let incr = tabsize - column % tabsize;
                    out.resize(out.len() + incr, b' ');
                    column += incr;
                }
            }
            b'\n' | b'\r' => {
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

/// `b.translate(table, delete)`: `table` (256 bytes, or `None` for identity) maps each
/// byte not in `delete`.
pub fn translate<'a>(
    b: &'a [u8],
    table: Option<&[u8]>,
    delete: &[u8],
) -> Result<Cow<'a, [u8]>, StrError> {
    if table.is_some_and(|t| t.len() != 256) {
        return Err(StrError::value(
            "translation table must be 256 characters long",
        ));
    }
    let mut deleted = [false; 256];
    for &d in delete {
        deleted[d as usize] = true;
    }
    let map = |c: u8| table.map_or(c, |t| t[c as usize]);
    let unchanged = b.iter().all(|&c| !deleted[c as usize] && map(c) == c);
    if unchanged {
        return Ok(Cow::Borrowed(b));
    }
    Ok(Cow::Owned(
        b.iter()
            .filter(|&&c| !deleted[c as usize])
            .map(|&c| map(c))
            .collect(),
    ))
}

/// `bytes.maketrans(from, to)`: the identity table with `from[i]` mapped to `to[i]`.
pub fn maketrans(from: &[u8], to: &[u8]) -> Result<[u8; 256], StrError> {
    if from.len() != to.len() {
        return Err(StrError::value("maketrans arguments must have same length"));
    }
    let mut table = [0u8; 256];
    for (i, slot) in table.iter_mut().enumerate() {
        *slot = i as u8;
    }
    for (&f, &t) in from.iter().zip(to) {
        table[f as usize] = t;
    }
    Ok(table)
}

/// `sep.join(parts)` for bytes, allocated once.
pub fn join<T: AsRef<[u8]>>(sep: &[u8], parts: &[T]) -> Result<Vec<u8>, StrError> {
    let too_long = || StrError::overflow("join() result is too long");
    let mut total = sep
        .len()
        .checked_mul(parts.len().saturating_sub(1))
        .ok_or_else(too_long)?;
    for part in parts {
        total = total
            .checked_add(part.as_ref().len())
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(too_long)?;
    }
    let mut out = bytes_with_capacity(total)?;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(part.as_ref());
    }
    Ok(out)
}

const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";

/// `b.hex(sep, bytes_per_sep)`: two lowercase hex digits per byte, with `sep` between
/// groups of `|bytes_per_sep|` bytes counted from the right (positive) or the left
/// (negative). A bytes `sep` is passed as the str of its Latin-1 decoding.
pub fn hex(b: &[u8], sep: Option<&str>, bytes_per_sep: i32) -> Result<String, StrError> {
    let sep = match sep {
        None => None,
        Some(s) => {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if c.is_ascii() => Some(c),
                (Some(_), None) => return Err(StrError::value("sep must be ASCII.")),
                _ => return Err(StrError::value("sep must be length 1.")),
            }
        }
    };
    let group = bytes_per_sep.unsigned_abs() as usize;
    let sep = sep.filter(|_| group > 0 && group < b.len());
    let mut out = String::with_capacity(b.len() * 3);
    for (i, &byte) in b.iter().enumerate() {
        if let Some(sep) = sep {
            // Separators go where the distance to the grouping edge is a multiple.
            let boundary = if bytes_per_sep > 0 {
                (b.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if i > 0 && boundary {
                out.push(sep);
            }
        }
        out.push(HEX_DIGITS[(byte >> 4) as usize] as char);
        out.push(HEX_DIGITS[(byte & 15) as usize] as char);
    }
    Ok(out)
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed between pairs.
/// The error names the character position of the first bad character (or of the first
/// non-ASCII character, as CPython checks that first).
pub fn fromhex(s: &str) -> Result<Vec<u8>, StrError> {
    let bad_at = |position: usize| {
        StrError::Value(format!(
            "non-hexadecimal number found in fromhex() arg at position {}",
            position
        ))
    };
    if let Some(byte) = s.bytes().position(|b| !b.is_ascii()) {
        return Err(bad_at(s[..byte].chars().count()));
    }
    let digits = s.as_bytes();
    let digit = |i: usize| digits.get(i).and_then(|&d| (d as char).to_digit(16));
    let mut out = Vec::with_capacity(digits.len() / 2);
    let mut i = 0;
    while i < digits.len() {
        if super::is_ascii_space(digits[i]) {
            i += 1;
            continue;
        }
        let high = digit(i).ok_or_else(|| bad_at(i))?;
        let low = digit(i + 1).ok_or_else(|| bad_at(i + 1))?;
        out.push((high * 16 + low) as u8);
        i += 2;
    }
    Ok(out)
}
