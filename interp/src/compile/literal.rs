//! String literals whose escapes name lone surrogates (`'\ud800'`, `'\udcff'`).
//!
//! ruff's parser decodes escapes into a Rust `String`, so a `\uXXXX`/`\UXXXXXXXX`
//! escape of a surrogate comes out as U+FFFD. When a literal's decoded value holds
//! U+FFFD, its source text is walked again here: each source unit (a character, an
//! escape, a `{{`/`}}` in f-strings) stands for one character of ruff's value, except
//! line continuations which stand for none. Surrogate escapes take the surrogate; every
//! other unit takes ruff's character (so `\N{...}` names need no table here). If the
//! walk and ruff's value ever disagree, ruff's value is kept.

use ferropy_primitives::wtf8::{self, Wtf8Buf};
use ruff_python_ast as ast;

/// Whether a decoded literal may have lost a surrogate escape.
pub fn may_hold_surrogates(decoded: &str) -> bool {
    decoded.contains('\u{FFFD}')
}

/// The value of one quoted string literal (prefix and quotes included in `source`),
/// with surrogate escapes kept; `None` when it has none (or cannot be re-read).
pub fn quoted_literal(source: &str, decoded: &str) -> Option<Wtf8Buf> {
    if !may_hold_surrogates(decoded) {
        return None;
    }
    let quote_at = source.find(['\'', '"'])?;
    let prefix = &source[..quote_at];
    if prefix.contains(['r', 'R']) {
        return None;
    }
    let rest = &source[quote_at..];
    let q = if rest.starts_with("'''") || rest.starts_with("\"\"\"") {
        3
    } else {
        1
    };
    if rest.len() < 2 * q {
        return None;
    }
    body(&rest[q..rest.len() - q], decoded, false)
}

/// The value of an f-string literal piece (`source` is its text between replacement
/// fields, `{{` and `}}` included), with surrogate escapes kept. In a raw f-string a
/// `\uXXXX` is text, so the walk finds a backslash where it expects U+FFFD and gives up.
pub fn fstring_piece(source: &str, decoded: &str) -> Option<Wtf8Buf> {
    if !may_hold_surrogates(decoded) {
        return None;
    }
    body(source, decoded, true)
}

/// The value of a (possibly implicitly concatenated) string literal expression when a
/// surrogate escape in it was lost by the parser; `source` is the module's text.
pub fn string_literal(source: &str, e: &ast::ExprStringLiteral) -> Option<Wtf8Buf> {
    if !may_hold_surrogates(e.value.to_str()) {
        return None;
    }
    let mut out = Wtf8Buf::new();
    let mut found = false;
    for part in e.value.iter() {
        let text = source.get(part.range.start().to_usize()..part.range.end().to_usize())?;
        match quoted_literal(text, &part.value) {
            Some(b) => {
                out.push_view(b.view());
                found = true;
            }
            None => out.push_str(&part.value),
        }
    }
    found.then_some(out)
}

/// Walks the source text of a literal's body alongside ruff's decoded value.
fn body(src: &str, decoded: &str, braces: bool) -> Option<Wtf8Buf> {
    let value: Vec<char> = decoded.chars().collect();
    let src: Vec<char> = src.chars().collect();
    let mut out = Wtf8Buf::with_capacity(decoded.len());
    let mut found = false;
    let (mut i, mut k) = (0, 0);
    while i < src.len() {
        let c = src[i];
        if braces && (c == '{' || c == '}') && src.get(i + 1) == Some(&c) {
            out.push_char(*value.get(k)?);
            k += 1;
            i += 2;
            continue;
        }
        if c != '\\' || i + 1 >= src.len() {
            out.push_char(*value.get(k)?);
            k += 1;
            i += 1;
            continue;
        }
        let unit = match src[i + 1] {
            '\n' => Unit::Nothing(2),
            '\r' if src.get(i + 2) == Some(&'\n') => Unit::Nothing(3),
            '\r' => Unit::Nothing(2),
            e @ ('u' | 'U') => {
                let n = if e == 'u' { 4 } else { 8 };
                let digits: String = src.get(i + 2..i + 2 + n)?.iter().collect();
                let cp = u32::from_str_radix(&digits, 16).ok()?;
                if wtf8::is_surrogate(cp) {
                    Unit::Surrogate(cp, 2 + n)
                } else {
                    Unit::One(2 + n)
                }
            }
            'x' => Unit::One(4),
            'N' => {
                let close = src[i..].iter().position(|&c| c == '}')?;
                Unit::One(close + 1)
            }
            '0'..='7' => {
                let digits = src[i + 1..]
                    .iter()
                    .take(3)
                    .take_while(|c| ('0'..='7').contains(c))
                    .count();
                Unit::One(1 + digits)
            }
            '\\' | '\'' | '"' | 'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' => Unit::One(2),
            // An unknown escape keeps its backslash: the backslash is one character.
            _ => Unit::One(1),
        };
        match unit {
            Unit::Nothing(n) => i += n,
            Unit::One(n) => {
                out.push_char(*value.get(k)?);
                k += 1;
                i += n;
            }
            Unit::Surrogate(cp, n) => {
                if value.get(k) != Some(&'\u{FFFD}') {
                    return None;
                }
                out.push_code_point(cp);
                found = true;
                k += 1;
                i += n;
            }
        }
    }
    (found && k == value.len()).then_some(out)
}

/// What one source unit of a literal produces.
enum Unit {
    /// A line continuation of this many source characters: no character.
    Nothing(usize),
    /// One character of ruff's value, from this many source characters.
    One(usize),
    /// A surrogate escape of this many source characters.
    Surrogate(u32, usize),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cps(b: &Wtf8Buf) -> Vec<u32> {
        wtf8::code_points(b.as_bytes()).collect()
    }

    #[test]
    fn surrogate_escapes_are_kept() {
        let b = quoted_literal(r"'a\ud83d\ude00b'", "a\u{fffd}\u{fffd}b").unwrap();
        assert_eq!(cps(&b), vec![0x61, 0xD83D, 0xDE00, 0x62]);
        let b = quoted_literal(r#"u"\U0000dcff\n\x41\N{BULLET}""#, "\u{fffd}\nA\u{2022}").unwrap();
        assert_eq!(cps(&b), vec![0xDCFF, 0x0A, 0x41, 0x2022]);
    }

    #[test]
    fn other_literals_are_left_to_ruff() {
        assert!(quoted_literal("'\u{fffd}'", "\u{fffd}").is_none());
        assert!(quoted_literal(r"r'\ud800'", r"\ud800").is_none());
        assert!(quoted_literal(r"'\ufffd'", "\u{fffd}").is_none());
    }

    #[test]
    fn continuations_and_braces() {
        let b = quoted_literal("'''x\\\ny\\ud800'''", "xy\u{fffd}").unwrap();
        assert_eq!(cps(&b), vec![0x78, 0x79, 0xD800]);
        let b = fstring_piece(r"{{\udc80}}", "{\u{fffd}}").unwrap();
        assert_eq!(cps(&b), vec![0x7B, 0xDC80, 0x7D]);
    }
}
