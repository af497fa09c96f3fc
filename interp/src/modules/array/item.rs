//! The item kinds of `array.array` (CPython's `descriptors` table in
//! Modules/arraymodule.c): each typecode's size and how one item is read from and
//! written to the native-order byte buffer, with CPython's conversion errors.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

/// How the bytes of one item are interpreted.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Signed,
    Unsigned,
    Float,
    /// `wchar_t`: one code point in 4 bytes.
    Unicode,
}

/// One typecode of the array module.
#[derive(Clone, Copy, Debug)]
pub struct Code {
    pub ch: u8,
    pub size: usize,
    pub kind: Kind,
    /// The `struct` format memoryview reports.
    pub format: char,
}

const fn code(ch: u8, size: usize, kind: Kind, format: char) -> Code {
    Code {
        ch,
        size,
        kind,
        format,
    }
}

/// Every typecode, in the order of `array.typecodes`.
pub const CODES: [Code; 13] = [
    code(b'b', 1, Kind::Signed, 'b'),
    code(b'B', 1, Kind::Unsigned, 'B'),
    code(b'u', 4, Kind::Unicode, 'w'),
    code(b'h', 2, Kind::Signed, 'h'),
    code(b'H', 2, Kind::Unsigned, 'H'),
    code(b'i', 4, Kind::Signed, 'i'),
    code(b'I', 4, Kind::Unsigned, 'I'),
    code(b'l', 8, Kind::Signed, 'l'),
    code(b'L', 8, Kind::Unsigned, 'L'),
    code(b'q', 8, Kind::Signed, 'q'),
    code(b'Q', 8, Kind::Unsigned, 'Q'),
    code(b'f', 4, Kind::Float, 'f'),
    code(b'd', 8, Kind::Float, 'd'),
];

pub fn lookup(ch: u8) -> Option<Code> {
    CODES.iter().copied().find(|c| c.ch == ch)
}

impl Code {
    pub fn is_int(&self) -> bool {
        matches!(self.kind, Kind::Signed | Kind::Unsigned)
    }

    /// The raw integer bits of item bytes `b` (zero-extended).
    fn raw(&self, b: &[u8]) -> u64 {
        let mut v = [0u8; 8];
        v[..self.size].copy_from_slice(&b[..self.size]);
        u64::from_ne_bytes(if cfg!(target_endian = "big") {
            let mut w = [0u8; 8];
            w[8 - self.size..].copy_from_slice(&b[..self.size]);
            w
        } else {
            v
        })
    }

    /// The value of a signed item.
    pub fn signed(&self, b: &[u8]) -> i64 {
        let shift = 64 - 8 * self.size as u32;
        ((self.raw(b) << shift) as i64) >> shift
    }

    pub fn float(&self, b: &[u8]) -> f64 {
        if self.size == 4 {
            f32::from_bits(self.raw(b) as u32) as f64
        } else {
            f64::from_bits(self.raw(b))
        }
    }

    pub fn code_point(&self, b: &[u8]) -> u32 {
        self.raw(b) as u32
    }

    /// The Python object for the item bytes `b`.
    pub fn get(&self, vm: &Vm, b: &[u8]) -> PyResult {
        Ok(match self.kind {
            Kind::Signed => vm.new_int(self.signed(b)),
            Kind::Unsigned => vm.new_int_from_i128(self.raw(b) as i128),
            Kind::Float => vm.new_float(self.float(b)),
            Kind::Unicode => {
                let cp = self.code_point(b);
                if cp > 0x10ffff {
                    return Err(vm.value_error("chr() arg not in range(0x110000)"));
                }
                crate::objects::str::new_code_point(vm, cp)
            }
        })
    }

    fn put_bits(&self, bits: u64, out: &mut Vec<u8>) {
        let bytes = bits.to_ne_bytes();
        if cfg!(target_endian = "big") {
            out.extend_from_slice(&bytes[8 - self.size..]);
        } else {
            out.extend_from_slice(&bytes[..self.size]);
        }
    }

    /// Appends the bytes of `v` converted to this kind, or raises CPython's error.
    pub fn put(&self, vm: &Vm, v: &PyRef, out: &mut Vec<u8>) -> PyResult<()> {
        match self.kind {
            Kind::Signed | Kind::Unsigned => {
                let n = int_value(vm, v)?;
                let bits = self.check_int(vm, &n)?;
                self.put_bits(bits, out);
            }
            Kind::Float => {
                let x = match crate::objects::float::to_f64(vm, v)? {
                    Some(x) => x,
                    None => {
                        return Err(
                            vm.type_error(format!("must be real number, not {}", v.type_name()))
                        )
                    }
                };
                if self.size == 4 {
                    self.put_bits((x as f32).to_bits() as u64, out);
                } else {
                    self.put_bits(x.to_bits(), out);
                }
            }
            Kind::Unicode => {
                let cp = match &v.payload {
                    Payload::Str(s) if s.char_len == 1 => s.code_point_at(0).unwrap_or(0),
                    _ => return Err(vm.type_error("array item must be unicode character")),
                };
                self.put_bits(cp as u64, out);
            }
        }
        Ok(())
    }

    /// The bits of integer `n` for this typecode, with the OverflowError messages of
    /// CPython's per-typecode setters (which go through different C converters).
    fn check_int(&self, vm: &Vm, n: &BigInt) -> PyResult<u64> {
        let ovf = |m: &str| Err(vm.overflow_error(m));
        let as_long = || {
            n.to_i64()
                .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))
        };
        let range = |x: i64, lo: i64, hi: i64, what: &str| -> PyResult<i64> {
            if x < lo {
                return Err(vm.overflow_error(format!("{} is less than minimum", what)));
            }
            if x > hi {
                return Err(vm.overflow_error(format!("{} is greater than maximum", what)));
            }
            Ok(x)
        };
        Ok(match self.ch {
            b'b' => {
                let x = range(as_long()?, -32768, 32767, "signed short integer")?;
                range(x, -128, 127, "signed char")? as u64
            }
            b'B' => range(as_long()?, 0, 255, "unsigned byte integer")? as u64,
            b'h' => range(as_long()?, -32768, 32767, "signed short integer")? as u64,
            b'H' => {
                let x = range(
                    as_long()?,
                    i32::MIN as i64,
                    i32::MAX as i64,
                    "signed integer",
                )?;
                range(x, 0, 65535, "unsigned short")? as u64
            }
            b'i' => range(
                as_long()?,
                i32::MIN as i64,
                i32::MAX as i64,
                "signed integer",
            )? as u64,
            b'l' => as_long()? as u64,
            b'I' | b'L' => {
                if n.sign() == num_bigint::Sign::Minus {
                    return ovf("can't convert negative value to unsigned int");
                }
                let x = match n.to_u64() {
                    Some(x) => x,
                    None => return ovf("Python int too large to convert to C unsigned long"),
                };
                if self.ch == b'I' && x > u32::MAX as u64 {
                    return ovf("unsigned int is greater than maximum");
                }
                x
            }
            b'q' => match n.to_i64() {
                Some(x) => x as u64,
                None => return ovf("int too big to convert"),
            },
            _ => {
                if n.sign() == num_bigint::Sign::Minus {
                    return ovf("can't convert negative int to unsigned");
                }
                match n.to_u64() {
                    Some(x) => x,
                    None => return ovf("int too big to convert"),
                }
            }
        })
    }
}

/// An integer item value: the int itself or its `__index__`.
fn int_value(vm: &Vm, v: &PyRef) -> PyResult<BigInt> {
    if let Payload::Int(i) = v.payload {
        return Ok(BigInt::from(i));
    }
    let n = vm.index(v)?;
    crate::objects::int::to_bigint(&n).ok_or_else(|| vm.type_error("array item must be integer"))
}
