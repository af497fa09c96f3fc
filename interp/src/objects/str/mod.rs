//! `str`: the text representation (`PyStr`), hashing, repr, character indexing, and the
//! type's registration. Protocol methods and construction live in `protocol.rs`, the
//! text methods in `methods.rs`, `format()`/`str.format` in `format.rs` and `%`
//! formatting (str and bytes) in `percent.rs`.

mod format;
mod methods;
mod percent;
mod protocol;
pub mod siphash;

pub use format::{format_error, format_float_spec, format_int_spec, format_str_spec, str_format};
pub use methods::adjust_indices as adjust_indices_pub;
pub use methods::{check_arity, clinic_bind, method_args, slice_index, str_error, Arity};
pub use percent::{bytes_percent_format, percent_format};

use std::cell::{Cell, OnceCell};

use crate::object::payload::*;
use crate::vm::Vm;

pub fn make_pystr(s: String) -> PyStr {
    let char_len = if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    };
    PyStr {
        s: s.into_boxed_str(),
        char_len,
        hash: Cell::new(-1),
        index: OnceCell::new(),
    }
}

/// The hash of a str, cached: CPython's with hash randomization off (see `siphash`).
#[inline]
pub fn str_hash(s: &PyStr) -> i64 {
    let h = s.hash.get();
    if h != -1 {
        return h;
    }
    let r = siphash::str_hash_value(&s.s);
    s.hash.set(r);
    r
}

impl PyStr {
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    /// Byte offset of character `i` (i <= char_len). O(1) for ASCII; builds an index of
    /// every 64th character on first use otherwise.
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        if i >= self.char_len {
            return self.s.len();
        }
        let idx = self.index.get_or_init(|| {
            let mut v = Vec::with_capacity(self.char_len / 64 + 1);
            for (n, (off, _)) in self.s.char_indices().enumerate() {
                if n % 64 == 0 {
                    v.push(off as u32);
                }
            }
            Box::new(v)
        });
        let start = idx[i / 64] as usize;
        let rem = i % 64;
        match self.s[start..].char_indices().nth(rem) {
            Some((o, _)) => start + o,
            None => self.s.len(),
        }
    }

    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            return self.s.as_bytes().get(i).map(|&b| b as char);
        }
        let off = self.byte_offset(i);
        self.s[off..].chars().next()
    }

    /// The substring of characters `start..end`.
    pub fn substr(&self, start: usize, end: usize) -> &str {
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.s[a..b]
    }
}

/// repr() of a str.
pub fn repr_str(s: &str) -> String {
    ferropy_primitives::strops::str_repr(s)
}

/// ascii(): non-ASCII characters of a repr escaped.
pub fn ascii_escape(s: &str) -> String {
    ferropy_primitives::strops::escape_non_ascii(s).into_owned()
}

pub fn init(vm: &Vm) {
    protocol::init(vm);
    methods::init(vm);
}
