//! Values of Unicode decimal digits (general category Nd), which CPython accepts in
//! format-spec widths and precisions and in `str.format` field indices
//! (`format(5, '٣') == '  5'`, `'{٣}'.format(...)` is argument 3).
//!
//! Every Nd character belongs to a run of ten consecutive code points holding the
//! digits 0 to 9, so a table of the runs' first code points is enough. The table is
//! for Unicode 14.0.0, the version of CPython 3.11's `unicodedata`.

/// First code point (the digit zero) of each run of decimal digits.
const ZERO_DIGITS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of `c` as a decimal digit (CPython's `Py_UNICODE_TODECIMAL`), if any.
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    let code = u32::from(c);
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let run = ZERO_DIGITS
        .partition_point(|zero| *zero <= code)
        .checked_sub(1)?;
    let offset = code - ZERO_DIGITS[run];
    (offset < 10).then_some(offset)
}

#[cfg(test)]
mod tests {
    use super::decimal_value;

    #[test]
    fn unicode_decimal_digits() {
        // unicodedata.decimal() in python3.11.
        let cases: &[(char, Option<u32>)] = &[
            ('0', Some(0)),
            ('9', Some(9)),
            ('a', None),
            ('٣', Some(3)),
            ('𝟙', Some(1)),
            ('\u{1D7FF}', Some(9)),
            ('\u{1FBF9}', Some(9)),
            ('\u{1FBFA}', None),
            ('²', None),
            ('\u{65F}', None),
            ('\u{669}', Some(9)),
            ('\u{66A}', None),
        ];
        for (c, value) in cases {
            assert_eq!(decimal_value(*c), *value, "{c:?}");
        }
    }
}
