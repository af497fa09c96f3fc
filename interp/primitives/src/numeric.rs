//! Numeric algorithms behind `int`, `float` and `complex`, with CPython 3.11's exact
//! results and error messages.
//!
//! Each submodule owns one concern:
//! - [`error`]: the [`NumError`] enum carrying CPython's exception messages;
//! - [`parse`]: `int(str, base)` and `float(str)` parsing;
//! - [`parse_complex`]: `complex(str)` parsing;
//! - [`radix`]: int → string in bases 2, 8, 10 and 16 (`bin`, `oct`, `hex`);
//! - [`hash`]: Python's numeric hash (modulus 2**61 - 1);
//! - [`convert`]: exact conversions between `f64` and `BigInt`, int true division,
//!   `float.as_integer_ratio`, `float.is_integer`;
//! - [`float_arith`]: float `//`, `%`, `divmod`, `/` and `**`;
//! - [`round`]: `round(float)` and `round(float, ndigits)`;
//! - [`hex`]: `float.hex()` and `float.fromhex()`;
//! - [`complex`]: complex `*`, `/`, `**` and `abs`.
//!
//! Internal helpers shared with [`crate::math`] (exact binary rounding) live in
//! [`convert`] and are `pub(crate)`.

pub mod complex;
pub mod convert;
pub mod error;
pub mod float_arith;
pub mod hash;
pub mod hex;
pub mod parse;
pub mod parse_complex;
pub mod radix;
pub mod round;
mod text;

pub use complex::{complex_abs, complex_div, complex_mul, complex_pow};
pub use convert::{
    as_integer_ratio, bigint_to_f64, float_to_bigint, frexp_bigint, i64_true_divide,
    int_true_divide, is_integer,
};
pub use error::{NumError, POW_OVERFLOW_ERRNO, POW_OVERFLOW_MESSAGE, POW_OVERFLOW_STRERROR};
pub use float_arith::{
    float_divmod, float_floor_div, float_mod, float_pow, float_true_div, PowResult,
};
pub use hash::{
    hash_bigint, hash_complex, hash_float, hash_i64, HASH_IMAG, HASH_INF, HASH_MODULUS,
};
pub use hex::{float_fromhex, float_hex};
pub use parse::{parse_float, parse_int, parse_int_fast, InvalidLiteral, ParsedInt};
pub use parse_complex::{parse_complex, ComplexLiteralError};
pub use radix::{bigint_to_string, i64_to_string};
pub use round::{round_half_even, round_to_bigint};
