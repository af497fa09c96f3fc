//! The error type of the string algorithms: which Python exception to raise, with
//! CPython 3.11's message text.

use std::fmt;

/// A failed string operation, named after the Python exception the caller raises.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StrError {
    /// `ValueError(message)`, e.g. "empty separator", "substring not found".
    Value(String),
    /// `TypeError(message)`, e.g. "The fill character must be exactly one character long".
    Type(String),
    /// `OverflowError(message)`, e.g. "new string is too long".
    Overflow(String),
    /// `MemoryError()` with no message: the result cannot be allocated.
    Memory,
}

impl StrError {
    pub(crate) fn value(message: &str) -> StrError {
        StrError::Value(message.to_string())
    }

    pub(crate) fn type_error(message: &str) -> StrError {
        StrError::Type(message.to_string())
    }

    pub(crate) fn overflow(message: &str) -> StrError {
        StrError::Overflow(message.to_string())
    }

    /// The Python exception type's name: "ValueError", "TypeError", "OverflowError" or
    /// "MemoryError".
    pub fn exception_name(&self) -> &'static str {
        match self {
            StrError::Value(_) => "ValueError",
            StrError::Type(_) => "TypeError",
            StrError::Overflow(_) => "OverflowError",
            StrError::Memory => "MemoryError",
        }
    }

    /// The exception's message ("" for `MemoryError`).
    pub fn message(&self) -> &str {
        match self {
            StrError::Value(m) | StrError::Type(m) | StrError::Overflow(m) => m,
            StrError::Memory => "",
        }
    }
}

impl fmt::Display for StrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for StrError {}

/// CPython's message for `str.split('')`, `partition('')` and their bytes forms.
pub(crate) const EMPTY_SEPARATOR: &str = "empty separator";

/// A `String` with room for `bytes` bytes, or `MemoryError` if that cannot be had
/// (CPython raises MemoryError when a str result is too large to allocate).
pub(crate) fn string_with_capacity(bytes: usize) -> Result<String, StrError> {
    if !crate::memory::allocation_fits(bytes) {
        return Err(StrError::Memory);
    }
    let mut out = String::new();
    out.try_reserve_exact(bytes).map_err(|_| StrError::Memory)?;
    Ok(out)
}

/// Largest bytes object CPython can describe: `PY_SSIZE_T_MAX - PyBytesObject_SIZE`.
const MAX_BYTES_LEN: usize = isize::MAX as usize - 33;

/// A `Vec<u8>` with room for `len` bytes: `OverflowError("byte string is too large")`
/// past CPython's size limit, `MemoryError` if the allocation fails.
pub(crate) fn bytes_with_capacity(len: usize) -> Result<Vec<u8>, StrError> {
    if len > MAX_BYTES_LEN {
        return Err(StrError::overflow("byte string is too large"));
    }
    if !crate::memory::allocation_fits(len) {
        return Err(StrError::Memory);
    }
    let mut out = Vec::new();
    out.try_reserve_exact(len).map_err(|_| StrError::Memory)?;
    Ok(out)
}
