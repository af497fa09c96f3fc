//! Float → text conversions with CPython's exact output: `repr(float)` and the `'e'`,
//! `'f'`, `'g'` and repr styles shared by `format()`, f-strings and `%`-formatting.
//!
//! The decimal digits come from Rust's formatter, which is exact: `{:e}` gives the
//! shortest digits that round-trip (what `repr` needs) and `{:.N}` / `{:.Ne}` are
//! correctly rounded (ties to even on the exact binary value, like CPython's dtoa).
//! This module only decides where the point and exponent go.
//!
//! CPython: Python/pystrtod.c `PyOS_double_to_string` / `format_float_short` define
//! the layout rules mirrored here (exponent switch points, `#`, "add .0", no `-0`).

/// The conversion style, named after its format code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatStyle {
    /// `'e'`: one digit before the point, `precision` after, and an exponent.
    Exponent,
    /// `'f'`: `precision` digits after the point, never an exponent.
    Fixed,
    /// `'g'`: `precision` significant digits; exponent form when the exponent is
    /// below -4 or not below the precision; trailing zeros removed unless `alternate`.
    General,
    /// `'r'` (repr): the shortest round-tripping digits; exponent form when the
    /// exponent is below -4 or at least 16. The precision is ignored.
    Repr,
}

/// Options of a float conversion (CPython's `Py_DTSF_*` flags plus the upper-case
/// variants of the format codes).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FloatFlags {
    /// Write `+` before non-negative values (`Py_DTSF_SIGN`).
    pub always_sign: bool,
    /// Make integral results without exponent end in `.0` (`Py_DTSF_ADD_DOT_0`); for
    /// [`FloatStyle::General`] this also moves the switch to exponent form one digit
    /// earlier, as CPython does for `format(x, '.3')`.
    pub add_dot_zero: bool,
    /// The `#` flag: always write the point; keep trailing zeros in `'g'` style.
    pub alternate: bool,
    /// The `z` flag: drop the `-` of a result whose digits are all zero.
    pub no_negative_zero: bool,
    /// Upper-case variant (`'E'`, `'F'`, `'G'`): `E` exponent, `INF`, `NAN`.
    pub uppercase: bool,
}

/// `repr(x)` (and `str(x)`) for a Python float.
pub fn float_repr(x: f64) -> String {
    let flags = FloatFlags {
        add_dot_zero: true,
        ..FloatFlags::default()
    };
    float_to_string_general(x, FloatStyle::Repr, 0, flags)
}

/// `'%.{precision}f' % x`.
pub fn format_float_fixed(x: f64, precision: usize) -> String {
    float_to_string_general(x, FloatStyle::Fixed, precision, FloatFlags::default())
}

/// `'%.{precision}e' % x`.
pub fn format_float_exponent(x: f64, precision: usize) -> String {
    float_to_string_general(x, FloatStyle::Exponent, precision, FloatFlags::default())
}

/// `'%.{precision}g' % x` (a precision of 0 counts as 1).
pub fn format_float_general(x: f64, precision: usize) -> String {
    float_to_string_general(x, FloatStyle::General, precision, FloatFlags::default())
}

/// Formats `x` in `style` with `precision`, like CPython's `PyOS_double_to_string`.
///
/// A NaN is never written with a `-` (CPython ignores the sign bit of NaNs).
pub fn float_to_string_general(
    x: f64,
    style: FloatStyle,
    precision: usize,
    flags: FloatFlags,
) -> String {
    let negative = x.is_sign_negative() && !x.is_nan();
    if !x.is_finite() {
        let word = match (x.is_nan(), flags.uppercase) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        };
        return with_sign(negative, flags.always_sign, word.to_string());
    }
    let magnitude = x.abs();
    let body = match style {
        FloatStyle::Fixed => fixed_body(magnitude, precision, flags),
        FloatStyle::Exponent => exponent_body(magnitude, precision, flags),
        FloatStyle::General => general_body(magnitude, precision, flags),
        FloatStyle::Repr => repr_body(magnitude, flags),
    };
    let negative = negative && !(flags.no_negative_zero && digits_all_zero(&body));
    with_sign(negative, flags.always_sign, body)
}

/// The shortest decimal digits that round-trip to the finite `x`, and the position of
/// the decimal point: `|x| == 0.DIGITS × 10**point`. Zero gives `("0", 1)`.
///
/// When two shortest digit strings are equally close to `x`, Rust's formatter picks
/// the upper one, CPython's dtoa the even one (repr(203277932523607.125) ends in
/// `.12`); the correctly rounded string of the same length settles it. Such ties
/// need an exact expansion of length+1 digits that still round-trips at length
/// digits, which for doubles takes at least 15 digits.
pub fn shortest_decimal(x: f64) -> (String, i32) {
    let magnitude = x.abs();
    let shortest = format!("{magnitude:e}");
    let (digits, point) = split_scientific(&shortest);
    if digits.len() < 15 {
        return (digits, point);
    }
    let rounded = format!("{magnitude:.*e}", digits.len() - 1);
    if rounded == shortest || rounded.parse::<f64>() != Ok(magnitude) {
        return (digits, point);
    }
    let (mut digits, point) = split_scientific(&rounded);
    strip_trailing_zeros(&mut digits);
    (digits, point)
}

fn with_sign(negative: bool, always_sign: bool, body: String) -> String {
    if negative {
        format!("-{body}")
    } else if always_sign {
        format!("+{body}")
    } else {
        body
    }
}

/// True when the mantissa of a formatted magnitude has no non-zero digit.
fn digits_all_zero(body: &str) -> bool {
    body.chars()
        .take_while(|c| *c != 'e' && *c != 'E')
        .all(|c| c == '0' || c == '.')
}

/// Splits Rust's `{:e}` output (`"1.2345e-7"`) into digits (`"12345"`) and the
/// decimal-point position (`-6`).
fn split_scientific(text: &str) -> (String, i32) {
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    (digits, exponent + 1)
}

/// Writes a decimal exponent CPython's way: a sign and at least two digits.
fn push_exponent(out: &mut String, exponent: i32, uppercase: bool) {
    out.push(if uppercase { 'E' } else { 'e' });
    out.push(if exponent < 0 { '-' } else { '+' });
    let magnitude = exponent.unsigned_abs();
    if magnitude < 10 {
        out.push('0');
    }
    out.push_str(&magnitude.to_string());
}

/// Beyond this many digits after the point, every digit of a double is zero: its
/// exact value is a multiple of 2**-1074, which has 1074 fractional digits (and
/// at most 767 significant ones). Rust's formatter rejects precisions above
/// `u16::MAX`, so longer requests are built from an exact prefix plus zeros.
const EXACT_DIGITS_LIMIT: usize = 1100;

/// `{:.precision$}` for any precision.
fn exact_fixed(magnitude: f64, precision: usize) -> String {
    let exact = precision.min(EXACT_DIGITS_LIMIT);
    let mut out = format!("{magnitude:.exact$}");
    out.extend(std::iter::repeat_n('0', precision - exact));
    out
}

/// `{:.precision$e}` for any precision.
fn exact_scientific(magnitude: f64, precision: usize) -> String {
    let exact = precision.min(EXACT_DIGITS_LIMIT);
    let text = format!("{magnitude:.exact$e}");
    if exact == precision {
        return text;
    }
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    let zeros = "0".repeat(precision - exact);
    format!("{mantissa}{zeros}e{exponent}")
}

fn fixed_body(magnitude: f64, precision: usize, flags: FloatFlags) -> String {
    let mut out = exact_fixed(magnitude, precision);
    if precision == 0 {
        if flags.add_dot_zero {
            out.push_str(".0");
        } else if flags.alternate {
            out.push('.');
        }
    }
    out
}

fn exponent_body(magnitude: f64, precision: usize, flags: FloatFlags) -> String {
    let (digits, point) = split_scientific(&exact_scientific(magnitude, precision));
    let mut out = String::with_capacity(digits.len() + 6);
    out.push_str(&digits[..1]);
    if digits.len() > 1 || flags.alternate {
        out.push('.');
    }
    out.push_str(&digits[1..]);
    push_exponent(&mut out, point - 1, flags.uppercase);
    out
}

fn general_body(magnitude: f64, precision: usize, flags: FloatFlags) -> String {
    let precision = precision.max(1);
    let (mut digits, point) = split_scientific(&exact_scientific(magnitude, precision - 1));
    // CPython: with "add .0", an integral result needs one more digit of room, so the
    // exponent form starts one place earlier (format(123.0, '.3') == '1.23e+02').
    let fixed_limit = if flags.add_dot_zero {
        precision as i64 - 1
    } else {
        precision as i64
    };
    let use_exponent = point <= -4 || i64::from(point) > fixed_limit;
    if !flags.alternate {
        strip_trailing_zeros(&mut digits);
    }
    layout_significant(&digits, point, use_exponent, flags)
}

fn repr_body(magnitude: f64, flags: FloatFlags) -> String {
    let (digits, point) = shortest_decimal(magnitude);
    let use_exponent = !(-3..=16).contains(&point);
    layout_significant(&digits, point, use_exponent, flags)
}

fn strip_trailing_zeros(digits: &mut String) {
    let kept = digits.trim_end_matches('0').len().max(1);
    digits.truncate(kept);
}

/// Places the point in `0.DIGITS × 10**point`, either with an exponent (one digit
/// before the point) or in positional form padded with zeros.
fn layout_significant(digits: &str, point: i32, use_exponent: bool, flags: FloatFlags) -> String {
    let mut out = String::with_capacity(digits.len() + 8);
    if use_exponent {
        out.push_str(&digits[..1]);
        if digits.len() > 1 || flags.alternate {
            out.push('.');
        }
        out.push_str(&digits[1..]);
        push_exponent(&mut out, point - 1, flags.uppercase);
        return out;
    }
    let has_fraction;
    if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', point.unsigned_abs() as usize));
        out.push_str(digits);
        has_fraction = true;
    } else {
        let point = point as usize;
        if point < digits.len() {
            out.push_str(&digits[..point]);
            out.push('.');
            out.push_str(&digits[point..]);
            has_fraction = true;
        } else {
            out.push_str(digits);
            out.extend(std::iter::repeat_n('0', point - digits.len()));
            has_fraction = false;
        }
    }
    if !has_fraction {
        if flags.add_dot_zero {
            out.push_str(".0");
        } else if flags.alternate {
            out.push('.');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(spec: &str) -> FloatFlags {
        FloatFlags {
            always_sign: spec.contains('+'),
            add_dot_zero: spec.contains('d'),
            alternate: spec.contains('#'),
            no_negative_zero: spec.contains('z'),
            uppercase: spec.contains('U'),
        }
    }

    #[test]
    fn repr_matches_cpython() {
        // Expected values from python3.11 repr().
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (-1.5, "-1.5"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (1e-4, "0.0001"),
            (1.5e-5, "1.5e-05"),
            (0.00011, "0.00011"),
            (1e-5, "1e-05"),
            (1e22, "1e+22"),
            (1e23, "1e+23"),
            (1e100, "1e+100"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (123.456, "123.456"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.0f64.powi(53), "9007199254740992.0"),
            (100.0, "100.0"),
            // Ties between two shortest candidates go to the even digit.
            (203277932523607.0 + 0.125, "203277932523607.12"),
            (-3374170433906.0 - 0.53125, "-3374170433906.5312"),
            (-2158758875509568.0 - 0.25, "-2158758875509568.2"),
        ];
        for (x, expected) in cases {
            assert_eq!(float_repr(*x), *expected, "repr({x:?})");
        }
    }

    #[test]
    fn percent_style_helpers_match_cpython() {
        // (x, precision, '%.{p}f', '%.{p}e', '%.{p}g') from python3.11.
        let cases: &[(f64, usize, &str, &str, &str)] = &[
            (0.125, 2, "0.12", "1.25e-01", "0.12"),
            (0.375, 2, "0.38", "3.75e-01", "0.38"),
            (2.5, 0, "2", "2e+00", "2"),
            (3.5, 0, "4", "4e+00", "4"),
            (0.5, 0, "0", "5e-01", "0.5"),
            (1234.5, 3, "1234.500", "1.234e+03", "1.23e+03"),
            (1e-10, 6, "0.000000", "1.000000e-10", "1e-10"),
            (-0.0, 6, "-0.000000", "-0.000000e+00", "-0"),
            (0.0, 0, "0", "0e+00", "0"),
            (
                1e20,
                6,
                "100000000000000000000.000000",
                "1.000000e+20",
                "1e+20",
            ),
            (
                0.1,
                20,
                "0.10000000000000000555",
                "1.00000000000000005551e-01",
                "0.10000000000000000555",
            ),
            (99.95, 1, "100.0", "1.0e+02", "1e+02"),
            (123456.0, 6, "123456.000000", "1.234560e+05", "123456"),
            (
                1234567.0,
                6,
                "1234567.000000",
                "1.234567e+06",
                "1.23457e+06",
            ),
            (0.0001, 3, "0.000", "1.000e-04", "0.0001"),
            (0.00001, 3, "0.000", "1.000e-05", "1e-05"),
            (1.5e300, 2, "", "1.50e+300", "1.5e+300"),
            (5e-324, 3, "0.000", "4.941e-324", "4.94e-324"),
            (f64::INFINITY, 3, "inf", "inf", "inf"),
            (f64::NEG_INFINITY, 3, "-inf", "-inf", "-inf"),
            (f64::NAN, 3, "nan", "nan", "nan"),
        ];
        for (x, p, f, e, g) in cases {
            if !f.is_empty() {
                assert_eq!(format_float_fixed(*x, *p), *f, "%.{p}f of {x:?}");
            }
            assert_eq!(format_float_exponent(*x, *p), *e, "%.{p}e of {x:?}");
            assert_eq!(format_float_general(*x, *p), *g, "%.{p}g of {x:?}");
        }
        assert_eq!(format_float_fixed(1e300, 0).len(), 301);
        // Precisions past Rust's formatter limit (u16::MAX) and past the exact
        // expansion: len('%.70000f' % 0.1) == 70002, and the tails are zeros.
        let long = format_float_fixed(0.1, 70000);
        assert_eq!(long.len(), 70002);
        assert!(long.starts_with("0.1000000000000000055511151231257827"));
        assert!(long.ends_with("0000"));
        let long = format_float_exponent(5e-324, 70000);
        assert!(long.starts_with("4.940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359923797965646954457177309266567103559397963987747960107818781263007131903114045278458171678489821036887186360569987307230500063874091535649843873124733972731696151400317153853980741262385655911710266585566867681870395603106249319452715914924553293054565444011274801297099995419319894090804165633245247571478690147267801593552386115501348035264934720193790268107107491703332226844753335720832431936092382893458368060106011506169809753078342277318329247904982524730776375927247874656084778203734469699533647017972677717585125660551199131504891101451037862738167250955837389733598993664809941164205702637090279242767544565229087538682506419718265533447265625"));
        assert!(long.ends_with("000e-324"));
        assert_eq!(long.len(), 70007);
        let long = float_to_string_general(1.5, FloatStyle::General, 70000, flags("#"));
        assert_eq!(long.len(), 70001);
        assert_eq!(
            format_float_fixed(1e22, 1),
            "10000000000000000000000.0",
            "%.1f of 1e22"
        );
    }

    #[test]
    fn flags_match_cpython() {
        use FloatStyle::*;
        // (x, style, precision, flags, expected) — expected from python3.11 via
        // '%#.0f' etc. and format(x, spec) where the spec maps onto these flags.
        let cases: &[(f64, FloatStyle, usize, &str, &str)] = &[
            (1.0, Fixed, 0, "#", "1."),
            (1.0, Exponent, 0, "#", "1.e+00"),
            (1.0, General, 0, "#", "1."),
            (1.0, General, 6, "#", "1.00000"),
            (0.1, General, 30, "#", "0.100000000000000005551115123126"),
            (100.0, General, 3, "#", "100."),
            (1000.0, General, 3, "#", "1.00e+03"),
            (1e20, Repr, 0, "#d", "1.e+20"),
            (1e16, Repr, 0, "#d", "1.e+16"),
            (1.0, Repr, 0, "#d", "1.0"),
            (1e-7, Repr, 0, "#d", "1.e-07"),
            (1.0, Repr, 0, "#", "1."),
            (1.0, Repr, 0, "", "1"),
            (1e20, Repr, 0, "", "1e+20"),
            (123.0, General, 3, "d", "1.23e+02"),
            (12.0, General, 3, "d", "12.0"),
            (0.5, General, 0, "d", "0.5"),
            (1.5, General, 0, "d", "2e+00"),
            (123.456, General, 4, "d", "123.5"),
            (100.0, General, 2, "#d", "1.0e+02"),
            (0.0001, General, 3, "d", "0.0001"),
            (-0.0, Repr, 0, "zd", "0.0"),
            (-0.0001, Fixed, 1, "z", "0.0"),
            (-0.0, General, 6, "z", "0"),
            (-1e-10, General, 3, "z", "-1e-10"),
            (-1e-10, Exponent, 3, "z", "-1.000e-10"),
            (-0.001, Exponent, 2, "z", "-1.00e-03"),
            (f64::NEG_INFINITY, Fixed, 2, "z", "-inf"),
            (f64::NAN, Fixed, 6, "+", "+nan"),
            (-f64::NAN, Fixed, 6, "+", "+nan"),
            (f64::INFINITY, Fixed, 6, "+", "+inf"),
            (f64::INFINITY, Fixed, 6, "U", "INF"),
            (f64::NAN, Exponent, 6, "U", "NAN"),
            (1e-10, General, 6, "U", "1E-10"),
            (1234.5, Exponent, 3, "U", "1.234E+03"),
            (1.5, Fixed, 2, "+", "+1.50"),
            (-1.5, Fixed, 2, "+", "-1.50"),
        ];
        for (x, style, p, f, expected) in cases {
            assert_eq!(
                float_to_string_general(*x, *style, *p, flags(f)),
                *expected,
                "{x:?} {style:?} .{p} flags {f:?}"
            );
        }
    }

    #[test]
    fn shortest_decimal_digits() {
        assert_eq!(shortest_decimal(0.0), ("0".to_string(), 1));
        assert_eq!(shortest_decimal(123.456), ("123456".to_string(), 3));
        assert_eq!(shortest_decimal(-0.001), ("1".to_string(), -2));
        assert_eq!(shortest_decimal(1e300), ("1".to_string(), 301));
    }
}
