//! (interim) format-spec mini-language; replaced by the full implementation being written.

use num_bigint::BigInt;

#[derive(Debug, Clone)]
pub enum FormatError {
    Value(String),
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FormatError::Value(m) => write!(f, "{}", m),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alternate: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub kind: Option<char>,
}

pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, FormatError> {
    let c: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = FormatSpec::default();
    if c.len() >= 2 && "<>=^".contains(c[1]) {
        s.fill = Some(c[0]);
        s.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && "<>=^".contains(c[0]) {
        s.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && "+- ".contains(c[i]) {
        s.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        s.alternate = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let st = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    s.width = c[st..i].iter().collect::<String>().parse().unwrap_or(0);
    if i < c.len() && (c[i] == ',' || c[i] == '_') {
        s.grouping = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let st = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        if st == i {
            return Err(FormatError::Value(
                "Format specifier missing precision".into(),
            ));
        }
        s.precision = c[st..i].iter().collect::<String>().parse().ok();
    }
    if i < c.len() {
        s.kind = Some(c[i]);
        i += 1;
    }
    if i < c.len() {
        return Err(FormatError::Value("Invalid format specifier".into()));
    }
    Ok(s)
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

fn pad(body: String, sign: &str, spec: &FormatSpec, default_align: char) -> String {
    let fill = spec.fill.unwrap_or(if spec.zero && spec.align.is_none() {
        '0'
    } else {
        ' '
    });
    let align = spec
        .align
        .unwrap_or(if spec.zero { '=' } else { default_align });
    let len = body.chars().count() + sign.chars().count();
    if len >= spec.width {
        return format!("{}{}", sign, body);
    }
    let n = spec.width - len;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{}{}{}", sign, body, f(n)),
        '>' => format!("{}{}{}", f(n), sign, body),
        '=' => format!("{}{}{}", sign, f(n), body),
        _ => format!("{}{}{}{}", f(n / 2), sign, body, f(n - n / 2)),
    }
}

pub fn format_int(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let neg = v.sign() == num_bigint::Sign::Minus;
    let mag = v.magnitude();
    let kind = spec.kind.unwrap_or('d');
    let (digits, prefix) = match kind {
        'd' | 'n' => (mag.to_string(), ""),
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        'o' => (mag.to_str_radix(8), "0o"),
        'b' => (mag.to_str_radix(2), "0b"),
        'c' => {
            let ch = num_traits::ToPrimitive::to_u32(v)
                .and_then(char::from_u32)
                .ok_or_else(|| FormatError::Value("%c arg not in range(0x110000)".into()))?;
            return Ok(pad(ch.to_string(), "", spec, '<'));
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = num_traits::ToPrimitive::to_f64(v).unwrap_or(f64::INFINITY);
            return format_float(f, spec, type_name);
        }
        k => {
            return Err(FormatError::Value(format!(
                "Unknown format code '{}' for object of type '{}'",
                k, type_name
            )))
        }
    };
    let digits = match spec.grouping {
        Some(g) => group(&digits, g, if kind == 'd' { 3 } else { 4 }),
        None => digits,
    };
    let sign = if neg {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let pre = if spec.alternate { prefix } else { "" };
    Ok(pad(
        digits.to_string(),
        &format!("{}{}", sign, pre),
        spec,
        '>',
    ))
}

pub fn format_float(f: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let kind = spec.kind;
    let prec = spec.precision;
    let body = match kind {
        Some('f') | Some('F') => format!("{:.*}", prec.unwrap_or(6), f.abs()),
        Some('e') | Some('E') => {
            let s = format!("{:.*e}", prec.unwrap_or(6), f.abs());
            let (m, e) = s.split_once('e').unwrap();
            let e: i32 = e.parse().unwrap();
            let r = format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs());
            if kind == Some('E') {
                r.to_uppercase()
            } else {
                r
            }
        }
        Some('%') => format!("{:.*}%", prec.unwrap_or(6), f.abs() * 100.0),
        Some('g') | Some('G') | None => {
            if kind.is_none() && prec.is_none() {
                crate::float_repr::float_repr(f.abs())
            } else {
                let p = prec.unwrap_or(6).max(1);
                let exp = if f == 0.0 {
                    0
                } else {
                    f.abs().log10().floor() as i32
                };
                if exp < -4 || exp >= p as i32 {
                    let s = format!("{:.*e}", p - 1, f.abs());
                    let (m, e) = s.split_once('e').unwrap();
                    let m = if m.contains('.') && !spec.alternate {
                        m.trim_end_matches('0').trim_end_matches('.')
                    } else {
                        m
                    };
                    let e: i32 = e.parse().unwrap();
                    format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs())
                } else {
                    let s = format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, f.abs());
                    if s.contains('.') && !spec.alternate {
                        s.trim_end_matches('0').trim_end_matches('.').to_string()
                    } else {
                        s
                    }
                }
            }
        }
        Some(k) => {
            return Err(FormatError::Value(format!(
                "Unknown format code '{}' for object of type '{}'",
                k, type_name
            )))
        }
    };
    let neg = f.is_sign_negative() && !f.is_nan();
    let sign = if neg {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let body = if let Some(g) = spec.grouping {
        let (ip, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
            Some(i) => (&body[..i], &body[i..]),
            None => (&body[..], ""),
        };
        format!("{}{}", group(ip, g, 3), rest)
    } else {
        body
    };
    Ok(pad(body, sign, spec, '>'))
}

pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    if let Some(k) = spec.kind {
        if k != 's' {
            return Err(FormatError::Value(format!(
                "Unknown format code '{}' for object of type 'str'",
                k
            )));
        }
    }
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(body, "", spec, '<'))
}

pub fn complex_repr(re: f64, im: f64) -> String {
    let r = |x: f64| {
        let s = crate::float_repr::float_repr(x);
        s.strip_suffix(".0").map(|t| t.to_string()).unwrap_or(s)
    };
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", r(im));
    }
    let sign = if im.is_sign_negative() || im.is_nan() && im.is_sign_negative() {
        "-"
    } else {
        "+"
    };
    format!("({}{}{}j)", r(re), sign, r(im.abs()))
}

pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.kind.is_none() && spec.precision.is_none() {
        return Ok(pad(complex_repr(re, im), "", spec, '>'));
    }
    let mut s2 = spec.clone();
    s2.width = 0;
    let a = format_float(re, &s2, "complex")?;
    let mut s3 = s2.clone();
    s3.sign = Some('+');
    let b = format_float(im, &s3, "complex")?;
    Ok(pad(format!("{}{}j", a, b), "", spec, '>'))
}
