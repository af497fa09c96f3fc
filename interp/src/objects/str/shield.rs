//! Running the `str`-based algorithms of `ferropy_primitives::strops` on text that holds
//! lone surrogates.
//!
//! A `Shield` stands each surrogate U+D800+k in for the code point `base + k`, where
//! `base` starts a block of 0x800 code points in planes 15–16 (private use) that none of
//! the strings taking part in the operation uses. The stand-ins behave as surrogates do
//! for every `strops` algorithm: they are distinct characters, one code point each,
//! uncased, not alphanumeric, not whitespace, not printable, not line breaks. The
//! algorithm runs on the stand-in text and the results are mapped back. Strings without
//! surrogates (the usual case) are borrowed untouched and no scan happens at all.

use std::borrow::Cow;

use ferropy_primitives::wtf8::{self, Segment, Wtf8Buf};

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

const BLOCK: u32 = 0x800;
const FIRST_BLOCK: u32 = 0xF0000;
const BLOCKS: u32 = (0x110000 - FIRST_BLOCK) / BLOCK;

/// How surrogates are stood in for during one operation (no stand-ins when none of its
/// strings holds a surrogate).
#[derive(Clone, Copy)]
pub struct Shield {
    base: Option<u32>,
}

impl Shield {
    /// The shield for an operation on `strs`. Raises when every stand-in block is in use
    /// (text holding code points from all 64 blocks of planes 15–16 and a surrogate).
    pub fn new(vm: &Vm, strs: &[&PyStr]) -> PyResult<Shield> {
        Shield::with_force(vm, strs, false)
    }

    /// [`Shield::new`], with stand-ins even when no str holds a surrogate (`force`) for
    /// operations that make surrogates from numbers (`'%c' % 0xd800`).
    pub fn with_force(vm: &Vm, strs: &[&PyStr], force: bool) -> PyResult<Shield> {
        if !force && !strs.iter().any(|s| s.has_surrogates()) {
            return Ok(Shield { base: None });
        }
        let mut used = 0u64;
        for s in strs {
            for cp in s.view().code_points() {
                if cp >= FIRST_BLOCK {
                    used |= 1 << ((cp - FIRST_BLOCK) / BLOCK);
                }
            }
        }
        match (0..BLOCKS).find(|k| used & (1 << k) == 0) {
            Some(k) => Ok(Shield {
                base: Some(FIRST_BLOCK + k * BLOCK),
            }),
            None => Err(vm.value_error(
                "str operation on text with surrogates and private-use characters of every block is not supported",
            )),
        }
    }

    /// No stand-ins (for operations that never meet surrogates).
    pub fn none() -> Shield {
        Shield { base: None }
    }

    /// Whether stand-ins are in use.
    pub fn active(&self) -> bool {
        self.base.is_some()
    }

    /// The text of `s` with its surrogates stood in for (borrowed when it has none).
    pub fn text<'a>(&self, s: &'a PyStr) -> Cow<'a, str> {
        if let Some(t) = s.as_str() {
            return Cow::Borrowed(t);
        }
        let base = self.base.unwrap_or(FIRST_BLOCK);
        let mut out = String::with_capacity(s.bytes().len() + 8);
        for seg in s.view().segments() {
            match seg {
                Segment::Text(t) => out.push_str(t),
                Segment::Surrogate(cp) => {
                    out.push(char::from_u32(base + (cp - 0xD800)).unwrap_or('\u{FFFD}'))
                }
            }
        }
        Cow::Owned(out)
    }

    /// The text of a str met during the operation but not given to [`Shield::new`]
    /// (e.g. the `__str__` of a `%s` argument): raises when it holds a surrogate that
    /// cannot be stood in for, or uses the stand-in block.
    pub fn late_text<'a>(&self, vm: &Vm, s: &'a PyStr) -> PyResult<Cow<'a, str>> {
        let Some(b) = self.base else {
            return super::as_utf8(vm, s).map(Cow::Borrowed);
        };
        if s.view()
            .code_points()
            .any(|cp| (b..b + BLOCK).contains(&cp))
        {
            return Err(vm.value_error(
                "str operation on text with surrogates and private-use characters is not supported",
            ));
        }
        Ok(self.text(s))
    }

    /// The character that stands for code point `cp` (itself unless a surrogate).
    pub fn stand_in(&self, cp: u32) -> Option<char> {
        match (self.base, wtf8::is_surrogate(cp)) {
            (Some(b), true) => char::from_u32(b + (cp - 0xD800)),
            _ => char::from_u32(cp),
        }
    }

    /// Checks a str that goes into a result as it is (not through the algorithm): its
    /// code points must not be taken for stand-ins by [`Shield::restore`].
    pub fn check_late(&self, vm: &Vm, s: &PyStr) -> PyResult<()> {
        match self.base {
            Some(b) if s.view().code_points().any(|cp| (b..b + BLOCK).contains(&cp)) => {
                Err(vm.value_error(
                    "str operation on text with surrogates and private-use characters is not supported",
                ))
            }
            _ => Ok(()),
        }
    }

    /// A str from a result buffer, stand-ins mapped back to surrogates.
    pub fn restore(&self, vm: &Vm, buf: Wtf8Buf) -> PyRef {
        let Some(b) = self.base else {
            return super::new_wtf8(vm, buf);
        };
        let mut out = Wtf8Buf::with_capacity(buf.len());
        for cp in buf.view().code_points() {
            if (b..b + BLOCK).contains(&cp) {
                out.push_code_point(0xD800 + (cp - b));
            } else {
                out.push_code_point(cp);
            }
        }
        super::new_wtf8(vm, out)
    }

    /// The code point a result character stands for.
    pub fn code_point(&self, c: char) -> u32 {
        let cp = c as u32;
        match self.base {
            Some(b) if (b..b + BLOCK).contains(&cp) => 0xD800 + (cp - b),
            _ => cp,
        }
    }

    /// A str from result text, stand-ins mapped back to surrogates.
    pub fn out(&self, vm: &Vm, r: &str) -> PyRef {
        match self.base {
            Some(b) if r.chars().any(|c| (b..b + BLOCK).contains(&(c as u32))) => {
                let mut buf = Wtf8Buf::with_capacity(r.len());
                for c in r.chars() {
                    buf.push_code_point(self.code_point(c));
                }
                super::new_wtf8(vm, buf)
            }
            _ => vm.new_str(r),
        }
    }

    /// [`Shield::out`] for an owned result.
    pub fn out_string(&self, vm: &Vm, r: String) -> PyRef {
        if self.active() {
            self.out(vm, &r)
        } else {
            vm.new_string(r)
        }
    }
}
