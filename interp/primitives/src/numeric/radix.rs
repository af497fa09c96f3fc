//! Integer → text in bases 2, 8, 10 and 16, as `str()`, `bin()`, `oct()` and `hex()`
//! write it: lowercase digits, the sign before the prefix (`hex(-255) == '-0xff'`).
//!
//! `sys.set_int_max_str_digits` (CPython 3.11's limit on decimal conversion of huge
//! ints) is the caller's check.

use num_bigint::BigInt;
use num_traits::Signed;

/// The prefix `bin`/`oct`/`hex` put before the digits of `radix`, if it has one.
fn prefix(radix: u32) -> &'static str {
    match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    }
}

/// Writes `n` in `radix` (2..=36; Python uses 2, 8, 10, 16), lowercase. With
/// `with_prefix`, bases 2, 8 and 16 get `0b`/`0o`/`0x` after the sign.
pub fn bigint_to_string(n: &BigInt, radix: u32, with_prefix: bool) -> String {
    let digits = n.magnitude().to_str_radix(radix.clamp(2, 36));
    assemble(n.is_negative(), radix, with_prefix, &digits)
}

/// [`bigint_to_string`] for an `i64` (no allocation of a big integer).
pub fn i64_to_string(n: i64, radix: u32, with_prefix: bool) -> String {
    let magnitude = n.unsigned_abs();
    let digits = match radix {
        2 => format!("{magnitude:b}"),
        8 => format!("{magnitude:o}"),
        10 => magnitude.to_string(),
        16 => format!("{magnitude:x}"),
        other => num_bigint::BigUint::from(magnitude).to_str_radix(other.clamp(2, 36)),
    };
    assemble(n < 0, radix, with_prefix, &digits)
}

fn assemble(negative: bool, radix: u32, with_prefix: bool, digits: &str) -> String {
    let prefix = if with_prefix { prefix(radix) } else { "" };
    let mut out = String::with_capacity(digits.len() + prefix.len() + 1);
    if negative {
        out.push('-');
    }
    out.push_str(prefix);
    out.push_str(digits);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from python3.11: bin/oct/str/hex of each value.
    #[test]
    fn matches_bin_oct_str_hex() {
        let cases: &[(i64, [&str; 4])] = &[
            (0, ["0b0", "0o0", "0", "0x0"]),
            (-255, ["-0b11111111", "-0o377", "-255", "-0xff"]),
            (255, ["0b11111111", "0o377", "255", "0xff"]),
            (
                i64::MIN,
                [
                    "-0b1000000000000000000000000000000000000000000000000000000000000000",
                    "-0o1000000000000000000000",
                    "-9223372036854775808",
                    "-0x8000000000000000",
                ],
            ),
        ];
        for (n, expected) in cases {
            for (radix, want) in [2, 8, 10, 16].iter().zip(expected) {
                assert_eq!(&i64_to_string(*n, *radix, true), want);
                assert_eq!(&bigint_to_string(&BigInt::from(*n), *radix, true), want);
            }
        }
    }

    #[test]
    fn big_values_and_no_prefix() {
        let n: BigInt = -(BigInt::from(1) << 100u32);
        assert_eq!(
            bigint_to_string(&n, 16, true),
            "-0x10000000000000000000000000"
        );
        assert_eq!(
            bigint_to_string(&n, 10, false),
            "-1267650600228229401496703205376"
        );
        assert_eq!(i64_to_string(-255, 16, false), "-ff");
    }
}
