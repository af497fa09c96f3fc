//! Cutting and trimming bytes: `split`/`rsplit` (ASCII-whitespace and separator modes),
//! `splitlines` (`\n`, `\r`, `\r\n` only), `partition`/`rpartition`,
//! `strip`/`lstrip`/`rstrip` and `removeprefix`/`removesuffix`. Results borrow.

use super::is_ascii_space;
use super::search::{find_subslice, rfind_subslice};
use crate::strops::error::{StrError, EMPTY_SEPARATOR};

fn limit(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// `b.split(sep, maxsplit)`; `sep = None` splits on runs of ASCII whitespace.
pub fn split<'a>(
    b: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: i64,
) -> Result<Vec<&'a [u8]>, StrError> {
    match sep {
        None => Ok(split_whitespace(b, limit(maxsplit))),
        Some([]) => Err(StrError::value(EMPTY_SEPARATOR)),
        Some(sep) => Ok(split_on(b, sep, limit(maxsplit))),
    }
}

/// `b.rsplit(sep, maxsplit)`.
pub fn rsplit<'a>(
    b: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: i64,
) -> Result<Vec<&'a [u8]>, StrError> {
    match sep {
        None => Ok(rsplit_whitespace(b, limit(maxsplit))),
        Some([]) => Err(StrError::value(EMPTY_SEPARATOR)),
        Some(sep) => Ok(rsplit_on(b, sep, limit(maxsplit))),
    }
}

fn split_whitespace(b: &[u8], maxsplit: usize) -> Vec<&[u8]> {
    split_whitespace_with(b, maxsplit, is_ascii_space, |i, j| &b[i..j])
}

fn rsplit_whitespace(b: &[u8], maxsplit: usize) -> Vec<&[u8]> {
    rsplit_whitespace_with(b, maxsplit, is_ascii_space, |i, j| &b[i..j])
}

/// Whitespace-mode split of `b` with whitespace bytes `is_space`, making each part from
/// its byte range with `part`. Shared with the ASCII fast path of `str.split()`.
///
/// CPython: Objects/stringlib/split.h STRINGLIB(split_whitespace).
pub(crate) fn split_whitespace_with<T>(
    b: &[u8],
    mut maxsplit: usize,
    is_space: impl Fn(u8) -> bool,
    part: impl Fn(usize, usize) -> T,
) -> Vec<T> {
    let n = b.len();
    let mut parts = Vec::new();
    let mut i = 0;
    while maxsplit > 0 {
        while i < n && is_space(b[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        let word = i;
        while i < n && !is_space(b[i]) {
            i += 1;
        }
        parts.push(part(word, i));
        maxsplit -= 1;
    }
    // Only when maxsplit ran out: the rest, without leading whitespace.
    while i < n && is_space(b[i]) {
        i += 1;
    }
    if i < n {
        parts.push(part(i, n));
    }
    parts
}

/// Whitespace-mode rsplit, as [`split_whitespace_with`] from the right.
pub(crate) fn rsplit_whitespace_with<T>(
    b: &[u8],
    mut maxsplit: usize,
    is_space: impl Fn(u8) -> bool,
    part: impl Fn(usize, usize) -> T,
) -> Vec<T> {
    let mut parts = Vec::new();
    let mut j = b.len();
    while maxsplit > 0 {
        while j > 0 && is_space(b[j - 1]) {
            j -= 1;
        }
        if j == 0 {
            break;
        }
        let word_end = j;
        while j > 0 && !is_space(b[j - 1]) {
            j -= 1;
        }
        parts.push(part(j, word_end));
        maxsplit -= 1;
    }
    while j > 0 && is_space(b[j - 1]) {
        j -= 1;
    }
    if j > 0 {
        parts.push(part(0, j));
    }
    parts.reverse();
    parts
}

fn split_on<'a>(b: &'a [u8], sep: &[u8], maxsplit: usize) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    let mut rest = b;
    for _ in 0..maxsplit {
        let Some(pos) = find_subslice(rest, sep) else {
            break;
        };
        parts.push(&rest[..pos]);
        rest = &rest[pos + sep.len()..];
    }
    parts.push(rest);
    parts
}

fn rsplit_on<'a>(b: &'a [u8], sep: &[u8], maxsplit: usize) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    let mut rest = b;
    for _ in 0..maxsplit {
        let Some(pos) = rfind_subslice(rest, sep) else {
            break;
        };
        parts.push(&rest[pos + sep.len()..]);
        rest = &rest[..pos];
    }
    parts.push(rest);
    parts.reverse();
    parts
}

/// `b.splitlines(keepends)`: breaks at `\n`, `\r` and `\r\n` only.
pub fn splitlines(b: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut lines = Vec::new();
    let mut line_start = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\n' && c != b'\r' {
            i += 1;
            continue;
        }
        let mut next = i + 1;
        if c == b'\r' && b.get(next) == Some(&b'\n') {
            next += 1;
        }
        lines.push(&b[line_start..if keepends { next } else { i }]);
        line_start = next;
        i = next;
    }
    if line_start < b.len() {
        lines.push(&b[line_start..]);
    }
    lines
}

/// The (before, separator, after) parts of `partition`/`rpartition`.
pub type Partition<'a> = (&'a [u8], &'a [u8], &'a [u8]);

/// `b.partition(sep)`: (before, sep, after) at the first `sep`, or `(b, b"", b"")`.
pub fn partition<'a>(b: &'a [u8], sep: &'a [u8]) -> Result<Partition<'a>, StrError> {
    if sep.is_empty() {
        return Err(StrError::value(EMPTY_SEPARATOR));
    }
    Ok(match find_subslice(b, sep) {
        Some(pos) => (&b[..pos], sep, &b[pos + sep.len()..]),
        None => (b, &[], &[]),
    })
}

/// `b.rpartition(sep)`: (before, sep, after) at the last `sep`, or `(b"", b"", b)`.
pub fn rpartition<'a>(b: &'a [u8], sep: &'a [u8]) -> Result<Partition<'a>, StrError> {
    if sep.is_empty() {
        return Err(StrError::value(EMPTY_SEPARATOR));
    }
    Ok(match rfind_subslice(b, sep) {
        Some(pos) => (&b[..pos], sep, &b[pos + sep.len()..]),
        None => (&[], &[], b),
    })
}

/// The bytes to strip as a 256-bit set: ASCII whitespace, or the given bytes.
fn strip_set(chars: Option<&[u8]>) -> [bool; 256] {
    let mut set = [false; 256];
    match chars {
        None => {
            for b in [b' ', b'\t', b'\n', b'\r', b'\x0b', b'\x0c'] {
                set[b as usize] = true;
            }
        }
        Some(chars) => {
            for &b in chars {
                set[b as usize] = true;
            }
        }
    }
    set
}

fn strip_start<'a>(b: &'a [u8], set: &[bool; 256]) -> &'a [u8] {
    let start = b.iter().position(|&c| !set[c as usize]).unwrap_or(b.len());
    &b[start..]
}

fn strip_end<'a>(b: &'a [u8], set: &[bool; 256]) -> &'a [u8] {
    let end = b
        .iter()
        .rposition(|&c| !set[c as usize])
        .map_or(0, |i| i + 1);
    &b[..end]
}

/// `b.strip(chars)`: `None` strips ASCII whitespace, else the given bytes.
pub fn strip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    let set = strip_set(chars);
    strip_end(strip_start(b, &set), &set)
}

/// `b.lstrip(chars)`.
pub fn lstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    strip_start(b, &strip_set(chars))
}

/// `b.rstrip(chars)`.
pub fn rstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    strip_end(b, &strip_set(chars))
}

/// `b.removeprefix(prefix)`.
pub fn removeprefix<'a>(b: &'a [u8], prefix: &[u8]) -> &'a [u8] {
    b.strip_prefix(prefix).unwrap_or(b)
}

/// `b.removesuffix(suffix)`.
pub fn removesuffix<'a>(b: &'a [u8], suffix: &[u8]) -> &'a [u8] {
    b.strip_suffix(suffix).unwrap_or(b)
}
