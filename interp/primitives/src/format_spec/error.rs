//! The error type of the format-spec mini-language, one variant per Python exception.

use std::fmt;

/// An error from parsing or applying a format spec; each variant names the Python
/// exception the interpreter raises and carries CPython's exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// `ValueError(message)`.
    Value(String),
    /// `OverflowError(message)`, e.g. `"%c arg not in range(0x110000)"` or
    /// `"int too large to convert to float"`.
    Overflow(String),
    /// `MemoryError()`: the padded result is too large to allocate.
    Memory,
    /// `ValueError`: trailing text after the spec's last field. The message names
    /// the formatted object's type, which [`crate::format_spec::parse_format_spec`]
    /// does not know: turn it into [`FormatError::Value`] with
    /// [`FormatError::for_type`] (or parse with
    /// [`crate::format_spec::parse_format_spec_for`]).
    InvalidSpecifier(String),
}

impl FormatError {
    /// Completes an [`FormatError::InvalidSpecifier`] with the object's type name
    /// (CPython: "Invalid format specifier 'xx' for object of type 'float'");
    /// other errors are returned unchanged.
    pub fn for_type(self, type_name: &str) -> FormatError {
        match self {
            FormatError::InvalidSpecifier(spec) => FormatError::Value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )),
            other => other,
        }
    }

    /// The exception message (empty for `MemoryError`).
    pub fn message(&self) -> String {
        match self {
            FormatError::Value(m) | FormatError::Overflow(m) => m.clone(),
            FormatError::Memory => String::new(),
            FormatError::InvalidSpecifier(spec) => format!("Invalid format specifier '{spec}'"),
        }
    }

    pub(crate) fn value(message: impl Into<String>) -> FormatError {
        FormatError::Value(message.into())
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for FormatError {}

/// How CPython shows a format code inside a message: the character itself when it is
/// printable ASCII above the space, else `\x` and its hex code point (no padding).
pub(crate) fn quoted_code(code: char) -> String {
    let value = u32::from(code);
    if value > 32 && value < 128 {
        code.to_string()
    } else {
        format!("\\x{value:x}")
    }
}

/// CPython's message for a presentation type the object does not support.
pub(crate) fn unknown_code(code: char, type_name: &str) -> FormatError {
    FormatError::Value(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        quoted_code(code)
    ))
}
