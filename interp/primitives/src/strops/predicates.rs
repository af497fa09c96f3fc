//! The string-level `str.isXXX()` tests: character classes over the whole string
//! (false for the empty string, except `isprintable` and `isascii`), the cased tests
//! `islower`/`isupper`/`istitle`, and `isidentifier`.
//!
//! CPython: Objects/unicodeobject.c unicode_isXXX_impl.

use crate::unicode::{
    is_alnum, is_alpha, is_decimal, is_digit, is_identifier_continue, is_identifier_start,
    is_lower, is_numeric, is_printable, is_space, is_title, is_upper,
};

/// True when `s` is non-empty and every character satisfies `pred`.
#[inline]
fn all_nonempty(s: &str, pred: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// `s.isalpha()`.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha)
}

/// `s.isalnum()`.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, is_alnum)
}

/// `s.isdecimal()`.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal)
}

/// `s.isdigit()`.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit)
}

/// `s.isnumeric()`.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric)
}

/// `s.isspace()`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}

/// `s.isprintable()`; true for the empty string.
pub fn isprintable(s: &str) -> bool {
    s.chars().all(is_printable)
}

/// `s.isascii()`; true for the empty string.
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.islower()`: some lowercase character and no uppercase or titlecase one.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        cased = cased || is_lower(c);
    }
    cased
}

/// `s.isupper()`: some uppercase character and no lowercase or titlecase one.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        cased = cased || is_upper(c);
    }
    cased
}

/// `s.istitle()`: some cased character; uppercase/titlecase ones only after uncased
/// characters, lowercase ones only after cased characters.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// `s.isidentifier()`: XID_Start or '_' first, XID_Continue after (no NFKC, no keyword
/// check, as CPython's).
pub fn isidentifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) if is_identifier_start(first) => chars.all(is_identifier_continue),
        _ => false,
    }
}
