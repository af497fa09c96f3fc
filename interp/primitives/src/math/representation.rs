//! `math` functions about a float's representation rather than its value's
//! mathematics: `frexp`, `ldexp`, `modf`, `nextafter`, `ulp`, `copysign`, `isfinite`,
//! `isinf`, `isnan`, and float → int `floor`, `ceil`, `trunc`.
//!
//! Rust's standard library has no `frexp`/`ldexp`; they are written here exactly, with
//! C's rounding of subnormal results.

use num_bigint::{BigInt, BigUint};

use super::{MathError, MathResult};
use crate::numeric::convert::{decompose, float_to_bigint, round_scaled_to_f64};
use crate::numeric::NumError;

/// `math.frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1`; zeros, NaN and
/// infinities give `(x, 0)`.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (m, e) = decompose(x);
    // Normalise m to 53 significant bits, then set the exponent field to -1.
    let shift = m.leading_zeros() as i64 - 11;
    let normalised = m << shift;
    let exponent = e - shift + 53;
    let fraction = normalised & ((1u64 << 52) - 1);
    let mantissa = f64::from_bits((1022u64 << 52) | fraction);
    (mantissa.copysign(x), exponent as i32)
}

/// `math.ldexp(x, i)`: `x * 2**i`, rounded once as C's ldexp rounds.
///
/// `i` is the exponent clipped to the `i64` range (CPython clips ints that overflow a
/// C long the same way). Error: range error on overflow; underflow gives ±0.
pub fn ldexp(x: f64, i: i64) -> MathResult<f64> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    let (m, e) = decompose(x);
    let exponent = e.saturating_add(i.clamp(-10_000, 10_000));
    let magnitude = round_scaled_to_f64(&BigUint::from(m), exponent, false);
    if magnitude.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(magnitude.copysign(x))
}

/// `math.modf(x)`: the fractional and integral parts, both with the sign of `x`.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let integral = x.trunc();
    ((x - integral).copysign(x), integral)
}

/// `math.nextafter(x, y)`: the next float after `x` towards `y` (C99 `nextafter`).
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x < y {
        x.next_up()
    } else {
        x.next_down()
    }
}

/// `math.ulp(x)`: the value of the least significant bit of `x` (`ulp(-x) == ulp(x)`,
/// `ulp(inf) == inf`, `ulp(0.0)` is the smallest subnormal; for the largest finite
/// float, its distance to its predecessor).
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let next = nextafter(x, f64::INFINITY);
    if next.is_infinite() {
        return x - nextafter(x, f64::NEG_INFINITY);
    }
    next - x
}

/// `math.copysign(x, y)`.
pub fn copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

/// `math.isfinite(x)`.
pub fn isfinite(x: f64) -> bool {
    x.is_finite()
}

/// `math.isinf(x)`.
pub fn isinf(x: f64) -> bool {
    x.is_infinite()
}

/// `math.isnan(x)`.
pub fn isnan(x: f64) -> bool {
    x.is_nan()
}

/// `math.floor(x)` for a float. Errors as `int(x)`: OverflowError "cannot convert
/// float infinity to integer", ValueError "cannot convert float NaN to integer".
pub fn floor(x: f64) -> Result<BigInt, NumError> {
    float_to_bigint(x.floor())
}

/// `math.ceil(x)` for a float; errors as [`floor`].
pub fn ceil(x: f64) -> Result<BigInt, NumError> {
    float_to_bigint(x.ceil())
}

/// `math.trunc(x)` for a float; errors as [`floor`].
pub fn trunc(x: f64) -> Result<BigInt, NumError> {
    float_to_bigint(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: f64, b: f64) -> bool {
        a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
    }

    // Expected values from python3.11: math.frexp(x).
    #[test]
    fn frexp_matches_cpython() {
        let cases: &[(f64, f64, i32)] = &[
            (8.0, 0.5, 4),
            (-3.0, -0.75, 2),
            (0.1, 0.8, -3),
            (5e-324, 0.5, -1073),
            (1e-310, 0.5752618031559393, -1029),
            (f64::MAX, 0.9999999999999999, 1024),
            (-0.0, -0.0, 0),
            (f64::INFINITY, f64::INFINITY, 0),
            (f64::NAN, f64::NAN, 0),
        ];
        for &(x, m, e) in cases {
            let (gm, ge) = frexp(x);
            assert!(same(gm, m) && ge == e, "frexp({x:?}) = ({gm:?}, {ge})");
        }
    }

    // Expected values from python3.11: math.ldexp(x, i).
    #[test]
    fn ldexp_matches_cpython() {
        let cases: &[(f64, i64, f64)] = &[
            (0.5, 4, 8.0),
            (1.0, -1074, 5e-324),
            (1.0, -1075, 0.0),
            (1.5, -1075, 5e-324),
            (3.0, -1076, 5e-324),
            (-1.0, -1080, -0.0),
            (5e-324, 1074, 1.0),
            (1.0, 1023, 8.98846567431158e307),
            (0.75, i64::MIN, 0.0),
            (-0.0, 5000, -0.0),
            (f64::NEG_INFINITY, -5, f64::NEG_INFINITY),
            (1.0000000000000002, -1074, 5e-324),
            (1.9999999999999998, -1074, 1e-323),
        ];
        for &(x, i, expected) in cases {
            let got = ldexp(x, i).unwrap();
            assert!(same(got, expected), "ldexp({x:?}, {i}) = {got:?}");
        }
        assert_eq!(ldexp(1.0, 1024), Err(MathError::Range));
        assert_eq!(ldexp(-1.0, i64::MAX), Err(MathError::Range));
    }

    // Expected values from python3.11: math.modf(x).
    #[test]
    fn modf_matches_cpython() {
        let cases: &[(f64, f64, f64)] = &[
            (3.5, 0.5, 3.0),
            (-3.5, -0.5, -3.0),
            (-3.0, -0.0, -3.0),
            (-0.0, -0.0, -0.0),
            (f64::NEG_INFINITY, -0.0, f64::NEG_INFINITY),
            (1e300, 0.0, 1e300),
        ];
        for &(x, f, i) in cases {
            let (gf, gi) = modf(x);
            assert!(same(gf, f) && same(gi, i), "modf({x:?}) = ({gf:?}, {gi:?})");
        }
        let (f, i) = modf(f64::NAN);
        assert!(f.is_nan() && i.is_nan());
    }

    // Expected values from python3.11: math.nextafter(x, y) and math.ulp(x).
    #[test]
    fn nextafter_and_ulp_match_cpython() {
        let cases: &[(f64, f64, f64)] = &[
            (1.0, 2.0, 1.0000000000000002),
            (1.0, 0.0, 0.9999999999999999),
            (0.0, 1.0, 5e-324),
            (0.0, -1.0, -5e-324),
            (0.0, -0.0, -0.0),
            (-0.0, 0.0, 0.0),
            (f64::MAX, f64::INFINITY, f64::INFINITY),
            (f64::INFINITY, 0.0, f64::MAX),
            (5e-324, 0.0, 0.0),
            (2.0, f64::NAN, f64::NAN),
        ];
        for &(x, y, expected) in cases {
            assert!(same(nextafter(x, y), expected), "nextafter({x:?}, {y:?})");
        }
        let ulps: &[(f64, f64)] = &[
            (1.0, 2.220446049250313e-16),
            (-1.0, 2.220446049250313e-16),
            (0.0, 5e-324),
            (f64::MAX, 1.99584030953472e292),
            (1e300, 1.487016908477783e284),
            (f64::INFINITY, f64::INFINITY),
            (f64::NAN, f64::NAN),
        ];
        for &(x, expected) in ulps {
            assert!(same(ulp(x), expected), "ulp({x:?})");
        }
    }

    #[test]
    fn rounding_to_int() {
        assert_eq!(floor(-2.5).unwrap(), BigInt::from(-3));
        assert_eq!(ceil(-2.5).unwrap(), BigInt::from(-2));
        assert_eq!(trunc(-2.5).unwrap(), BigInt::from(-2));
        assert_eq!(ceil(1e20).unwrap().to_string(), "100000000000000000000");
        assert!(matches!(floor(f64::INFINITY), Err(NumError::Overflow(_))));
        assert!(matches!(ceil(f64::NAN), Err(NumError::Value(_))));
        assert_eq!(copysign(3.0, -0.0), -3.0);
        assert!(isfinite(1.0) && !isfinite(f64::NAN) && isinf(-f64::INFINITY) && isnan(f64::NAN));
    }
}
