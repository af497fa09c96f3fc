//! Parsing of `str.format` templates into literal text and replacement fields
//! `{field_name!conversion:format_spec}`.
//!
//! [`TemplateParser`] yields the same chunks as CPython's
//! `_string.formatter_parser` and stops at the first error, so the interpreter can
//! format each field before later parse errors surface, as CPython does
//! (`'{x}{'.format()` raises KeyError, not "Single '{'"). Nested fields in a format
//! spec are left as raw text: the caller formats the spec recursively, at most
//! [`MAX_FORMAT_RECURSION`] levels deep.
//!
//! CPython: Objects/stringlib/unicode_format.h `MarkupIterator_next`, `parse_field`.

/// How many levels of `{}` nesting a format spec may use before
/// [`RECURSION_ERROR`] (`'{:{:{}}}'.format(1, 2, 3)` fails).
pub const MAX_FORMAT_RECURSION: usize = 2;

/// The `ValueError` message when a spec nests fields too deeply.
pub const RECURSION_ERROR: &str = "Max string recursion exceeded";

/// One `{...}` replacement field, with its parts as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplacementField {
    /// The argument reference, e.g. `""`, `"0"`, `"name.attr[key]"`; split it with
    /// [`crate::format_string::split_field_name`].
    pub field_name: String,
    /// The character after `!`, unchecked (see [`check_conversion`]).
    pub conversion: Option<char>,
    /// The spec after `:`, possibly holding nested fields (see
    /// [`ReplacementField::spec_needs_expanding`]).
    pub format_spec: String,
}

impl ReplacementField {
    /// True when the spec contains nested fields that must be formatted first.
    pub fn spec_needs_expanding(&self) -> bool {
        self.format_spec.contains('{')
    }
}

/// A stretch of literal text followed by an optional field: one tuple of
/// `_string.formatter_parser`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateChunk {
    pub literal: String,
    pub field: Option<ReplacementField>,
}

/// A template piece, as returned by [`parse_format_template`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplatePiece {
    Literal(String),
    Field(ReplacementField),
}

/// Iterator over the chunks of a template; ends after the first error.
pub struct TemplateParser<'a> {
    text: &'a str,
    pos: usize,
    failed: bool,
}

impl<'a> TemplateParser<'a> {
    pub fn new(text: &'a str) -> Self {
        TemplateParser {
            text,
            pos: 0,
            failed: false,
        }
    }

    fn byte_at(&self, pos: usize) -> Option<u8> {
        self.text.as_bytes().get(pos).copied()
    }

    /// Reads literal text up to a brace; a doubled brace ends the chunk with one
    /// brace of literal text.
    fn next_chunk(&mut self) -> Result<TemplateChunk, String> {
        let start = self.pos;
        let bytes = self.text.as_bytes();
        let brace = bytes[start..]
            .iter()
            .position(|b| *b == b'{' || *b == b'}')
            .map(|offset| start + offset);
        let Some(brace) = brace else {
            self.pos = self.text.len();
            return Ok(literal_chunk(&self.text[start..]));
        };
        let brace_char = bytes[brace];
        let next = self.byte_at(brace + 1);
        if next == Some(brace_char) {
            self.pos = brace + 2;
            return Ok(literal_chunk(&self.text[start..=brace]));
        }
        if brace_char == b'}' {
            return Err("Single '}' encountered in format string".into());
        }
        if next.is_none() {
            return Err("Single '{' encountered in format string".into());
        }
        self.pos = brace + 1;
        let field = self.parse_field()?;
        Ok(TemplateChunk {
            literal: self.text[start..brace].to_string(),
            field: Some(field),
        })
    }

    /// Parses a field after its `{`, through its closing `}`.
    fn parse_field(&mut self) -> Result<ReplacementField, String> {
        let name_start = self.pos;
        let mut terminator = None;
        while let Some(byte) = self.byte_at(self.pos) {
            self.pos += 1;
            match byte {
                b'{' => return Err("unexpected '{' in field name".into()),
                // Inside brackets anything goes until ']' ("{0[}]}" is valid).
                b'[' => {
                    while self.byte_at(self.pos).is_some_and(|b| b != b']') {
                        self.pos += 1;
                    }
                }
                b'}' | b':' | b'!' => {
                    terminator = Some(byte);
                    break;
                }
                _ => {}
            }
        }
        let Some(terminator) = terminator else {
            return Err("expected '}' before end of string".into());
        };
        let field_name = self.text[name_start..self.pos - 1].to_string();
        let mut field = ReplacementField {
            field_name,
            conversion: None,
            format_spec: String::new(),
        };
        if terminator == b'}' {
            return Ok(field);
        }
        if terminator == b'!' {
            let Some(conversion) = self.text[self.pos..].chars().next() else {
                return Err("end of string while looking for conversion specifier".into());
            };
            self.pos += conversion.len_utf8();
            field.conversion = Some(conversion);
            match self.byte_at(self.pos) {
                None => {}
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(field);
                }
                Some(b':') => self.pos += 1,
                Some(_) => return Err("expected ':' after conversion specifier".into()),
            }
        }
        field.format_spec = self.read_spec()?;
        Ok(field)
    }

    /// Reads a format spec up to the `}` that balances the field's `{`.
    fn read_spec(&mut self) -> Result<String, String> {
        let start = self.pos;
        let mut depth = 1usize;
        while let Some(byte) = self.byte_at(self.pos) {
            self.pos += 1;
            match byte {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        return Ok(self.text[start..self.pos - 1].to_string());
                    }
                }
                _ => {}
            }
        }
        Err("unmatched '{' in format spec".into())
    }
}

impl Iterator for TemplateParser<'_> {
    type Item = Result<TemplateChunk, String>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.text.len() {
            return None;
        }
        let chunk = self.next_chunk();
        self.failed = chunk.is_err();
        Some(chunk)
    }
}

fn literal_chunk(text: &str) -> TemplateChunk {
    TemplateChunk {
        literal: text.to_string(),
        field: None,
    }
}

/// Parses a whole template into pieces, joining adjacent literal text and dropping
/// empty literals. Errors carry CPython's `ValueError` message.
pub fn parse_format_template(s: &str) -> Result<Vec<TemplatePiece>, String> {
    let mut pieces = Vec::new();
    for chunk in TemplateParser::new(s) {
        let chunk = chunk?;
        if !chunk.literal.is_empty() {
            if let Some(TemplatePiece::Literal(text)) = pieces.last_mut() {
                text.push_str(&chunk.literal);
            } else {
                pieces.push(TemplatePiece::Literal(chunk.literal));
            }
        }
        if let Some(field) = chunk.field {
            pieces.push(TemplatePiece::Field(field));
        }
    }
    Ok(pieces)
}

/// Checks a conversion character: `r`, `s` and `a` are valid (CPython raises
/// `ValueError("Unknown conversion specifier X")` only when the field is formatted).
pub fn check_conversion(conversion: char) -> Result<(), String> {
    if matches!(conversion, 'r' | 's' | 'a') {
        return Ok(());
    }
    let code = u32::from(conversion);
    if code > 32 && code < 127 {
        Err(format!("Unknown conversion specifier {conversion}"))
    } else {
        Err(format!("Unknown conversion specifier \\x{code:x}"))
    }
}

/// The auto-numbering state of one `str.format` call (shared by nested fields).
#[derive(Clone, Debug, Default)]
pub struct FieldNumbering {
    next_auto: usize,
    used_auto: bool,
    used_manual: bool,
}

impl FieldNumbering {
    pub fn new() -> Self {
        Self::default()
    }

    /// The index for an empty field name (`{}`), or CPython's error when explicit
    /// indices were used before.
    pub fn next_auto(&mut self) -> Result<usize, String> {
        if self.used_manual {
            return Err(
                "cannot switch from manual field specification to automatic field numbering".into(),
            );
        }
        self.used_auto = true;
        let index = self.next_auto;
        self.next_auto += 1;
        Ok(index)
    }

    /// Records an explicit index (`{0}`), or CPython's error after `{}` was used.
    pub fn manual(&mut self) -> Result<(), String> {
        if self.used_auto {
            return Err(
                "cannot switch from automatic field numbering to manual field specification".into(),
            );
        }
        self.used_manual = true;
        Ok(())
    }
}
