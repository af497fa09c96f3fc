//! `str`: the text representation (`PyStr`), hashing, repr, character indexing, and the
//! type's registration. Protocol methods and construction live in `protocol.rs`, the
//! text methods in `methods.rs`, `format()`/`str.format` in `format.rs` and `%`
//! formatting (str and bytes) in `percent.rs`.

mod format;
mod methods;
mod percent;
mod protocol;
mod shield;
pub mod siphash;

pub use format::{format_error, format_float_spec, format_int_spec, format_str_spec, str_format};
pub use methods::adjust_indices as adjust_indices_pub;
pub use methods::{check_arity, clinic_bind, method_args, slice_index, str_error, Arity};
pub use percent::{bytes_percent_format, percent_format};

use std::cell::{Cell, OnceCell};

use ferropy_primitives::wtf8::{self, Segment, Wtf8Buf, Wtf8Str, WtfBox};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

pub fn make_pystr(s: String) -> PyStr {
    let char_len = if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    };
    PyStr {
        text: WtfBox::Str(s.into_boxed_str()),
        char_len,
        hash: Cell::new(-1),
        index: OnceCell::new(),
    }
}

/// A `PyStr` from owned generalized UTF-8 text (which may hold surrogates).
pub fn make_pystr_box(text: WtfBox) -> PyStr {
    let char_len = wtf8::count_code_points(text.as_bytes());
    PyStr {
        text,
        char_len,
        hash: Cell::new(-1),
        index: OnceCell::new(),
    }
}

/// A new exact `str` from a buffer that may hold surrogates.
pub fn new_wtf8(vm: &Vm, buf: Wtf8Buf) -> PyRef {
    match buf.into_box() {
        WtfBox::Str(s) => vm.new_string(s.into_string()),
        b => PyRef::new(vm.types.str.clone(), Payload::Str(make_pystr_box(b))),
    }
}

/// A new exact `str` from borrowed text that may hold surrogates.
pub fn new_view(vm: &Vm, v: Wtf8Str<'_>) -> PyRef {
    match v {
        Wtf8Str::Str(s) => vm.new_str(s),
        v => new_wtf8(vm, {
            let mut b = Wtf8Buf::with_capacity(v.as_bytes().len());
            b.push_view(v);
            b
        }),
    }
}

/// A one-code-point str; surrogates included.
pub fn new_code_point(vm: &Vm, cp: u32) -> PyRef {
    match char::from_u32(cp) {
        Some(c) => vm.new_char(c),
        None => {
            let mut b = Wtf8Buf::new();
            b.push_code_point(cp);
            new_wtf8(vm, b)
        }
    }
}

/// The exception CPython raises where a str must be UTF-8 (`PyUnicode_AsUTF8`) and
/// holds a surrogate: "'utf-8' codec can't encode character '\ud800' in position 0:
/// surrogates not allowed".
pub fn surrogate_error(vm: &Vm, s: &PyStr, obj: Option<&PyRef>) -> PyErr {
    let pos = s
        .view()
        .code_points()
        .position(wtf8::is_surrogate)
        .unwrap_or(0);
    let obj = match obj {
        Some(o) => o.clone(),
        None => PyRef::new(
            vm.types.str.clone(),
            Payload::Str(make_pystr_box(s.text.clone())),
        ),
    };
    let end = pos
        + 1
        + s.view()
            .code_points()
            .skip(pos + 1)
            .take_while(|c| wtf8::is_surrogate(*c))
            .count();
    crate::objects::bytes::unicode_error(
        vm,
        &vm.exc.unicode_encode_error,
        "utf-8",
        obj,
        pos,
        end,
        "surrogates not allowed",
    )
}

/// The text of a str as a Rust `str`, or the `UnicodeEncodeError` CPython raises when
/// it needs UTF-8 and the text holds a surrogate.
pub fn as_utf8<'a>(vm: &Vm, s: &'a PyStr) -> PyResult<&'a str> {
    s.as_str().ok_or_else(|| surrogate_error(vm, s, None))
}

/// The text of a str object as a Rust `str` (see [`as_utf8`]); `None` for non-str.
pub fn obj_utf8<'a>(vm: &Vm, o: &'a PyRef) -> Option<PyResult<&'a str>> {
    match &o.payload {
        Payload::Str(s) => Some(s.as_str().ok_or_else(|| surrogate_error(vm, s, Some(o)))),
        _ => None,
    }
}

/// The hash of a str, cached: CPython's with hash randomization off (see `siphash`).
#[inline]
pub fn str_hash(s: &PyStr) -> i64 {
    let h = s.hash.get();
    if h != -1 {
        return h;
    }
    str_hash_slow(s)
}

/// The uncached part of [`str_hash`], kept out of line so the cached path stays small.
#[inline(never)]
fn str_hash_slow(s: &PyStr) -> i64 {
    let r = match s.as_str() {
        Some(t) => siphash::str_hash_value(t),
        None => siphash::code_points_hash(s.view().code_points()),
    };
    s.hash.set(r);
    r
}

impl PyStr {
    /// The text as a Rust `str` when it holds no surrogate (no copy, no check).
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        self.text.as_str()
    }

    #[inline]
    pub fn view(&self) -> Wtf8Str<'_> {
        self.text.view()
    }

    /// The generalized UTF-8 bytes (UTF-8 when there is no surrogate).
    #[inline]
    pub fn bytes(&self) -> &[u8] {
        self.text.as_bytes()
    }

    #[inline]
    pub fn has_surrogates(&self) -> bool {
        self.text.has_surrogates()
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len == self.bytes().len()
    }

    /// Byte offset of code point `i` (i <= char_len). O(1) for ASCII; builds an index of
    /// every 64th code point on first use otherwise.
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        let bytes = self.bytes();
        if i >= self.char_len {
            return bytes.len();
        }
        let is_start = |b: &u8| (b & 0xC0) != 0x80;
        let idx = self.index.get_or_init(|| {
            let mut v = Vec::with_capacity(self.char_len / 64 + 1);
            let starts = bytes.iter().enumerate().filter(|(_, b)| is_start(b));
            for (n, (off, _)) in starts.enumerate() {
                if n % 64 == 0 {
                    v.push(off as u32);
                }
            }
            Box::new(v)
        });
        let start = idx[i / 64] as usize;
        let rem = i % 64;
        bytes[start..]
            .iter()
            .enumerate()
            .filter(|(_, b)| is_start(b))
            .nth(rem)
            .map_or(bytes.len(), |(o, _)| start + o)
    }

    /// The text, each surrogate replaced by U+FFFD: for parsers (int, float, complex)
    /// that reject surrogates anyway and report the original object.
    pub fn lossy(&self) -> std::borrow::Cow<'_, str> {
        match self.as_str() {
            Some(t) => std::borrow::Cow::Borrowed(t),
            None => std::borrow::Cow::Owned(self.view().to_string_lossy()),
        }
    }

    /// The code point at index `i`.
    pub fn code_point_at(&self, i: usize) -> Option<u32> {
        if i >= self.char_len {
            return None;
        }
        if self.is_ascii() {
            return self.bytes().get(i).map(|&b| u32::from(b));
        }
        let off = self.byte_offset(i);
        Some(wtf8::decode_at(self.bytes(), off).0)
    }

    /// The character at index `i` (`None` past the end or for a surrogate).
    pub fn char_at(&self, i: usize) -> Option<char> {
        self.code_point_at(i).and_then(char::from_u32)
    }

    /// The substring of code points `start..end`.
    pub fn substr(&self, start: usize, end: usize) -> Wtf8Str<'_> {
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        self.view().slice(a, b)
    }
}

/// The concatenation of str objects (non-str items are skipped), as f-strings build it.
pub fn concat(vm: &Vm, items: &[PyRef]) -> PyRef {
    let strs = items.iter().filter_map(|it| match &it.payload {
        Payload::Str(s) => Some(s),
        _ => None,
    });
    if strs.clone().all(|s| !s.has_surrogates()) {
        let mut out = String::with_capacity(strs.clone().map(|s| s.bytes().len()).sum());
        strs.filter_map(PyStr::as_str).for_each(|t| out.push_str(t));
        return vm.new_string(out);
    }
    let mut out = Wtf8Buf::new();
    strs.for_each(|s| out.push_view(s.view()));
    new_wtf8(vm, out)
}

/// The text with each surrogate written `\\udxxx` (the `backslashreplace` error
/// handler of UTF-8, which CPython's stderr uses).
pub fn backslash_text(s: &PyStr) -> std::borrow::Cow<'_, str> {
    match s.as_str() {
        Some(t) => std::borrow::Cow::Borrowed(t),
        None => {
            let mut out = String::with_capacity(s.bytes().len() + 8);
            for seg in s.view().segments() {
                match seg {
                    Segment::Text(t) => out.push_str(t),
                    Segment::Surrogate(cp) => wtf8::push_hex_escape(&mut out, cp),
                }
            }
            std::borrow::Cow::Owned(out)
        }
    }
}

/// `sub in s`.
pub fn contains(s: &PyStr, sub: &PyStr) -> bool {
    match (s.as_str(), sub.as_str()) {
        (Some(a), Some(b)) => a.contains(b),
        _ => wtf8::find_bytes(s.bytes(), sub.bytes(), 0).is_some(),
    }
}

/// The code point that starts at byte `at` of `s` and its length in bytes.
pub fn code_point_from(s: &PyStr, at: usize) -> Option<(u32, usize)> {
    if at >= s.bytes().len() {
        return None;
    }
    Some(wtf8::decode_at(s.bytes(), at))
}

/// repr() of a str.
pub fn repr_str(s: &str) -> String {
    ferropy_primitives::strops::str_repr(s)
}

/// repr() of a str object, surrogates escaped as `\udxxx`.
pub fn repr_pystr(s: &PyStr) -> String {
    match s.as_str() {
        Some(t) => repr_str(t),
        None => ferropy_primitives::strops::wtf8_repr(s.view(), false),
    }
}

/// ascii(): non-ASCII characters of a repr escaped.
pub fn ascii_escape(s: &str) -> String {
    ferropy_primitives::strops::escape_non_ascii(s).into_owned()
}

/// ascii() of a repr that may hold surrogates.
pub fn ascii_escape_view(v: Wtf8Str<'_>) -> String {
    let mut out = String::with_capacity(v.as_bytes().len());
    for seg in v.segments() {
        match seg {
            Segment::Text(t) => out.push_str(&ferropy_primitives::strops::escape_non_ascii(t)),
            Segment::Surrogate(cp) => wtf8::push_hex_escape(&mut out, cp),
        }
    }
    out
}

pub fn init(vm: &Vm) {
    protocol::init(vm);
    methods::init(vm);
}
