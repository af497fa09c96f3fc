//! The numeric kernels of CPython 3.11's `math` module, as plain functions on `f64`
//! and `BigInt`, with CPython's special-value rules and error messages.
//!
//! Argument conversion (`__float__`, `__index__`, iterables) stays with the caller; so
//! do `math.prod` and the `__ceil__`/`__floor__`/`__trunc__` dispatch. Submodules:
//! - [`elementary`]: the one- and two-argument libm functions (trig, hyperbolic,
//!   exp/log, `pow`, `fmod`, `remainder`, ...) with CPython's error rules;
//! - [`logarithm`]: `log`, `log2`, `log10` of floats and of ints of any size;
//! - [`special`]: `gamma`, `lgamma`;
//! - [`error_function`]: `erf`, `erfc`;
//! - [`representation`]: `frexp`, `ldexp`, `modf`, `nextafter`, `ulp`, `floor`,
//!   `ceil`, `trunc`, `copysign`, `isfinite`, ...;
//! - [`summation`]: `fsum`, `hypot`, `dist`, `isclose`;
//! - [`integer`]: `factorial`, `gcd`, `lcm`, `isqrt`, `comb`, `perm`.
//!
//! Results come from the platform libm through Rust's `f64` methods (or, for `erf` and
//! `erfc`, which Rust lacks, by calling libm directly), as CPython's do, except where
//! CPython (or glibc, the libm it is measured against) computes the function itself;
//! those algorithms are reproduced here.

use std::fmt;

pub mod elementary;
pub mod error_function;
pub mod integer;
pub mod logarithm;
pub mod representation;
pub mod special;
pub mod summation;

pub use elementary::{
    acos, acosh, asin, asinh, atan, atan2, atanh, cbrt, cos, cosh, degrees, exp, exp2, expm1, fabs,
    fmod, log1p, pow, radians, remainder, sin, sinh, sqrt, tan, tanh,
};
pub use error_function::{erf, erfc};
pub use integer::{comb, factorial, gcd, isqrt, lcm, perm};
pub use logarithm::{log, log10, log10_int, log2, log2_int, log_int, log_with_base};
pub use representation::{
    ceil, copysign, floor, frexp, isfinite, isinf, isnan, ldexp, modf, nextafter, trunc, ulp,
};
pub use special::{gamma, lgamma};
pub use summation::{dist, fsum, hypot, isclose};

/// A `math` function's failure, named after the Python exception the caller raises.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MathError {
    /// `ValueError("math domain error")`: no result in the extended reals, or a pole.
    Domain,
    /// `OverflowError("math range error")`: the result is too large for a float.
    Range,
    /// `ValueError(message)` with a function-specific message, e.g.
    /// "factorial() not defined for negative values".
    Value(String),
    /// `OverflowError(message)` with a function-specific message, e.g.
    /// "intermediate overflow in fsum".
    Overflow(String),
    /// `ZeroDivisionError(message)`: only `log(x, base)` with `log(base) == 0`
    /// ("float division by zero").
    ZeroDivision(String),
}

impl MathError {
    pub(crate) fn value(message: &str) -> Self {
        MathError::Value(message.to_string())
    }

    pub(crate) fn overflow(message: &str) -> Self {
        MathError::Overflow(message.to_string())
    }

    /// The Python exception type's name.
    pub fn exception_name(&self) -> &'static str {
        match self {
            MathError::Domain | MathError::Value(_) => "ValueError",
            MathError::Range | MathError::Overflow(_) => "OverflowError",
            MathError::ZeroDivision(_) => "ZeroDivisionError",
        }
    }

    /// The exception's message.
    pub fn message(&self) -> &str {
        match self {
            MathError::Domain => "math domain error",
            MathError::Range => "math range error",
            MathError::Value(m) | MathError::Overflow(m) | MathError::ZeroDivision(m) => m,
        }
    }
}

impl fmt::Display for MathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.exception_name(), self.message())
    }
}

impl std::error::Error for MathError {}

/// The result type of the `math` kernels.
pub type MathResult<T> = Result<T, MathError>;
