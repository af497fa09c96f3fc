//! The format-spec mini-language of `format()`, f-strings (`{x:>10.3f}`) and
//! `str.format`: parsing a spec and applying it to ints, floats, complex numbers and
//! strings, with CPython 3.11's exact output and error messages.
//!
//! Submodules, one concern each:
//! - `parse`: [`FormatSpec`] and [`parse_format_spec`];
//! - `error`: [`FormatError`], one variant per Python exception;
//! - `layout`: padding, alignment and digit grouping shared by all types;
//! - `int`, `float`, `complex`, `text`: the per-type rules (`text` is `str`);
//! - `decimal_digit`: Unicode decimal digits, accepted in widths and precisions.
//!
//! An empty spec means `str(value)`; callers handle it before calling in, because
//! for `bool` it differs from any spec (`format(True, '') == 'True'`).

mod complex;
pub(crate) mod decimal_digit;
mod error;
mod float;
mod int;
mod layout;
mod parse;
mod text;

pub use complex::{complex_repr, format_complex, format_complex_as};
pub use error::FormatError;
pub use float::format_float;
pub use int::{format_i64, format_int};
pub use parse::{parse_format_spec, parse_format_spec_for, Align, FormatSpec, Grouping, Sign};
pub use text::{format_str, format_str_as};

#[cfg(test)]
mod tests;
