//! `math.erf` and `math.erfc`.
//!
//! CPython 3.11 returns the platform libm's `erf`/`erfc` (glibc on Linux). glibc's
//! results are within one unit in the last place but not correctly rounded (erfc
//! differs from the correctly rounded value for about one argument in five), so no
//! independent algorithm can agree with CPython bit for bit: these call the same C
//! functions CPython calls. The Rust standard library already links libm for its own
//! `f64` methods.

use super::MathResult;

mod libm {
    extern "C" {
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
    }
}

/// `math.erf(x)`; never an error.
pub fn erf(x: f64) -> MathResult<f64> {
    // SAFETY: C99 `erf` takes and returns a double, has no preconditions and touches no
    // memory of ours; every input (NaN and infinities included) is defined.
    Ok(unsafe { libm::erf(x) })
}

/// `math.erfc(x)`; never an error.
pub fn erfc(x: f64) -> MathResult<f64> {
    // SAFETY: as for `erf`: a pure C99 function of one double.
    Ok(unsafe { libm::erfc(x) })
}

#[cfg(test)]
mod tests;
