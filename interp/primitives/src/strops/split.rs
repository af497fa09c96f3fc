//! Cutting a str into parts: `split`, `rsplit` (whitespace and separator modes, with
//! `maxsplit`), `splitlines`, `partition` and `rpartition`. Parts borrow from the input.
//!
//! CPython: Objects/stringlib/split.h, whose loops these follow (maxsplit < 0 means no
//! limit; whitespace mode drops empty parts, separator mode keeps them).

use super::bytes::split::{rsplit_whitespace_with, split_whitespace_with};
use super::error::{StrError, EMPTY_SEPARATOR};
use crate::unicode::is_space;

fn limit(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// `s.split(sep, maxsplit)`; `sep = None` splits on runs of whitespace.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, StrError> {
    match sep {
        None => Ok(split_whitespace(s, limit(maxsplit))),
        Some("") => Err(StrError::value(EMPTY_SEPARATOR)),
        Some(sep) => Ok(split_on(s, sep, limit(maxsplit))),
    }
}

/// `s.rsplit(sep, maxsplit)`: like [`split`] but counting splits from the right.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, StrError> {
    match sep {
        None => Ok(rsplit_whitespace(s, limit(maxsplit))),
        Some("") => Err(StrError::value(EMPTY_SEPARATOR)),
        Some(sep) => Ok(rsplit_on(s, sep, limit(maxsplit))),
    }
}

/// Byte offset of the first character at or after `from` for which `pred` holds.
#[inline]
fn skip_while(s: &str, from: usize, pred: impl Fn(char) -> bool) -> usize {
    s[from..]
        .char_indices()
        .find(|&(_, c)| !pred(c))
        .map_or(s.len(), |(i, _)| from + i)
}

/// Byte offset just past the last character before `to` for which `pred` fails.
#[inline]
fn skip_back_while(s: &str, to: usize, pred: impl Fn(char) -> bool) -> usize {
    s[..to]
        .char_indices()
        .rev()
        .find(|&(_, c)| !pred(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// The whitespace of `str.isspace()` among ASCII bytes.
#[inline]
fn is_ascii_str_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | 0x1c..=0x1f | b' ')
}

fn split_whitespace(s: &str, mut maxsplit: usize) -> Vec<&str> {
    if s.is_ascii() {
        return split_whitespace_with(s.as_bytes(), maxsplit, is_ascii_str_space, |i, j| &s[i..j]);
    }
    let mut parts = Vec::new();
    let mut i = 0;
    while maxsplit > 0 {
        i = skip_while(s, i, is_space);
        if i == s.len() {
            break;
        }
        let word = i;
        i = skip_while(s, i, |c| !is_space(c));
        parts.push(&s[word..i]);
        maxsplit -= 1;
    }
    if i < s.len() {
        // Only when maxsplit ran out: the rest, without leading whitespace.
        i = skip_while(s, i, is_space);
        if i < s.len() {
            parts.push(&s[i..]);
        }
    }
    parts
}

fn rsplit_whitespace(s: &str, mut maxsplit: usize) -> Vec<&str> {
    if s.is_ascii() {
        return rsplit_whitespace_with(s.as_bytes(), maxsplit, is_ascii_str_space, |i, j| &s[i..j]);
    }
    let mut parts = Vec::new();
    let mut j = s.len();
    while maxsplit > 0 {
        j = skip_back_while(s, j, is_space);
        if j == 0 {
            break;
        }
        let word_end = j;
        j = skip_back_while(s, j, |c| !is_space(c));
        parts.push(&s[j..word_end]);
        maxsplit -= 1;
    }
    if j > 0 {
        j = skip_back_while(s, j, is_space);
        if j > 0 {
            parts.push(&s[..j]);
        }
    }
    parts.reverse();
    parts
}

/// The only character of `s`, if it has exactly one.
#[inline]
fn single_char(s: &str) -> Option<char> {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

fn split_on<'a>(s: &'a str, sep: &str, maxsplit: usize) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let mut last = 0;
    // A char pattern searches with memchr; a str pattern sets up a two-way searcher once.
    match single_char(sep) {
        Some(c) => {
            for (at, _) in s.match_indices(c).take(maxsplit) {
                parts.push(&s[last..at]);
                last = at + sep.len();
            }
        }
        None => {
            for (at, _) in s.match_indices(sep).take(maxsplit) {
                parts.push(&s[last..at]);
                last = at + sep.len();
            }
        }
    }
    parts.push(&s[last..]);
    parts
}

fn rsplit_on<'a>(s: &'a str, sep: &str, maxsplit: usize) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let mut last = s.len();
    match single_char(sep) {
        Some(c) => {
            for (at, _) in s.rmatch_indices(c).take(maxsplit) {
                parts.push(&s[at + sep.len()..last]);
                last = at;
            }
        }
        None => {
            for (at, _) in s.rmatch_indices(sep).take(maxsplit) {
                parts.push(&s[at + sep.len()..last]);
                last = at;
            }
        }
    }
    parts.push(&s[..last]);
    parts.reverse();
    parts
}

/// The bytes a line boundary can start with (see [`linebreak_at`]).
const MAY_START_LINEBREAK: [bool; 256] = {
    let mut table = [false; 256];
    let leads = [b'\n', 0x0b, 0x0c, b'\r', 0x1c, 0x1d, 0x1e, 0xc2, 0xe2];
    let mut i = 0;
    while i < leads.len() {
        table[leads[i] as usize] = true;
        i += 1;
    }
    table
};

/// Byte length of the line boundary starting at byte `i` of `b` (0 if none), `\r\n`
/// counting as one. Scans UTF-8 directly: the non-ASCII boundaries are U+0085 (C2 85),
/// U+2028 (E2 80 A8) and U+2029 (E2 80 A9); `unicode::is_linebreak` has the full set.
#[inline]
fn linebreak_at(b: &[u8], i: usize) -> usize {
    match b[i] {
        b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
        b'\n' | b'\x0b' | b'\x0c' | b'\r' | 0x1c..=0x1e => 1,
        0xc2 if b.get(i + 1) == Some(&0x85) => 2,
        0xe2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xa8 | 0xa9)) => 3,
        _ => 0,
    }
}

/// `s.splitlines(keepends)`: breaks at every line boundary Python knows (`\n`, `\r`,
/// `\r\n`, `\x0b`, `\x0c`, `\x1c`-`\x1e`, `\x85`, U+2028, U+2029).
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let b = s.as_bytes();
    let mut lines = Vec::new();
    let mut line_start = 0;
    let mut i = 0;
    while i < b.len() {
        if !MAY_START_LINEBREAK[b[i] as usize] {
            i += 1;
            continue;
        }
        let width = linebreak_at(b, i);
        if width == 0 {
            i += 1;
            continue;
        }
        lines.push(&s[line_start..if keepends { i + width } else { i }]);
        i += width;
        line_start = i;
    }
    if line_start < s.len() {
        lines.push(&s[line_start..]);
    }
    lines
}

/// `s.partition(sep)`: (before, sep, after) at the first `sep`, or `(s, "", "")`.
pub fn partition<'a>(s: &'a str, sep: &'a str) -> Result<(&'a str, &'a str, &'a str), StrError> {
    if sep.is_empty() {
        return Err(StrError::value(EMPTY_SEPARATOR));
    }
    Ok(match s.find(sep) {
        Some(pos) => (&s[..pos], sep, &s[pos + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`: (before, sep, after) at the last `sep`, or `("", "", s)`.
pub fn rpartition<'a>(s: &'a str, sep: &'a str) -> Result<(&'a str, &'a str, &'a str), StrError> {
    if sep.is_empty() {
        return Err(StrError::value(EMPTY_SEPARATOR));
    }
    Ok(match s.rfind(sep) {
        Some(pos) => (&s[..pos], sep, &s[pos + sep.len()..]),
        None => ("", "", s),
    })
}
