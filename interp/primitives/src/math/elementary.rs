//! The libm-backed one- and two-argument functions of `math`, with CPython 3.11's
//! error rules (Modules/mathmodule.c `math_1`, `math_2`, `math_pow`, `math_fmod`).
//!
//! For one-argument functions: a NaN result from a non-NaN argument is a domain error
//! (ValueError); an infinite result from a finite argument is a range error
//! (OverflowError) for functions that can overflow, a domain error (a pole, such as
//! `atanh(1)`) for the others. Underflow is never an error.
//!
//! `asinh`, `acosh` and `atanh` are computed here with the classic fdlibm reductions
//! to `log`/`log1p`/`sqrt`, which is what glibc does: Rust's own versions of these
//! three use different formulas and can differ from CPython in the last bit. `cbrt`
//! reproduces glibc's algorithm too: Rust's is correctly rounded, glibc's is not, and
//! they disagree on about half of all inputs. The others call the platform libm
//! through Rust's `f64` methods, as CPython does.

use super::{MathError, MathResult};

/// CPython's `math_1` check for a function that cannot overflow (infinite result from
/// finite input means a pole).
fn no_overflow(x: f64, r: f64) -> MathResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() && x.is_finite() {
        return Err(MathError::Domain);
    }
    Ok(r)
}

/// CPython's `math_1` check for a function that can overflow.
fn may_overflow(x: f64, r: f64) -> MathResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() && x.is_finite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// CPython's `math_2` check: NaN from non-NaN arguments is a domain error, infinity
/// from finite arguments a range error.
fn binary(x: f64, y: f64, r: f64) -> MathResult<f64> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// `math.acos(x)`.
pub fn acos(x: f64) -> MathResult<f64> {
    no_overflow(x, x.acos())
}

/// `math.asin(x)`.
pub fn asin(x: f64) -> MathResult<f64> {
    no_overflow(x, x.asin())
}

/// `math.atan(x)`.
pub fn atan(x: f64) -> MathResult<f64> {
    no_overflow(x, x.atan())
}

/// `math.cos(x)`.
pub fn cos(x: f64) -> MathResult<f64> {
    no_overflow(x, x.cos())
}

/// `math.sin(x)`.
pub fn sin(x: f64) -> MathResult<f64> {
    no_overflow(x, x.sin())
}

/// `math.tan(x)`.
pub fn tan(x: f64) -> MathResult<f64> {
    no_overflow(x, x.tan())
}

/// `math.cosh(x)`.
pub fn cosh(x: f64) -> MathResult<f64> {
    may_overflow(x, x.cosh())
}

/// `math.sinh(x)`.
pub fn sinh(x: f64) -> MathResult<f64> {
    may_overflow(x, x.sinh())
}

/// `math.tanh(x)`.
pub fn tanh(x: f64) -> MathResult<f64> {
    no_overflow(x, x.tanh())
}

/// The high 32 bits of `|x|`, which fdlibm compares against its thresholds.
fn high_word(x: f64) -> u32 {
    ((x.abs().to_bits()) >> 32) as u32
}

/// ln(2) as fdlibm spells it.
const LN2: f64 = std::f64::consts::LN_2;

/// Inverse hyperbolic sine, by glibc's (fdlibm's) reduction.
fn asinh_value(x: f64) -> f64 {
    let hx = high_word(x);
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    if hx < 0x3e30_0000 {
        // |x| < 2**-28: asinh(x) == x to double precision.
        return x;
    }
    let ax = x.abs();
    let w = if hx > 0x41b0_0000 {
        ax.ln() + LN2
    } else if hx > 0x4000_0000 {
        (2.0 * ax + 1.0 / ((x * x + 1.0).sqrt() + ax)).ln()
    } else {
        let t = x * x;
        (ax + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

/// Inverse hyperbolic cosine, by glibc's (fdlibm's) reduction.
fn acosh_value(x: f64) -> f64 {
    let bits = x.to_bits();
    let hx = (bits >> 32) as u32;
    if x.is_nan() {
        return x + x;
    }
    if x < 1.0 {
        return f64::NAN;
    }
    if hx >= 0x41b0_0000 {
        if hx >= 0x7ff0_0000 {
            return x + x;
        }
        return x.ln() + LN2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if hx > 0x4000_0000 {
        let t = x * x;
        (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln()
    } else {
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    }
}

/// Inverse hyperbolic tangent, by glibc's reduction.
fn atanh_value(x: f64) -> f64 {
    let ax = x.abs();
    if ax.is_nan() {
        return x + x;
    }
    let t = if ax < 0.5 {
        if ax < 1.0 / 268_435_456.0 {
            // |x| < 2**-28
            return x;
        }
        let t = ax + ax;
        0.5 * (t + t * ax / (1.0 - ax)).ln_1p()
    } else if ax < 1.0 {
        0.5 * ((ax + ax) / (1.0 - ax)).ln_1p()
    } else if ax > 1.0 {
        return f64::NAN;
    } else {
        return x / 0.0;
    };
    t.copysign(x)
}

/// `math.asinh(x)`.
pub fn asinh(x: f64) -> MathResult<f64> {
    no_overflow(x, asinh_value(x))
}

/// `math.acosh(x)`.
pub fn acosh(x: f64) -> MathResult<f64> {
    no_overflow(x, acosh_value(x))
}

/// `math.atanh(x)`; `atanh(±1)` is a domain error (a pole).
pub fn atanh(x: f64) -> MathResult<f64> {
    no_overflow(x, atanh_value(x))
}

/// 2**(1/3) and 2**(2/3).
const CBRT_2: f64 = 1.2599210498948732;
const CBRT_4: f64 = 1.5874010519681996;
/// Scale factors 2**(r/3) for the remainders r = -2..=2 of the exponent.
const CBRT_SCALES: [f64; 5] = [1.0 / CBRT_4, 1.0 / CBRT_2, 1.0, CBRT_2, CBRT_4];

/// Cube root as glibc computes it (and so CPython on Linux): split |x| = m * 2**e
/// with 0.5 <= m < 1, approximate cbrt(m) by a degree-6 polynomial, refine it with
/// one Halley step, then scale by 2**(e/3). Not correctly rounded (Rust's `cbrt` is,
/// and so differs from CPython in about half of all cases).
fn cbrt_value(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (m, e) = super::representation::frexp(x.abs());
    let mut u = 0.7849323449766392 - 0.14526389938548637 * m;
    for coefficient in [
        -1.8346927748361308,
        2.4469312256353444,
        -2.114994941673713,
        1.508191937815849,
        0.35489576504391984,
    ] {
        u = coefficient + u * m;
    }
    let cube = u * u * u;
    // C's % and / truncate towards zero, so the remainder keeps the sign of e.
    let scaled = u * (cube + 2.0 * m) / (2.0 * cube + m) * CBRT_SCALES[(2 + e % 3) as usize];
    let signed = if x > 0.0 { scaled } else { -scaled };
    // |signed| is in [0.5, 2), and the exponent keeps the result normal: exact.
    signed * crate::numeric::convert::pow2(i64::from(e / 3))
}

/// `math.cbrt(x)` (new in 3.11).
pub fn cbrt(x: f64) -> MathResult<f64> {
    no_overflow(x, cbrt_value(x))
}

/// `math.exp(x)`.
pub fn exp(x: f64) -> MathResult<f64> {
    may_overflow(x, x.exp())
}

/// `math.exp2(x)` (new in 3.11).
pub fn exp2(x: f64) -> MathResult<f64> {
    may_overflow(x, x.exp2())
}

/// `math.expm1(x)`.
pub fn expm1(x: f64) -> MathResult<f64> {
    may_overflow(x, x.exp_m1())
}

/// `math.fabs(x)`.
pub fn fabs(x: f64) -> MathResult<f64> {
    Ok(x.abs())
}

/// `math.sqrt(x)`.
pub fn sqrt(x: f64) -> MathResult<f64> {
    no_overflow(x, x.sqrt())
}

/// `math.log1p(x)`; zero is returned as is to keep its sign (CPython `_Py_log1p`).
pub fn log1p(x: f64) -> MathResult<f64> {
    if x == 0.0 {
        return Ok(x);
    }
    no_overflow(x, x.ln_1p())
}

/// `math.degrees(x)`.
pub fn degrees(x: f64) -> MathResult<f64> {
    const RAD_TO_DEG: f64 = 180.0 / std::f64::consts::PI;
    Ok(x * RAD_TO_DEG)
}

/// `math.radians(x)`.
pub fn radians(x: f64) -> MathResult<f64> {
    const DEG_TO_RAD: f64 = std::f64::consts::PI / 180.0;
    Ok(x * DEG_TO_RAD)
}

/// `math.atan2(y, x)`, with the C99 special cases decided here as CPython does.
pub fn atan2(y: f64, x: f64) -> MathResult<f64> {
    use std::f64::consts::PI;
    let r = if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if y.is_infinite() {
        if x.is_infinite() {
            if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            }
        } else {
            (0.5 * PI).copysign(y)
        }
    } else if x.is_infinite() || y == 0.0 {
        if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        }
    } else {
        y.atan2(x)
    };
    binary(y, x, r)
}

/// `math.fmod(x, y)`: C's fmod; `fmod(x, ±inf)` is `x` for finite `x`.
pub fn fmod(x: f64, y: f64) -> MathResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathError::Domain);
    }
    Ok(r)
}

/// IEEE 754 remainder: `x - n*y` for the integer `n` nearest `x/y`, ties to even.
/// Always exact (CPython `m_remainder`).
fn remainder_value(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        // Compare m with absy - m rather than with absy / 2, which may be inexact.
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: choose the even multiple. 0.5 * (absx - m) is exact.
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `math.remainder(x, y)`.
pub fn remainder(x: f64, y: f64) -> MathResult<f64> {
    binary(x, y, remainder_value(x, y))
}

/// True if `y` is an odd integer (finite).
fn is_odd_integer(y: f64) -> bool {
    y.is_finite() && (y % 2.0).abs() == 1.0
}

/// `math.pow(x, y)`: IEEE special values decided here; `0 ** negative` and
/// `negative ** non-integer` are domain errors, overflow a range error.
pub fn pow(x: f64, y: f64) -> MathResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd = is_odd_integer(y);
            if y > 0.0 {
                if odd {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() {
        return Err(if x == 0.0 {
            MathError::Domain
        } else {
            MathError::Range
        });
    }
    Ok(r)
}

#[cfg(test)]
mod tests_binary;
#[cfg(test)]
mod tests_unary;
