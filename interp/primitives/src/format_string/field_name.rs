//! Splitting a `str.format` field name (`0.attr[key][3]`) into the argument it
//! names and the chain of attribute / item accesses applied to it.
//!
//! Errors in the access chain are reported after the valid accesses before them, as
//! CPython evaluates accesses one at a time: [`FieldName::trailing_error`] holds the
//! message to raise once those have been applied.
//!
//! CPython: Objects/stringlib/unicode_format.h `field_name_split`,
//! `FieldNameIterator_next`, `get_integer`.

use crate::format_spec::decimal_digit::decimal_value;

/// The argument a field refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldArgument {
    /// Empty name: the next positional argument (auto-numbering).
    Auto,
    /// All decimal digits: a positional index.
    Index(usize),
    /// Anything else: a keyword argument name.
    Keyword(String),
}

/// One access applied to the argument.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldAccess {
    /// `.name`: `getattr(obj, name)`.
    Attribute(String),
    /// `[digits]`: `obj[int]`.
    Index(usize),
    /// `[text]`: `obj[str]`.
    Key(String),
}

/// A split field name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldName {
    pub argument: FieldArgument,
    pub accesses: Vec<FieldAccess>,
    /// A `ValueError` message to raise after applying `accesses`.
    pub trailing_error: Option<String>,
}

const TOO_MANY_DIGITS: &str = "Too many decimal digits in format string";

/// Splits `name` (as in `_string.formatter_field_name_split`). The `Err` case is an
/// error in the argument part itself, raised before anything is looked up.
pub fn split_field_name(name: &str) -> Result<FieldName, String> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let argument = if first.is_empty() {
        FieldArgument::Auto
    } else {
        match parse_index(first)? {
            Some(index) => FieldArgument::Index(index),
            None => FieldArgument::Keyword(first.to_string()),
        }
    };
    let mut split = FieldName {
        argument,
        accesses: Vec::new(),
        trailing_error: None,
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        match next_access(&mut rest) {
            Ok(access) => split.accesses.push(access),
            Err(message) => {
                split.trailing_error = Some(message);
                break;
            }
        }
    }
    Ok(split)
}

/// Reads one `.name` or `[key]` from the front of `rest`.
fn next_access(rest: &mut &str) -> Result<FieldAccess, String> {
    let text = *rest;
    if let Some(after_dot) = text.strip_prefix('.') {
        let end = after_dot.find(['.', '[']).unwrap_or(after_dot.len());
        let attribute = &after_dot[..end];
        *rest = &after_dot[end..];
        if attribute.is_empty() {
            return Err("Empty attribute in format string".into());
        }
        return Ok(FieldAccess::Attribute(attribute.to_string()));
    }
    if let Some(after_bracket) = text.strip_prefix('[') {
        let Some(end) = after_bracket.find(']') else {
            return Err("Missing ']' in format string".into());
        };
        let key = &after_bracket[..end];
        *rest = &after_bracket[end + 1..];
        if key.is_empty() {
            return Err("Empty attribute in format string".into());
        }
        return Ok(match parse_index(key)? {
            Some(index) => FieldAccess::Index(index),
            None => FieldAccess::Key(key.to_string()),
        });
    }
    // Only text after a ']' can start with anything else.
    Err("Only '.' or '[' may follow ']' in format field specifier".into())
}

/// `Some(n)` when `text` is all decimal digits (any script); overflow past
/// `isize::MAX` is an error even if a non-digit follows, as in CPython.
fn parse_index(text: &str) -> Result<Option<usize>, String> {
    let mut value: usize = 0;
    for c in text.chars() {
        let Some(digit) = decimal_value(c) else {
            return Ok(None);
        };
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|v| *v <= isize::MAX as usize)
            .ok_or_else(|| TOO_MANY_DIGITS.to_string())?;
    }
    Ok(Some(value))
}
