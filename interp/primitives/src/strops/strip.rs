//! Trimming a str: `strip`, `lstrip`, `rstrip` (whitespace or a set of characters) and
//! `removeprefix`/`removesuffix`. Results borrow from the input.

use crate::unicode::is_space;

/// The characters to strip: Python whitespace, or the characters of an argument.
enum StripSet<'a> {
    Whitespace,
    /// An all-ASCII set as a bit mask.
    Ascii(u128),
    Chars(&'a str),
}

impl StripSet<'_> {
    fn new(chars: Option<&str>) -> StripSet<'_> {
        match chars {
            None => StripSet::Whitespace,
            Some(set) if set.is_ascii() => {
                StripSet::Ascii(set.bytes().fold(0u128, |mask, b| mask | 1u128 << b))
            }
            Some(set) => StripSet::Chars(set),
        }
    }

    #[inline]
    fn contains(&self, c: char) -> bool {
        match *self {
            StripSet::Whitespace => is_space(c),
            StripSet::Ascii(mask) => (c as u32) < 128 && mask & (1u128 << (c as u32)) != 0,
            StripSet::Chars(set) => set.contains(c),
        }
    }
}

/// `s.strip(chars)`: `None` strips whitespace (`str.isspace`), else the given characters.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    let set = StripSet::new(chars);
    s.trim_matches(|c| set.contains(c))
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    let set = StripSet::new(chars);
    s.trim_start_matches(|c| set.contains(c))
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    let set = StripSet::new(chars);
    s.trim_end_matches(|c| set.contains(c))
}

/// `s.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `s.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}
