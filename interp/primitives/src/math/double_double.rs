//! Double-double arithmetic: a value held as the unevaluated sum `hi + lo` of two
//! floats, good to about 106 bits. Used where a result must be computed well beyond
//! double precision so that its final rounding is (almost always) correct.
//!
//! The building blocks are the classic error-free transformations (Knuth's two-sum,
//! and an exact product through a fused multiply-add).

use std::ops::{Add, Div, Mul, Neg, Sub};

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct DoubleDouble {
    pub hi: f64,
    pub lo: f64,
}

/// `a + b` exactly, as (rounded sum, error).
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    (s, (a - (s - bb)) + (b - bb))
}

/// `a + b` exactly when |a| >= |b|.
fn quick_two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    (s, b - (s - a))
}

/// `a * b` exactly, as (rounded product, error).
fn two_prod(a: f64, b: f64) -> (f64, f64) {
    let p = a * b;
    (p, a.mul_add(b, -p))
}

impl DoubleDouble {
    pub const fn new(hi: f64, lo: f64) -> Self {
        DoubleDouble { hi, lo }
    }

    pub const fn from_f64(x: f64) -> Self {
        DoubleDouble { hi: x, lo: 0.0 }
    }

    /// The exact product of two floats.
    pub fn product(a: f64, b: f64) -> Self {
        let (hi, lo) = two_prod(a, b);
        DoubleDouble { hi, lo }
    }

    fn normalised(hi: f64, lo: f64) -> Self {
        let (hi, lo) = quick_two_sum(hi, lo);
        DoubleDouble { hi, lo }
    }

    /// The nearest float.
    pub fn to_f64(self) -> f64 {
        self.hi + self.lo
    }

    /// Multiplication by a power of two (exact barring overflow or underflow).
    pub fn scale(self, factor: f64) -> Self {
        DoubleDouble {
            hi: self.hi * factor,
            lo: self.lo * factor,
        }
    }

    pub fn div_f64(self, b: f64) -> Self {
        let q1 = self.hi / b;
        let remainder = self - DoubleDouble::product(q1, b);
        let q2 = remainder.hi / b;
        DoubleDouble::normalised(q1, q2)
    }
}

impl Add for DoubleDouble {
    type Output = Self;
    fn add(self, b: Self) -> Self {
        let (s, e) = two_sum(self.hi, b.hi);
        let (t, f) = two_sum(self.lo, b.lo);
        let (s, e) = quick_two_sum(s, e + t);
        DoubleDouble::normalised(s, e + f)
    }
}

impl Neg for DoubleDouble {
    type Output = Self;
    fn neg(self) -> Self {
        DoubleDouble {
            hi: -self.hi,
            lo: -self.lo,
        }
    }
}

impl Sub for DoubleDouble {
    type Output = Self;
    fn sub(self, b: Self) -> Self {
        self + (-b)
    }
}

impl Mul for DoubleDouble {
    type Output = Self;
    fn mul(self, b: Self) -> Self {
        let (p, e) = two_prod(self.hi, b.hi);
        DoubleDouble::normalised(p, e + (self.hi * b.lo + self.lo * b.hi))
    }
}

impl Div for DoubleDouble {
    type Output = Self;
    fn div(self, b: Self) -> Self {
        let q1 = self.hi / b.hi;
        let r = self - b * DoubleDouble::from_f64(q1);
        let q2 = r.hi / b.hi;
        let r = r - b * DoubleDouble::from_f64(q2);
        let q3 = r.hi / b.hi;
        DoubleDouble::normalised(q1, q2) + DoubleDouble::from_f64(q3)
    }
}

/// ln 2 to double-double precision.
const LN2: DoubleDouble = DoubleDouble::new(std::f64::consts::LN_2, 2.3190468138462996e-17);

/// e**x as `(m, k)` with e**x = m * 2**k, `m` within [0.7, 1.42]. For |x.hi| < 700.
pub(crate) fn exp(x: DoubleDouble) -> (DoubleDouble, i32) {
    let k = (x.hi / LN2.hi).round();
    // r = x - k ln 2, with both products exact.
    let r = x - DoubleDouble::product(k, LN2.hi) - DoubleDouble::product(k, LN2.lo);
    // e**r = (e**(r / 1024))**1024, through expm1 to keep the small part accurate.
    let s = r.scale(1.0 / 1024.0);
    let mut series = DoubleDouble::from_f64(1.0);
    for n in (2..=11).rev() {
        series = DoubleDouble::from_f64(1.0) + (series * s).div_f64(f64::from(n));
    }
    let mut expm1 = s * series;
    for _ in 0..10 {
        expm1 = expm1 * (expm1 + DoubleDouble::from_f64(2.0));
    }
    (DoubleDouble::from_f64(1.0) + expm1, k as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_keeps_the_low_part() {
        let third = DoubleDouble::from_f64(1.0) / DoubleDouble::from_f64(3.0);
        let back = third * DoubleDouble::from_f64(3.0);
        assert!((back - DoubleDouble::from_f64(1.0)).to_f64().abs() < 1e-31);
        let sum = DoubleDouble::from_f64(1.0) + DoubleDouble::from_f64(1e-20);
        assert_eq!((sum.hi, sum.lo), (1.0, 1e-20));
    }

    // Reference values from mpmath at 300 bits: e**x split as hi + lo.
    #[test]
    fn exp_is_accurate() {
        let cases: &[(f64, f64, f64)] = &[
            (1.0, std::f64::consts::E, 1.4456468917292502e-16),
            (-4.0, 0.01831563888873418, 1.6250688994271399e-18),
            (0.5, 1.6487212707001282, -4.731568479435833e-17),
        ];
        for &(x, hi, lo) in cases {
            let (m, k) = exp(DoubleDouble::from_f64(x));
            let value = m.scale(2f64.powi(k));
            let error = (value - DoubleDouble::new(hi, lo)).to_f64().abs();
            assert!(error <= hi * 1e-30, "exp({x}): {value:?}");
        }
    }
}
