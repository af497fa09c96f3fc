//! Turning ruff's parse errors into the SyntaxError/IndentationError messages and
//! locations CPython 3.11 reports for the same input.

use ruff_python_parser::{ParseError, ParseErrorType};

pub struct Described {
    pub kind: &'static str,
    pub msg: String,
    pub start: u32,
    pub end: u32,
}

/// The innermost bracket left open at end of input, as (offset, char); `None` when
/// none is, or when the brackets are mismatched.
fn unclosed_bracket(src: &str) -> Option<(usize, char)> {
    let b = src.as_bytes();
    let mut stack: Vec<(usize, char)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'\'' | b'"' => {
                let triple = i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c;
                let q = if triple { 3 } else { 1 };
                i += q;
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if b[i] == c && (!triple || (i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c))
                    {
                        i += q - 1;
                        break;
                    }
                    if !triple && b[i] == b'\n' {
                        break;
                    }
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => stack.push((i, c as char)),
            b')' | b']' | b'}' => {
                let open = match c {
                    b')' => '(',
                    b']' => '[',
                    _ => '{',
                };
                // A stray or mismatched closer is a tokenizer error of its own.
                match stack.pop() {
                    Some((_, o)) if o == open => {}
                    _ => return None,
                }
            }
            _ => {}
        }
        i += 1;
    }
    stack.last().copied()
}

/// The first closing bracket that matches no opener, as (offset, message).
fn mismatched_bracket(src: &str) -> Option<(usize, String)> {
    let b = src.as_bytes();
    let mut stack: Vec<(usize, u8)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let triple = i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c;
                let q = if triple { 3 } else { 1 };
                i += q;
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if b[i] == c && (!triple || (i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c))
                    {
                        i += q;
                        break;
                    }
                    if !triple && b[i] == b'\n' {
                        return None;
                    }
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => stack.push((i, c)),
            b')' | b']' | b'}' => {
                let open = match c {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match stack.pop() {
                    Some((_, o)) if o == open => {}
                    Some((at, o)) => {
                        let mut msg = format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, o as char
                        );
                        if line_of(src, at) != line_of(src, i) {
                            msg.push_str(&format!(" on line {}", line_of(src, at)));
                        }
                        return Some((i, msg));
                    }
                    None => return Some((i, format!("unmatched '{}'", c as char))),
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn line_of(src: &str, offset: usize) -> usize {
    src[..offset.min(src.len())].matches('\n').count() + 1
}

/// For "expected an indented block": the compound statement whose body is missing.
fn block_header(src: &str, offset: usize) -> Option<(String, usize)> {
    let before = &src[..offset.min(src.len())];
    let lines: Vec<&str> = before.lines().collect();
    for (idx, l) in lines.iter().enumerate().rev() {
        let t = l.trim_start();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        if !t.trim_end().ends_with(':') {
            return None;
        }
        let word: String = t
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let kw = match word.as_str() {
            "if" | "elif" | "else" | "for" | "while" | "try" | "except" | "finally" | "with"
            | "match" | "case" => word,
            "def" => "function definition".into(),
            "class" => "class definition".into(),
            "async" => {
                let rest = t[5..].trim_start();
                if rest.starts_with("def") {
                    "function definition".into()
                } else if rest.starts_with("for") {
                    "for".into()
                } else {
                    "with".into()
                }
            }
            _ => return None,
        };
        return Some((kw, idx + 1));
    }
    None
}

/// The offset of the first line whose indentation is ambiguous between tab widths 1
/// and 8 (CPython's TabError), considering only lines that start a logical line.
fn inconsistent_tabs(src: &str) -> Option<usize> {
    let b = src.as_bytes();
    // (columns with tabs to multiples of 8, columns with tabs as 1)
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    let mut depth = 0usize;
    let mut i = 0;
    let mut at_line_start = true;
    while i < b.len() {
        if at_line_start && depth == 0 {
            at_line_start = false;
            let line_start = i;
            let (mut col, mut alt) = (0usize, 0usize);
            while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\x0c') {
                match b[i] {
                    b' ' => {
                        col += 1;
                        alt += 1;
                    }
                    b'\t' => {
                        col = (col / 8 + 1) * 8;
                        alt += 1;
                    }
                    _ => {
                        col = 0;
                        alt = 0;
                    }
                }
                i += 1;
            }
            if i >= b.len() || matches!(b[i], b'#' | b'\n' | b'\r') {
                // Blank and comment-only lines do not count.
            } else {
                let &(top, alt_top) = stack.last().unwrap_or(&(0, 0));
                if col == top {
                    if alt != alt_top {
                        return Some(line_start);
                    }
                } else if col > top {
                    if alt <= alt_top {
                        return Some(line_start);
                    }
                    stack.push((col, alt));
                } else {
                    while stack.len() > 1 && col < stack.last().map_or(0, |t| t.0) {
                        stack.pop();
                    }
                    let &(top, alt_top) = stack.last().unwrap_or(&(0, 0));
                    if col != top {
                        return None; // a dedent error, reported by the parser
                    }
                    if alt != alt_top {
                        return Some(line_start);
                    }
                }
            }
            continue;
        }
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\\' if b.get(i + 1) == Some(&b'\n') => {
                i += 2;
                continue;
            }
            b'\'' | b'"' => {
                let triple = i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c;
                let q = if triple { 3 } else { 1 };
                i += q;
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if b[i] == c && (!triple || (i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c))
                    {
                        i += q;
                        break;
                    }
                    if !triple && b[i] == b'\n' {
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' => at_line_start = true,
            _ => {}
        }
        i += 1;
    }
    None
}

/// CPython's description of a parse error: the first ambiguous tab indentation, a
/// bracket still open at a later error, or a translation of ruff's message.
pub fn describe(src: &str, e: &ParseError) -> Described {
    let d = describe_parse_error(src, e);
    let err_line = line_of(src, d.start as usize);
    if let Some(off) = inconsistent_tabs(src) {
        if line_of(src, off) <= err_line {
            return Described {
                kind: "TabError",
                msg: "inconsistent use of tabs and spaces in indentation".into(),
                start: off as u32,
                end: off as u32,
            };
        }
    }
    if let Some((off, msg)) = mismatched_bracket(src) {
        if off <= d.start as usize {
            return Described {
                kind: "SyntaxError",
                msg,
                start: off as u32,
                end: off as u32 + 1,
            };
        }
    }
    let lexical = matches!(e.error, ParseErrorType::Lexical(_));
    if !lexical && matches!(d.kind, "SyntaxError" | "IndentationError") {
        if let Some((off, c)) = unclosed_bracket(src) {
            if line_of(src, off) < err_line {
                return Described {
                    kind: "SyntaxError",
                    msg: format!("'{}' was never closed", c),
                    start: off as u32,
                    end: off as u32 + 1,
                };
            }
        }
    }
    d
}

fn describe_parse_error(src: &str, e: &ParseError) -> Described {
    let text = format!("{}", e.error);
    if std::env::var_os("FERROPY_DEBUG_PARSE").is_some() {
        eprintln!("ruff: {}", text);
    }
    let start = e.location.start().to_u32();
    let end = e.location.end().to_u32();
    let mk = |kind: &'static str, msg: String, s: u32, en: u32| Described {
        kind,
        msg,
        start: s,
        end: en,
    };
    let lexical = matches!(e.error, ParseErrorType::Lexical(_));
    let lower = text.to_lowercase();
    if lower.contains("unindent") || lower.contains("dedent") {
        return mk(
            "IndentationError",
            "unindent does not match any outer indentation level".into(),
            start,
            end,
        );
    }
    if lower.contains("unexpected indentation") {
        return mk("IndentationError", "unexpected indent".into(), start, end);
    }
    if lower.contains("expected an indented block") || (lexical && lower.contains("indent")) {
        let msg = match block_header(src, start as usize) {
            Some((kw, line)) if kw.ends_with("definition") => {
                format!("expected an indented block after {} on line {}", kw, line)
            }
            Some((kw, line)) => format!(
                "expected an indented block after '{}' statement on line {}",
                kw, line
            ),
            None => "expected an indented block".into(),
        };
        return mk("IndentationError", msg, start, end);
    }
    if lower.contains("unexpected eof")
        || lower.contains("expected ')'") && start as usize >= src.trim_end().len()
    {
        if let Some((off, c)) = unclosed_bracket(src) {
            return mk(
                "SyntaxError",
                format!("'{}' was never closed", c),
                off as u32,
                off as u32 + 1,
            );
        }
    }
    if lower.contains("missing closing quote") || lower.contains("unterminated string") {
        let line = line_of(src, start as usize);
        let triple =
            src[start as usize..].starts_with("\"\"\"") || src[start as usize..].starts_with("'''");
        let msg = if triple {
            format!(
                "unterminated triple-quoted string literal (detected at line {})",
                src.lines().count().max(1)
            )
        } else {
            format!("unterminated string literal (detected at line {})", line)
        };
        return mk("SyntaxError", msg, start, end);
    }
    if lower.starts_with("expected one or more exception types")
        || lower.starts_with("cannot have both 'except' and 'except*'")
    {
        let mut msg = text.clone();
        msg[..1].make_ascii_lowercase();
        return mk("SyntaxError", msg, start, end);
    }
    if lower.contains("unparenthesized generator expression") {
        return mk(
            "SyntaxError",
            "Generator expression must be parenthesized".into(),
            start,
            end,
        );
    }
    if lower.starts_with("expected `else`") {
        return mk(
            "SyntaxError",
            "expected 'else' after 'if' expression".into(),
            start,
            end,
        );
    }
    if lower.starts_with("expected `:`") || lower.starts_with("expected ':'") {
        return mk("SyntaxError", "expected ':'".into(), start, end);
    }
    if lower.contains("iterable argument unpacking cannot follow keyword argument unpacking") {
        return mk(
            "SyntaxError",
            "iterable argument unpacking follows keyword argument unpacking".into(),
            start,
            end,
        );
    }
    if lower.contains("parameter without a default cannot follow a parameter with a default") {
        return mk(
            "SyntaxError",
            "non-default argument follows default argument".into(),
            start,
            end,
        );
    }
    if lower.contains("positional argument cannot follow keyword argument unpacking") {
        return mk(
            "SyntaxError",
            "positional argument follows keyword argument unpacking".into(),
            start,
            end,
        );
    }
    if lower.contains("positional argument cannot follow keyword argument") {
        return mk(
            "SyntaxError",
            "positional argument follows keyword argument".into(),
            start,
            end,
        );
    }
    if lower.contains("simple statements must be separated") {
        let line_start = src[..start as usize]
            .rfind('\n')
            .map(|i| i + 1)
            .unwrap_or(0);
        let _ = line_start;
        // `print foo` / `exec foo`: the word before the error, then an expression.
        let before = src[..start as usize].trim_end();
        let word_start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
            .map(|i| i + 1)
            .unwrap_or(0);
        let word = &before[word_start..];
        if word == "print" || word == "exec" {
            let line_end = src[start as usize..]
                .find('\n')
                .map(|i| start as usize + i)
                .unwrap_or(src.len());
            let rest = src[start as usize..line_end].trim();
            if ruff_python_parser::parse_expression(rest).is_ok() {
                return mk(
                    "SyntaxError",
                    format!(
                        "Missing parentheses in call to '{}'. Did you mean {}(...)?",
                        word, word
                    ),
                    word_start as u32,
                    end,
                );
            }
        }
    }
    if lower.contains("invalid delete target") {
        return mk(
            "SyntaxError",
            "cannot delete function call".into(),
            start,
            end,
        );
    }
    if lower.contains("invalid assignment target") {
        let target = src.get(start as usize..end as usize).unwrap_or("").trim();
        let rest = src.get(end as usize..).unwrap_or("").trim_start();
        let is_assign = rest.starts_with('=') && !rest.starts_with("==");
        let what = if target.ends_with(')') && !target.starts_with('(') {
            Some("function call")
        } else if target.parse::<f64>().is_ok()
            || target.starts_with(['"', '\''])
            || target == "None"
            || target == "True"
            || target == "False"
        {
            Some(match target {
                "None" => "None",
                "True" => "True",
                "False" => "False",
                _ => "literal",
            })
        } else if target.starts_with("yield") {
            return mk(
                "SyntaxError",
                "assignment to yield expression not possible".into(),
                start,
                end,
            );
        } else {
            None
        };
        if let Some(w) = what {
            let msg = if is_assign && !matches!(w, "None" | "True" | "False") {
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    w
                )
            } else {
                format!("cannot assign to {}", w)
            };
            return mk("SyntaxError", msg, start, end);
        }
    }
    mk("SyntaxError", "invalid syntax".into(), start, end)
}
