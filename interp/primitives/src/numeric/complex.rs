//! Complex `*`, `/`, `**` and `abs()` with CPython 3.11's algorithms, so results match
//! to the bit, and its error messages (Objects/complexobject.c).
//!
//! Complex numbers are `(real, imag)` pairs. CPython detects errors in `**` through
//! C's `errno` as set by libm; `MathErrno` mirrors the two cases that change the
//! outcome: a domain error (division by zero, or glibc's `cos`/`sin` of an infinite
//! phase) and an infinite component.

use super::error::NumError;

/// A complex number as (real, imag).
pub type Complex = (f64, f64);

/// `a * b` (CPython `_Py_c_prod`; no special handling of infinities).
pub fn complex_mul(a: Complex, b: Complex) -> Complex {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Smith's algorithm as CPython's `_Py_c_quot` writes it; `None` for a zero divisor.
fn quotient(a: Complex, b: Complex) -> Option<Complex> {
    let abs_real = b.0.abs();
    let abs_imag = b.1.abs();
    if abs_real >= abs_imag {
        if abs_real == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_imag >= abs_real {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // A NaN in the divisor.
        Some((f64::NAN, f64::NAN))
    }
}

/// `a / b`. Error: ZeroDivisionError "complex division by zero".
pub fn complex_div(a: Complex, b: Complex) -> Result<Complex, NumError> {
    quotient(a, b).ok_or_else(|| NumError::zero_division("complex division by zero"))
}

/// The `errno` value CPython's complex power ends up with.
#[derive(Clone, Copy, PartialEq, Eq)]
enum MathErrno {
    Ok,
    Domain,
}

/// `a ** b` through polar form (CPython `_Py_c_pow`).
fn power_polar(a: Complex, b: Complex, errno: &mut MathErrno) -> Complex {
    if b.0 == 0.0 && b.1 == 0.0 {
        return (1.0, 0.0);
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            *errno = MathErrno::Domain;
        }
        return (0.0, 0.0);
    }
    let vabs = a.0.hypot(a.1);
    let mut length = vabs.powf(b.0);
    let angle = a.1.atan2(a.0);
    let mut phase = angle * b.0;
    if b.1 != 0.0 {
        length /= (angle * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    // glibc's cos and sin report a domain error for an infinite argument.
    if phase.is_infinite() {
        *errno = MathErrno::Domain;
    }
    (length * phase.cos(), length * phase.sin())
}

/// `a ** n` for 0 < n by repeated squaring (CPython `c_powu`).
fn power_unsigned(a: Complex, n: i64) -> Complex {
    let mut result = (1.0, 0.0);
    let mut square = a;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            result = complex_mul(result, square);
        }
        mask = mask.wrapping_shl(1);
        square = complex_mul(square, square);
    }
    result
}

/// `a ** n` for an integral exponent (CPython `c_powi`).
fn power_integer(a: Complex, n: i64, errno: &mut MathErrno) -> Complex {
    if !(-100..=100).contains(&n) {
        power_polar(a, (n as f64, 0.0), errno)
    } else if n > 0 {
        power_unsigned(a, n)
    } else {
        quotient((1.0, 0.0), power_unsigned(a, -n)).unwrap_or_else(|| {
            *errno = MathErrno::Domain;
            (0.0, 0.0)
        })
    }
}

/// `a ** b` for complex numbers (CPython `complex_pow`). Integral real exponents use
/// repeated multiplication (up to ±100), others the polar form.
///
/// Errors: ZeroDivisionError "0.0 to a negative or complex power"; OverflowError
/// "complex exponentiation" when a component of the result is infinite.
pub fn complex_pow(a: Complex, b: Complex) -> Result<Complex, NumError> {
    let mut errno = MathErrno::Ok;
    // C's (long) cast of the real part; out-of-range values never compare equal.
    let truncated = b.0 as i64;
    let result = if b.1 == 0.0 && b.0 == truncated as f64 && b.0.is_finite() {
        power_integer(a, truncated, &mut errno)
    } else {
        power_polar(a, b, &mut errno)
    };
    if errno == MathErrno::Domain {
        return Err(NumError::zero_division(
            "0.0 to a negative or complex power",
        ));
    }
    if result.0.is_infinite() || result.1.is_infinite() {
        return Err(NumError::overflow("complex exponentiation"));
    }
    Ok(result)
}

/// `abs(z)` (CPython `complex_abs`): an infinite part gives inf even beside a NaN.
///
/// Error: OverflowError "absolute value too large".
pub fn complex_abs(z: Complex) -> Result<f64, NumError> {
    let (re, im) = z;
    if !re.is_finite() || !im.is_finite() {
        if re.is_infinite() {
            return Ok(re.abs());
        }
        if im.is_infinite() {
            return Ok(im.abs());
        }
        return Ok(f64::NAN);
    }
    let result = re.hypot(im);
    if result.is_infinite() {
        return Err(NumError::overflow("absolute value too large"));
    }
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: Complex, b: Complex) -> bool {
        let eq = |x: f64, y: f64| x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan());
        eq(a.0, b.0) && eq(a.1, b.1)
    }

    const INF: f64 = f64::INFINITY;
    const NAN: f64 = f64::NAN;

    // Expected values from python3.11: complex(*a) / complex(*b).
    #[test]
    fn division_matches_cpython() {
        let cases: &[(Complex, Complex, Complex)] = &[
            ((1.0, 2.0), (3.0, 4.0), (0.44, 0.08)),
            ((1.0, 0.0), (0.0, 1.0), (0.0, -1.0)),
            ((1e300, 1e300), (1e-300, 1e-300), (INF, 0.0)),
            ((1.0, 1.0), (NAN, 0.0), (NAN, NAN)),
            ((1.0, 1.0), (INF, 0.0), (0.0, 0.0)),
            ((-0.0, 0.0), (1.0, 0.0), (0.0, 0.0)),
            (
                (5.0, -3.0),
                (-2.0, 7.0),
                (-0.5849056603773586, -0.5471698113207548),
            ),
        ];
        for &(a, b, expected) in cases {
            let got = complex_div(a, b).unwrap();
            assert!(
                same(got, expected),
                "{a:?} / {b:?} = {got:?}, want {expected:?}"
            );
        }
        assert_eq!(
            complex_div((1.0, 0.0), (0.0, -0.0)),
            Err(NumError::ZeroDivision("complex division by zero".into()))
        );
    }

    // Expected values from python3.11: complex(*a) ** complex(*b).
    #[test]
    fn power_matches_cpython() {
        let cases: &[(Complex, Complex, Complex)] = &[
            ((1.0, 1.0), (2.0, 0.0), (0.0, 2.0)),
            ((0.0, 1.0), (2.0, 0.0), (-1.0, 0.0)),
            ((1.0, 2.0), (-3.0, 0.0), (-0.08800000000000001, 0.016)),
            (
                (1.0, 2.0),
                (0.5, 0.0),
                (1.272019649514069, 0.7861513777574233),
            ),
            (
                (1.0, 2.0),
                (1.5, 2.5),
                (-0.1810645412106288, -0.10631458421568804),
            ),
            ((2.0, 0.0), (101.0, 0.0), (2.535301200456459e30, 0.0)),
            (
                (1.0, 1.0),
                (101.0, 0.0),
                (-1125899906842634.5, -1125899906842629.5),
            ),
            ((0.0, 0.0), (2.0, 0.0), (0.0, 0.0)),
            ((0.0, 0.0), (0.0, 0.0), (1.0, 0.0)),
            ((INF, 0.0), (2.0, 0.0), (NAN, NAN)),
            ((1e200, 1e200), (2.0, 0.0), (NAN, NAN)),
            ((-1e300, 0.0), (0.5, 0.0), (6.123233995736766e133, 1e150)),
            (
                (-8.0, 0.0),
                (1.0 / 3.0, 0.0),
                (1.0000000000000002, 1.7320508075688772),
            ),
            ((NAN, 0.0), (2.0, 0.0), (NAN, NAN)),
        ];
        for &(a, b, expected) in cases {
            let got = complex_pow(a, b).unwrap();
            assert!(
                same(got, expected),
                "{a:?} ** {b:?} = {got:?}, want {expected:?}"
            );
        }
    }

    #[test]
    fn power_errors_match_cpython() {
        let zero = Err(NumError::ZeroDivision(
            "0.0 to a negative or complex power".into(),
        ));
        assert_eq!(complex_pow((0.0, 0.0), (-1.0, 0.0)), zero);
        assert_eq!(complex_pow((0.0, 0.0), (0.0, 1.0)), zero);
        assert_eq!(complex_pow((0.0, 0.0), (-1000.0, 0.0)), zero);
        assert_eq!(complex_pow((-1.0, 0.0), (1e308, 1.0)), zero);
        let overflow = Err(NumError::Overflow("complex exponentiation".into()));
        assert_eq!(complex_pow((-1e300, 0.0), (1.5, 0.0)), overflow);
        assert_eq!(complex_pow((10.0, 0.0), (400.0, 0.0)), overflow);
        assert_eq!(complex_pow((1e200, 0.0), (2.0, 0.0)), overflow);
    }

    // Expected values from python3.11: abs(complex(*z)).
    #[test]
    fn abs_matches_cpython() {
        let cases: &[(Complex, f64)] = &[
            ((3.0, 4.0), 5.0),
            ((1e308, 1e308), 1.4142135623730951e308),
            ((INF, NAN), INF),
            ((NAN, -INF), INF),
            ((NAN, 1.0), NAN),
            ((0.1, 0.2), 0.223606797749979),
        ];
        for &(z, expected) in cases {
            let got = complex_abs(z).unwrap();
            assert!(got.to_bits() == expected.to_bits() || (got.is_nan() && expected.is_nan()));
        }
        assert_eq!(
            complex_abs((1.7e308, 1.7e308)),
            Err(NumError::Overflow("absolute value too large".into()))
        );
    }
}
