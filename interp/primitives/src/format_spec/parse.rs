//! The parsed form of a format spec (`[[fill]align][sign]["z"]["#"]["0"][width]
//! [grouping]["." precision][type]`) and its parser.
//!
//! CPython: Python/formatter_unicode.c `parse_internal_render_format_spec`; the
//! checks that depend on the formatted type live with each type's formatter.

use super::decimal_digit::decimal_value;
use super::error::{quoted_code, FormatError};

/// Where padding goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^` (the extra fill character, if any, goes to the right)
    Center,
    /// `=`: between the sign (and `0x`-style prefix) and the digits.
    AfterSign,
}

/// The sign field. `Minus` (an explicit `-`) behaves like `Default` for numbers but
/// is still an error where no sign is allowed (`format('a', '-')`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sign {
    /// No sign character in the spec.
    #[default]
    Default,
    /// `-`: sign only negative numbers.
    Minus,
    /// `+`: sign all numbers.
    Plus,
    /// ` `: a space before non-negative numbers.
    Space,
}

/// The thousands separator field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// `,` every three digits (decimal and float types only).
    Comma,
    /// `_` every three decimal digits, or every four for `b`, `o`, `x`, `X`.
    Underscore,
}

impl Grouping {
    /// The separator character.
    pub fn separator(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec. `fill` is `'0'` when the `0` flag was given without an
/// explicit fill (then `zero_pad` is also set, and numbers default to `=` alignment).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<Align>,
    pub sign: Sign,
    /// The `z` flag: format negative zero (after rounding) as positive zero.
    pub no_neg_zero: bool,
    /// The `#` flag.
    pub alternate: bool,
    /// The `0` flag (only recognised when no fill character was given).
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// The presentation type, `None` when omitted.
    pub kind: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: Sign::Default,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            kind: None,
        }
    }
}

const TOO_MANY_DIGITS: &str = "Too many decimal digits in format string";

/// Parses a format spec. Errors carry CPython's messages, except trailing garbage,
/// reported as [`FormatError::InvalidSpecifier`] because its message names the
/// object's type (see [`parse_format_spec_for`]).
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut parsed = FormatSpec::default();
    let mut pos = 0;
    let mut fill_given = false;

    if chars.len() >= 2 && align_of(chars[1]).is_some() {
        parsed.fill = chars[0];
        parsed.align = align_of(chars[1]);
        fill_given = true;
        pos = 2;
    } else if let Some(align) = chars.first().copied().and_then(align_of) {
        parsed.align = Some(align);
        pos = 1;
    }

    if let Some(sign) = chars.get(pos).copied().and_then(sign_of) {
        parsed.sign = sign;
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        parsed.no_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        parsed.alternate = true;
        pos += 1;
    }
    // CPython: the '0' flag only counts when no fill character was given.
    if !fill_given && chars.get(pos) == Some(&'0') {
        parsed.fill = '0';
        parsed.zero_pad = true;
        pos += 1;
    }

    parsed.width = read_number(&chars, &mut pos)?;

    if chars.get(pos) == Some(&',') {
        parsed.grouping = Some(Grouping::Comma);
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if parsed.grouping.is_some() {
            return Err(both_separators());
        }
        parsed.grouping = Some(Grouping::Underscore);
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && parsed.grouping == Some(Grouping::Underscore) {
        return Err(both_separators());
    }

    if chars.get(pos) == Some(&'.') {
        pos += 1;
        parsed.precision = read_number(&chars, &mut pos)?;
        if parsed.precision.is_none() {
            return Err(FormatError::value("Format specifier missing precision"));
        }
    }

    match chars.len() - pos {
        0 => {}
        1 => parsed.kind = Some(chars[pos]),
        _ => return Err(FormatError::InvalidSpecifier(spec.to_string())),
    }

    if let Some(grouping) = parsed.grouping {
        check_grouping_type(grouping, parsed.kind)?;
    }
    Ok(parsed)
}

/// [`parse_format_spec`] with CPython's complete message for trailing garbage
/// ("Invalid format specifier 'xx' for object of type 'float'").
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    parse_format_spec(spec).map_err(|e| e.for_type(type_name))
}

/// The grouping/type combinations CPython accepts (PEP 378 and PEP 515); the
/// omitted type is accepted here and checked again for strings by `format_str`.
pub(crate) fn check_grouping_type(
    grouping: Grouping,
    kind: Option<char>,
) -> Result<(), FormatError> {
    let allowed = match kind {
        None => true,
        Some(code) => {
            "defEFgG%".contains(code) || ("boxX".contains(code) && grouping == Grouping::Underscore)
        }
    };
    if allowed {
        Ok(())
    } else {
        Err(grouping_type_error(grouping, kind.unwrap_or('s')))
    }
}

pub(crate) fn grouping_type_error(grouping: Grouping, code: char) -> FormatError {
    FormatError::Value(format!(
        "Cannot specify '{}' with '{}'.",
        grouping.separator(),
        quoted_code(code)
    ))
}

fn both_separators() -> FormatError {
    FormatError::value("Cannot specify both ',' and '_'.")
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

fn sign_of(c: char) -> Option<Sign> {
    match c {
        '-' => Some(Sign::Minus),
        '+' => Some(Sign::Plus),
        ' ' => Some(Sign::Space),
        _ => None,
    }
}

/// Reads a run of decimal digits (any script, as CPython); `None` when there is
/// none. Values beyond `isize::MAX` (CPython's `Py_ssize_t`) are an error.
fn read_number(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let start = *pos;
    let mut value: usize = 0;
    while let Some(digit) = chars.get(*pos).copied().and_then(decimal_value) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|v| *v <= isize::MAX as usize)
            .ok_or_else(|| FormatError::value(TOO_MANY_DIGITS))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_field() {
        let spec = parse_format_spec("*^+z#012_.3f").unwrap();
        assert_eq!(
            spec,
            FormatSpec {
                fill: '*',
                align: Some(Align::Center),
                sign: Sign::Plus,
                no_neg_zero: true,
                alternate: true,
                zero_pad: false,
                width: Some(12),
                grouping: Some(Grouping::Underscore),
                precision: Some(3),
                kind: Some('f'),
            }
        );
        let zero = parse_format_spec("010,").unwrap();
        assert_eq!(
            (zero.fill, zero.zero_pad, zero.width),
            ('0', true, Some(10))
        );
        assert_eq!(zero.grouping, Some(Grouping::Comma));
        // A given fill turns the '0' into part of the width.
        let filled = parse_format_spec("x<05").unwrap();
        assert_eq!(
            (filled.fill, filled.zero_pad, filled.width),
            ('x', false, Some(5))
        );
        let bare = parse_format_spec("<05").unwrap();
        assert_eq!(
            (bare.fill, bare.zero_pad, bare.align),
            ('0', true, Some(Align::Left))
        );
        assert_eq!(parse_format_spec("").unwrap(), FormatSpec::default());
        assert_eq!(parse_format_spec("00").unwrap().width, Some(0));
        assert_eq!(parse_format_spec("-").unwrap().sign, Sign::Minus);
        assert_eq!(parse_format_spec("<").unwrap().fill, ' ');
        assert_eq!(parse_format_spec("<<").unwrap().fill, '<');
        assert_eq!(parse_format_spec("é>").unwrap().fill, 'é');
    }

    #[test]
    fn errors_match_cpython() {
        // Messages from python3.11 format(1, spec) / format(1.5, spec).
        let cases: &[(&str, &str)] = &[
            (",,", "Cannot specify ',' with ','."),
            (",_", "Cannot specify both ',' and '_'."),
            ("_,", "Cannot specify both ',' and '_'."),
            ("__", "Cannot specify '_' with '_'."),
            (",c", "Cannot specify ',' with 'c'."),
            ("_c", "Cannot specify '_' with 'c'."),
            (",n", "Cannot specify ',' with 'n'."),
            ("_n", "Cannot specify '_' with 'n'."),
            ("_s", "Cannot specify '_' with 's'."),
            (",s", "Cannot specify ',' with 's'."),
            (",x", "Cannot specify ',' with 'x'."),
            (",\u{1}", "Cannot specify ',' with '\\x1'."),
            (",é", "Cannot specify ',' with '\\xe9'."),
            (".", "Format specifier missing precision"),
            ("10.f", "Format specifier missing precision"),
            (
                "99999999999999999999",
                "Too many decimal digits in format string",
            ),
            (
                ".99999999999999999999f",
                "Too many decimal digits in format string",
            ),
        ];
        for (spec, message) in cases {
            assert_eq!(
                parse_format_spec(spec),
                Err(FormatError::Value(message.to_string())),
                "spec {spec:?}"
            );
        }
        assert_eq!(
            parse_format_spec_for("abc", "int"),
            Err(FormatError::Value(
                "Invalid format specifier 'abc' for object of type 'int'".into()
            ))
        );
        assert_eq!(
            parse_format_spec_for("<15.3f|", "complex")
                .unwrap_err()
                .message(),
            "Invalid format specifier '<15.3f|' for object of type 'complex'"
        );
        assert_eq!(
            parse_format_spec("9223372036854775807").unwrap().width,
            Some(isize::MAX as usize)
        );
        assert!(parse_format_spec("9223372036854775808").is_err());
        // Any Unicode decimal digit counts (format(5, '.٣f') == '5.000').
        assert_eq!(parse_format_spec("٣").unwrap().width, Some(3));
        assert_eq!(parse_format_spec("0٣").unwrap().width, Some(3));
        assert_eq!(parse_format_spec(".٣f").unwrap().precision, Some(3));
    }
}
