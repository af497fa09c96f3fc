//! `round(x)` and `round(x, ndigits)` for floats, exactly as CPython 3.11 computes them.
//!
//! CPython (Objects/floatobject.c `double_round`) rounds the exact binary value of `x`
//! to `ndigits` decimal places with round-half-even (`_Py_dg_dtoa` mode 3), then reads
//! the decimal string back with correct rounding. Here the same two steps are done
//! with exact integer arithmetic: the decimal string never needs to be written.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Pow, Zero};

use super::convert::{decompose, float_to_bigint, ratio_to_f64, round_scaled_to_f64};
use super::error::NumError;

/// Beyond this many digits every double is already exact (CPython `NDIGITS_MAX`).
const NDIGITS_MAX: i64 = 323;
/// Below this, every double rounds to zero (CPython `NDIGITS_MIN`).
const NDIGITS_MIN: i64 = -308;

/// `round(x)`: the nearest int, ties to even.
///
/// Errors: OverflowError "cannot convert float infinity to integer"; ValueError
/// "cannot convert float NaN to integer".
pub fn round_to_bigint(x: f64) -> Result<BigInt, NumError> {
    float_to_bigint(x.round_ties_even())
}

/// `num / den` rounded to an integer, ties to even.
fn divide_half_even(num: &BigUint, den: &BigUint) -> BigUint {
    let (quotient, remainder) = num.div_rem(den);
    let twice = &remainder << 1u32;
    let round_up = match twice.cmp(den) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => quotient.is_odd(),
        std::cmp::Ordering::Less => false,
    };
    if round_up {
        quotient + 1u32
    } else {
        quotient
    }
}

/// `round(x, ndigits)` for a float, with `ndigits` already clipped to the machine
/// range as CPython's `PyNumber_AsSsize_t` does.
///
/// NaN and infinities round to themselves; zeros keep their sign. Error:
/// OverflowError "rounded value too large to represent" (e.g.
/// `round(1.7976931348623157e308, -308)`).
pub fn round_half_even(x: f64, ndigits: i64) -> Result<f64, NumError> {
    if !x.is_finite() || x == 0.0 || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (m, e) = decompose(x);
    let m = BigUint::from(m);
    let ten = BigUint::from(10u32);
    let magnitude = if ndigits >= 0 {
        if e >= 0 {
            // An integer already: nothing after the decimal point.
            return Ok(x);
        }
        let scale: BigUint = ten.pow(ndigits as u32);
        let digits = divide_half_even(&(m * &scale), &(BigUint::one() << (-e) as u64));
        ratio_to_f64(&digits, &scale)
    } else {
        let scale: BigUint = ten.pow((-ndigits) as u32);
        let digits = if e >= 0 {
            divide_half_even(&(m << e as u64), &scale)
        } else {
            divide_half_even(&m, &(scale.clone() << (-e) as u64))
        };
        if digits.is_zero() {
            0.0
        } else {
            round_scaled_to_f64(&(digits * scale), 0, false)
        }
    };
    if magnitude.is_infinite() {
        return Err(NumError::overflow("rounded value too large to represent"));
    }
    Ok(magnitude.copysign(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from python3.11: repr(round(x, n)).
    #[test]
    fn round_with_ndigits_matches_cpython() {
        let cases: &[(f64, i64, f64)] = &[
            (0.125, 2, 0.12),
            (0.375, 2, 0.38),
            (2.675, 2, 2.67),
            (-0.001, 1, -0.0),
            (2.5, 0, 2.0),
            (3.5, 0, 4.0),
            (-2.5, 0, -2.0),
            (0.5, 0, 0.0),
            (1234.5678, -2, 1200.0),
            (1250.0, -2, 1200.0),
            (1350.0, -2, 1400.0),
            (-1250.0, -2, -1200.0),
            (5e-324, 323, 0.0),
            (5e-324, 322, 0.0),
            (1e-320, 320, 1e-320),
            (1.5e-320, 320, 1e-320),
            (123.456, 400, 123.456),
            (123.456, -400, 0.0),
            (-123.456, -400, -0.0),
            (1e300, -300, 1e300),
            (1.5e300, -300, 2e300),
            (0.1, 1, 0.1),
            (0.15, 1, 0.1),
            (0.25, 1, 0.2),
            (0.35, 1, 0.3),
            (1e22, 5, 1e22),
            (4503599627370498.0, 0, 4503599627370498.0),
            (0.30000000000000004, 15, 0.3),
            (0.30000000000000004, 16, 0.3),
            (0.30000000000000004, 17, 0.30000000000000004),
            (123456789.12345679, 3, 123456789.123),
            (f64::INFINITY, 2, f64::INFINITY),
            (-0.0, 2, -0.0),
            (5.0, -1, 0.0),
            (15.0, -1, 20.0),
        ];
        for &(x, n, expected) in cases {
            let got = round_half_even(x, n).unwrap();
            assert_eq!(
                got.to_bits(),
                expected.to_bits(),
                "round({x:?}, {n}) = {got:?}"
            );
        }
        assert!(round_half_even(f64::NAN, 2).unwrap().is_nan());
        for n in [-307, -308] {
            assert_eq!(
                round_half_even(1.7976931348623157e308, n),
                Err(NumError::Overflow(
                    "rounded value too large to represent".into()
                ))
            );
        }
    }

    // Expected values from python3.11: round(x).
    #[test]
    fn round_to_int_matches_cpython() {
        let cases: &[(f64, &str)] = &[
            (0.5, "0"),
            (1.5, "2"),
            (2.5, "2"),
            (-0.5, "0"),
            (-1.5, "-2"),
            (-0.4, "0"),
            (4503599627370497.0, "4503599627370497"),
            (1e300, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"),
        ];
        for &(x, expected) in cases {
            assert_eq!(
                round_to_bigint(x).unwrap().to_string(),
                expected,
                "round({x:?})"
            );
        }
        assert_eq!(
            round_to_bigint(f64::INFINITY),
            Err(NumError::Overflow(
                "cannot convert float infinity to integer".into()
            ))
        );
        assert_eq!(
            round_to_bigint(f64::NAN),
            Err(NumError::Value(
                "cannot convert float NaN to integer".into()
            ))
        );
    }
}
