//! ASCII case of bytes: `upper`, `lower`, `title`, `capitalize`, `swapcase`, and the
//! `isXXX` tests (false for empty bytes, except `isascii`).
//!
//! CPython: Objects/bytes_methods.c (`_Py_bytes_*`), where case means ASCII letters only.

use super::is_ascii_space;

/// `b.upper()`.
pub fn upper(b: &[u8]) -> Vec<u8> {
    b.to_ascii_uppercase()
}

/// `b.lower()`.
pub fn lower(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}

/// `b.title()`: uppercase after a non-letter, lowercase after a letter.
pub fn title(b: &[u8]) -> Vec<u8> {
    let mut previous_is_cased = false;
    b.iter()
        .map(|&c| {
            let mapped = if previous_is_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            previous_is_cased = c.is_ascii_alphabetic();
            mapped
        })
        .collect()
}

/// `b.capitalize()`: the first byte uppercased, the rest lowercased.
pub fn capitalize(b: &[u8]) -> Vec<u8> {
    let mut out = b.to_ascii_lowercase();
    if let Some(first) = out.first_mut() {
        first.make_ascii_uppercase();
    }
    out
}

/// `b.swapcase()`.
pub fn swapcase(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

fn all_nonempty(b: &[u8], pred: impl Fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(pred)
}

/// `b.isalpha()`.
pub fn isalpha(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_alphabetic)
}

/// `b.isalnum()`.
pub fn isalnum(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_alphanumeric)
}

/// `b.isdigit()`.
pub fn isdigit(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_digit)
}

/// `b.isspace()`: ASCII whitespace only.
pub fn isspace(b: &[u8]) -> bool {
    all_nonempty(b, |&c| is_ascii_space(c))
}

/// `b.isascii()`; true for empty bytes.
pub fn isascii(b: &[u8]) -> bool {
    b.is_ascii()
}

/// `b.islower()`: some lowercase letter and no uppercase one.
pub fn islower(b: &[u8]) -> bool {
    !b.iter().any(u8::is_ascii_uppercase) && b.iter().any(u8::is_ascii_lowercase)
}

/// `b.isupper()`: some uppercase letter and no lowercase one.
pub fn isupper(b: &[u8]) -> bool {
    !b.iter().any(u8::is_ascii_lowercase) && b.iter().any(u8::is_ascii_uppercase)
}

/// `b.istitle()`: some letter; uppercase only after non-letters, lowercase only after
/// letters.
pub fn istitle(b: &[u8]) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
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
