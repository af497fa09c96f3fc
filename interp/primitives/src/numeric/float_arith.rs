//! Float `/`, `//`, `%`, `divmod` and `**` with CPython 3.11's results, signed zeros
//! and error messages (Objects/floatobject.c).

use super::complex::complex_pow;
use super::error::{NumError, POW_OVERFLOW_MESSAGE};

/// `a / b` for floats. Error: ZeroDivisionError "float division by zero".
pub fn float_true_div(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::zero_division("float division by zero"));
    }
    Ok(a / b)
}

/// The shared core of `//`, `%` and `divmod` (CPython `_float_div_mod`): the
/// remainder takes the sign of the divisor, the quotient is snapped to an integer.
fn div_mod(a: f64, b: f64) -> (f64, f64) {
    let mut modulo = a % b; // C fmod: exact
    let mut quotient = (a - modulo) / b;
    if modulo != 0.0 {
        if (b < 0.0) != (modulo < 0.0) {
            modulo += b;
            quotient -= 1.0;
        }
    } else {
        modulo = 0.0f64.copysign(b);
    }
    let floor_quotient = if quotient != 0.0 {
        let mut floored = quotient.floor();
        if quotient - floored > 0.5 {
            floored += 1.0;
        }
        floored
    } else {
        0.0f64.copysign(a / b)
    };
    (floor_quotient, modulo)
}

/// `a // b` for floats. Error: ZeroDivisionError "float floor division by zero".
pub fn float_floor_div(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::zero_division("float floor division by zero"));
    }
    Ok(div_mod(a, b).0)
}

/// `a % b` for floats (sign of the divisor). Error: ZeroDivisionError "float modulo".
pub fn float_mod(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::zero_division("float modulo"));
    }
    let mut modulo = a % b;
    if modulo != 0.0 {
        if (b < 0.0) != (modulo < 0.0) {
            modulo += b;
        }
    } else {
        modulo = 0.0f64.copysign(b);
    }
    Ok(modulo)
}

/// `divmod(a, b)` for floats. Error: ZeroDivisionError "float divmod()".
pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), NumError> {
    if b == 0.0 {
        return Err(NumError::zero_division("float divmod()"));
    }
    Ok(div_mod(a, b))
}

/// What `float ** float` gives.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PowResult {
    /// The usual float result.
    Float(f64),
    /// A negative base raised to a non-integer power: CPython hands the operation to
    /// `complex.__pow__`, and the result is this complex number (real, imag).
    Complex(f64, f64),
}

/// True if `y` is an odd integer (finite).
fn is_odd_integer(y: f64) -> bool {
    y.is_finite() && (y % 2.0).abs() == 1.0
}

/// `x ** y` for floats (CPython `float_pow`).
///
/// Errors: ZeroDivisionError "0.0 cannot be raised to a negative power"; OverflowError
/// with message [`POW_OVERFLOW_MESSAGE`] ("(34, 'Numerical result out of range')");
/// for a negative base and non-integer exponent, the errors of
/// [`complex_pow`]. Underflow gives 0.0 or a subnormal,
/// silently.
pub fn float_pow(x: f64, y: f64) -> Result<PowResult, NumError> {
    use PowResult::Float;
    if y == 0.0 {
        return Ok(Float(1.0));
    }
    if x.is_nan() {
        return Ok(Float(x));
    }
    if y.is_nan() {
        return Ok(Float(if x == 1.0 { 1.0 } else { y }));
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(Float(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }));
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(Float(if y > 0.0 {
            if odd {
                x
            } else {
                x.abs()
            }
        } else if odd {
            0.0f64.copysign(x)
        } else {
            0.0
        }));
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(NumError::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(Float(if is_odd_integer(y) { x } else { 0.0 }));
    }
    let mut base = x;
    let mut negate = false;
    if x < 0.0 {
        if y != y.floor() {
            let (re, im) = complex_pow((x, 0.0), (y, 0.0))?;
            return Ok(PowResult::Complex(re, im));
        }
        base = -x;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(Float(if negate { -1.0 } else { 1.0 }));
    }
    let result = base.powf(y);
    if result.is_infinite() {
        return Err(NumError::overflow(POW_OVERFLOW_MESSAGE));
    }
    Ok(Float(if negate { -result } else { result }))
}

#[cfg(test)]
mod tests {
    // Expected values are python3 output, not approximations of named constants.
    #![allow(clippy::approx_constant)]

    use super::*;

    fn same(a: f64, b: f64) -> bool {
        a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
    }

    // Expected values from python3.11: (a // b, a % b) and divmod(a, b).
    #[test]
    fn floor_division_and_modulo() {
        let cases: &[(f64, f64, f64, f64)] = &[
            (7.0, 2.0, 3.0, 1.0),
            (-7.0, 2.0, -4.0, 1.0),
            (7.0, -2.0, -4.0, -1.0),
            (-7.0, -2.0, 3.0, -1.0),
            (-0.0, 5.0, -0.0, 0.0),
            (0.0, -5.0, -0.0, -0.0),
            (6.0, 3.0, 2.0, 0.0),
            (-6.0, 3.0, -2.0, 0.0),
            (6.0, -3.0, -2.0, -0.0),
            (1.0, 0.1, 9.0, 0.09999999999999995),
            (-1e-300, 1e300, -1.0, 1e300),
            (5.5, f64::INFINITY, 0.0, 5.5),
            (-5.5, f64::INFINITY, -1.0, f64::INFINITY),
            (f64::INFINITY, 2.0, f64::NAN, f64::NAN),
            (3.0, f64::NAN, f64::NAN, f64::NAN),
            (1e308, 1e-308, f64::INFINITY, 3.498445546245627e-309),
            (0.7, 0.1, 6.0, 0.09999999999999992),
        ];
        for &(a, b, q, m) in cases {
            let got_q = float_floor_div(a, b).unwrap();
            let got_m = float_mod(a, b).unwrap();
            let (dq, dm) = float_divmod(a, b).unwrap();
            assert!(same(got_q, q), "{a} // {b} = {got_q}, want {q}");
            assert!(same(got_m, m), "{a} % {b} = {got_m}, want {m}");
            assert!(same(dq, q) && same(dm, m), "divmod({a}, {b})");
        }
    }

    #[test]
    fn division_by_zero_messages() {
        assert_eq!(
            float_true_div(1.0, 0.0),
            Err(NumError::ZeroDivision("float division by zero".into()))
        );
        assert_eq!(
            float_floor_div(1.0, -0.0),
            Err(NumError::ZeroDivision(
                "float floor division by zero".into()
            ))
        );
        assert_eq!(
            float_mod(1.0, 0.0),
            Err(NumError::ZeroDivision("float modulo".into()))
        );
        assert_eq!(
            float_divmod(1.0, 0.0),
            Err(NumError::ZeroDivision("float divmod()".into()))
        );
        assert_eq!(float_true_div(1.0, 3.0), Ok(0.3333333333333333));
    }

    // Expected values from python3.11: x ** y.
    #[test]
    fn pow_matches_cpython() {
        let nan = f64::NAN;
        let inf = f64::INFINITY;
        let cases: &[(f64, f64, f64)] = &[
            (2.0, 10.0, 1024.0),
            (2.0, 0.5, 1.4142135623730951),
            (nan, 0.0, 1.0),
            (nan, 1.0, nan),
            (1.0, nan, 1.0),
            (2.0, nan, nan),
            (-1.0, inf, 1.0),
            (0.5, inf, 0.0),
            (0.5, -inf, inf),
            (2.0, -inf, 0.0),
            (-2.0, inf, inf),
            (-inf, 3.0, -inf),
            (-inf, 2.0, inf),
            (-inf, -3.0, -0.0),
            (-inf, -2.0, 0.0),
            (inf, -0.5, 0.0),
            (-0.0, 3.0, -0.0),
            (-0.0, 2.0, 0.0),
            (-0.0, 0.5, 0.0),
            (-2.0, 3.0, -8.0),
            (-2.0, 2.0, 4.0),
            (-1.0, 1e300, 1.0),
            (-1.0, 3.0, -1.0),
            (1.0000001, -7e9, 9.860017608596047e-305),
            (2.0, -1074.5, 5e-324),
            (10.0, -400.0, 0.0),
            (-10.0, -401.0, -0.0),
            (1.1, 2.2, 1.2332863005546628),
        ];
        for &(x, y, expected) in cases {
            match float_pow(x, y) {
                Ok(PowResult::Float(got)) => {
                    assert!(same(got, expected), "{x} ** {y} = {got}, want {expected}")
                }
                other => panic!("{x} ** {y} gave {other:?}"),
            }
        }
    }

    #[test]
    fn pow_errors_and_complex_results() {
        let zero_div = Err(NumError::ZeroDivision(
            "0.0 cannot be raised to a negative power".into(),
        ));
        assert_eq!(float_pow(0.0, -1.0), zero_div);
        assert_eq!(float_pow(-0.0, -2.5), zero_div);
        let overflow = Err(NumError::Overflow(POW_OVERFLOW_MESSAGE.into()));
        assert_eq!(float_pow(10.0, 400.0), overflow);
        assert_eq!(float_pow(-10.0, 401.0), overflow);
        // python3.11: (-8.0) ** (1/3), (-2.0) ** 0.5, (-1e300) ** 1.5
        assert_eq!(
            float_pow(-8.0, 1.0 / 3.0),
            Ok(PowResult::Complex(1.0000000000000002, 1.7320508075688772))
        );
        assert_eq!(
            float_pow(-2.0, 0.5),
            Ok(PowResult::Complex(
                8.659560562354934e-17,
                1.4142135623730951
            ))
        );
        assert_eq!(
            float_pow(-1e300, 1.5),
            Err(NumError::Overflow("complex exponentiation".into()))
        );
        assert_eq!(
            float_pow(-1e300, 0.5),
            Ok(PowResult::Complex(6.123233995736766e133, 1e150))
        );
    }
}
