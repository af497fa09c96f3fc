//! Python's numeric hash on 64-bit builds (CPython: Python/pyhash.c,
//! Objects/longobject.c, Objects/complexobject.c).
//!
//! A rational value `x = m / n` hashes to `m * n**-1 mod P` with `P = 2**61 - 1`,
//! carrying the sign of `x`; so `hash(2) == hash(2.0) == hash(2+0j)`. A result of -1
//! becomes -2 (-1 is CPython's error marker). Infinities hash to ±314159. A NaN hashes
//! by identity since 3.10: the caller passes that hash in (CPython uses
//! `_Py_HashPointer(obj)`, the object's address rotated right by 4 bits).

use num_bigint::{BigInt, Sign};

/// The prime modulus `2**61 - 1` (`sys.hash_info.modulus`).
pub const HASH_MODULUS: u64 = (1u64 << 61) - 1;
/// `sys.hash_info.inf`: the hash of `float('inf')`.
pub const HASH_INF: i64 = 314_159;
/// `sys.hash_info.imag`: the multiplier of the imaginary part's hash.
pub const HASH_IMAG: u64 = 1_000_003;
/// Bits of the modulus.
const HASH_BITS: u32 = 61;

/// Maps CPython's reserved error value -1 to -2.
fn avoid_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Applies a sign to a reduced magnitude (< P, so the negation cannot overflow).
fn signed(magnitude: u64, negative: bool) -> i64 {
    let h = magnitude as i64;
    avoid_minus_one(if negative { -h } else { h })
}

/// `hash(n)` for an int that fits an `i64`.
pub fn hash_i64(n: i64) -> i64 {
    signed(n.unsigned_abs() % HASH_MODULUS, n < 0)
}

/// `hash(n)` for any int.
pub fn hash_bigint(n: &BigInt) -> i64 {
    // 2**64 ≡ 8 (mod P), so fold 64-bit digits from the top: h = h * 2**64 + d.
    let reduced = n
        .magnitude()
        .iter_u64_digits()
        .rev()
        .fold(0u64, |h, digit| {
            let wide = (u128::from(h) << 64) + u128::from(digit);
            (wide % u128::from(HASH_MODULUS)) as u64
        });
    signed(reduced, n.sign() == Sign::Minus)
}

/// Multiplies `x < P` by `2**e mod P` (a rotation of 61-bit values, as 2**61 ≡ 1).
fn times_power_of_two(x: u64, e: i64) -> u64 {
    let e = e.rem_euclid(i64::from(HASH_BITS)) as u32;
    if e == 0 {
        return x;
    }
    ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e))
}

/// `hash(x)` for a float. `nan_hash` is returned for a NaN: the caller's identity-based
/// hash of the float object (CPython 3.10+).
pub fn hash_float(x: f64, nan_hash: i64) -> i64 {
    if x.is_nan() {
        return nan_hash;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if x == 0.0 {
        return 0;
    }
    // |x| = m * 2**e with m < 2**53 < P.
    let (m, e) = super::convert::decompose(x);
    let mut reduced = times_power_of_two(m, e);
    if reduced >= HASH_MODULUS {
        reduced -= HASH_MODULUS;
    }
    signed(reduced, x < 0.0)
}

/// `hash(complex(real, imag))`: `hash(real) + 1000003 * hash(imag)` in wrapping
/// unsigned arithmetic, -1 mapped to -2. `nan_hash` (the complex object's identity
/// hash) stands in for a NaN part, as in CPython.
pub fn hash_complex(real: f64, imag: f64, nan_hash: i64) -> i64 {
    let real_hash = hash_float(real, nan_hash) as u64;
    let imag_hash = hash_float(imag, nan_hash) as u64;
    let combined = real_hash.wrapping_add(HASH_IMAG.wrapping_mul(imag_hash));
    avoid_minus_one(combined as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from python3.11: hash(n).
    #[test]
    fn int_hashes() {
        let cases: &[(&str, i64)] = &[
            ("0", 0),
            ("1", 1),
            ("-1", -2),
            ("-2", -2),
            ("2305843009213693951", 0),
            ("2305843009213693950", 2305843009213693950),
            ("-2305843009213693952", -2),
            ("9223372036854775807", 3),
            ("-9223372036854775808", -4),
            ("18446744073709551616", 8),
            ("1267650600228229401496703205376", 549755813888),
            (
                "-100000000000000000000000000000000000000000000000000",
                -619332571178673746,
            ),
        ];
        for (n, expected) in cases {
            let big: BigInt = n.parse().unwrap();
            assert_eq!(hash_bigint(&big), *expected, "hash({n})");
            if let Ok(small) = n.parse::<i64>() {
                assert_eq!(hash_i64(small), *expected, "hash({n}) as i64");
            }
        }
    }

    // Expected values from python3.11: hash(x).
    #[test]
    fn float_hashes() {
        let cases: &[(f64, i64)] = &[
            (0.0, 0),
            (-0.0, 0),
            (1.0, 1),
            (-1.0, -2),
            (0.5, 1152921504606846976),
            (-0.5, -1152921504606846976),
            (1.5, 1152921504606846977),
            (0.1, 230584300921369408),
            (1e300, 1224995262755759164),
            (-2.5e-300, -52920977297143526),
            (5e-324, 16777216),
            (f64::MAX, 2234066890152476671),
            (f64::INFINITY, 314159),
            (f64::NEG_INFINITY, -314159),
            (2305843009213693951.0, 1),
            (std::f64::consts::PI, 326490430436040707),
        ];
        for (x, expected) in cases {
            assert_eq!(hash_float(*x, 77), *expected, "hash({x:?})");
        }
        assert_eq!(hash_float(f64::NAN, 77), 77);
    }

    // Expected values from python3.11: hash(complex(re, im)).
    #[test]
    fn complex_hashes() {
        let cases: &[(f64, f64, i64)] = &[
            (0.0, 0.0, 0),
            (1.0, 0.0, 1),
            (0.0, 1.0, 1000003),
            (1.5, -2.5, -2305843009215693957),
            (-1.0, 0.0, -2),
            (1e300, 1e300, 7229033979992872944),
            (f64::INFINITY, 1.0, 1314162),
        ];
        for (re, im, expected) in cases {
            assert_eq!(
                hash_complex(*re, *im, 5),
                *expected,
                "hash(complex({re:?}, {im:?}))"
            );
        }
    }
}
