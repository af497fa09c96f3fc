//! Searching a str: `find`, `rfind`, `index`, `rindex`, `count`, `startswith` and
//! `endswith`, with slice-style `start`/`end` in characters and CPython's results for
//! empty substrings and out-of-range windows.
//!
//! The search itself is `str::find`/`rfind` (two-way search, memchr for one byte), run
//! on the UTF-8 window; only the match offset is converted back to a character index.

use super::error::StrError;
use super::indices::{char_len, char_window, CharWindow};

/// Character index in the whole string of a byte offset inside `window`.
#[inline]
fn char_index(window: &CharWindow<'_>, byte: usize) -> usize {
    window.first_char + char_len(&window.text[..byte])
}

#[inline]
fn find_offset(hay: &str, sub: &str) -> Option<usize> {
    match sub.as_bytes() {
        [b] if b.is_ascii() => hay.find(*b as char),
        _ => hay.find(sub),
    }
}

#[inline]
fn rfind_offset(hay: &str, sub: &str) -> Option<usize> {
    match sub.as_bytes() {
        [b] if b.is_ascii() => hay.rfind(*b as char),
        _ => hay.rfind(sub),
    }
}

/// `s.find(sub, start, end)`: the character index of the first occurrence, or -1.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    match char_window(s, start, end) {
        Some(w) => find_offset(w.text, sub).map_or(-1, |b| char_index(&w, b) as i64),
        None => -1,
    }
}

/// `s.rfind(sub, start, end)`: the character index of the last occurrence, or -1.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    match char_window(s, start, end) {
        Some(w) => rfind_offset(w.text, sub).map_or(-1, |b| char_index(&w, b) as i64),
        None => -1,
    }
}

/// `s.index(sub, start, end)`: like [`find`], failing with "substring not found".
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<usize, StrError> {
    usize::try_from(find(s, sub, start, end)).map_err(|_| StrError::value("substring not found"))
}

/// `s.rindex(sub, start, end)`: like [`rfind`], failing with "substring not found".
pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<usize, StrError> {
    usize::try_from(rfind(s, sub, start, end)).map_err(|_| StrError::value("substring not found"))
}

/// `s.count(sub, start, end)`: non-overlapping occurrences; an empty `sub` occurs at
/// every character boundary of the window (`'abc'.count('') == 4`).
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    let Some(w) = char_window(s, start, end) else {
        return 0;
    };
    match sub.as_bytes() {
        [] => char_len(w.text) + 1,
        [b] => w.text.bytes().filter(|c| c == b).count(),
        _ => w.text.matches(sub).count(),
    }
}

/// `s.startswith(prefix, start, end)` for one prefix (a tuple is the caller's loop).
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    char_window(s, start, end).is_some_and(|w| w.text.starts_with(prefix))
}

/// `s.endswith(suffix, start, end)` for one suffix (a tuple is the caller's loop).
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    char_window(s, start, end).is_some_and(|w| w.text.ends_with(suffix))
}
