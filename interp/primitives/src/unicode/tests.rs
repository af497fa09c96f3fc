//! Character properties checked against CPython 3.11's output.

use super::*;

/// Expected values printed by python3: (char, category, [isalpha, isdecimal, isdigit,
/// isnumeric, isalnum, isspace, isprintable, islower, isupper], unicodedata.decimal,
/// unicodedata.digit, unicodedata.numeric).
#[allow(clippy::type_complexity)]
const PROPERTIES: &[(char, &str, [bool; 9], Option<u32>, Option<u32>, Option<f64>)] = &[
    (
        'a',
        "Ll",
        [true, false, false, false, true, false, true, true, false],
        None,
        None,
        None,
    ),
    (
        'Z',
        "Lu",
        [true, false, false, false, true, false, true, false, true],
        None,
        None,
        None,
    ),
    (
        '5',
        "Nd",
        [false, true, true, true, true, false, true, false, false],
        Some(5),
        Some(5),
        Some(5.0),
    ),
    (
        ' ',
        "Zs",
        [false, false, false, false, false, true, true, false, false],
        None,
        None,
        None,
    ),
    (
        '_',
        "Pc",
        [false, false, false, false, false, false, true, false, false],
        None,
        None,
        None,
    ),
    (
        '\u{9}',
        "Cc",
        [false, false, false, false, false, true, false, false, false],
        None,
        None,
        None,
    ),
    (
        '\u{1c}',
        "Cc",
        [false, false, false, false, false, true, false, false, false],
        None,
        None,
        None,
    ),
    (
        '\u{1f}',
        "Cc",
        [false, false, false, false, false, true, false, false, false],
        None,
        None,
        None,
    ),
    (
        '\u{85}',
        "Cc",
        [false, false, false, false, false, true, false, false, false],
        None,
        None,
        None,
    ),
    (
        '\u{a0}',
        "Zs",
        [false, false, false, false, false, true, false, false, false],
        None,
        None,
        None,
    ),
    (
        '\u{ad}',
        "Cf",
        [
            false, false, false, false, false, false, false, false, false,
        ],
        None,
        None,
        None,
    ),
    (
        '\u{b2}',
        "No",
        [false, false, true, true, true, false, true, false, false],
        None,
        Some(2),
        Some(2.0),
    ),
    (
        '\u{b5}',
        "Ll",
        [true, false, false, false, true, false, true, true, false],
        None,
        None,
        None,
    ),
    (
        '\u{bd}',
        "No",
        [false, false, false, true, true, false, true, false, false],
        None,
        None,
        Some(0.5),
    ),
    (
        '\u{df}',
        "Ll",
        [true, false, false, false, true, false, true, true, false],
        None,
        None,
        None,
    ),
    (
        '\u{e9}',
        "Ll",
        [true, false, false, false, true, false, true, true, false],
        None,
        None,
        None,
    ),
    (
        '\u{130}',
        "Lu",
        [true, false, false, false, true, false, true, false, true],
        None,
        None,
        None,
    ),
    (
        '\u{131}',
        "Ll",
        [true, false, false, false, true, false, true, true, false],
        None,
        None,
        None,
    ),
    (
        '\u{345}',
        "Mn",
        [false, false, false, false, false, false, true, true, false],
        None,
        None,
        None,
    ),
    (
        '\u{1c5}',
        "Lt",
        [true, false, false, false, true, false, true, false, false],
        None,
        None,
        None,
    ),
    (
        '\u{2b0}',
        "Lm",
        [true, false, false, false, true, false, true, true, false],
        None,
        None,
        None,
    ),
    (
        '\u{385}',
        "Sk",
        [false, false, false, false, false, false, true, false, false],
        None,
        None,
        None,
    ),
    (
        '\u{3a3}',
        "Lu",
        [true, false, false, false, true, false, true, false, true],
        None,
        None,
        None,
    ),
    (
        '\u{3c2}',
        "Ll",
        [true, false, false, false, true, false, true, true, false],
        None,
        None,
        None,
    ),
    (
        '\u{660}',
        "Nd",
        [false, true, true, true, true, false, true, false, false],
        Some(0),
        Some(0),
        Some(0.0),
    ),
    (
        '\u{f33}',
        "No",
        [false, false, false, true, true, false, true, false, false],
        None,
        None,
        Some(-0.5),
    ),
    (
        '\u{1e9e}',
        "Lu",
        [true, false, false, false, true, false, true, false, true],
        None,
        None,
        None,
    ),
    (
        '\u{2028}',
        "Zl",
        [false, false, false, false, false, true, false, false, false],
        None,
        None,
        None,
    ),
    (
        '\u{2160}',
        "Nl",
        [false, false, false, true, true, false, true, false, true],
        None,
        None,
        Some(1.0),
    ),
    (
        '\u{2167}',
        "Nl",
        [false, false, false, true, true, false, true, false, true],
        None,
        None,
        Some(8.0),
    ),
    (
        '\u{2460}',
        "No",
        [false, false, true, true, true, false, true, false, false],
        None,
        Some(1),
        Some(1.0),
    ),
    (
        '\u{3000}',
        "Zs",
        [false, false, false, false, false, true, false, false, false],
        None,
        None,
        None,
    ),
    (
        '\u{4e07}',
        "Lo",
        [true, false, false, true, true, false, true, false, false],
        None,
        None,
        Some(10000.0),
    ),
    (
        '\u{5146}',
        "Lo",
        [true, false, false, true, true, false, true, false, false],
        None,
        None,
        Some(1000000000000.0),
    ),
    (
        '\u{ff21}',
        "Lu",
        [true, false, false, false, true, false, true, false, true],
        None,
        None,
        None,
    ),
    (
        '\u{1d7ce}',
        "Nd",
        [false, true, true, true, true, false, true, false, false],
        Some(0),
        Some(0),
        Some(0.0),
    ),
    (
        '\u{10400}',
        "Lu",
        [true, false, false, false, true, false, true, false, true],
        None,
        None,
        None,
    ),
    (
        '\u{1f600}',
        "So",
        [false, false, false, false, false, false, true, false, false],
        None,
        None,
        None,
    ),
    (
        '\u{e0001}',
        "Cf",
        [
            false, false, false, false, false, false, false, false, false,
        ],
        None,
        None,
        None,
    ),
    (
        '\u{10ffff}',
        "Cn",
        [
            false, false, false, false, false, false, false, false, false,
        ],
        None,
        None,
        None,
    ),
    (
        '\u{aa}',
        "Lo",
        [true, false, false, false, true, false, true, true, false],
        None,
        None,
        None,
    ),
    (
        '\u{2126}',
        "Lu",
        [true, false, false, false, true, false, true, false, true],
        None,
        None,
        None,
    ),
    (
        '\u{212a}',
        "Lu",
        [true, false, false, false, true, false, true, false, true],
        None,
        None,
        None,
    ),
    (
        '\u{fb03}',
        "Ll",
        [true, false, false, false, true, false, true, true, false],
        None,
        None,
        None,
    ),
    (
        '\u{1f80}',
        "Ll",
        [true, false, false, false, true, false, true, true, false],
        None,
        None,
        None,
    ),
    (
        '\u{1fbc}',
        "Lt",
        [true, false, false, false, true, false, true, false, false],
        None,
        None,
        None,
    ),
    (
        '\u{378}',
        "Cn",
        [
            false, false, false, false, false, false, false, false, false,
        ],
        None,
        None,
        None,
    ),
    (
        '\u{e000}',
        "Co",
        [
            false, false, false, false, false, false, false, false, false,
        ],
        None,
        None,
        None,
    ),
];

#[test]
fn properties_match_cpython() {
    for &(c, cat, flags, decimal, digit, numeric) in PROPERTIES {
        let got = [
            is_alpha(c),
            is_decimal(c),
            is_digit(c),
            is_numeric(c),
            is_alnum(c),
            is_space(c),
            is_printable(c),
            is_lower(c),
            is_upper(c),
        ];
        assert_eq!(category(c), cat, "category of {:?}", c);
        assert_eq!(got, flags, "predicates of {:?}", c);
        assert_eq!(decimal_value(c), decimal, "decimal of {:?}", c);
        assert_eq!(digit_value(c), digit, "digit of {:?}", c);
        assert_eq!(numeric_value(c), numeric, "numeric of {:?}", c);
    }
}

/// (char, c.upper(), c.lower(), c.title(), c.casefold()) printed by python3.
const CASE_MAPPINGS: &[(char, &str, &str, &str, &str)] = &[
    ('a', "A", "a", "A", "a"),
    ('Z', "Z", "z", "Z", "z"),
    ('\u{df}', "SS", "\u{df}", "Ss", "ss"),
    ('\u{b5}', "\u{39c}", "\u{b5}", "\u{39c}", "\u{3bc}"),
    ('\u{130}', "\u{130}", "i\u{307}", "\u{130}", "i\u{307}"),
    ('\u{131}', "I", "\u{131}", "I", "\u{131}"),
    ('\u{149}', "\u{2bc}N", "\u{149}", "\u{2bc}N", "\u{2bc}n"),
    ('\u{1c4}', "\u{1c4}", "\u{1c6}", "\u{1c5}", "\u{1c6}"),
    ('\u{1c5}', "\u{1c4}", "\u{1c6}", "\u{1c5}", "\u{1c6}"),
    ('\u{1c6}', "\u{1c4}", "\u{1c6}", "\u{1c5}", "\u{1c6}"),
    (
        '\u{390}',
        "\u{399}\u{308}\u{301}",
        "\u{390}",
        "\u{399}\u{308}\u{301}",
        "\u{3b9}\u{308}\u{301}",
    ),
    ('\u{3a3}', "\u{3a3}", "\u{3c3}", "\u{3a3}", "\u{3c3}"),
    ('\u{3c2}', "\u{3a3}", "\u{3c2}", "\u{3a3}", "\u{3c3}"),
    ('\u{1e9e}', "\u{1e9e}", "\u{df}", "\u{1e9e}", "ss"),
    (
        '\u{1f80}',
        "\u{1f08}\u{399}",
        "\u{1f80}",
        "\u{1f88}",
        "\u{1f00}\u{3b9}",
    ),
    (
        '\u{1f88}',
        "\u{1f08}\u{399}",
        "\u{1f80}",
        "\u{1f88}",
        "\u{1f00}\u{3b9}",
    ),
    (
        '\u{1fb3}',
        "\u{391}\u{399}",
        "\u{1fb3}",
        "\u{1fbc}",
        "\u{3b1}\u{3b9}",
    ),
    ('\u{fb03}', "FFI", "\u{fb03}", "Ffi", "ffi"),
    (
        '\u{fb13}',
        "\u{544}\u{546}",
        "\u{fb13}",
        "\u{544}\u{576}",
        "\u{574}\u{576}",
    ),
    (
        '\u{10400}',
        "\u{10400}",
        "\u{10428}",
        "\u{10400}",
        "\u{10428}",
    ),
    (
        '\u{10428}',
        "\u{10400}",
        "\u{10428}",
        "\u{10400}",
        "\u{10428}",
    ),
    ('\u{2126}', "\u{2126}", "\u{3c9}", "\u{2126}", "\u{3c9}"),
    ('\u{212a}', "\u{212a}", "k", "\u{212a}", "k"),
    (
        '\u{587}',
        "\u{535}\u{552}",
        "\u{587}",
        "\u{535}\u{582}",
        "\u{565}\u{582}",
    ),
    ('\u{10d0}', "\u{1c90}", "\u{10d0}", "\u{10d0}", "\u{10d0}"),
    ('\u{1c90}', "\u{1c90}", "\u{10d0}", "\u{1c90}", "\u{10d0}"),
    ('\u{345}', "\u{399}", "\u{345}", "\u{399}", "\u{3b9}"),
    ('\u{ff}', "\u{178}", "\u{ff}", "\u{178}", "\u{ff}"),
    ('\u{178}', "\u{178}", "\u{ff}", "\u{178}", "\u{ff}"),
    ('\u{1e96}', "H\u{331}", "\u{1e96}", "H\u{331}", "h\u{331}"),
];

fn collect(mapping: CaseMapping) -> String {
    mapping.collect()
}

#[test]
fn case_mappings_match_cpython() {
    for &(c, upper, lower, title, fold) in CASE_MAPPINGS {
        assert_eq!(collect(to_upper(c)), upper, "upper of {:?}", c);
        assert_eq!(collect(to_lower(c)), lower, "lower of {:?}", c);
        assert_eq!(collect(to_title(c)), title, "title of {:?}", c);
        assert_eq!(collect(to_casefold(c)), fold, "casefold of {:?}", c);
    }
}

/// (char, c.isidentifier(), ('a' + c).isidentifier()) printed by python3.
const IDENTIFIER_CHARS: &[(char, bool, bool)] = &[
    ('a', true, true),
    ('_', true, true),
    ('1', false, true),
    ('\u{b7}', false, true),
    ('\u{300}', false, true),
    ('\u{2160}', true, true),
    ('\u{aa}', true, true),
    ('\u{b5}', true, true),
    ('\u{37a}', false, false),
    ('\u{309b}', false, false),
    ('\u{2118}', true, true),
    ('\u{212e}', true, true),
    ('\u{1885}', true, true),
    ('\u{1d7ce}', false, true),
    ('\u{e33}', false, true),
    ('$', false, false),
    (' ', false, false),
    ('\u{ba}', true, true),
];

#[test]
fn identifier_chars_match_cpython() {
    for &(c, start, cont) in IDENTIFIER_CHARS {
        assert_eq!(is_identifier_start(c), start, "start {:?}", c);
        assert_eq!(is_identifier_continue(c), cont, "continue {:?}", c);
    }
    assert!(!is_xid_start('_'));
    assert!(is_xid_continue('_'));
}

#[test]
fn linebreaks_match_cpython() {
    // [c for c in map(chr, range(0x110000)) if len(('a' + c + 'b').splitlines()) == 2]
    let expected = [
        '\n', '\u{b}', '\u{c}', '\r', '\u{1c}', '\u{1d}', '\u{1e}', '\u{85}', '\u{2028}',
        '\u{2029}',
    ];
    let got: Vec<char> = (0..=0x10ffff)
        .filter_map(char::from_u32)
        .filter(|&c| is_linebreak(c))
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn spaces_match_cpython() {
    // [hex(c) for c in range(0x110000) if chr(c).isspace()]
    let expected = [
        0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001,
        0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029,
        0x202f, 0x205f, 0x3000,
    ];
    let got: Vec<u32> = (0..=0x10ffff)
        .filter_map(char::from_u32)
        .filter(|&c| is_space(c))
        .map(|c| c as u32)
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn cased_and_case_ignorable() {
    // Cased: 'a', 'ʰ' (Other_Lowercase), 'ͅ'; not '1' or '\''. Case_Ignorable: '\'', '.',
    // ':', '^', '`', soft hyphen, 'ͅ', 'ʰ'; not 'a' or '-'.
    for c in ['a', 'Z', '\u{2b0}', '\u{345}', '\u{1c5}'] {
        assert!(is_cased(c), "{:?}", c);
    }
    for c in ['1', '\'', '-', '\u{3000}'] {
        assert!(!is_cased(c), "{:?}", c);
    }
    for c in ['\'', '.', ':', '^', '`', '\u{ad}', '\u{345}', '\u{2b0}'] {
        assert!(is_case_ignorable(c), "{:?}", c);
    }
    for c in ['a', '-', '_', 'A'] {
        assert!(!is_case_ignorable(c), "{:?}", c);
    }
    // sum(map(is_case_ignorable, all code points)) with the generator's definition, which
    // follows what CPython's lower() skips: 2602 in Unicode 14.0.0.
    let count = (0..=0x10ffff)
        .filter_map(char::from_u32)
        .filter(|&c| is_case_ignorable(c))
        .count();
    assert_eq!(count, 2602);
}

fn fnv1a(hash: &mut u64, bytes: &[u8]) {
    for &b in bytes {
        *hash ^= u64::from(b);
        *hash = hash.wrapping_mul(0x100000001b3);
    }
}

/// Every code point at once: the digest `gen/unicode_tables.py` prints, computed by python3
/// from str methods and unicodedata, recomputed here from the tables.
#[test]
fn every_code_point_matches_cpython_digest() {
    let mut hash = 0xcbf29ce484222325u64;
    let mut line = String::new();
    for c in (0..=0x10ffff).filter_map(char::from_u32) {
        use std::fmt::Write;
        line.clear();
        let preds = [
            is_alpha(c),
            is_decimal(c),
            is_digit(c),
            is_numeric(c),
            is_space(c),
            is_printable(c),
            is_lower(c),
            is_upper(c),
            is_identifier_start(c),
            is_identifier_continue(c),
            is_linebreak(c),
        ];
        let bits: String = preds.iter().map(|&p| if p { '1' } else { '0' }).collect();
        let opt = |v: Option<u32>| v.map_or("-".to_string(), |v| v.to_string());
        let num = numeric_value(c).map_or("-".to_string(), |v| format!("{:x}", v.to_bits()));
        let _ = writeln!(
            line,
            "{:x} {} {} {}|{}|{}|{} {} {} {}",
            c as u32,
            category(c),
            bits,
            collect(to_upper(c)),
            collect(to_lower(c)),
            collect(to_title(c)),
            collect(to_casefold(c)),
            opt(decimal_value(c)),
            opt(digit_value(c)),
            num
        );
        fnv1a(&mut hash, line.as_bytes());
    }
    assert_eq!(hash, 0x06b26ff8aa3a7a74);
}

#[test]
fn case_mapping_iterates_and_slices() {
    let mut m = to_upper('\u{df}');
    assert_eq!(m.len(), 2);
    assert_eq!(m.as_slice(), &['S', 'S']);
    assert_eq!(m.next(), Some('S'));
    let mut out = String::from("x");
    m.push_to(&mut out);
    assert_eq!(out, "xS");
    assert_eq!(UNICODE_VERSION, "14.0.0");
}
