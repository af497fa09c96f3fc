//! The marshal writer (CPython's Python/marshal.c `w_object`): values to bytes, in
//! CPython's format for versions 0–4, plus ferropy's own layout for code objects
//! (`code.rs`).
//!
//! CPython marks an object with `FLAG_REF` (so that later occurrences become a
//! `TYPE_REF` back-reference) only when its reference count is above one; we do the same
//! with ferropy's counts, discounting the references the writer itself holds
//! (`extra`: snapshots of list, dict and set contents, the interned-string table).

use std::collections::HashMap;

use ferropy_primitives::float_repr::format_float_general;
use num_bigint::{BigInt, Sign};

use super::types::*;
use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

/// Why writing stopped: CPython's `WFERR_*` (a Python error is only the buffer's).
pub enum WriteError {
    /// A value marshal cannot write: `ValueError("unmarshallable object")`.
    Unmarshallable,
    /// Nesting beyond `MAX_DEPTH`: `ValueError("object too deeply nested to marshal")`.
    TooDeep,
}

pub type WResult = Result<(), WriteError>;

pub struct Writer<'v> {
    pub vm: &'v Vm,
    pub out: Vec<u8>,
    pub version: i64,
    depth: usize,
    /// Objects written with `FLAG_REF`, by address → reference index (version >= 3).
    refs: HashMap<usize, u32>,
    /// Keeps every object in `refs` alive so that no address is reused meanwhile.
    keep: Vec<PyRef>,
}

impl<'v> Writer<'v> {
    pub fn new(vm: &'v Vm, version: i64) -> Writer<'v> {
        Writer {
            vm,
            out: Vec::with_capacity(64),
            version,
            depth: 0,
            refs: HashMap::new(),
            keep: Vec::new(),
        }
    }

    pub fn byte(&mut self, b: u8) {
        self.out.push(b);
    }

    pub fn long(&mut self, x: i32) {
        self.out.extend_from_slice(&x.to_le_bytes());
    }

    pub fn u32(&mut self, x: u32) {
        self.out.extend_from_slice(&x.to_le_bytes());
    }

    /// CPython's `W_SIZE`: a 32-bit length, or unmarshallable beyond 2**31 - 1.
    pub fn size(&mut self, n: usize) -> WResult {
        if n > SIZE32_MAX {
            return Err(WriteError::Unmarshallable);
        }
        self.long(n as i32);
        Ok(())
    }

    /// A length-prefixed byte string.
    pub fn pstring(&mut self, s: &[u8]) -> WResult {
        self.size(s.len())?;
        self.out.extend_from_slice(s);
        Ok(())
    }

    fn short_pstring(&mut self, s: &[u8]) {
        self.byte(s.len() as u8);
        self.out.extend_from_slice(s);
    }

    /// Writes `v`; `extra` counts references to it held by the writer itself.
    pub fn object(&mut self, v: &PyRef, extra: usize) -> WResult {
        self.depth += 1;
        let r = if self.depth > MAX_DEPTH {
            Err(WriteError::TooDeep)
        } else {
            self.object_inner(v, extra)
        };
        self.depth -= 1;
        r
    }

    fn object_inner(&mut self, v: &PyRef, extra: usize) -> WResult {
        let vm = self.vm;
        if vm.is_none(v) {
            self.byte(TYPE_NONE);
        } else if v.is(&vm.exc.stop_iteration) {
            self.byte(TYPE_STOPITER);
        } else if v.is(&vm.ellipsis()) {
            self.byte(TYPE_ELLIPSIS);
        } else if v.is(&vm.new_bool(false)) {
            self.byte(TYPE_FALSE);
        } else if v.is(&vm.new_bool(true)) {
            self.byte(TYPE_TRUE);
        } else if let Some(flag) = self.reference(v, extra) {
            self.complex_object(v, flag)?;
        }
        Ok(())
    }

    /// CPython's `w_ref`: `None` when a back-reference was written, else the flag to
    /// add to the type code (`FLAG_REF` when the object may be shared).
    fn reference(&mut self, v: &PyRef, extra: usize) -> Option<u8> {
        if self.version < 3 {
            return Some(0);
        }
        let mut held = extra;
        if matches!(v.payload, Payload::Str(_)) && self.vm.is_interned(v) {
            held += 1;
        }
        if v.refcount() <= held + 1 {
            return Some(0);
        }
        if let Some(&i) = self.refs.get(&v.id()) {
            self.byte(TYPE_REF);
            self.u32(i);
            return None;
        }
        let i = self.refs.len() as u32;
        self.refs.insert(v.id(), i);
        self.keep.push(v.clone());
        Some(FLAG_REF)
    }

    fn complex_object(&mut self, v: &PyRef, flag: u8) -> WResult {
        let vm = self.vm;
        let cls = v.class();
        let t = &vm.types;
        match &v.payload {
            Payload::Int(i) if cls.is(&t.int) => match i32::try_from(*i) {
                Ok(x) => {
                    self.byte(TYPE_INT | flag);
                    self.long(x);
                }
                Err(_) => self.long_int(&BigInt::from(*i), flag),
            },
            Payload::BigInt(b) if cls.is(&t.int) => self.long_int(b, flag),
            Payload::Float(f) if cls.is(&t.float) => {
                if self.version > 1 {
                    self.byte(TYPE_BINARY_FLOAT | flag);
                    self.out.extend_from_slice(&f.to_le_bytes());
                } else {
                    self.byte(TYPE_FLOAT | flag);
                    self.float_str(*f);
                }
            }
            Payload::Complex(re, im) if cls.is(&t.complex) => {
                if self.version > 1 {
                    self.byte(TYPE_BINARY_COMPLEX | flag);
                    self.out.extend_from_slice(&re.to_le_bytes());
                    self.out.extend_from_slice(&im.to_le_bytes());
                } else {
                    self.byte(TYPE_COMPLEX | flag);
                    self.float_str(*re);
                    self.float_str(*im);
                }
            }
            Payload::Bytes(b) if cls.is(&t.bytes) => {
                self.byte(TYPE_STRING | flag);
                self.pstring(b)?;
            }
            Payload::Str(s) if cls.is(&t.str) => self.str(v, s, flag)?,
            Payload::Tuple(items) if cls.is(&t.tuple) => {
                if self.version >= 4 && items.len() < 256 {
                    self.byte(TYPE_SMALL_TUPLE | flag);
                    self.byte(items.len() as u8);
                } else {
                    self.byte(TYPE_TUPLE | flag);
                    self.size(items.len())?;
                }
                for item in items.iter() {
                    self.object(item, 0)?;
                }
            }
            Payload::List(items) if cls.is(&t.list) => {
                let items = items.borrow().clone();
                self.byte(TYPE_LIST | flag);
                self.size(items.len())?;
                for item in &items {
                    self.object(item, 1)?;
                }
            }
            Payload::Dict(_) if cls.is(&t.dict) => {
                self.byte(TYPE_DICT | flag);
                for (k, val) in vm.dict_items(v) {
                    self.object(&k, 1)?;
                    self.object(&val, 1)?;
                }
                self.byte(TYPE_NULL);
            }
            Payload::Set(_) | Payload::FrozenSet(_) if cls.is(&t.set) || cls.is(&t.frozenset) => {
                let code = match v.payload {
                    Payload::Set(_) => TYPE_SET,
                    _ => TYPE_FROZENSET,
                };
                let items = vm.set_items(v);
                self.byte(code | flag);
                self.size(items.len())?;
                for item in &items {
                    self.object(item, 1)?;
                }
            }
            Payload::Code(c) => {
                self.byte(TYPE_CODE | flag);
                super::code::write_code(self, c)?;
            }
            _ => {
                // Buffer providers (bytearray, memoryview, array...) as bytes; anything
                // else refused.
                match crate::objects::bytes::bytes_from_object(vm, v) {
                    Ok(data) => {
                        self.byte(TYPE_STRING | flag);
                        self.pstring(&data)?;
                    }
                    Err(_) => {
                        self.byte(TYPE_UNKNOWN);
                        return Err(WriteError::Unmarshallable);
                    }
                }
            }
        }
        Ok(())
    }

    fn str(&mut self, v: &PyRef, s: &PyStr, flag: u8) -> WResult {
        // CPython interns names and the string constants made of name characters only
        // (Objects/codeobject.c `all_name_chars`); ferropy's compiler interns every
        // string constant, so the interned type codes follow CPython's rule.
        let name_chars = s
            .bytes()
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || c == b'_');
        let interned = name_chars && self.vm.is_interned(v);
        let bytes = s.bytes();
        if self.version >= 4 && s.is_ascii() {
            if bytes.len() < 256 {
                let code = if interned {
                    TYPE_SHORT_ASCII_INTERNED
                } else {
                    TYPE_SHORT_ASCII
                };
                self.byte(code | flag);
                self.short_pstring(bytes);
            } else {
                let code = if interned {
                    TYPE_ASCII_INTERNED
                } else {
                    TYPE_ASCII
                };
                self.byte(code | flag);
                self.pstring(bytes)?;
            }
        } else {
            // Generalized UTF-8 is exactly CPython's "utf8" with "surrogatepass": a lone
            // surrogate is its own three-byte sequence.
            let code = if self.version >= 3 && interned {
                TYPE_INTERNED
            } else {
                TYPE_UNICODE
            };
            self.byte(code | flag);
            self.pstring(bytes)?;
        }
        Ok(())
    }

    /// CPython's `w_PyLong`: sign and count of 15-bit digits, then the digits, least
    /// significant first.
    fn long_int(&mut self, b: &BigInt, flag: u8) {
        self.byte(TYPE_LONG | flag);
        let (sign, mag) = b.to_bytes_le();
        let mut digits: Vec<u16> = Vec::new();
        let (mut acc, mut nbits) = (0u32, 0u32);
        for byte in mag {
            acc |= (byte as u32) << nbits;
            nbits += 8;
            while nbits >= 15 {
                digits.push((acc & 0x7fff) as u16);
                acc >>= 15;
                nbits -= 15;
            }
        }
        if nbits > 0 {
            digits.push(acc as u16);
        }
        while digits.last() == Some(&0) {
            digits.pop();
        }
        let n = digits.len() as i32;
        self.long(if sign == Sign::Minus { -n } else { n });
        for d in digits {
            self.out.extend_from_slice(&d.to_le_bytes());
        }
    }

    /// CPython's `w_float_str`: `repr`-like text with 17 significant digits.
    fn float_str(&mut self, f: f64) {
        let text = format_float_general(f, 17);
        self.short_pstring(text.as_bytes());
    }
}
