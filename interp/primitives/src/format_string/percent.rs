//! Parsing of printf-style `%` format strings (`'%-8.2f|' % x`).
//!
//! CPython interleaves parsing with argument handling: a mapping key is looked up
//! as soon as it is read, `*` fetches an argument when met, and the conversion
//! character is checked only after its argument was fetched. To keep the order of
//! errors, [`PercentParser`] yields each conversion spec whole, with any problem
//! found after its key recorded in [`PercentSpec::parse_error`], and the validity of
//! the conversion character left to [`PercentSpec::conversion_error`]. The
//! interpreter then does, per spec: look up the key; fetch `*` width; fetch `*`
//! precision; raise `parse_error`; fetch the argument; raise `conversion_error`.
//!
//! CPython: Objects/unicodeobject.c `unicode_format_arg_parse`.

use super::percent_render::{
    format_percent_char, format_percent_float, format_percent_int, format_percent_text,
};
use crate::format_spec::FormatError;
use num_bigint::BigInt;

/// The flag characters `-`, `+`, ` `, `#` and `0`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: pad on the right (overrides `0`).
    pub left_adjust: bool,
    /// `+`: sign non-negative numbers with `+` (overrides ` `).
    pub sign_plus: bool,
    /// ` `: a space before non-negative numbers.
    pub sign_space: bool,
    /// `#`: `0o`/`0x`/`0X` prefixes; keep the point and zeros of floats.
    pub alternate: bool,
    /// `0`: pad numbers with zeros after the sign and prefix.
    pub zero_pad: bool,
}

/// A width or precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentCount {
    /// Written in the format string.
    Given(usize),
    /// `*`: taken from the next argument (see [`PercentSpec::apply_star_width`] and
    /// [`PercentSpec::apply_star_precision`]).
    FromArgument,
}

/// One `%...` conversion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    /// The `(key)` text, parentheses balanced inside (`%((a))s` has key `(a)`).
    pub mapping_key: Option<String>,
    pub flags: PercentFlags,
    pub width: Option<PercentCount>,
    pub precision: Option<PercentCount>,
    /// The conversion character, not yet validated; `'\0'` when `parse_error` is set.
    pub conversion: char,
    /// Character index of `conversion` in the format string (for error messages).
    pub conversion_index: usize,
    /// A `ValueError` found after the key: "incomplete format", "width too big",
    /// "precision too big". Fields after the error are unset.
    pub parse_error: Option<String>,
}

/// A piece of a `%` format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece {
    /// Text to copy (`%%` already turned into `%`).
    Literal(String),
    Spec(PercentSpec),
}

impl PercentSpec {
    /// CPython's `ValueError` message when `conversion` is not one of
    /// `d i o u x X e E f F g G c r s a`.
    pub fn conversion_error(&self) -> Option<String> {
        if "diouxXeEfFgGcrsa".contains(self.conversion) && self.conversion != '\0' {
            return None;
        }
        let code = u32::from(self.conversion);
        let shown = if (31..=126).contains(&code) {
            self.conversion
        } else {
            '?'
        };
        Some(format!(
            "unsupported format character '{shown}' (0x{code:x}) at index {}",
            self.conversion_index
        ))
    }

    /// Applies a width taken from an argument: a negative width means
    /// left-adjusted with its absolute value.
    pub fn apply_star_width(&mut self, requested: isize) {
        if requested < 0 {
            self.flags.left_adjust = true;
        }
        self.width = Some(PercentCount::Given(requested.unsigned_abs()));
    }

    /// Applies a precision taken from an argument: negative counts as 0.
    pub fn apply_star_precision(&mut self, requested: i32) {
        self.precision = Some(PercentCount::Given(requested.max(0) as usize));
    }

    /// The width once `*` is resolved (an unresolved `*` counts as none).
    pub fn width_value(&self) -> usize {
        match self.width {
            Some(PercentCount::Given(width)) => width,
            _ => 0,
        }
    }

    /// The precision once `*` is resolved (an unresolved `*` counts as none).
    pub fn precision_value(&self) -> Option<usize> {
        match self.precision {
            Some(PercentCount::Given(precision)) => Some(precision),
            _ => None,
        }
    }

    /// `d i u o x X` applied to an int.
    pub fn render_int(&self, value: &BigInt) -> Result<String, FormatError> {
        format_percent_int(
            value,
            self.conversion,
            &self.flags,
            self.width_value(),
            self.precision_value(),
        )
    }

    /// `e E f F g G` applied to a float.
    pub fn render_float(&self, value: f64) -> Result<String, FormatError> {
        format_percent_float(
            value,
            self.conversion,
            &self.flags,
            self.width_value(),
            self.precision_value(),
        )
    }

    /// `s r a` applied to the `str()` / `repr()` / `ascii()` text.
    pub fn render_text(&self, text: &str) -> Result<String, FormatError> {
        format_percent_text(
            text,
            &self.flags,
            self.width_value(),
            self.precision_value(),
        )
    }

    /// `c` applied to the character.
    pub fn render_char(&self, ch: char) -> Result<String, FormatError> {
        format_percent_char(ch, &self.flags, self.width_value())
    }
}

/// Iterator over the pieces of a `%` format string. An `Err` ("incomplete format
/// key") ends the iteration, and so does a spec with a `parse_error`.
pub struct PercentParser {
    chars: Vec<char>,
    pos: usize,
    done: bool,
}

impl PercentParser {
    pub fn new(text: &str) -> Self {
        PercentParser {
            chars: text.chars().collect(),
            pos: 0,
            done: false,
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    /// Reads literal text, turning `%%` into `%`, up to the next conversion.
    fn literal(&mut self) -> String {
        let mut text = String::new();
        while let Some(c) = self.peek() {
            if c != '%' {
                text.push(c);
                self.pos += 1;
            } else if self.chars.get(self.pos + 1) == Some(&'%') {
                text.push('%');
                self.pos += 2;
            } else {
                break;
            }
        }
        text
    }

    /// Parses a conversion spec; `self.pos` is at its `%`.
    fn spec(&mut self) -> Result<PercentSpec, String> {
        self.pos += 1;
        let mut spec = PercentSpec {
            mapping_key: None,
            flags: PercentFlags::default(),
            width: None,
            precision: None,
            conversion: '\0',
            conversion_index: 0,
            parse_error: None,
        };
        if self.peek() == Some('(') {
            spec.mapping_key = Some(self.mapping_key()?);
        }
        if let Err(message) = self.spec_after_key(&mut spec) {
            spec.parse_error = Some(message.to_string());
        }
        Ok(spec)
    }

    /// Reads `(key)` with nested parentheses counted.
    fn mapping_key(&mut self) -> Result<String, String> {
        self.pos += 1;
        let start = self.pos;
        let mut depth = 1usize;
        while let Some(c) = self.peek() {
            self.pos += 1;
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        return Ok(self.chars[start..self.pos - 1].iter().collect());
                    }
                }
                _ => {}
            }
        }
        Err("incomplete format key".into())
    }

    fn spec_after_key(&mut self, spec: &mut PercentSpec) -> Result<(), &'static str> {
        while let Some(c) = self.peek() {
            match c {
                '-' => spec.flags.left_adjust = true,
                '+' => spec.flags.sign_plus = true,
                ' ' => spec.flags.sign_space = true,
                '#' => spec.flags.alternate = true,
                '0' => spec.flags.zero_pad = true,
                _ => break,
            }
            self.pos += 1;
        }
        spec.width = self.count(isize::MAX as usize, "width too big")?;
        if self.peek() == Some('.') {
            self.pos += 1;
            spec.precision = Some(
                self.count(i32::MAX as usize, "precision too big")?
                    .unwrap_or(PercentCount::Given(0)),
            );
        }
        // Length modifiers are accepted and ignored (one only: "%lld" is an error).
        if matches!(self.peek(), Some('h' | 'l' | 'L')) {
            self.pos += 1;
        }
        let Some(conversion) = self.peek() else {
            return Err("incomplete format");
        };
        spec.conversion = conversion;
        spec.conversion_index = self.pos;
        self.pos += 1;
        Ok(())
    }

    /// Reads `*` or ASCII digits up to `limit`.
    fn count(
        &mut self,
        limit: usize,
        too_big: &'static str,
    ) -> Result<Option<PercentCount>, &'static str> {
        if self.peek() == Some('*') {
            self.pos += 1;
            return Ok(Some(PercentCount::FromArgument));
        }
        let mut value: Option<usize> = None;
        while let Some(digit) = self.peek().and_then(|c| c.to_digit(10)) {
            let next = value
                .unwrap_or(0)
                .checked_mul(10)
                .and_then(|v| v.checked_add(digit as usize))
                .filter(|v| *v <= limit)
                .ok_or(too_big)?;
            value = Some(next);
            self.pos += 1;
        }
        Ok(value.map(PercentCount::Given))
    }
}

impl Iterator for PercentParser {
    type Item = Result<PercentPiece, String>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done || self.pos >= self.chars.len() {
            return None;
        }
        if self.peek() != Some('%') || self.chars.get(self.pos + 1) == Some(&'%') {
            return Some(Ok(PercentPiece::Literal(self.literal())));
        }
        let spec = self.spec();
        self.done = match &spec {
            Ok(spec) => spec.parse_error.is_some(),
            Err(_) => true,
        };
        Some(spec.map(PercentPiece::Spec))
    }
}

/// Parses a whole `%` format string, reporting the first error of any kind
/// (including unsupported conversion characters) with CPython's message.
pub fn parse_percent_format(s: &str) -> Result<Vec<PercentPiece>, String> {
    let mut pieces = Vec::new();
    for piece in PercentParser::new(s) {
        let piece = piece?;
        if let PercentPiece::Spec(spec) = &piece {
            if let Some(message) = spec.parse_error.clone().or_else(|| spec.conversion_error()) {
                return Err(message);
            }
        }
        pieces.push(piece);
    }
    Ok(pieces)
}
