//! One character against the pattern: the ASCII, locale and Unicode character classes of
//! CPython's `_sre` (`sre_category`), case mappings (`sre_lower_*`, `sre_upper_*`), set
//! membership (`IN` bodies: LITERAL, RANGE, RANGE_UNI_IGNORE, CHARSET, BIGCHARSET,
//! CATEGORY, NEGATE) and positions (`AT`).
//!
//! Locale-dependent classes behave as in a UTF-8 locale (CPython's default after
//! `setlocale(LC_CTYPE, "")`): only ASCII letters and digits are alphanumeric and case
//! mappings touch only ASCII.

use ferropy_primitives::unicode;

use super::super::constants::*;
use super::{Char, Engine, SreError};

/// `SRE_IS_DIGIT`: an ASCII digit.
#[inline]
pub fn is_digit(ch: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&ch)
}

/// `SRE_IS_SPACE`: space, `\t`, `\n`, `\v`, `\f`, `\r`.
#[inline]
pub fn is_space(ch: u32) -> bool {
    ch == 32 || (9..=13).contains(&ch)
}

/// `SRE_IS_LINEBREAK`: only `\n`.
#[inline]
pub fn is_linebreak(ch: u32) -> bool {
    ch == 10
}

/// `SRE_IS_WORD`: an ASCII letter, digit or `_`.
#[inline]
pub fn is_word(ch: u32) -> bool {
    ch < 128 && ((ch as u8).is_ascii_alphanumeric() || ch == b'_' as u32)
}

/// `SRE_LOC_IS_WORD`, in a UTF-8 locale.
#[inline]
pub fn is_loc_word(ch: u32) -> bool {
    is_word(ch)
}

#[inline]
fn as_char(ch: u32) -> Option<char> {
    char::from_u32(ch)
}

/// `Py_UNICODE_ISDECIMAL`.
pub fn is_uni_digit(ch: u32) -> bool {
    as_char(ch).is_some_and(unicode::is_decimal)
}

/// `Py_UNICODE_ISSPACE` (includes `\x1c`-`\x1f`, `\x85`, `\xa0`...).
pub fn is_uni_space(ch: u32) -> bool {
    as_char(ch).is_some_and(unicode::is_space)
}

/// `Py_UNICODE_ISLINEBREAK`.
pub fn is_uni_linebreak(ch: u32) -> bool {
    as_char(ch).is_some_and(unicode::is_linebreak)
}

/// `SRE_UNI_IS_WORD`: `str.isalnum()` or `_`.
pub fn is_uni_word(ch: u32) -> bool {
    if ch < 128 {
        return is_word(ch);
    }
    as_char(ch).is_some_and(unicode::is_alnum)
}

/// `sre_lower_ascii`.
#[inline]
pub fn lower_ascii(ch: u32) -> u32 {
    if ch < 128 {
        (ch as u8).to_ascii_lowercase() as u32
    } else {
        ch
    }
}

/// `sre_lower_locale` / `sre_upper_locale` in a UTF-8 locale.
#[inline]
pub fn lower_locale(ch: u32) -> u32 {
    lower_ascii(ch)
}

#[inline]
pub fn upper_locale(ch: u32) -> u32 {
    if ch < 128 {
        (ch as u8).to_ascii_uppercase() as u32
    } else {
        ch
    }
}

/// `sre_lower_unicode`: CPython's `_PyUnicode_ToLowercase`, the first character of the
/// full lowercase mapping.
pub fn lower_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return lower_ascii(ch);
    }
    match as_char(ch) {
        Some(c) => unicode::to_lower(c).next().map_or(ch, |l| l as u32),
        None => ch,
    }
}

/// `sre_upper_unicode`: `_PyUnicode_ToUppercase`, the first character of the full
/// uppercase mapping.
pub fn upper_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return upper_locale(ch);
    }
    match as_char(ch) {
        Some(c) => unicode::to_upper(c).next().map_or(ch, |u| u as u32),
        None => ch,
    }
}

/// `char_loc_ignore`: `ch` equals `pattern` ignoring case in the locale.
#[inline]
pub fn char_loc_ignore(pattern: u32, ch: u32) -> bool {
    ch == pattern || lower_locale(ch) == pattern || upper_locale(ch) == pattern
}

/// `sre_category`.
pub fn category(cat: u32, ch: u32) -> bool {
    match cat {
        CATEGORY_DIGIT => is_digit(ch),
        CATEGORY_NOT_DIGIT => !is_digit(ch),
        CATEGORY_SPACE => is_space(ch),
        CATEGORY_NOT_SPACE => !is_space(ch),
        CATEGORY_WORD => is_word(ch),
        CATEGORY_NOT_WORD => !is_word(ch),
        CATEGORY_LINEBREAK => is_linebreak(ch),
        CATEGORY_NOT_LINEBREAK => !is_linebreak(ch),
        CATEGORY_LOC_WORD => is_loc_word(ch),
        CATEGORY_LOC_NOT_WORD => !is_loc_word(ch),
        CATEGORY_UNI_DIGIT => is_uni_digit(ch),
        CATEGORY_UNI_NOT_DIGIT => !is_uni_digit(ch),
        CATEGORY_UNI_SPACE => is_uni_space(ch),
        CATEGORY_UNI_NOT_SPACE => !is_uni_space(ch),
        CATEGORY_UNI_WORD => is_uni_word(ch),
        CATEGORY_UNI_NOT_WORD => !is_uni_word(ch),
        CATEGORY_UNI_LINEBREAK => is_uni_linebreak(ch),
        CATEGORY_UNI_NOT_LINEBREAK => !is_uni_linebreak(ch),
        _ => false,
    }
}

impl<T: Char> Engine<'_, T> {
    /// `SRE(charset)`: whether `ch` is in the set whose body starts at `set`.
    pub(super) fn in_charset(&self, mut set: usize, ch: u32) -> Result<bool, SreError> {
        let mut ok = true;
        loop {
            match self.c(set)? {
                FAILURE => return Ok(!ok),
                LITERAL => {
                    if ch == self.c(set + 1)? {
                        return Ok(ok);
                    }
                    set += 2;
                }
                CATEGORY => {
                    if category(self.c(set + 1)?, ch) {
                        return Ok(ok);
                    }
                    set += 2;
                }
                CHARSET => {
                    // 256 bits in 8 words.
                    if ch < 256 && self.c(set + 1 + (ch as usize >> 5))? & (1u32 << (ch & 31)) != 0
                    {
                        return Ok(ok);
                    }
                    set += 1 + 8;
                }
                RANGE => {
                    if self.c(set + 1)? <= ch && ch <= self.c(set + 2)? {
                        return Ok(ok);
                    }
                    set += 3;
                }
                RANGE_UNI_IGNORE => {
                    let (lo, hi) = (self.c(set + 1)?, self.c(set + 2)?);
                    if lo <= ch && ch <= hi {
                        return Ok(ok);
                    }
                    let up = upper_unicode(ch);
                    if lo <= up && up <= hi {
                        return Ok(ok);
                    }
                    set += 3;
                }
                NEGATE => {
                    ok = !ok;
                    set += 1;
                }
                BIGCHARSET => {
                    // <BIGCHARSET> <blockcount> <256 block indices in 64 words> <blocks>
                    let count = self.c(set + 1)? as usize;
                    let indices = set + 2;
                    let blocks = indices + 64;
                    if ch < 0x10000 {
                        let hi = (ch >> 8) as usize;
                        let word = self.c(indices + hi / 4)?;
                        // The indices are bytes in native (little-endian) order.
                        let block = (word.to_le_bytes())[hi % 4] as usize;
                        let bit = block * 256 + (ch & 255) as usize;
                        if self.c(blocks + bit / 32)? & (1u32 << (bit % 32)) != 0 {
                            return Ok(ok);
                        }
                    }
                    set = blocks + count * 8;
                }
                _ => return Err(SreError::Illegal),
            }
        }
    }

    /// `SRE(charset_loc_ignore)`.
    pub(super) fn in_charset_loc_ignore(&self, set: usize, ch: u32) -> Result<bool, SreError> {
        let lo = lower_locale(ch);
        if self.in_charset(set, lo)? {
            return Ok(true);
        }
        let up = upper_locale(ch);
        Ok(up != lo && self.in_charset(set, up)?)
    }

    /// The character at `i`, when `i` is inside the string (also past `end`).
    #[inline]
    fn ch_at(&self, i: isize) -> Option<u32> {
        if i < 0 {
            return None;
        }
        self.text.get(i as usize).map(|c| c.code())
    }

    /// `SRE(at)`: whether position `ptr` satisfies the AT code `at`.
    pub(super) fn at(&self, ptr: isize, at: u32) -> bool {
        let end = self.end;
        let boundary = |word: fn(u32) -> bool| -> Option<bool> {
            if end == 0 {
                return None;
            }
            let that = ptr > 0 && self.ch_at(ptr - 1).is_some_and(word);
            let this = ptr < end && self.ch_at(ptr).is_some_and(word);
            Some(this != that)
        };
        match at {
            AT_BEGINNING | AT_BEGINNING_STRING => ptr == 0,
            AT_BEGINNING_LINE => ptr == 0 || self.ch_at(ptr - 1).is_some_and(is_linebreak),
            AT_END => (end - ptr == 1 && self.ch_at(ptr).is_some_and(is_linebreak)) || ptr == end,
            AT_END_LINE => ptr == end || self.ch_at(ptr).is_some_and(is_linebreak),
            AT_END_STRING => ptr == end,
            AT_BOUNDARY => boundary(is_word).unwrap_or(false),
            AT_NON_BOUNDARY => boundary(is_word).is_some_and(|b| !b),
            AT_LOC_BOUNDARY => boundary(is_loc_word).unwrap_or(false),
            AT_LOC_NON_BOUNDARY => boundary(is_loc_word).is_some_and(|b| !b),
            AT_UNI_BOUNDARY => boundary(is_uni_word).unwrap_or(false),
            AT_UNI_NON_BOUNDARY => boundary(is_uni_word).is_some_and(|b| !b),
            _ => false,
        }
    }

    /// Tests one character against the single-character instruction at `p` (the item
    /// of a `REPEAT_ONE`-style repeat): `Some(width)` of the instruction when `p` holds
    /// one, with the result of the test in the bool.
    pub(super) fn char_op(&self, p: usize, ch: u32) -> Result<Option<(bool, usize)>, SreError> {
        let op = self.c(p)?;
        Ok(Some(match op {
            LITERAL => (ch == self.c(p + 1)?, 2),
            NOT_LITERAL => (ch != self.c(p + 1)?, 2),
            LITERAL_IGNORE => (lower_ascii(ch) == self.c(p + 1)?, 2),
            NOT_LITERAL_IGNORE => (lower_ascii(ch) != self.c(p + 1)?, 2),
            LITERAL_UNI_IGNORE => (lower_unicode(ch) == self.c(p + 1)?, 2),
            NOT_LITERAL_UNI_IGNORE => (lower_unicode(ch) != self.c(p + 1)?, 2),
            LITERAL_LOC_IGNORE => (char_loc_ignore(self.c(p + 1)?, ch), 2),
            NOT_LITERAL_LOC_IGNORE => (!char_loc_ignore(self.c(p + 1)?, ch), 2),
            CATEGORY => (category(self.c(p + 1)?, ch), 2),
            ANY => (!is_linebreak(ch), 1),
            ANY_ALL => (true, 1),
            IN => (self.in_charset(p + 2, ch)?, 1 + self.c(p + 1)? as usize),
            IN_IGNORE => (
                self.in_charset(p + 2, lower_ascii(ch))?,
                1 + self.c(p + 1)? as usize,
            ),
            IN_UNI_IGNORE => (
                self.in_charset(p + 2, lower_unicode(ch))?,
                1 + self.c(p + 1)? as usize,
            ),
            IN_LOC_IGNORE => (
                self.in_charset_loc_ignore(p + 2, ch)?,
                1 + self.c(p + 1)? as usize,
            ),
            _ => return Ok(None),
        }))
    }
}
