//! Accurate sums and norms: `math.fsum`, `math.hypot`, `math.dist`, plus
//! `math.isclose` (CPython: Modules/mathmodule.c `math_fsum`, `vector_norm`,
//! `math_isclose_impl`).

use super::{MathError, MathResult};

/// `math.fsum(values)`: the correctly rounded sum.
///
/// Shewchuk's algorithm as CPython runs it: a list of non-overlapping partial sums
/// is kept exact, then added from the top with a final half-even correction. NaNs and
/// infinities among the values are summed on the side.
///
/// Errors: OverflowError "intermediate overflow in fsum" (finite values whose partial
/// sum overflows); ValueError "-inf + inf in fsum".
pub fn fsum(values: impl IntoIterator<Item = f64>) -> MathResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0;
    let mut inf_sum = 0.0;
    for value in values {
        let mut x = value;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // From a NaN or infinity among the values, or from overflow.
                if value.is_finite() {
                    return Err(MathError::overflow("intermediate overflow in fsum"));
                }
                if value.is_infinite() {
                    inf_sum += value;
                }
                special_sum += value;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(MathError::value("-inf + inf in fsum"));
        }
        return Ok(special_sum);
    }
    Ok(sum_partials(&partials))
}

/// Adds exact, non-overlapping partials (increasing magnitude) from the top, stopping
/// when the sum becomes inexact, with the half-even fix-up across partials.
fn sum_partials(partials: &[f64]) -> f64 {
    let mut n = partials.len();
    if n == 0 {
        return 0.0;
    }
    n -= 1;
    let mut hi = partials[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = partials[n];
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    // If the rest of the partials push the same way as lo, a tie is not a tie:
    // round away (e.g. fsum([1e-16, 1, 1e16]) == 1.0000000000000002e16).
    if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        let yr = x - hi;
        if y == yr {
            hi = x;
        }
    }
    hi
}

/// 2**27 + 1, the Veltkamp-Dekker splitting constant.
const SPLITTER: f64 = 134217729.0;

/// Splits `x` into a high half (26 bits) and the exact rest.
fn split(x: f64) -> (f64, f64) {
    let t = x * SPLITTER;
    let hi = t - (t - x);
    (hi, x - hi)
}

/// A compensated accumulator starting at 1.0 (so it always dominates the terms
/// added, which are at most 1.0 after scaling): CPython's `csum` with three
/// fractional accumulators.
struct Accumulator {
    sum: f64,
    frac: [f64; 3],
}

impl Accumulator {
    /// Adds `x` to the sum, keeping its rounding error in `frac[slot]`.
    fn add(&mut self, x: f64, slot: usize) {
        let old = self.sum;
        self.sum += x;
        self.frac[slot] += (old - self.sum) + x;
    }

    /// The sum minus the initial 1.0, with the fractions folded in.
    fn total(&self) -> f64 {
        self.sum - 1.0 + (self.frac[0] + self.frac[1] + self.frac[2])
    }
}

/// √(Σ v²) for non-negative finite `values` with maximum `max` (CPython
/// `vector_norm`): power-of-two scaling, exact squares by splitting, compensated
/// summation and one differential correction of the square root.
fn vector_norm(values: &[f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || values.len() <= 1 {
        return max;
    }
    let (_, max_e) = super::representation::frexp(max);
    let mut acc = Accumulator {
        sum: 1.0,
        frac: [0.0; 3],
    };
    if max_e < -1023 {
        // 2**-max_e would overflow: divide by max instead of scaling.
        for &v in values {
            let x = v / max;
            acc.add(x * x, 0);
        }
        return max * (acc.sum - 1.0 + acc.frac[0]).sqrt();
    }
    let scale = crate::numeric::convert::pow2(-i64::from(max_e));
    for &v in values {
        let (hi, lo) = split(v * scale);
        acc.add(hi * hi, 0);
        acc.add(2.0 * hi * lo, 1);
        acc.frac[2] += lo * lo;
    }
    let h = acc.total().sqrt();
    // Correct h by the first-order term of sqrt(h² + x) = h + x/(2h).
    let (hi, lo) = split(h);
    acc.add(-hi * hi, 0);
    acc.add(-2.0 * hi * lo, 1);
    acc.add(-lo * lo, 2);
    let x = acc.total();
    (h + x / (2.0 * h)) / scale
}

/// `math.hypot(*coordinates)`: the Euclidean norm; inf if any coordinate is infinite
/// (even beside a NaN), else NaN if any is NaN; `hypot() == 0.0`.
pub fn hypot(coordinates: &[f64]) -> f64 {
    let absolute: Vec<f64> = coordinates.iter().map(|x| x.abs()).collect();
    norm_of_absolute(&absolute)
}

fn norm_of_absolute(values: &[f64]) -> f64 {
    let mut max = 0.0;
    let mut found_nan = false;
    for &x in values {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    vector_norm(values, max, found_nan)
}

/// `math.dist(p, q)`: the Euclidean distance between two points.
///
/// Error: ValueError "both points must have the same number of dimensions".
pub fn dist(p: &[f64], q: &[f64]) -> MathResult<f64> {
    if p.len() != q.len() {
        return Err(MathError::value(
            "both points must have the same number of dimensions",
        ));
    }
    let differences: Vec<f64> = p.iter().zip(q).map(|(a, b)| (a - b).abs()).collect();
    Ok(norm_of_absolute(&differences))
}

/// `math.isclose(a, b, rel_tol=rel_tol, abs_tol=abs_tol)` (defaults 1e-09 and 0.0):
/// Boost's "weak" test. NaN is close to nothing; infinities only to themselves.
///
/// Error: ValueError "tolerances must be non-negative".
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> MathResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(MathError::value("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

#[cfg(test)]
mod tests;
