//! Case conversion of a str: `upper`, `lower`, `casefold`, `title`, `capitalize` and
//! `swapcase`, with full (multi-character) mappings and the final-sigma rule.
//!
//! CPython: Objects/unicodeobject.c do_upper/do_lower/do_title/do_capitalize/
//! do_swapcase/do_casefold, and handle_capital_sigma for the Final_Sigma context.

use crate::unicode::{
    is_case_ignorable, is_cased, is_lower, is_upper, to_casefold, to_lower, to_title, to_upper,
};

const CAPITAL_SIGMA: char = '\u{3a3}';
const SMALL_SIGMA: char = '\u{3c3}';
const FINAL_SIGMA: char = '\u{3c2}';

/// Whether the capital sigma at byte `at` of `s` ends a word: a cased character precedes
/// it and none follows, case-ignorable characters skipped on both sides.
fn is_final_sigma(s: &str, at: usize) -> bool {
    let before = s[..at].chars().rev().find(|&c| !is_case_ignorable(c));
    if !before.is_some_and(is_cased) {
        return false;
    }
    let after = s[at + CAPITAL_SIGMA.len_utf8()..]
        .chars()
        .find(|&c| !is_case_ignorable(c));
    !after.is_some_and(is_cased)
}

/// The lowercase of the character `c` at byte `at` of `s`, final sigma included.
#[inline]
fn push_lower_in_context(s: &str, at: usize, c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if c == CAPITAL_SIGMA {
        out.push(if is_final_sigma(s, at) {
            FINAL_SIGMA
        } else {
            SMALL_SIGMA
        });
    } else {
        to_lower(c).push_to(out);
    }
}

/// `s.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_uppercase());
        } else {
            to_upper(c).push_to(&mut out);
        }
    }
    out
}

/// `s.lower()`, with capital sigma becoming final sigma at the end of a word.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (at, c) in s.char_indices() {
        push_lower_in_context(s, at, c, &mut out);
    }
    out
}

/// `s.casefold()`: full case folding ('ß' → "ss"), no final-sigma rule.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            to_casefold(c).push_to(&mut out);
        }
    }
    out
}

/// `s.title()`: titlecase after an uncased character, lowercase after a cased one.
pub fn title(s: &str) -> String {
    if s.is_ascii() {
        return ascii_title(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (at, c) in s.char_indices() {
        if previous_is_cased {
            push_lower_in_context(s, at, c, &mut out);
        } else {
            to_title(c).push_to(&mut out);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

fn ascii_title(s: &str) -> String {
    let mut previous_is_cased = false;
    let bytes: Vec<u8> = s
        .bytes()
        .map(|b| {
            let mapped = if previous_is_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            previous_is_cased = b.is_ascii_alphabetic();
            mapped
        })
        .collect();
    // ASCII in, ASCII out.
    String::from_utf8(bytes).unwrap_or_default()
}

/// `s.capitalize()`: the first character titlecased (as since Python 3.8), the rest
/// lowercased.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.char_indices();
    if let Some((_, first)) = chars.next() {
        to_title(first).push_to(&mut out);
    }
    for (at, c) in chars {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            push_lower_in_context(s, at, c, &mut out);
        }
    }
    out
}

/// `s.swapcase()`: uppercase characters lowered (final sigma included), lowercase ones
/// uppercased, others kept.
pub fn swapcase(s: &str) -> String {
    if s.is_ascii() {
        let swapped: Vec<u8> = s
            .bytes()
            .map(|b| {
                if b.is_ascii_uppercase() {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                }
            })
            .collect();
        // ASCII in, ASCII out.
        return String::from_utf8(swapped).unwrap_or_default();
    }
    let mut out = String::with_capacity(s.len());
    for (at, c) in s.char_indices() {
        if is_upper(c) {
            push_lower_in_context(s, at, c, &mut out);
        } else if is_lower(c) {
            to_upper(c).push_to(&mut out);
        } else {
            out.push(c);
        }
    }
    out
}
