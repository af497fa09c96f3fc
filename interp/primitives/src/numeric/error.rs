//! The error type of the numeric algorithms: which Python exception to raise, with
//! CPython 3.11's message text.

use std::fmt;

/// A numeric failure, named after the Python exception the caller raises.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumError {
    /// `ZeroDivisionError(message)`, e.g. "float division by zero".
    ZeroDivision(String),
    /// `OverflowError(message)`, e.g. "int too large to convert to float".
    ///
    /// The one exception is float `**` overflow, where CPython raises
    /// `OverflowError(34, 'Numerical result out of range')` (an errno-style exception):
    /// its message here is [`POW_OVERFLOW_MESSAGE`], which is what `str()` of that
    /// exception shows; a caller wanting the exact `args` can build them from
    /// [`POW_OVERFLOW_ERRNO`] and [`POW_OVERFLOW_STRERROR`].
    Overflow(String),
    /// `ValueError(message)`, e.g. "cannot convert float NaN to integer".
    Value(String),
}

/// `str()` of the OverflowError raised by float `**` on overflow.
pub const POW_OVERFLOW_MESSAGE: &str = "(34, 'Numerical result out of range')";
/// errno (`ERANGE`) carried by the OverflowError raised by float `**` on overflow.
pub const POW_OVERFLOW_ERRNO: i32 = 34;
/// strerror text carried by the OverflowError raised by float `**` on overflow.
pub const POW_OVERFLOW_STRERROR: &str = "Numerical result out of range";

impl NumError {
    pub(crate) fn zero_division(message: &str) -> Self {
        NumError::ZeroDivision(message.to_string())
    }

    pub(crate) fn overflow(message: &str) -> Self {
        NumError::Overflow(message.to_string())
    }

    pub(crate) fn value(message: &str) -> Self {
        NumError::Value(message.to_string())
    }

    /// The Python exception type's name: "ZeroDivisionError", "OverflowError" or
    /// "ValueError".
    pub fn exception_name(&self) -> &'static str {
        match self {
            NumError::ZeroDivision(_) => "ZeroDivisionError",
            NumError::Overflow(_) => "OverflowError",
            NumError::Value(_) => "ValueError",
        }
    }

    /// The exception's message.
    pub fn message(&self) -> &str {
        match self {
            NumError::ZeroDivision(m) | NumError::Overflow(m) | NumError::Value(m) => m,
        }
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.exception_name(), self.message())
    }
}

impl std::error::Error for NumError {}
