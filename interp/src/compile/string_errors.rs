//! String-literal syntax errors as CPython 3.11 reports them.
//!
//! ruff parses f-strings by PEP 701 (3.12) rules and words escape-sequence errors its
//! own way. This module re-reads the source with 3.11's tokenizer rules for string
//! tokens and applies 3.11's checks to each run of adjacent literals: mixing bytes and
//! str, malformed escapes (`(unicode error) ...`), non-ASCII bytes, and the f-string
//! grammar of `Parser/string_parser.c` (single `}`, empty expressions, backslashes and
//! `#` in expressions, conversions, nesting depth). The compiler consults it when ruff
//! rejects a source (or accepts it only under 3.12 rules) so that the SyntaxError
//! carries 3.11's message.

use crate::compile::syntax_errors::Described;

/// A 3.11 string error: `anchor` is where the offending literal starts (an earlier
/// parse error wins over it), `err` what to report.
pub struct Found {
    pub anchor: u32,
    pub err: Described,
}

/// The first string-literal error of `src` by 3.11's rules. With `parse_exprs`, the
/// expressions of f-strings are also parsed on their own, so that their syntax errors
/// read `f-string: ...`.
pub fn first_error(src: &str, parse_exprs: bool) -> Option<Found> {
    Scanner {
        src,
        base: 0,
        parse_exprs,
    }
    .scan()
}

/// One string token: offsets relative to the scanned text.
#[derive(Clone, Copy)]
struct Tok {
    start: usize,
    body_start: usize,
    body_end: usize,
    bytes: bool,
    raw: bool,
    fstr: bool,
}

struct Scanner<'a> {
    src: &'a str,
    /// Offset of `src` within the compiled source.
    base: usize,
    parse_exprs: bool,
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// (bytes, raw, f) for a valid 3.11 string prefix.
fn prefix_flags(p: &str) -> Option<(bool, bool, bool)> {
    let l = p.to_ascii_lowercase();
    Some(match l.as_str() {
        "" | "u" => (false, false, false),
        "r" => (false, true, false),
        "b" => (true, false, false),
        "br" | "rb" => (true, true, false),
        "f" => (false, false, true),
        "fr" | "rf" => (false, true, true),
        _ => return None,
    })
}

impl<'a> Scanner<'a> {
    fn scan(&self) -> Option<Found> {
        self.walk(&mut |g, end| self.check_group(g, end))
    }

    /// Calls `on_group` for each run of adjacent string literals (and its end), in
    /// order; stops at the first `Found` (a tokenizer-level error included).
    fn walk(&self, on_group: &mut dyn FnMut(&[Tok], usize) -> Option<Found>) -> Option<Found> {
        let b = self.src.as_bytes();
        let mut i = 0;
        let mut depth = 0usize;
        let mut group: Vec<Tok> = Vec::new();
        let mut group_end = 0usize;
        macro_rules! flush {
            () => {
                if !group.is_empty() {
                    if let Some(f) = on_group(&group, group_end) {
                        return Some(f);
                    }
                    group.clear();
                }
            };
        }
        while i < b.len() {
            let c = b[i];
            match c {
                b'#' => {
                    while i < b.len() && b[i] != b'\n' {
                        i += 1;
                    }
                }
                b'\\' => {
                    // A line continuation keeps adjacent literals together.
                    i += 1;
                    if b.get(i) == Some(&b'\r') {
                        i += 1;
                    }
                    if b.get(i) == Some(&b'\n') {
                        i += 1;
                    } else {
                        flush!();
                    }
                }
                b'\n' => {
                    if depth == 0 {
                        flush!();
                    }
                    i += 1;
                }
                b' ' | b'\t' | b'\x0c' | b'\r' => i += 1,
                b'\'' | b'"' => {
                    let (tok, end) = self.string_token(i, i, "").ok()?;
                    group.push(tok);
                    group_end = end;
                    i = end;
                }
                _ if is_ident_byte(c) && !c.is_ascii_digit() => {
                    let start = i;
                    if let Some(ch) = self.src[i..].chars().next().filter(|_| c >= 0x80) {
                        if ch.is_whitespace() || ch.is_control() {
                            let msg =
                                format!("invalid non-printable character U+{:04X}", ch as u32);
                            return Some(self.found(i, msg, i, i));
                        }
                    }
                    while i < b.len() && is_ident_byte(b[i]) {
                        i += 1;
                    }
                    let word = &self.src[start..i];
                    if matches!(b.get(i), Some(b'\'' | b'"')) && prefix_flags(word).is_some() {
                        let (tok, end) = match self.string_token(start, i, word) {
                            Ok(t) => t,
                            Err(Some(f)) => return Some(f),
                            Err(None) => return None,
                        };
                        group.push(tok);
                        group_end = end;
                        i = end;
                    } else {
                        flush!();
                    }
                }
                _ if c.is_ascii_digit() => {
                    flush!();
                    while i < b.len() && (is_ident_byte(b[i]) || b[i] == b'.') {
                        i += 1;
                    }
                }
                b'(' | b'[' | b'{' => {
                    flush!();
                    depth += 1;
                    i += 1;
                }
                b')' | b']' | b'}' => {
                    flush!();
                    depth = depth.saturating_sub(1);
                    i += 1;
                }
                _ => {
                    flush!();
                    i += 1;
                }
            }
        }
        flush!();
        None
    }

    /// Reads the string token whose prefix starts at `start` and quote at `q`. An
    /// unterminated one is the tokenizer's error: ruff's report stands (`Err(None)`)
    /// except for a one-line f-string, which PEP 701 lets run on past its line.
    fn string_token(
        &self,
        start: usize,
        q: usize,
        prefix: &str,
    ) -> Result<(Tok, usize), Option<Found>> {
        let b = self.src.as_bytes();
        let (bytes, raw, fstr) = prefix_flags(prefix).ok_or(None)?;
        let quote = b[q];
        let triple = b.get(q + 1) == Some(&quote) && b.get(q + 2) == Some(&quote);
        let body_start = q + if triple { 3 } else { 1 };
        let mut j = body_start;
        loop {
            let c = *b.get(j).ok_or(None)?;
            if c == b'\\' {
                j += 2;
                continue;
            }
            if c == quote {
                if !triple {
                    break;
                }
                if b.get(j + 1) == Some(&quote) && b.get(j + 2) == Some(&quote) {
                    break;
                }
            } else if c == b'\n' && !triple {
                if !fstr {
                    return Err(None);
                }
                let line = self.src[..j].matches('\n').count() + 1;
                let msg = format!("unterminated string literal (detected at line {})", line);
                return Err(Some(self.found(start, msg, start, start)));
            }
            j += 1;
        }
        let end = j + if triple { 3 } else { 1 };
        Ok((
            Tok {
                start,
                body_start,
                body_end: j,
                bytes,
                raw,
                fstr,
            },
            end,
        ))
    }

    fn found(&self, anchor: usize, msg: String, start: usize, end: usize) -> Found {
        Found {
            anchor: (self.base + anchor) as u32,
            err: Described {
                kind: "SyntaxError",
                msg,
                start: (self.base + start) as u32,
                end: (self.base + end) as u32,
            },
        }
    }

    /// 3.11's checks on a run of adjacent literals ending at `end`.
    fn check_group(&self, group: &[Tok], end: usize) -> Option<Found> {
        let first = group[0].start;
        if group.iter().any(|t| t.bytes) && group.iter().any(|t| !t.bytes) {
            return Some(self.found(
                first,
                "cannot mix bytes and nonbytes literals".into(),
                end,
                end,
            ));
        }
        for t in group {
            let body = &self.src[t.body_start..t.body_end];
            let msg = if t.bytes {
                if !body.is_ascii() {
                    let tok_end = t.body_end + (t.body_start - t.start).min(3);
                    return Some(self.found(
                        t.start,
                        "bytes can only contain ASCII literal characters".into(),
                        t.start,
                        tok_end.min(self.src.len()),
                    ));
                }
                if t.raw {
                    None
                } else {
                    bytes_escape_error(body)
                }
            } else if t.fstr {
                let mut p = FParse {
                    sc: self,
                    body: body.as_bytes(),
                    tok: *t,
                };
                let mut pos = 0;
                match p.parse(&mut pos, 0) {
                    Ok(()) => None,
                    Err(FErr::Msg(m)) => Some(m),
                    Err(FErr::Found(f)) => return Some(f),
                }
            } else if t.raw {
                None
            } else {
                str_escape_error(body)
            };
            if let Some(m) = msg {
                return Some(self.found(t.start, m, end, end));
            }
        }
        None
    }
}

/// A DeprecationWarning for an invalid escape: its message and where its literal starts.
pub struct EscapeWarning {
    pub msg: String,
    pub offset: u32,
}

/// The first invalid escape of each non-raw literal of `src`, as 3.11 warns about them
/// while parsing (`invalid escape sequence '\z'`, `invalid octal escape sequence
/// '\777'`).
pub fn escape_warnings(src: &str) -> Vec<EscapeWarning> {
    if !src.contains('\\') {
        return Vec::new();
    }
    let sc = Scanner {
        src,
        base: 0,
        parse_exprs: false,
    };
    let mut out = Vec::new();
    sc.walk(&mut |group, _| {
        for t in group.iter().filter(|t| !t.raw) {
            let body = &src[t.body_start..t.body_end];
            if let Some(msg) = first_invalid_escape(body, t.bytes, t.fstr) {
                out.push(EscapeWarning {
                    msg,
                    offset: t.start as u32,
                });
            }
        }
        None
    });
    out
}

/// Emits the escape warnings of `src` as DeprecationWarnings located at `filename`; one
/// that a filter turns into an error becomes CPython's SyntaxError: `Err((message,
/// offset of the literal))`. Without an importable `warnings` module they are dropped.
pub fn warn_escapes(vm: &crate::vm::Vm, src: &str, filename: &str) -> Result<(), (String, u32)> {
    use crate::object::payload::Args;
    for w in escape_warnings(src) {
        let lineno = src[..w.offset as usize].matches('\n').count() + 1;
        let category = vm.exc.deprecation_warning.clone();
        let emit = || -> crate::object::payload::PyResult<()> {
            let warnings = vm.import_full("warnings")?;
            let f = vm.get_attr_str(&warnings, "warn_explicit")?;
            vm.call(
                &f,
                Args::new(&[
                    vm.new_str(&w.msg),
                    category.clone(),
                    vm.new_str(filename),
                    vm.new_usize(lineno),
                ]),
            )?;
            Ok(())
        };
        if let Err(e) = emit() {
            if vm.exc_matches(&e, &category) {
                return Err((w.msg, w.offset));
            }
        }
    }
    Ok(())
}

/// The warning for the first invalid escape of a literal body. In an f-string the
/// replacement fields are skipped and `\{` is itself invalid.
fn first_invalid_escape(body: &str, bytes: bool, fstr: bool) -> Option<String> {
    let b = body.as_bytes();
    let mut k = 0;
    while k < b.len() {
        let c = b[k];
        if fstr && c == b'{' {
            if b.get(k + 1) == Some(&b'{') {
                k += 2;
                continue;
            }
            // Skip the replacement field (its own literals are not checked here).
            let mut depth = 0usize;
            while k < b.len() {
                match b[k] {
                    b'{' => depth += 1,
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                k += 1;
            }
            k += 1;
            continue;
        }
        if c != b'\\' {
            k += 1;
            continue;
        }
        let Some(&e) = b.get(k + 1) else { break };
        k += 2;
        match e {
            b'0'..=b'7' => {
                let mut n = 1;
                let mut v = (e - b'0') as u32;
                while n < 3 && k < b.len() && (b'0'..=b'7').contains(&b[k]) {
                    v = v * 8 + (b[k] - b'0') as u32;
                    k += 1;
                    n += 1;
                }
                if n == 3 && v > 0o377 {
                    return Some(format!(
                        "invalid octal escape sequence '\\{}'",
                        &body[k - 3..k]
                    ));
                }
            }
            b'\n' | b'\r' | b'\\' | b'\'' | b'"' | b'a' | b'b' | b'f' | b'n' | b'r' | b't'
            | b'v' | b'x' => {}
            b'N' | b'u' | b'U' if !bytes => {}
            _ if e >= 0x80 => {}
            _ => return Some(format!("invalid escape sequence '\\{}'", e as char)),
        }
    }
    None
}

/// The message CPython's `unicode_escape` decoding of a literal chunk fails with, if any.
/// Positions count as CPython's pre-pass does: a non-ASCII character is a 10-character
/// `\UXXXXXXXX` escape.
fn str_escape_error(chunk: &str) -> Option<String> {
    if !chunk.contains('\\') {
        return None;
    }
    let chars: Vec<char> = chunk.chars().collect();
    // Position of each char in the pre-pass buffer, plus the end.
    let mut pos = Vec::with_capacity(chars.len() + 1);
    let mut p = 0usize;
    for (k, &c) in chars.iter().enumerate() {
        pos.push(p);
        p += if !c.is_ascii() {
            10
        } else if c == '\\' && chars.get(k + 1).is_none_or(|n| !n.is_ascii()) {
            6
        } else {
            1
        };
    }
    pos.push(p);
    let err = |start: usize, end_excl: usize, reason: &str| -> Option<String> {
        Some(format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
            pos[start],
            pos[end_excl] - 1,
            reason
        ))
    };
    let mut k = 0;
    while k < chars.len() {
        if chars[k] != '\\' {
            k += 1;
            continue;
        }
        let bs = k;
        k += 1;
        let Some(&e) = chars.get(k) else { break };
        k += 1;
        let (count, reason) = match e {
            'x' => (2, "truncated \\xXX escape"),
            'u' => (4, "truncated \\uXXXX escape"),
            'U' => (8, "truncated \\UXXXXXXXX escape"),
            'N' => {
                let malformed = "malformed \\N character escape";
                if chars.get(k) != Some(&'{') {
                    return err(bs, k, malformed);
                }
                let name_start = k + 1;
                let mut s = name_start;
                while s < chars.len() && chars[s] != '}' {
                    s += 1;
                }
                if s >= chars.len() {
                    return err(bs, chars.len(), malformed);
                }
                if s == name_start {
                    return err(bs, s, malformed);
                }
                let name: String = chars[name_start..s].iter().collect();
                if crate::modules::unicodedata::data::lookup_char(&name).is_none() {
                    return err(bs, s + 1, "unknown Unicode character name");
                }
                k = s + 1;
                continue;
            }
            _ => continue,
        };
        let mut v: u32 = 0;
        for _ in 0..count {
            match chars.get(k).and_then(|c| c.to_digit(16)) {
                Some(d) => {
                    v = v.wrapping_mul(16).wrapping_add(d);
                    k += 1;
                }
                None => return err(bs, k, reason),
            }
        }
        if v > 0x10ffff {
            return err(bs, k, "illegal Unicode character");
        }
    }
    None
}

/// The message of a bytes literal's bad `\x` escape, if any.
fn bytes_escape_error(body: &str) -> Option<String> {
    let b = body.as_bytes();
    let mut k = 0;
    while k < b.len() {
        if b[k] != b'\\' {
            k += 1;
            continue;
        }
        if b.get(k + 1) == Some(&b'x') {
            let ok = b.get(k + 2).is_some_and(|c| c.is_ascii_hexdigit())
                && b.get(k + 3).is_some_and(|c| c.is_ascii_hexdigit());
            if !ok {
                return Some(format!(
                    "(value error) invalid \\x escape at position {}",
                    k
                ));
            }
        }
        k += 2;
    }
    None
}

/// The first character outside string literals of an expression that the tokenizer
/// rejects as non-printable (a non-ASCII space or control character).
fn non_printable(text: &str) -> Option<char> {
    let mut quote: Option<char> = None;
    for c in text.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '\'' || c == '"' => quote = Some(c),
            None if !c.is_ascii() && (c.is_whitespace() || c.is_control()) => return Some(c),
            None => {}
        }
    }
    None
}

enum FErr {
    /// Reported at the end of the literal run.
    Msg(String),
    /// Reported where it says (an error of an embedded expression).
    Found(Found),
}

/// 3.11's f-string grammar over one token's body.
struct FParse<'s, 'a> {
    sc: &'s Scanner<'a>,
    body: &'s [u8],
    tok: Tok,
}

fn ferr<T>(m: &str) -> Result<T, FErr> {
    Err(FErr::Msg(m.to_string()))
}

impl FParse<'_, '_> {
    fn text(&self, a: usize, b: usize) -> &str {
        let s = self.tok.body_start;
        &self.sc.src[s + a..s + b]
    }

    /// Literals and replacement fields up to the end of the body (level 0) or the `}`
    /// closing a format spec (level 1).
    fn parse(&mut self, pos: &mut usize, lvl: u32) -> Result<(), FErr> {
        loop {
            let doubled = self.literal(pos, lvl)?;
            if doubled {
                continue;
            }
            if *pos >= self.body.len() || self.body[*pos] == b'}' {
                break;
            }
            self.expr(pos, lvl)?;
        }
        if lvl != 0 && (*pos >= self.body.len() || self.body[*pos] != b'}') {
            return ferr("f-string: expecting '}'");
        }
        Ok(())
    }

    /// Scans a literal chunk; true when it ended at a doubled brace (already skipped).
    fn literal(&mut self, pos: &mut usize, lvl: u32) -> Result<bool, FErr> {
        let start = *pos;
        let b = self.body;
        let mut s = *pos;
        let mut doubled = false;
        let mut stop = None;
        while s < b.len() {
            let mut ch = b[s];
            s += 1;
            if !self.tok.raw && ch == b'\\' && s < b.len() {
                ch = b[s];
                s += 1;
                if ch == b'N' {
                    if s < b.len() && b[s] == b'{' {
                        s += 1;
                        while s < b.len() {
                            s += 1;
                            if b[s - 1] == b'}' {
                                break;
                            }
                        }
                    } else if s < b.len() {
                        s += 1;
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                if lvl == 0 {
                    if s < b.len() && b[s] == ch {
                        stop = Some(s);
                        *pos = s + 1;
                        doubled = true;
                        break;
                    }
                    if ch == b'}' {
                        return ferr("f-string: single '}' is not allowed");
                    }
                }
                s -= 1;
                break;
            }
        }
        let chunk_end = stop.unwrap_or(s);
        if !doubled {
            *pos = s;
        }
        if !self.tok.raw && chunk_end > start {
            if let Some(m) = str_escape_error(self.text(start, chunk_end)) {
                return Err(FErr::Msg(m));
            }
        }
        Ok(doubled)
    }

    /// A replacement field starting at the `{` at `pos`.
    fn expr(&mut self, pos: &mut usize, lvl: u32) -> Result<(), FErr> {
        if lvl >= 2 {
            return ferr("f-string: expressions nested too deeply");
        }
        let b = self.body;
        *pos += 1;
        let expr_start = *pos;
        let mut quote = 0u8;
        let mut triple = false;
        let mut stack: Vec<u8> = Vec::new();
        while *pos < b.len() {
            let ch = b[*pos];
            if ch == b'\\' {
                return ferr("f-string expression part cannot include a backslash");
            }
            if quote != 0 {
                if ch == quote {
                    if triple {
                        if *pos + 2 < b.len() && b[*pos + 1] == ch && b[*pos + 2] == ch {
                            *pos += 3;
                            quote = 0;
                            continue;
                        }
                    } else {
                        quote = 0;
                    }
                }
            } else if ch == b'\'' || ch == b'"' {
                triple = *pos + 2 < b.len() && b[*pos + 1] == ch && b[*pos + 2] == ch;
                if triple {
                    *pos += 2;
                }
                quote = ch;
            } else if matches!(ch, b'[' | b'{' | b'(') {
                if stack.len() >= 200 {
                    return ferr("f-string: too many nested parenthesis");
                }
                stack.push(ch);
            } else if ch == b'#' {
                return ferr("f-string expression part cannot include '#'");
            } else if stack.is_empty() && matches!(ch, b'!' | b':' | b'}' | b'=' | b'>' | b'<') {
                if *pos + 1 < b.len()
                    && b[*pos + 1] == b'='
                    && matches!(ch, b'!' | b'=' | b'<' | b'>')
                {
                    *pos += 2;
                    continue;
                }
                if ch == b'>' || ch == b'<' {
                    *pos += 1;
                    continue;
                }
                break;
            } else if matches!(ch, b']' | b'}' | b')') {
                let Some(open) = stack.pop() else {
                    return Err(FErr::Msg(format!("f-string: unmatched '{}'", ch as char)));
                };
                let want = match open {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if ch != want {
                    return Err(FErr::Msg(format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch as char, open as char
                    )));
                }
            }
            *pos += 1;
        }
        let expr_end = *pos;
        if quote != 0 {
            return ferr("f-string: unterminated string");
        }
        if let Some(&open) = stack.last() {
            return Err(FErr::Msg(format!("f-string: unmatched '{}'", open as char)));
        }
        if *pos >= b.len() {
            return ferr("f-string: expecting '}'");
        }
        self.compile_expr(expr_start, expr_end)?;
        if b[*pos] == b'=' {
            *pos += 1;
            while *pos < b.len() && b[*pos].is_ascii_whitespace() {
                *pos += 1;
            }
            if *pos >= b.len() {
                return ferr("f-string: expecting '}'");
            }
        }
        if b[*pos] == b'!' {
            *pos += 1;
            if *pos >= b.len() {
                return ferr("f-string: expecting '}'");
            }
            let conv = b[*pos];
            *pos += 1;
            if !matches!(conv, b's' | b'r' | b'a') {
                return ferr("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        if *pos < b.len() && b[*pos] == b':' {
            *pos += 1;
            if *pos >= b.len() {
                return ferr("f-string: expecting '}'");
            }
            self.parse(pos, lvl + 1)?;
        }
        if *pos >= b.len() || b[*pos] != b'}' {
            return ferr("f-string: expecting '}'");
        }
        *pos += 1;
        Ok(())
    }

    /// The checks CPython makes when it compiles a replacement field's expression.
    fn compile_expr(&self, a: usize, z: usize) -> Result<(), FErr> {
        let text = self.text(a, z);
        if text
            .bytes()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
        {
            let next = self.body.get(z).copied().unwrap_or(0);
            if matches!(next, b'!' | b':' | b'=') {
                return Err(FErr::Msg(format!(
                    "f-string: expression required before '{}'",
                    next as char
                )));
            }
            return ferr("f-string: empty expression not allowed");
        }
        // Literals inside the expression are compiled with it.
        let inner = Scanner {
            src: text,
            base: self.sc.base + self.tok.body_start + a,
            parse_exprs: self.sc.parse_exprs,
        };
        if let Some(f) = inner.scan() {
            return Err(FErr::Found(f));
        }
        if let Some(c) = non_printable(text) {
            let at = self.sc.base + self.tok.start + 1;
            return Err(FErr::Found(Found {
                anchor: (self.sc.base + self.tok.start) as u32,
                err: Described {
                    kind: "SyntaxError",
                    msg: format!("invalid non-printable character U+{:04X}", c as u32),
                    start: at as u32,
                    end: at as u32,
                },
            }));
        }
        if !self.sc.parse_exprs {
            return Ok(());
        }
        let wrapped = format!("({})", text);
        if let Err(e) = ruff_python_parser::parse_expression(&wrapped) {
            let mut d = crate::compile::syntax_errors::describe(&wrapped, &e);
            if text.trim_start().starts_with("**") {
                d.msg = "cannot use double starred expression here".into();
            }
            let at = self.sc.base + self.tok.start;
            return Err(FErr::Found(Found {
                anchor: (self.sc.base + self.tok.start) as u32,
                err: Described {
                    kind: d.kind,
                    msg: format!("f-string: {}", d.msg),
                    start: (at + d.start as usize) as u32,
                    end: (at + d.end as usize) as u32,
                },
            }));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(s: &str) -> Option<String> {
        first_error(s, true).map(|f| f.err.msg)
    }

    #[test]
    fn fstring_errors() {
        assert_eq!(msg("f'{x}'"), None);
        assert_eq!(
            msg("f'}'").as_deref(),
            Some("f-string: single '}' is not allowed")
        );
        assert_eq!(msg("f'{'").as_deref(), Some("f-string: expecting '}'"));
        assert_eq!(
            msg("f'{x:{y:{z}}}'").as_deref(),
            Some("f-string: expressions nested too deeply")
        );
        assert_eq!(
            msg("'a' b'b'").as_deref(),
            Some("cannot mix bytes and nonbytes literals")
        );
    }
}
