//! The algorithms of `bytes` (and `bytearray`) methods on `&[u8]`: indices are byte
//! indices, whitespace is ASCII whitespace (`b' \t\n\r\x0b\x0c'`), case is ASCII case.
//!
//! - [`search`]: substring search, `find`/`rfind`/`index`/`rindex`/`count`,
//!   `startswith`/`endswith`;
//! - [`split`]: `split`/`rsplit`/`splitlines`/`partition`/`rpartition`, `strip` and
//!   friends, `removeprefix`/`removesuffix`;
//! - [`case`]: `upper`/`lower`/`title`/`capitalize`/`swapcase` and the `isXXX` tests;
//! - [`build`]: `replace`, `center`/`ljust`/`rjust`/`zfill`, `expandtabs`, `translate`,
//!   `maketrans`, `join`, `hex` and `fromhex`.

pub mod build;
pub mod case;
pub mod search;
pub mod split;

pub use build::{
    center, expandtabs, fromhex, hex, join, ljust, maketrans, replace, rjust, translate, zfill,
};
pub use case::{
    capitalize, isalnum, isalpha, isascii, isdigit, islower, isspace, istitle, isupper, lower,
    swapcase, title, upper,
};
pub use search::{
    count, endswith, find, find_subslice, index, rfind, rfind_subslice, rindex, startswith,
};
pub use split::{
    lstrip, partition, removeprefix, removesuffix, rpartition, rsplit, rstrip, split, splitlines,
    strip, Partition,
};

/// `Py_ISSPACE`: the whitespace of bytes methods.
#[inline]
pub fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}
