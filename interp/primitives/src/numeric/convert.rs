//! Exact conversions between floats and integers: int → float (correctly rounded),
//! int / int true division, float → int truncation, `float.as_integer_ratio()` and
//! `float.is_integer()`.
//!
//! Everything rests on `round_scaled_to_f64`, which rounds `m * 2**e` for an integer
//! `m` to the nearest double (ties to even, subnormals included): the same rounding
//! CPython gets from its own careful code in Objects/longobject.c.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};

use super::error::NumError;

/// Exponent of the smallest subnormal double's unit: 2**-1074.
const MIN_ULP_EXPONENT: i64 = -1074;
/// Largest exponent of a finite double's leading bit.
const MAX_TOP_EXPONENT: i64 = 1023;
/// Bits of precision of a double.
const MANTISSA_BITS: i64 = 53;

/// `2.0**k` for `k` in -1074..=1023, built from its bit pattern.
pub(crate) fn pow2(k: i64) -> f64 {
    debug_assert!((MIN_ULP_EXPONENT..=MAX_TOP_EXPONENT).contains(&k));
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

/// Splits a finite nonzero `|x|` into `(m, e)` with `|x| == m * 2**e` exactly,
/// `m < 2**53`.
pub(crate) fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exponent_field = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    if exponent_field == 0 {
        (fraction, MIN_ULP_EXPONENT)
    } else {
        (fraction | (1u64 << 52), exponent_field - 1075)
    }
}

/// Rounds `mantissa * 2**exponent` to the nearest double, ties to even, returning
/// +inf on overflow.
///
/// `inexact` says the true value is a little larger than that: by less than one unit
/// of `mantissa`'s last place. Callers that set it must give at least two bits more
/// than the result keeps, so that the extra amount can only break a tie.
pub(crate) fn round_scaled_to_f64(mantissa: &BigUint, exponent: i64, inexact: bool) -> f64 {
    if mantissa.is_zero() {
        return 0.0;
    }
    let bits = mantissa.bits() as i64;
    let top = bits - 1 + exponent;
    if top > MAX_TOP_EXPONENT {
        return f64::INFINITY;
    }
    let ulp = (top - (MANTISSA_BITS - 1)).max(MIN_ULP_EXPONENT);
    let shift = ulp - exponent;
    if shift <= 0 {
        debug_assert!(!inexact || shift < 0);
        let kept = mantissa << (-shift) as u64;
        return kept
            .to_u64()
            .map_or(f64::INFINITY, |k| k as f64 * pow2(ulp));
    }
    if shift > bits + 1 {
        // Below a quarter of the smallest subnormal: rounds to zero.
        return 0.0;
    }
    let shift = shift as u64;
    let mut kept = (mantissa >> shift).to_u64().unwrap_or(0);
    let half_bit = mantissa.bit(shift - 1);
    let below_half = inexact || mantissa.trailing_zeros().is_some_and(|tz| tz < shift - 1);
    if half_bit && (below_half || kept & 1 == 1) {
        kept += 1;
    }
    // kept <= 2**53 is exact as a double; the scaling is exact or overflows to inf.
    kept as f64 * pow2(ulp)
}

/// Converts an int to the nearest float (ties to even), like `float(n)`.
///
/// Error: OverflowError "int too large to convert to float".
pub fn bigint_to_f64(n: &BigInt) -> Result<f64, NumError> {
    let magnitude = round_scaled_to_f64(n.magnitude(), 0, false);
    if magnitude.is_infinite() {
        return Err(NumError::overflow("int too large to convert to float"));
    }
    Ok(if n.sign() == Sign::Minus {
        -magnitude
    } else {
        magnitude
    })
}

/// Splits a nonzero int's magnitude like CPython's `_PyLong_Frexp`: returns `(x, e)`
/// with `|n| ≈ x * 2**e`, `0.5 <= x < 1`, `x` rounded to 53 bits (ties to even). Used
/// for logarithms of ints too large for a float. Returns `(0.0, 0)` for zero.
pub fn frexp_bigint(n: &BigInt) -> (f64, u64) {
    let magnitude = n.magnitude();
    if magnitude.is_zero() {
        return (0.0, 0);
    }
    let bits = magnitude.bits();
    // Round to 53 bits, then read the result as a fraction of 2**bits.
    let exponent = -(bits as i64);
    let mut x = if bits <= 53 {
        round_scaled_to_f64(magnitude, exponent, false)
    } else {
        let shift = bits - 55;
        let top = magnitude >> shift;
        let sticky = magnitude.trailing_zeros().is_some_and(|tz| tz < shift);
        round_scaled_to_f64(&top, exponent + shift as i64, sticky)
    };
    let mut e = bits;
    if x == 1.0 {
        x = 0.5;
        e += 1;
    }
    (x, e)
}

/// `a / b` for ints, correctly rounded, like CPython's `long_true_divide`.
///
/// Errors: ZeroDivisionError "division by zero"; OverflowError "integer division
/// result too large for a float". A zero result has the sign of the quotient
/// (`0 / -5 == -0.0`).
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> Result<f64, NumError> {
    if b.is_zero() {
        return Err(NumError::zero_division("division by zero"));
    }
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let magnitude = ratio_to_f64(a.magnitude(), b.magnitude());
    if magnitude.is_infinite() {
        return Err(NumError::overflow(
            "integer division result too large for a float",
        ));
    }
    Ok(if negative { -magnitude } else { magnitude })
}

/// [`int_true_divide`] for machine ints: a single float division when both fit in 53
/// bits (then both conversions are exact), as in CPython's fast path.
pub fn i64_true_divide(a: i64, b: i64) -> Result<f64, NumError> {
    const EXACT: u64 = 1 << 53;
    if b == 0 {
        return Err(NumError::zero_division("division by zero"));
    }
    if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
        return Ok(a as f64 / b as f64);
    }
    int_true_divide(&BigInt::from(a), &BigInt::from(b))
}

/// `num / den` (den > 0) rounded to the nearest double; +inf when too large.
pub(crate) fn ratio_to_f64(num: &BigUint, den: &BigUint) -> f64 {
    if num.is_zero() {
        return 0.0;
    }
    let num_bits = num.bits() as i64;
    let den_bits = den.bits() as i64;
    // num / den lies in [2**(d-1), 2**(d+1)) for d = num_bits - den_bits.
    let d = num_bits - den_bits;
    if d > MAX_TOP_EXPONENT + 2 {
        return f64::INFINITY;
    }
    if d < MIN_ULP_EXPONENT - 3 {
        return 0.0;
    }
    // Scale so the integer quotient has at least 55 bits: two beyond the 53 kept.
    let scale = 55 - d;
    let (quotient, remainder) = if scale >= 0 {
        (num << scale as u64).div_rem(den)
    } else {
        num.div_rem(&(den << (-scale) as u64))
    };
    round_scaled_to_f64(&quotient, -scale, !remainder.is_zero())
}

/// Truncates a float to an int, like `int(x)`.
///
/// Errors: OverflowError "cannot convert float infinity to integer"; ValueError
/// "cannot convert float NaN to integer".
pub fn float_to_bigint(x: f64) -> Result<BigInt, NumError> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    if x.abs() < 1.0 {
        return Ok(BigInt::zero());
    }
    let (m, e) = decompose(x);
    let magnitude = if e >= 0 {
        BigUint::from(m) << e as u64
    } else {
        BigUint::from(m >> (-e) as u64)
    };
    let sign = if x < 0.0 { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// `x.as_integer_ratio()`: the lowest-terms fraction equal to `x`, denominator a
/// positive power of two.
///
/// Errors: OverflowError "cannot convert Infinity to integer ratio"; ValueError
/// "cannot convert NaN to integer ratio".
pub fn as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), NumError> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let (m, e) = decompose(x);
    let sign = if x < 0.0 { Sign::Minus } else { Sign::Plus };
    if e >= 0 {
        let numerator = BigUint::from(m) << e as u64;
        return Ok((BigInt::from_biguint(sign, numerator), BigInt::one()));
    }
    // Cancel common factors of two between m and 2**-e.
    let cancel = u64::from(m.trailing_zeros()).min((-e) as u64);
    let numerator = BigUint::from(m >> cancel);
    let denominator = BigUint::one() << ((-e) as u64 - cancel);
    Ok((
        BigInt::from_biguint(sign, numerator),
        BigInt::from_biguint(Sign::Plus, denominator),
    ))
}

/// `x.is_integer()`: finite and without a fractional part.
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && x == x.floor()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    // Expected values from python3.11: repr(float(n)).
    #[test]
    fn int_to_float_is_correctly_rounded() {
        let cases: &[(&str, f64)] = &[
            ("9007199254740993", 9007199254740992.0),
            ("9007199254740995", 9007199254740996.0),
            ("-9007199254740993", -9007199254740992.0),
            ("18014398509481987", 18014398509481988.0),
            (
                "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
                1.7976931348623157e308,
            ),
            ("0", 0.0),
            ("123456789012345678901234567890", 1.2345678901234568e29),
        ];
        for (n, expected) in cases {
            assert_eq!(
                bigint_to_f64(&big(n)).unwrap().to_bits(),
                expected.to_bits(),
                "{n}"
            );
        }
        // 2**1024 - 2**970 is the first value that rounds to 2**1024.
        let overflowing = (BigInt::one() << 1024u32) - (BigInt::one() << 970u32);
        assert_eq!(
            bigint_to_f64(&overflowing),
            Err(NumError::Overflow(
                "int too large to convert to float".into()
            ))
        );
        let largest = (BigInt::one() << 1024u32) - (BigInt::one() << 970u32) - 1;
        assert_eq!(bigint_to_f64(&largest), Ok(f64::MAX));
    }

    // Expected values from python3.11: repr(a / b).
    #[test]
    fn int_true_division_matches_cpython() {
        let cases: &[(&str, &str, f64)] = &[
            ("1", "3", 0.3333333333333333),
            ("0", "-5", -0.0),
            ("0", "-1000000000000000000000000000000", -0.0),
            ("-7", "2", -3.5),
            (
                "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                "30000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                0.3333333333333333,
            ),
            (
                "1",
                "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                1e-310,
            ),
            ("9007199254740993", "1", 9007199254740992.0),
            ("36028797018963971", "4", 9007199254740992.0),
            ("36028797018963973", "4", 9007199254740994.0),
        ];
        for (a, b, expected) in cases {
            let got = int_true_divide(&big(a), &big(b)).unwrap();
            assert_eq!(got.to_bits(), expected.to_bits(), "{a} / {b}");
        }
        assert_eq!(
            int_true_divide(&big("1"), &big("0")),
            Err(NumError::ZeroDivision("division by zero".into()))
        );
        // The i64 entry point agrees, on both sides of its fast path.
        for (a, b, expected) in [
            (1, 3, 0.3333333333333333),
            (0, -5, -0.0),
            (9007199254740993, 1, 9007199254740992.0),
            (36028797018963971, 4, 9007199254740992.0),
            (i64::MIN, -1, 9.223372036854776e18),
        ] {
            assert_eq!(
                i64_true_divide(a, b).unwrap().to_bits(),
                f64::to_bits(expected)
            );
        }
        assert!(i64_true_divide(1, 0).is_err());
        let huge = BigInt::one() << 1100u32;
        assert_eq!(
            int_true_divide(&huge, &big("3")),
            Err(NumError::Overflow(
                "integer division result too large for a float".into()
            ))
        );
        // Tiny quotients round correctly into the subnormal range and to zero.
        let den = BigInt::one() << 1075u32;
        assert_eq!(int_true_divide(&big("1"), &den).unwrap(), 0.0);
        assert_eq!(int_true_divide(&big("3"), &den).unwrap(), 1e-323);
        assert_eq!(int_true_divide(&big("-3"), &(den * 2)).unwrap(), -5e-324);
    }

    #[test]
    fn float_to_int_truncates() {
        let cases: &[(f64, &str)] = &[
            (3.99, "3"),
            (-3.99, "-3"),
            (-0.5, "0"),
            (1e20, "100000000000000000000"),
            (1.7976931348623157e308, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"),
        ];
        for (x, expected) in cases {
            assert_eq!(float_to_bigint(*x).unwrap(), big(expected), "{x}");
        }
        assert_eq!(
            float_to_bigint(f64::NEG_INFINITY),
            Err(NumError::Overflow(
                "cannot convert float infinity to integer".into()
            ))
        );
        assert_eq!(
            float_to_bigint(f64::NAN),
            Err(NumError::Value(
                "cannot convert float NaN to integer".into()
            ))
        );
    }

    // Expected values from python3.11: x.as_integer_ratio().
    #[test]
    fn integer_ratios_match_cpython() {
        let cases: &[(f64, &str, &str)] = &[
            (0.1, "3602879701896397", "36028797018963968"),
            (-0.75, "-3", "4"),
            (0.0, "0", "1"),
            (-0.0, "0", "1"),
            (5e-324, "1", "202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784"),
            (1e300, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160", "1"),
            (2.5, "5", "2"),
        ];
        for (x, n, d) in cases {
            assert_eq!(as_integer_ratio(*x).unwrap(), (big(n), big(d)), "{x}");
        }
        assert_eq!(
            as_integer_ratio(f64::INFINITY),
            Err(NumError::Overflow(
                "cannot convert Infinity to integer ratio".into()
            ))
        );
        assert_eq!(
            as_integer_ratio(f64::NAN),
            Err(NumError::Value(
                "cannot convert NaN to integer ratio".into()
            ))
        );
    }

    #[test]
    fn is_integer_cases() {
        assert!(is_integer(3.0));
        assert!(is_integer(-0.0));
        assert!(is_integer(1e300));
        assert!(!is_integer(3.5));
        assert!(!is_integer(f64::INFINITY));
        assert!(!is_integer(f64::NAN));
    }

    #[test]
    fn frexp_of_huge_ints() {
        assert_eq!(frexp_bigint(&big("1")), (0.5, 1));
        assert_eq!(frexp_bigint(&big("-6")), (0.75, 3));
        // 2**60 - 1 rounds up to 2**60: mantissa 1.0 becomes 0.5 with e + 1.
        assert_eq!(frexp_bigint(&((BigInt::one() << 60u32) - 1)), (0.5, 61));
        let (x, e) = frexp_bigint(&(BigInt::from(3) << 2000u32));
        assert_eq!((x, e), (0.75, 2002));
    }
}
