//! The integer functions of `math`: `factorial`, `gcd`, `lcm`, `isqrt`, `comb`,
//! `perm`, with CPython 3.11's argument checks and messages. Products are formed by
//! binary splitting so that big multiplications stay balanced.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{MathError, MathResult};

/// The product `start * (start+1) * ... * (start+count-1)`; 1 when `count == 0`.
fn product_of_run(start: &BigInt, count: u64) -> BigInt {
    if count <= 16 {
        return (0..count).fold(BigInt::one(), |product, i| product * (start + i));
    }
    let half = count / 2;
    let upper_start = start + half;
    product_of_run(start, half) * product_of_run(&upper_start, count - half)
}

/// `math.factorial(n)`.
///
/// Errors: ValueError "factorial() not defined for negative values"; OverflowError
/// "factorial() argument should not exceed 9223372036854775807".
pub fn factorial(n: &BigInt) -> MathResult<BigInt> {
    if n.is_negative() {
        return Err(MathError::value(
            "factorial() not defined for negative values",
        ));
    }
    let count = n.to_i64().ok_or_else(|| {
        MathError::overflow("factorial() argument should not exceed 9223372036854775807")
    })?;
    Ok(product_of_run(&BigInt::one(), count as u64))
}

/// `math.gcd(*integers)`: non-negative; `gcd() == 0`.
pub fn gcd(integers: &[BigInt]) -> BigInt {
    integers.iter().fold(
        BigInt::zero(),
        |acc, n| if acc.is_one() { acc } else { acc.gcd(n) },
    )
}

/// `math.lcm(*integers)`: non-negative; `lcm() == 1`, and 0 if any argument is 0.
pub fn lcm(integers: &[BigInt]) -> BigInt {
    let mut result = BigInt::one();
    for n in integers {
        if result.is_zero() || n.is_zero() {
            result = BigInt::zero();
            continue;
        }
        let g = result.gcd(n);
        result = (&result / g * n).abs();
    }
    result
}

/// `math.isqrt(n)`: the largest `a` with `a*a <= n`.
///
/// Error: ValueError "isqrt() argument must be nonnegative".
pub fn isqrt(n: &BigInt) -> MathResult<BigInt> {
    if n.is_negative() {
        return Err(MathError::value("isqrt() argument must be nonnegative"));
    }
    Ok(n.sqrt())
}

/// The checks `comb` and `perm` share, in CPython's order.
fn check_non_negative(n: &BigInt, k: &BigInt) -> MathResult<()> {
    if n.is_negative() {
        return Err(MathError::value("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(MathError::value("k must be a non-negative integer"));
    }
    Ok(())
}

/// `math.perm(n, k)`: `n! / (n-k)!`, 0 when `k > n`; `perm(n)` (k = None) is
/// `factorial(n)` with factorial's errors.
///
/// Errors: ValueError "n must be a non-negative integer" / "k must be a non-negative
/// integer"; OverflowError "k must not exceed 9223372036854775807".
pub fn perm(n: &BigInt, k: Option<&BigInt>) -> MathResult<BigInt> {
    let Some(k) = k else {
        return factorial(n);
    };
    check_non_negative(n, k)?;
    if n < k {
        return Ok(BigInt::zero());
    }
    let count = k
        .to_i64()
        .ok_or_else(|| MathError::overflow("k must not exceed 9223372036854775807"))?;
    let start = n - k + 1u32;
    Ok(product_of_run(&start, count as u64))
}

/// `math.comb(n, k)`: `n! / (k! (n-k)!)`, 0 when `k > n`.
///
/// Errors: ValueError "n must be a non-negative integer" / "k must be a non-negative
/// integer"; OverflowError "min(n - k, k) must not exceed 9223372036854775807".
pub fn comb(n: &BigInt, k: &BigInt) -> MathResult<BigInt> {
    check_non_negative(n, k)?;
    if n < k {
        return Ok(BigInt::zero());
    }
    let complement = n - k;
    let smaller = if &complement < k { &complement } else { k };
    let count = smaller
        .to_i64()
        .ok_or_else(|| MathError::overflow("min(n - k, k) must not exceed 9223372036854775807"))?
        as u64;
    let start = n - smaller + 1u32;
    let falling = product_of_run(&start, count);
    Ok(falling / product_of_run(&BigInt::one(), count))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    fn ints(values: &[i64]) -> Vec<BigInt> {
        values.iter().map(|&v| BigInt::from(v)).collect()
    }

    // Expected values from python3.11: math.factorial(n).
    #[test]
    fn factorial_matches_cpython() {
        let cases: &[(i64, &str)] = &[
            (0, "1"),
            (1, "1"),
            (5, "120"),
            (20, "2432902008176640000"),
            (21, "51090942171709440000"),
            (
                50,
                "30414093201713378043612608166064768844377641568960512000000000000",
            ),
        ];
        for &(n, expected) in cases {
            assert_eq!(factorial(&BigInt::from(n)).unwrap(), big(expected), "{n}!");
        }
        let f1000 = factorial(&BigInt::from(1000)).unwrap().to_string();
        assert_eq!(f1000.len(), 2568);
        assert!(f1000.starts_with("402387260077093773543702433923003985719374864210"));
        assert_eq!(
            factorial(&BigInt::from(-1)),
            Err(MathError::Value(
                "factorial() not defined for negative values".into()
            ))
        );
        assert_eq!(
            factorial(&big("9223372036854775808")),
            Err(MathError::Overflow(
                "factorial() argument should not exceed 9223372036854775807".into()
            ))
        );
    }

    // Expected values from python3.11: math.gcd(*a), math.lcm(*a).
    #[test]
    fn gcd_and_lcm_match_cpython() {
        let cases: &[(&[i64], i64, i64)] = &[
            (&[], 0, 1),
            (&[-12], 12, 12),
            (&[12, 18], 6, 36),
            (&[-12, 18], 6, 36),
            (&[0, 0], 0, 0),
            (&[0, -5], 5, 0),
            (&[4, 6, 10], 2, 60),
            (&[1, 0, 7], 1, 0),
            (&[7, 0, 5], 1, 0),
        ];
        for &(values, g, l) in cases {
            let values = ints(values);
            assert_eq!(gcd(&values), BigInt::from(g), "gcd{values:?}");
            assert_eq!(lcm(&values), BigInt::from(l), "lcm{values:?}");
        }
        let a = big("123456789012345678901234567890");
        let b = big("987654321098765432109876543210");
        assert_eq!(gcd(&[a.clone(), b.clone()]), big("9000000000900000000090"));
        assert_eq!(lcm(&[a, b]), big("13548070124980948012498094801236261410"));
    }

    // Expected values from python3.11: math.isqrt(n).
    #[test]
    fn isqrt_matches_cpython() {
        let cases: &[(&str, &str)] = &[
            ("0", "0"),
            ("1", "1"),
            ("15", "3"),
            ("16", "4"),
            ("18446744073709551615", "4294967295"),
            ("18446744073709551616", "4294967296"),
            (
                "99999999999999999999999999999999999999999",
                "316227766016837933199",
            ),
        ];
        for &(n, expected) in cases {
            assert_eq!(isqrt(&big(n)).unwrap(), big(expected), "isqrt({n})");
        }
        assert_eq!(
            isqrt(&big("-1")),
            Err(MathError::Value(
                "isqrt() argument must be nonnegative".into()
            ))
        );
    }

    // Expected values from python3.11: math.comb(n, k), math.perm(n, k).
    #[test]
    fn comb_and_perm_match_cpython() {
        let cases: &[(i64, i64, &str, &str)] = &[
            (5, 2, "10", "20"),
            (5, 0, "1", "1"),
            (5, 5, "1", "120"),
            (5, 6, "0", "0"),
            (0, 0, "1", "1"),
            (
                100,
                50,
                "100891344545564193334812497256",
                "3068518756254966037202730459529469739228459721684688959447786986982158958772355072000000000000",
            ),
        ];
        for &(n, k, c, p) in cases {
            let (n, k) = (BigInt::from(n), BigInt::from(k));
            assert_eq!(comb(&n, &k).unwrap(), big(c), "comb({n}, {k})");
            assert_eq!(perm(&n, Some(&k)).unwrap(), big(p), "perm({n}, {k})");
        }
        assert_eq!(perm(&BigInt::from(6), None).unwrap(), BigInt::from(720));
        let huge = big("100000000000000000000000000000");
        assert_eq!(
            comb(&huge, &BigInt::from(2)).unwrap(),
            big("4999999999999999999999999999950000000000000000000000000000")
        );
        assert_eq!(comb(&huge, &(huge.clone() - 1)).unwrap(), huge);
    }

    #[test]
    fn comb_and_perm_errors() {
        let neg = BigInt::from(-1);
        let two = BigInt::from(2);
        let n_err = Err(MathError::Value("n must be a non-negative integer".into()));
        let k_err = Err(MathError::Value("k must be a non-negative integer".into()));
        assert_eq!(comb(&neg, &neg), n_err);
        assert_eq!(comb(&two, &neg), k_err);
        assert_eq!(perm(&neg, Some(&two)), n_err);
        assert_eq!(perm(&two, Some(&neg)), k_err);
        assert_eq!(
            perm(&neg, None),
            Err(MathError::Value(
                "factorial() not defined for negative values".into()
            ))
        );
        let huge = BigInt::one() << 70u32;
        let big_k = BigInt::one() << 65u32;
        assert_eq!(
            comb(&huge, &big_k),
            Err(MathError::Overflow(
                "min(n - k, k) must not exceed 9223372036854775807".into()
            ))
        );
        assert_eq!(
            perm(&huge, Some(&big_k)),
            Err(MathError::Overflow(
                "k must not exceed 9223372036854775807".into()
            ))
        );
    }
}
