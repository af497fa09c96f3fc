//! The algorithms behind Python 3.11's `str` and `bytes` methods, as pure functions on
//! `&str` and `&[u8]` with CPython's results and error messages.
//!
//! str functions index by character (code point), as Python does, and take
//! slice-style `start`/`end` as `Option<i64>` (`None` for an omitted or `None` argument,
//! out-of-range and negative values allowed). Results that may equal the input borrow
//! from it (`&str`, `Cow`) so the caller can return the same object, as CPython does.
//! Argument type checks and conversions stay with the interpreter.
//!
//! Each submodule owns one concern:
//! - [`error`]: the [`StrError`] enum carrying CPython's exception messages;
//! - [`indices`]: `ADJUST_INDICES` and character ↔ byte offset conversion;
//! - [`search`]: `find`, `rfind`, `index`, `rindex`, `count`, `startswith`, `endswith`;
//! - [`split`]: `split`, `rsplit`, `splitlines`, `partition`, `rpartition`;
//! - [`strip`]: `strip`, `lstrip`, `rstrip`, `removeprefix`, `removesuffix`;
//! - [`layout`]: `center`, `ljust`, `rjust`, `zfill`, `expandtabs`;
//! - [`case`]: `upper`, `lower`, `casefold`, `title`, `capitalize`, `swapcase`;
//! - [`predicates`]: `isalpha` and the other `isXXX` tests, `isidentifier`;
//! - [`replace`]: `replace`, `translate`, `maketrans`, `join`;
//! - [`repr`]: `repr()` and `ascii()` of str, `repr()` of bytes;
//! - [`bytes`]: the same methods for bytes (byte indices, ASCII semantics).
//!
//! Character properties come from [`crate::unicode`].

pub mod bytes;
pub mod case;
pub mod error;
pub mod indices;
pub mod layout;
pub mod predicates;
pub mod replace;
pub mod repr;
pub mod search;
pub mod split;
pub mod strip;

pub use case::{capitalize, casefold, lower, swapcase, title, upper};
pub use error::StrError;
pub use indices::{adjust_indices, byte_to_char, char_len, char_to_byte, char_window, CharWindow};
pub use layout::{center, expandtabs, fill_char, ljust, rjust, zfill};
pub use predicates::{
    isalnum, isalpha, isascii, isdecimal, isdigit, isidentifier, islower, isnumeric, isprintable,
    isspace, istitle, isupper,
};
pub use replace::{join, maketrans, maketrans_key, replace, translate, Translation};
pub use repr::{ascii_repr, bytes_repr, escape_non_ascii, str_repr, wtf8_repr};
pub use search::{count, endswith, find, index, rfind, rindex, startswith};
pub use split::{partition, rpartition, rsplit, split, splitlines};
pub use strip::{lstrip, removeprefix, removesuffix, rstrip, strip};

#[cfg(test)]
mod tests;
