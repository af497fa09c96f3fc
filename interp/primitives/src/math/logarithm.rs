//! `math.log`, `math.log2` and `math.log10`, for floats and for ints of any size
//! (CPython: Modules/mathmodule.c `loghelper`, `m_log`, `m_log2`, `m_log10`).
//!
//! An int that converts to a float is logged as that float; a larger one is split as
//! `x * 2**e` (`0.5 <= x < 1`, [`frexp_bigint`]) and gives `log(x) + log(2) * e`.

use num_bigint::{BigInt, Sign};

use super::{MathError, MathResult};
use crate::numeric::convert::{bigint_to_f64, frexp_bigint};

/// Which logarithm.
#[derive(Clone, Copy)]
enum Base {
    E,
    Two,
    Ten,
}

impl Base {
    /// The libm logarithm for a positive finite float.
    fn of(self, x: f64) -> f64 {
        match self {
            Base::E => x.ln(),
            Base::Two => x.log2(),
            Base::Ten => x.log10(),
        }
    }
}

/// CPython's `m_log`/`m_log2`/`m_log10` followed by `math_1`'s checks: zero and
/// negatives (and -inf) are domain errors; NaN and +inf map to themselves.
fn log_float(x: f64, base: Base) -> MathResult<f64> {
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(MathError::Domain);
    }
    Ok(base.of(x))
}

/// CPython's `loghelper` for an int argument.
fn log_bigint(n: &BigInt, base: Base) -> MathResult<f64> {
    if n.sign() != Sign::Plus {
        return Err(MathError::Domain);
    }
    match bigint_to_f64(n) {
        Ok(x) => Ok(base.of(x)),
        Err(_) => {
            let (x, e) = frexp_bigint(n);
            Ok(base.of(x) + base.of(2.0) * e as f64)
        }
    }
}

/// `math.log(x)` for a float.
pub fn log(x: f64) -> MathResult<f64> {
    log_float(x, Base::E)
}

/// `math.log2(x)` for a float.
pub fn log2(x: f64) -> MathResult<f64> {
    log_float(x, Base::Two)
}

/// `math.log10(x)` for a float.
pub fn log10(x: f64) -> MathResult<f64> {
    log_float(x, Base::Ten)
}

/// `math.log(n)` for an int (`log(10**1000) == 2302.585092994045`).
pub fn log_int(n: &BigInt) -> MathResult<f64> {
    log_bigint(n, Base::E)
}

/// `math.log2(n)` for an int.
pub fn log2_int(n: &BigInt) -> MathResult<f64> {
    log_bigint(n, Base::Two)
}

/// `math.log10(n)` for an int.
pub fn log10_int(n: &BigInt) -> MathResult<f64> {
    log_bigint(n, Base::Ten)
}

/// `math.log(x, base)` from the two natural logarithms already computed (by [`log`] or
/// [`log_int`]): their float quotient.
///
/// Error: ZeroDivisionError "float division by zero" when `log(base) == 0`
/// (`base == 1`).
pub fn log_with_base(log_x: f64, log_base: f64) -> MathResult<f64> {
    if log_base == 0.0 {
        return Err(MathError::ZeroDivision(
            "float division by zero".to_string(),
        ));
    }
    Ok(log_x / log_base)
}

#[cfg(test)]
mod tests {
    // Expected values are python3 output, not approximations of named constants.
    #![allow(clippy::approx_constant)]

    use super::*;
    use num_traits::{One, Pow};

    fn same(a: f64, b: f64) -> bool {
        a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
    }

    // Expected values from python3.11: math.log/log2/log10(x).
    #[test]
    fn float_logs_match_cpython() {
        let cases: &[(f64, f64, f64, f64)] = &[
            (1.0, 0.0, 0.0, 0.0),
            (10.0, 2.302585092994046, 3.321928094887362, 1.0),
            (0.1, -2.3025850929940455, -3.321928094887362, -1.0),
            (2.0, 0.6931471805599453, 1.0, 0.3010299956639812),
            (1e300, 690.7755278982137, 996.5784284662087, 300.0),
            (5e-324, -744.4400719213812, -1074.0, -323.3062153431158),
            (f64::INFINITY, f64::INFINITY, f64::INFINITY, f64::INFINITY),
            (f64::NAN, f64::NAN, f64::NAN, f64::NAN),
        ];
        for &(x, ln, l2, l10) in cases {
            assert!(same(log(x).unwrap(), ln), "log({x})");
            assert!(same(log2(x).unwrap(), l2), "log2({x})");
            assert!(same(log10(x).unwrap(), l10), "log10({x})");
        }
        for x in [0.0, -0.0, -1.0, f64::NEG_INFINITY] {
            assert_eq!(log(x), Err(MathError::Domain));
            assert_eq!(log2(x), Err(MathError::Domain));
            assert_eq!(log10(x), Err(MathError::Domain));
        }
    }

    // Expected values from python3.11: math.log/log2/log10(n) for ints.
    #[test]
    fn int_logs_match_cpython() {
        let ten = BigInt::from(10);
        let cases: &[(BigInt, f64, f64, f64)] = &[
            (
                ten.clone().pow(1000u32),
                2302.585092994045,
                3321.9280948873625,
                1000.0,
            ),
            (
                BigInt::one() << 2000u32,
                1386.2943611198907,
                2000.0,
                602.0599913279624,
            ),
            (
                (BigInt::one() << 1024u32) - 1,
                709.782712893384,
                1024.0,
                308.25471555991675,
            ),
            (
                BigInt::from(1000),
                6.907755278982137,
                9.965784284662087,
                3.0,
            ),
            (
                ten.clone().pow(400u32) * 7 + 1,
                922.9799473466736,
                1331.5785928770026,
                400.84509804001425,
            ),
        ];
        for (n, ln, l2, l10) in cases {
            assert!(same(log_int(n).unwrap(), *ln), "log({n})");
            assert!(same(log2_int(n).unwrap(), *l2), "log2({n})");
            assert!(same(log10_int(n).unwrap(), *l10), "log10({n})");
        }
        assert_eq!(log_int(&BigInt::from(0)), Err(MathError::Domain));
        assert_eq!(log10_int(&-ten.pow(500u32)), Err(MathError::Domain));
    }

    #[test]
    fn log_with_base_divides() {
        // python3.11: math.log(8, 2) == 3.0, math.log(100, 10) == 2.0
        assert_eq!(log_with_base(log(8.0).unwrap(), log(2.0).unwrap()), Ok(3.0));
        assert_eq!(
            log_with_base(log(100.0).unwrap(), log(10.0).unwrap()),
            Ok(2.0)
        );
        assert_eq!(
            log_with_base(log(10.0).unwrap(), log(1.0).unwrap()),
            Err(MathError::ZeroDivision("float division by zero".into()))
        );
    }
}
