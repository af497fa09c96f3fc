//! Packing and unpacking one `_struct` item: integers with CPython's range checks and
//! messages (which differ between the native functions and the standard-size ones, and
//! CPython swaps the native ones into the little-endian table where sizes agree), bools,
//! chars, `s`/`p` strings, and IEEE floats including half floats rounded as
//! `PyFloat_Pack2` does.

use num_traits::ToPrimitive;

use super::format::{Code, Mode};
use crate::object::payload::*;
use crate::object::PyRef;
use crate::vm::Vm;

/// Little-endian byte order for `mode` on this machine.
fn little(mode: Mode) -> bool {
    match mode {
        Mode::Native => cfg!(target_endian = "little"),
        Mode::Little => true,
        Mode::Big => false,
    }
}

fn put(out: &mut [u8], bits: u64, le: bool) {
    let n = out.len();
    for (k, b) in out.iter_mut().enumerate() {
        let shift = if le { k } else { n - 1 - k };
        *b = (bits >> (8 * shift)) as u8;
    }
}

fn get(data: &[u8], le: bool) -> u64 {
    let n = data.len();
    let mut v = 0u64;
    for k in 0..n {
        let b = if le { data[n - 1 - k] } else { data[k] };
        v = (v << 8) | b as u64;
    }
    v
}

pub fn is_int(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Int(_) | Payload::BigInt(_))
}

/// CPython's `get_pylong`: an int, or `__index__` of the object, as i128 (None when it
/// does not fit even that).
fn get_pylong(vm: &Vm, err: &PyRef, v: &PyRef) -> PyResult<Option<i128>> {
    let idx;
    let n = if is_int(v) {
        v
    } else if crate::object::typeobj::type_lookup(v.class(), &vm.names.__index__).is_some() {
        idx = vm.index(v)?;
        &idx
    } else {
        return Err(vm.new_error(err, "required argument is not an integer"));
    };
    Ok(match &n.payload {
        Payload::Int(i) => Some(*i as i128),
        Payload::BigInt(b) => b.to_i128(),
        _ => None,
    })
}

fn out_of_range(vm: &Vm, err: &PyRef) -> PyErr {
    vm.new_error(err, "argument out of range")
}

/// `get_long`: the value as a C long.
fn get_long(vm: &Vm, err: &PyRef, v: &PyRef) -> PyResult<i64> {
    get_pylong(vm, err, v)?
        .and_then(|x| i64::try_from(x).ok())
        .ok_or_else(|| out_of_range(vm, err))
}

/// `get_ulong`: the value as a C unsigned long (negative values are out of range).
fn get_ulong(vm: &Vm, err: &PyRef, v: &PyRef) -> PyResult<u64> {
    get_pylong(vm, err, v)?
        .and_then(|x| u64::try_from(x).ok())
        .ok_or_else(|| out_of_range(vm, err))
}

/// Whether CPython packs `ch` with its native function in `mode` (always in native mode;
/// in the little-endian table where the standard size equals the native one).
fn native_fn(mode: Mode, ch: u8) -> bool {
    match mode {
        Mode::Native => true,
        Mode::Little => b"bBhHiIqQ".contains(&ch),
        Mode::Big => b"bB".contains(&ch),
    }
}

fn pack_int(vm: &Vm, err: &PyRef, mode: Mode, code: &Code, v: &PyRef) -> PyResult<u64> {
    let ch = code.ch;
    let range = |lo: i64, hi: i64, x: i64, msg: String| -> PyResult<u64> {
        if x < lo || x > hi {
            Err(vm.new_error(err, msg))
        } else {
            Ok(x as u64)
        }
    };
    if native_fn(mode, ch) {
        return match ch {
            b'b' => range(
                -128,
                127,
                get_long(vm, err, v)?,
                "byte format requires -128 <= number <= 127".into(),
            ),
            b'B' => range(
                0,
                255,
                get_long(vm, err, v)?,
                "ubyte format requires 0 <= number <= 255".into(),
            ),
            b'h' => range(
                -32768,
                32767,
                get_long(vm, err, v)?,
                "short format requires -32768 <= number <= 32767".into(),
            ),
            b'H' => range(
                0,
                65535,
                get_long(vm, err, v)?,
                "ushort format requires 0 <= number <= 65535".into(),
            ),
            b'i' => range(
                i32::MIN as i64,
                i32::MAX as i64,
                get_long(vm, err, v)?,
                "'i' format requires -2147483648 <= number <= 2147483647".into(),
            ),
            b'I' => {
                let x = get_ulong(vm, err, v)?;
                if x > u32::MAX as u64 {
                    return Err(vm.new_error(err, "'I' format requires 0 <= number <= 4294967295"));
                }
                Ok(x)
            }
            b'l' | b'q' | b'n' => Ok(get_long(vm, err, v)? as u64),
            b'L' | b'Q' | b'N' => get_ulong(vm, err, v),
            // 'P' (PyLong_AsVoidPtr): signed when negative, else unsigned.
            _ => match get_pylong(vm, err, v)? {
                Some(x) if x < 0 && x >= i64::MIN as i128 => Ok(x as i64 as u64),
                Some(x) if x >= 0 && x <= u64::MAX as i128 => Ok(x as u64),
                _ => Err(vm.overflow_error("int too big to convert")),
            },
        };
    }
    let c = ch as char;
    match ch {
        b'h' | b'i' | b'l' => {
            let x = get_long(vm, err, v)?;
            if code.size == 2 {
                range(
                    -32768,
                    32767,
                    x,
                    format!("'{}' format requires -32768 <= number <= 32767", c),
                )
            } else {
                range(
                    i32::MIN as i64,
                    i32::MAX as i64,
                    x,
                    format!(
                        "'{}' format requires -2147483648 <= number <= 2147483647",
                        c
                    ),
                )
            }
        }
        b'H' | b'I' | b'L' => {
            let x = get_ulong(vm, err, v)?;
            let max: u64 = if code.size == 2 {
                65535
            } else {
                u32::MAX as u64
            };
            if x > max {
                return Err(vm.new_error(
                    err,
                    format!("'{}' format requires 0 <= number <= {}", c, max),
                ));
            }
            Ok(x)
        }
        b'q' => match get_pylong(vm, err, v)?.and_then(|x| i64::try_from(x).ok()) {
            Some(x) => Ok(x as u64),
            None => Err(vm.overflow_error("int too big to convert")),
        },
        _ => match get_pylong(vm, err, v)?.and_then(|x| u64::try_from(x).ok()) {
            Some(x) => Ok(x),
            None => Err(vm.overflow_error("int too big to convert")),
        },
    }
}

fn get_double(vm: &Vm, err: &PyRef, v: &PyRef) -> PyResult<f64> {
    crate::objects::float::float_from_object(vm, v)
        .map_err(|_| vm.new_error(err, "required argument is not a float"))
}

/// `frexp`: `x = m * 2**e` with `0.5 <= |m| < 1` (finite, non-zero `x`).
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// CPython's `PyFloat_Pack2`: the IEEE 754 binary16 bits of `x`, rounding half to even;
/// None when `x` is too large.
pub fn half_bits(x: f64) -> Option<u16> {
    let (sign, e, bits): (u16, i32, u32);
    if x == 0.0 {
        sign = x.is_sign_negative() as u16;
        e = 0;
        bits = 0;
    } else if x.is_infinite() {
        sign = (x < 0.0) as u16;
        e = 0x1f;
        bits = 0;
    } else if x.is_nan() {
        sign = x.is_sign_negative() as u16;
        e = 0x1f;
        bits = 512;
    } else {
        sign = (x < 0.0) as u16;
        let (mut f, mut ex) = frexp(x.abs());
        f *= 2.0;
        ex -= 1;
        if ex >= 16 {
            return None;
        } else if ex < -25 {
            f = 0.0;
            ex = 0;
        } else if ex < -14 {
            f *= 2f64.powi(14 + ex);
            ex = 0;
        } else {
            ex += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        let mut b = f as u32;
        let rest = f - b as f64;
        if rest > 0.5 || (rest == 0.5 && b % 2 == 1) {
            b += 1;
            if b == 1024 {
                b = 0;
                ex += 1;
                if ex == 31 {
                    return None;
                }
            }
        }
        e = ex;
        bits = b;
    }
    Some((bits as u16) | ((e as u16) << 10) | (sign << 15))
}

/// CPython's `PyFloat_Unpack2`.
pub fn half_value(h: u16) -> f64 {
    let sign = h >> 15 != 0;
    let mut e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as u32;
    if e == 0x1f {
        let v = if f == 0 { f64::INFINITY } else { f64::NAN };
        return if sign { -v } else { v };
    }
    let mut x = f as f64 / 1024.0;
    if e == 0 {
        e = -14;
    } else {
        x += 1.0;
        e -= 15;
    }
    let x = x * 2f64.powi(e);
    if sign {
        -x
    } else {
        x
    }
}

/// Packs `v` for `code` into `out` (zeroed, `code.size` bytes for numbers; the string
/// field for `s`/`p`).
pub fn pack_item(
    vm: &Vm,
    err: &PyRef,
    mode: Mode,
    code: &Code,
    v: &PyRef,
    out: &mut [u8],
) -> PyResult<()> {
    let le = little(mode);
    match code.ch {
        b'c' => match &v.payload {
            Payload::Bytes(b) if b.len() == 1 => out[0] = b[0],
            _ => return Err(vm.new_error(err, "char format requires a bytes object of length 1")),
        },
        b's' | b'p' => {
            let data: Vec<u8> = match &v.payload {
                Payload::Bytes(b) => b.to_vec(),
                Payload::ByteArray(b) => b.borrow().clone(),
                _ => {
                    return Err(vm.new_error(
                        err,
                        format!("argument for '{}' must be a bytes object", code.ch as char),
                    ))
                }
            };
            if code.ch == b's' {
                let n = data.len().min(out.len());
                out[..n].copy_from_slice(&data[..n]);
            } else if !out.is_empty() {
                let n = data.len().min(out.len() - 1);
                out[1..1 + n].copy_from_slice(&data[..n]);
                out[0] = n.min(255) as u8;
            }
        }
        b'?' => out[0] = vm.is_true(v)? as u8,
        b'd' => put(out, get_double(vm, err, v)?.to_bits(), le),
        b'f' => {
            let x = get_double(vm, err, v)?;
            let y = x as f32;
            if mode != Mode::Native && y.is_infinite() && !x.is_infinite() {
                return Err(vm.overflow_error("float too large to pack with f format"));
            }
            put(out, y.to_bits() as u64, le);
        }
        b'e' => {
            let x = get_double(vm, err, v)?;
            let h = half_bits(x)
                .ok_or_else(|| vm.overflow_error("float too large to pack with e format"))?;
            put(out, h as u64, le);
        }
        _ => {
            let bits = pack_int(vm, err, mode, code, v)?;
            put(out, bits, le);
        }
    }
    Ok(())
}

/// The value of `code` read from `data` (exactly its bytes).
pub fn unpack_item(vm: &Vm, mode: Mode, code: &Code, data: &[u8]) -> PyRef {
    let le = little(mode);
    match code.ch {
        b'c' | b's' => vm.new_bytes(data.to_vec()),
        b'p' => {
            if data.is_empty() {
                return vm.new_bytes(Vec::new());
            }
            let n = (data[0] as usize).min(data.len() - 1);
            vm.new_bytes(data[1..1 + n].to_vec())
        }
        b'?' => vm.new_bool(data[0] != 0),
        b'd' => vm.new_float(f64::from_bits(get(data, le))),
        b'f' => vm.new_float(f32::from_bits(get(data, le) as u32) as f64),
        b'e' => vm.new_float(half_value(get(data, le) as u16)),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let bits = get(data, le);
            let shift = 64 - 8 * data.len() as u32;
            vm.new_int(((bits << shift) as i64) >> shift)
        }
        _ => {
            let bits = get(data, le);
            if bits > i64::MAX as u64 {
                vm.new_bigint(num_bigint::BigInt::from(bits))
            } else {
                vm.new_int(bits as i64)
            }
        }
    }
}
