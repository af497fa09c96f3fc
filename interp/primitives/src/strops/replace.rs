//! Building new strings from pieces: `replace`, `translate` (with the caller looking up
//! the table), the pure part of `str.maketrans`, and `join`.

use std::borrow::Cow;
use std::collections::hash_map::{Entry, HashMap};

use super::error::{string_with_capacity, StrError};
use super::indices::char_len;

/// `s.replace(old, new, count)`; `count < 0` replaces all. An empty `old` matches before
/// every character and at the end (`'ab'.replace('', '-') == '-a-b-'`).
pub fn replace<'a>(s: &'a str, old: &str, new: &str, count: i64) -> Result<Cow<'a, str>, StrError> {
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    if limit == 0 || (old == new && !old.is_empty()) {
        return Ok(Cow::Borrowed(s));
    }
    let too_long = || StrError::overflow("replace string is too long");
    if old.is_empty() {
        let slots = char_len(s).saturating_add(1).min(limit);
        if new.is_empty() {
            return Ok(Cow::Borrowed(s));
        }
        let size = slots
            .checked_mul(new.len())
            .and_then(|n| n.checked_add(s.len()))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(too_long)?;
        let mut out = string_with_capacity(size)?;
        let mut rest = s;
        for _ in 0..slots {
            out.push_str(new);
            let mut chars = rest.chars();
            if let Some(c) = chars.next() {
                out.push(c);
            }
            rest = chars.as_str();
        }
        out.push_str(rest);
        return Ok(Cow::Owned(out));
    }
    let positions: Vec<usize> = s.match_indices(old).take(limit).map(|(at, _)| at).collect();
    if positions.is_empty() {
        return Ok(Cow::Borrowed(s));
    }
    let found = positions.len();
    let size = if new.len() >= old.len() {
        (new.len() - old.len())
            .checked_mul(found)
            .and_then(|n| n.checked_add(s.len()))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(too_long)?
    } else {
        s.len() - (old.len() - new.len()) * found
    };
    let mut out = string_with_capacity(size)?;
    let mut last = 0;
    for at in positions {
        out.push_str(&s[last..at]);
        out.push_str(new);
        last = at + old.len();
    }
    out.push_str(&s[last..]);
    Ok(Cow::Owned(out))
}

/// What a translation table says about one character, as the caller found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Translation {
    /// Not in the table (`LookupError`): the character stays.
    Unmapped,
    /// Mapped to `None`: the character is deleted.
    Delete,
    /// Mapped to an int: that code point.
    Char(char),
    /// Mapped to a str.
    Text(String),
}

impl Translation {
    /// The ASCII byte (or deletion) CPython's fast path caches for this result, if any.
    fn ascii_cache_entry(&self, c: u8) -> Option<AsciiEntry> {
        match self {
            Translation::Unmapped => Some(AsciiEntry::Byte(c)),
            Translation::Delete => Some(AsciiEntry::Delete),
            Translation::Char(m) if m.is_ascii() => Some(AsciiEntry::Byte(*m as u8)),
            Translation::Text(t) if t.len() == 1 => Some(AsciiEntry::Byte(t.as_bytes()[0])),
            _ => None,
        }
    }

    fn push_to(&self, c: char, out: &mut String) {
        match self {
            Translation::Unmapped => out.push(c),
            Translation::Delete => {}
            Translation::Char(m) => out.push(*m),
            Translation::Text(t) => out.push_str(t),
        }
    }
}

#[derive(Clone, Copy)]
enum AsciiEntry {
    Byte(u8),
    Delete,
}

/// `s.translate(table)`, with `lookup` doing `table[ord(c)]` (and raising the caller's
/// errors). Like CPython, an ASCII string is first translated with each distinct
/// character looked up once, while the results stay ASCII characters or deletions; from
/// the first other result on, every character is looked up.
///
/// CPython: Objects/unicodeobject.c _PyUnicode_TranslateCharmap, unicode_fast_translate.
pub fn translate<E>(
    s: &str,
    mut lookup: impl FnMut(char) -> Result<Translation, E>,
) -> Result<String, E> {
    let mut out = String::with_capacity(s.len());
    let mut slow_from = 0;
    if s.is_ascii() {
        let mut cache: [Option<AsciiEntry>; 128] = [None; 128];
        slow_from = s.len();
        for (i, b) in s.bytes().enumerate() {
            let entry = match cache[b as usize] {
                Some(entry) => entry,
                None => match lookup(b as char)?.ascii_cache_entry(b) {
                    Some(entry) => {
                        cache[b as usize] = Some(entry);
                        entry
                    }
                    None => {
                        slow_from = i;
                        break;
                    }
                },
            };
            if let AsciiEntry::Byte(m) = entry {
                out.push(m as char);
            }
        }
    }
    for c in s[slow_from..].chars() {
        lookup(c)?.push_to(c, &mut out);
    }
    Ok(out)
}

/// `str.maketrans(x, y, z)` with string arguments: each character of `x` maps to the
/// character of `y` at the same place, each character of `z` to `None`. Returns the
/// resulting dict's items in its order: a repeated key keeps its first place and takes
/// its last value.
pub fn maketrans(x: &str, y: &str, z: Option<&str>) -> Result<Vec<(char, Option<char>)>, StrError> {
    if char_len(x) != char_len(y) {
        return Err(StrError::value(
            "the first two maketrans arguments must have equal length",
        ));
    }
    let pairs = x
        .chars()
        .zip(y.chars().map(Some))
        .chain(z.unwrap_or("").chars().map(|c| (c, None)));
    let mut items: Vec<(char, Option<char>)> = Vec::new();
    let mut place: HashMap<char, usize> = HashMap::new();
    for (key, value) in pairs {
        match place.entry(key) {
            Entry::Occupied(at) => items[*at.get()].1 = value,
            Entry::Vacant(slot) => {
                slot.insert(items.len());
                items.push((key, value));
            }
        }
    }
    Ok(items)
}

/// A str key of the dict given to `str.maketrans(dict)`: it must be one character.
pub fn maketrans_key(key: &str) -> Result<char, StrError> {
    let mut chars = key.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(StrError::value(
            "string keys in translate table must be of length 1",
        )),
    }
}

/// `sep.join(parts)` with the result allocated once (type checks of the items are the
/// caller's).
pub fn join<T: AsRef<str>>(sep: &str, parts: &[T]) -> Result<String, StrError> {
    let too_long = || StrError::overflow("join() result is too long for a Python string");
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
    let mut out = string_with_capacity(total)?;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part.as_ref());
    }
    Ok(out)
}
