//! Slice-style `start`/`end` arguments (`s.find(sub, start, end)`): CPython's
//! `ADJUST_INDICES`, and conversion between character indices and UTF-8 byte offsets.
//!
//! Python indexes str by code point while `&str` is UTF-8, so every str function taking
//! `start`/`end` takes character indices and converts here. The conversions take a fast
//! path over ASCII prefixes and only count the whole string when an index is negative.

/// CPython's `ADJUST_INDICES(start, end, len)` for an object of `len` items: negative
/// indices count from the end and are clamped at 0, `end` is clamped at `len`; `start`
/// may stay past `len` (callers treat `start > end` as an empty, out-of-range window).
/// `None` means the default: 0 for `start`, `len` for `end`.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len_i = i64::try_from(len).unwrap_or(i64::MAX);
    let resolve = |index: i64| -> usize {
        if index < 0 {
            usize::try_from(index.saturating_add(len_i)).unwrap_or(0)
        } else {
            usize::try_from(index).unwrap_or(usize::MAX)
        }
    };
    let start = start.map_or(0, resolve);
    let end = end.map_or(len, resolve).min(len);
    (start, end)
}

/// Number of characters in `s`.
#[inline]
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Byte offset of the character with index `index` in `s`; `s.len()` when `index` is the
/// number of characters, `None` when it is past that.
pub fn char_to_byte(s: &str, index: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    let prefix = &bytes[..index.min(bytes.len())];
    // Characters before the first non-ASCII byte are one byte each.
    let ascii_run = match prefix.iter().position(|b| !b.is_ascii()) {
        None if index <= bytes.len() => return Some(index),
        None => return None,
        Some(p) => p,
    };
    let mut remaining = index - ascii_run;
    for (offset, _) in s[ascii_run..].char_indices() {
        if remaining == 0 {
            return Some(ascii_run + offset);
        }
        remaining -= 1;
    }
    (remaining == 0).then_some(s.len())
}

/// Character index of the character starting at byte offset `byte` of `s` (the number
/// of characters before it).
#[inline]
pub fn byte_to_char(s: &str, byte: usize) -> usize {
    char_len(&s[..byte])
}

/// The part of a string selected by `start`/`end`, with the character index it starts at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CharWindow<'a> {
    /// The selected text.
    pub text: &'a str,
    /// Character index of `text`'s first character within the whole string.
    pub first_char: usize,
    /// Byte offset of `text` within the whole string.
    pub first_byte: usize,
}

/// The window `s[start:end]` in characters after `ADJUST_INDICES`, or `None` when the
/// adjusted start lies past the adjusted end (e.g. `start` beyond the string): then even
/// an empty substring is not found there (`'abc'.find('', 5) == -1`).
pub fn char_window(s: &str, start: Option<i64>, end: Option<i64>) -> Option<CharWindow<'_>> {
    let negative = start.is_some_and(|i| i < 0) || end.is_some_and(|i| i < 0);
    let (first_char, end_char) = if negative {
        let (a, b) = adjust_indices(start, end, char_len(s));
        (a, Some(b))
    } else {
        // Non-negative indices need no length: walk from the start instead.
        let a = start.map_or(0, |i| usize::try_from(i).unwrap_or(usize::MAX));
        (a, end.map(|i| usize::try_from(i).unwrap_or(usize::MAX)))
    };
    if end_char.is_some_and(|e| e < first_char) {
        return None;
    }
    let first_byte = char_to_byte(s, first_char)?;
    let end_byte = match end_char {
        None => s.len(),
        Some(e) => {
            char_to_byte(&s[first_byte..], e - first_char).map_or(s.len(), |o| first_byte + o)
        }
    };
    Some(CharWindow {
        text: &s[first_byte..end_byte],
        first_char,
        first_byte,
    })
}

/// The byte range `b[start:end]` after `ADJUST_INDICES`, or `None` when the adjusted
/// start lies past the adjusted end.
pub fn byte_window(len: usize, start: Option<i64>, end: Option<i64>) -> Option<(usize, usize)> {
    let (a, b) = adjust_indices(start, end, len);
    (a <= b).then_some((a, b))
}
