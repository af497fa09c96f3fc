//! (interim) repr(float); replaced by the full implementation being written.

pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let e = format!("{:e}", x);
    let (mant, exp) = e.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if neg { "-" } else { "" };
    if !(-4..16).contains(&exp) {
        let m = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits.clone()
        };
        return format!(
            "{}{}e{}{:02}",
            sign,
            m,
            if exp < 0 { "-" } else { "+" },
            exp.abs()
        );
    }
    let n = digits.len() as i32;
    if exp >= 0 {
        if n <= exp + 1 {
            format!("{}{}{}.0", sign, digits, "0".repeat((exp + 1 - n) as usize))
        } else {
            format!(
                "{}{}.{}",
                sign,
                &digits[..(exp + 1) as usize],
                &digits[(exp + 1) as usize..]
            )
        }
    } else {
        format!("{}0.{}{}", sign, "0".repeat((-exp - 1) as usize), digits)
    }
}
