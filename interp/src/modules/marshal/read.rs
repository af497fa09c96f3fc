//! The marshal reader (CPython's Python/marshal.c `r_object`): bytes to values.
//!
//! Input comes from a byte slice (`loads`) or a file object read with `readinto`
//! (`load`, which stops right after the value as CPython's does). Every malformed
//! input is an EOFError, ValueError or TypeError with CPython's message; nesting is
//! bounded by `MAX_DEPTH`, so the Rust stack stays small.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::{BigInt, BigUint, Sign};

use super::types::*;
use crate::object::payload::*;
use crate::object::settable::SetTable;
use crate::object::PyRef;
use crate::vm::Vm;

/// Where the bytes come from.
pub enum Source<'d> {
    Slice {
        data: &'d [u8],
        pos: usize,
    },
    /// A binary file object; `buf` holds the last chunk read.
    File {
        file: PyRef,
        buf: Vec<u8>,
    },
}

pub struct Reader<'v, 'd> {
    pub vm: &'v Vm,
    src: Source<'d>,
    depth: usize,
    /// Objects read with `FLAG_REF`; `None` while reserved (being built).
    refs: Vec<Option<PyRef>>,
    /// Source text given to the code objects read (the bytecode cache knows it).
    pub source_text: Option<Rc<str>>,
}

/// `ValueError("bad marshal data (...)")`.
pub fn bad(vm: &Vm, what: &str) -> PyErr {
    vm.value_error(format!("bad marshal data ({})", what))
}

fn eof(vm: &Vm, msg: &str) -> PyErr {
    vm.new_error(&vm.exc.eof_error, msg)
}

impl<'v, 'd> Reader<'v, 'd> {
    pub fn new(vm: &'v Vm, src: Source<'d>) -> Reader<'v, 'd> {
        Reader {
            vm,
            src,
            depth: 0,
            refs: Vec::new(),
            source_text: None,
        }
    }

    /// CPython's `r_string`: exactly `n` bytes.
    pub fn bytes(&mut self, n: usize) -> PyResult<&[u8]> {
        let vm = self.vm;
        match &mut self.src {
            Source::Slice { data, pos } => {
                if data.len() - *pos < n {
                    return Err(eof(vm, "marshal data too short"));
                }
                let start = *pos;
                *pos += n;
                Ok(&data[start..start + n])
            }
            Source::File { file, buf } => {
                let ba = vm.new_bytearray(vec![0; n]);
                let res = vm.call_method(file, "readinto", std::slice::from_ref(&ba))?;
                let read = match vm.index_opt(&res) {
                    Ok(Some(r)) => r,
                    Ok(None) => {
                        return Err(vm.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            res.type_name()
                        )))
                    }
                    Err(_) => {
                        return Err(vm.value_error("cannot fit 'int' into an index-sized integer"))
                    }
                };
                if read != n as i64 {
                    if read > n as i64 {
                        return Err(vm.value_error(format!(
                            "read() returned too much data: {} bytes requested, {} returned",
                            n, read
                        )));
                    }
                    return Err(eof(vm, "EOF read where not expected"));
                }
                *buf = match &ba.payload {
                    Payload::ByteArray(b) => std::mem::take(&mut *b.borrow_mut()),
                    _ => Vec::new(),
                };
                buf.truncate(n);
                Ok(&buf[..])
            }
        }
    }

    /// CPython's `r_byte`: `None` at the end of the input.
    fn byte(&mut self) -> PyResult<Option<u8>> {
        match &mut self.src {
            Source::Slice { data, pos } => Ok(data.get(*pos).map(|&b| {
                *pos += 1;
                b
            })),
            Source::File { .. } => Ok(Some(self.bytes(1)?[0])),
        }
    }

    /// A byte that must be there (a length or count).
    pub fn count_byte(&mut self) -> PyResult<u8> {
        match self.byte()? {
            Some(b) => Ok(b),
            None => Err(eof(self.vm, "EOF read where not expected")),
        }
    }

    /// CPython's `r_long`: a signed 32-bit little-endian integer.
    pub fn long(&mut self) -> PyResult<i32> {
        let b = self.bytes(4)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A length in `0..=SIZE32_MAX`, else `bad marshal data (<what> size out of range)`.
    pub fn size(&mut self, what: &str) -> PyResult<usize> {
        let n = self.long()?;
        if n < 0 {
            return Err(bad(self.vm, &format!("{} size out of range", what)));
        }
        Ok(n as usize)
    }

    /// A whole value; `Ok(None)` is the NULL marker (`TYPE_NULL`).
    pub fn object(&mut self) -> PyResult<Option<PyRef>> {
        // CPython 3.11: the end of the input where a value starts is "object expected",
        // whatever the file said; other errors of the file pass through.
        let code = match self.byte() {
            Ok(Some(c)) => c,
            Err(e) if !self.vm.exc_matches(&e, &self.vm.exc.eof_error) => return Err(e),
            _ => return Err(eof(self.vm, "EOF read where object expected")),
        };
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return Err(self.vm.value_error("recursion limit exceeded"));
        }
        let r = self.object_of(code & !FLAG_REF, code & FLAG_REF != 0);
        self.depth -= 1;
        r
    }

    /// A value that must not be NULL (inside a tuple, list, set or code object).
    pub fn item(&mut self, container: &str) -> PyResult<PyRef> {
        match self.object()? {
            Some(v) => Ok(v),
            None => Err(self
                .vm
                .type_error(format!("NULL object in marshal data for {}", container))),
        }
    }

    /// Registers `v` for back-references when `flag` is set (CPython's `R_REF`).
    fn remember(&mut self, v: PyRef, flag: bool) -> PyRef {
        if flag {
            self.refs.push(Some(v.clone()));
        }
        v
    }

    /// Reserves a back-reference slot for an object built after its contents.
    pub fn reserve(&mut self, flag: bool) -> PyResult<Option<usize>> {
        if !flag {
            return Ok(None);
        }
        if self.refs.len() >= 0x7fff_fffe {
            return Err(bad(self.vm, "index list too large"));
        }
        self.refs.push(None);
        Ok(Some(self.refs.len() - 1))
    }

    pub fn fill(&mut self, slot: Option<usize>, v: &PyRef) {
        if let Some(i) = slot {
            self.refs[i] = Some(v.clone());
        }
    }

    fn object_of(&mut self, ty: u8, flag: bool) -> PyResult<Option<PyRef>> {
        let vm = self.vm;
        let v = match ty {
            TYPE_NULL => return Ok(None),
            TYPE_NONE => vm.none(),
            TYPE_STOPITER => vm.exc.stop_iteration.clone(),
            TYPE_ELLIPSIS => vm.ellipsis(),
            TYPE_FALSE => vm.new_bool(false),
            TYPE_TRUE => vm.new_bool(true),
            TYPE_INT => {
                let n = self.long()?;
                self.remember(vm.new_int(n as i64), flag)
            }
            TYPE_INT64 => {
                let b = self.bytes(8)?;
                let n = i64::from_le_bytes(b.try_into().unwrap_or([0; 8]));
                self.remember(vm.new_int(n), flag)
            }
            TYPE_LONG => {
                let v = self.long_int()?;
                self.remember(v, flag)
            }
            TYPE_FLOAT => {
                let f = self.float_str()?;
                self.remember(vm.new_float(f), flag)
            }
            TYPE_BINARY_FLOAT => {
                let f = self.float_bin()?;
                self.remember(vm.new_float(f), flag)
            }
            TYPE_COMPLEX => {
                let re = self.float_str()?;
                let im = self.float_str()?;
                self.remember(vm.new_complex(re, im), flag)
            }
            TYPE_BINARY_COMPLEX => {
                let re = self.float_bin()?;
                let im = self.float_bin()?;
                self.remember(vm.new_complex(re, im), flag)
            }
            TYPE_STRING => {
                let n = self.size("bytes object")?;
                let b = self.bytes(n)?.to_vec();
                self.remember(vm.new_bytes(b), flag)
            }
            TYPE_ASCII | TYPE_ASCII_INTERNED | TYPE_SHORT_ASCII | TYPE_SHORT_ASCII_INTERNED => {
                let n = match ty {
                    TYPE_ASCII | TYPE_ASCII_INTERNED => self.size("string")?,
                    _ => self.count_byte()? as usize,
                };
                let interned = matches!(ty, TYPE_ASCII_INTERNED | TYPE_SHORT_ASCII_INTERNED);
                let b = self.bytes(n)?;
                // CPython decodes these as Latin-1 (`PyUnicode_1BYTE_KIND`).
                let v = match std::str::from_utf8(b) {
                    Ok(t) if b.is_ascii() && interned => vm.intern(t),
                    Ok(t) if b.is_ascii() => vm.new_str(t),
                    _ => {
                        let s: String = b.iter().map(|&c| c as char).collect();
                        if interned {
                            vm.intern(&s)
                        } else {
                            vm.new_string(s)
                        }
                    }
                };
                self.remember(v, flag)
            }
            TYPE_INTERNED | TYPE_UNICODE => {
                let n = self.size("string")?;
                let b = self.bytes(n)?;
                let v = match std::str::from_utf8(b) {
                    Ok(s) if ty == TYPE_INTERNED => vm.intern(s),
                    Ok(s) => vm.new_str(s),
                    Err(_) => {
                        let b = b.to_vec();
                        crate::objects::bytes::decode_bytes(vm, &b, "utf-8", "surrogatepass")?
                    }
                };
                self.remember(v, flag)
            }
            TYPE_SMALL_TUPLE | TYPE_TUPLE => {
                let n = match ty {
                    TYPE_SMALL_TUPLE => self.count_byte()? as usize,
                    _ => self.size("tuple")?,
                };
                let slot = self.reserve(flag)?;
                let mut items = Vec::with_capacity(n.min(1024));
                for _ in 0..n {
                    items.push(self.item("tuple")?);
                }
                let v = vm.new_tuple(items);
                self.fill(slot, &v);
                v
            }
            TYPE_LIST => {
                let n = self.size("list")?;
                let v = self.remember(vm.new_list(Vec::new()), flag);
                for _ in 0..n {
                    let item = self.item("list")?;
                    if let Payload::List(l) = &v.payload {
                        l.borrow_mut().push(item);
                    }
                }
                v
            }
            TYPE_DICT => {
                let v = self.remember(vm.new_dict(), flag);
                loop {
                    let Some(key) = self.object()? else { break };
                    let Some(val) = self.object()? else { break };
                    vm.dict_set_item(&v, key, val)?;
                }
                v
            }
            TYPE_SET | TYPE_FROZENSET => {
                let n = self.size("set")?;
                if ty == TYPE_SET {
                    let v = self.remember(vm.new_set(), flag);
                    for _ in 0..n {
                        let item = self.item("set")?;
                        vm.set_add(&v, item)?;
                    }
                    v
                } else {
                    let slot = self.reserve(flag)?;
                    let table = RefCell::new(SetTable::new());
                    for _ in 0..n {
                        let item = self.item("set")?;
                        vm.set_add_to(&table, item)?;
                    }
                    let v = vm.new_frozenset_from(table.into_inner());
                    self.fill(slot, &v);
                    v
                }
            }
            TYPE_CODE => {
                let slot = self.reserve(flag)?;
                let v = super::code::read_code(self)?;
                self.fill(slot, &v);
                v
            }
            TYPE_REF => {
                let n = self.long()?;
                match usize::try_from(n).ok().and_then(|i| self.refs.get(i)) {
                    Some(Some(v)) => v.clone(),
                    _ => return Err(bad(vm, "invalid reference")),
                }
            }
            _ => return Err(bad(vm, "unknown type code")),
        };
        Ok(Some(v))
    }

    /// CPython's `r_PyLong`: a signed count of 15-bit digits, then the digits.
    fn long_int(&mut self) -> PyResult<PyRef> {
        let vm = self.vm;
        let n = self.long()?;
        if n == 0 {
            return Ok(vm.new_int(0));
        }
        if n == i32::MIN {
            return Err(bad(vm, "long size out of range"));
        }
        let count = n.unsigned_abs() as usize;
        let mut bytes: Vec<u8> = Vec::new();
        let (mut acc, mut nbits) = (0u32, 0u32);
        for j in 0..count {
            let b = self.bytes(2)?;
            let md = i16::from_le_bytes([b[0], b[1]]);
            if md < 0 {
                return Err(bad(vm, "digit out of range in long"));
            }
            if md == 0 && j == count - 1 {
                return Err(bad(vm, "unnormalized long data"));
            }
            acc |= (md as u32) << nbits;
            nbits += 15;
            while nbits >= 8 {
                bytes.push(acc as u8);
                acc >>= 8;
                nbits -= 8;
            }
        }
        if nbits > 0 {
            bytes.push(acc as u8);
        }
        let mag = BigUint::from_bytes_le(&bytes);
        let sign = if n < 0 { Sign::Minus } else { Sign::Plus };
        Ok(vm.new_bigint(BigInt::from_biguint(sign, mag)))
    }

    fn float_bin(&mut self) -> PyResult<f64> {
        let b = self.bytes(8)?;
        Ok(f64::from_le_bytes(b.try_into().unwrap_or([0; 8])))
    }

    /// CPython's `r_float_str`: a length byte, then text as `float()` reads it.
    fn float_str(&mut self) -> PyResult<f64> {
        let n = self.count_byte()? as usize;
        let b = self.bytes(n)?;
        let text = String::from_utf8_lossy(b).into_owned();
        parse_float(&text).ok_or_else(|| {
            self.vm.value_error(format!(
                "could not convert string to float: {}",
                crate::objects::str::repr_str(&text)
            ))
        })
    }
}

/// CPython's `PyOS_string_to_double` without leading or trailing junk allowed.
fn parse_float(s: &str) -> Option<f64> {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let v = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            let ok = !body.is_empty()
                && body
                    .bytes()
                    .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-'));
            if !ok {
                return None;
            }
            body.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}
