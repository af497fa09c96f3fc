//! Case, predicates, padding, replace, translate and hex of bytes.

use std::borrow::Cow;

use crate::strops::bytes;
use crate::strops::StrError;

/// (b, upper, lower, title, capitalize, swapcase).
#[rustfmt::skip]
const CASES: &[(&[u8], &[u8], &[u8], &[u8], &[u8], &[u8])] = &[
    (b"", b"", b"", b"", b"", b""),
    (b"hello world", b"HELLO WORLD", b"hello world", b"Hello World", b"Hello world", b"HELLO WORLD"),
    (b"they're bill's", b"THEY'RE BILL'S", b"they're bill's", b"They'Re Bill'S", b"They're bill's", b"THEY'RE BILL'S"),
    (b"HELLO wORLD", b"HELLO WORLD", b"hello world", b"Hello World", b"Hello world", b"hello World"),
    (b"a1b2 c3", b"A1B2 C3", b"a1b2 c3", b"A1B2 C3", b"A1b2 c3", b"A1B2 C3"),
    (b"\xe9t\xc9 abc", b"\xe9T\xc9 ABC", b"\xe9t\xc9 abc", b"\xe9T\xc9 Abc", b"\xe9t\xc9 abc", b"\xe9T\xc9 ABC"),
    (b"Abc Def", b"ABC DEF", b"abc def", b"Abc Def", b"Abc def", b"aBC dEF"),
    (b"Abc def", b"ABC DEF", b"abc def", b"Abc Def", b"Abc def", b"aBC DEF"),
    (b"123", b"123", b"123", b"123", b"123", b"123"),
    (b" \x09\x0a\x0b\x0c\x0d", b" \x09\x0a\x0b\x0c\x0d", b" \x09\x0a\x0b\x0c\x0d", b" \x09\x0a\x0b\x0c\x0d", b" \x09\x0a\x0b\x0c\x0d", b" \x09\x0a\x0b\x0c\x0d"),
    (b"\x1c", b"\x1c", b"\x1c", b"\x1c", b"\x1c", b"\x1c"),
    (b"ABC", b"ABC", b"abc", b"Abc", b"Abc", b"abc"),
    (b"abc", b"ABC", b"abc", b"Abc", b"Abc", b"ABC"),
    (b"aBc", b"ABC", b"abc", b"Abc", b"Abc", b"AbC"),
    (b"\x80", b"\x80", b"\x80", b"\x80", b"\x80", b"\x80"),
    (b"A1B", b"A1B", b"a1b", b"A1B", b"A1b", b"a1b"),
    (b"_x", b"_X", b"_x", b"_X", b"_x", b"_X"),
];

#[test]
fn case_conversions_match_cpython() {
    for &(b, upper, lower, title, capitalize, swapcase) in CASES {
        assert_eq!(bytes::upper(b), upper, "{:?}", b);
        assert_eq!(bytes::lower(b), lower, "{:?}", b);
        assert_eq!(bytes::title(b), title, "{:?}", b);
        assert_eq!(bytes::capitalize(b), capitalize, "{:?}", b);
        assert_eq!(bytes::swapcase(b), swapcase, "{:?}", b);
    }
}

/// (b, [isalpha, isalnum, isdigit, isspace, isascii, islower, isupper, istitle]).
#[rustfmt::skip]
const PREDICATES: &[(&[u8], [bool; 8])] = &[
    (b"", [false, false, false, false, true, false, false, false]),
    (b"hello world", [false, false, false, false, true, true, false, false]),
    (b"they're bill's", [false, false, false, false, true, true, false, false]),
    (b"HELLO wORLD", [false, false, false, false, true, false, false, false]),
    (b"a1b2 c3", [false, false, false, false, true, true, false, false]),
    (b"\xe9t\xc9 abc", [false, false, false, false, false, true, false, false]),
    (b"Abc Def", [false, false, false, false, true, false, false, true]),
    (b"Abc def", [false, false, false, false, true, false, false, false]),
    (b"123", [false, true, true, false, true, false, false, false]),
    (b" \x09\x0a\x0b\x0c\x0d", [false, false, false, true, true, false, false, false]),
    (b"\x1c", [false, false, false, false, true, false, false, false]),
    (b"ABC", [true, true, false, false, true, false, true, false]),
    (b"abc", [true, true, false, false, true, true, false, false]),
    (b"aBc", [true, true, false, false, true, false, false, false]),
    (b"\x80", [false, false, false, false, false, false, false, false]),
    (b"A1B", [false, true, false, false, true, false, true, true]),
    (b"_x", [false, false, false, false, true, true, false, false]),
];

#[test]
fn predicates_match_cpython() {
    for &(b, expected) in PREDICATES {
        let got = [
            bytes::isalpha(b),
            bytes::isalnum(b),
            bytes::isdigit(b),
            bytes::isspace(b),
            bytes::isascii(b),
            bytes::islower(b),
            bytes::isupper(b),
            bytes::istitle(b),
        ];
        assert_eq!(got, expected, "{:?}", b);
    }
}

/// (b, width, fill, center, ljust, rjust).
#[rustfmt::skip]
const PADDING: &[(&[u8], i64, u8, &[u8], &[u8], &[u8])] = &[
    (b"abc", 10, 32, b"   abc    ", b"abc       ", b"       abc"),
    (b"abc", 9, 42, b"***abc***", b"abc******", b"******abc"),
    (b"ab", 9, 42, b"****ab***", b"ab*******", b"*******ab"),
    (b"abc", 3, 32, b"abc", b"abc", b"abc"),
    (b"abc", -5, 32, b"abc", b"abc", b"abc"),
    (b"", 5, 255, b"\xff\xff\xff\xff\xff", b"\xff\xff\xff\xff\xff", b"\xff\xff\xff\xff\xff"),
    (b"a", 2, 120, b"ax", b"ax", b"xa"),
    (b"ab", 3, 120, b"xab", b"abx", b"xab"),
    (b"ab", 4, 120, b"xabx", b"abxx", b"xxab"),
];

#[test]
fn padding_matches_cpython() {
    for &(b, width, fill, center, ljust, rjust) in PADDING {
        assert_eq!(
            bytes::center(b, width, fill).unwrap().as_ref(),
            center,
            "{:?}",
            b
        );
        assert_eq!(
            bytes::ljust(b, width, fill).unwrap().as_ref(),
            ljust,
            "{:?}",
            b
        );
        assert_eq!(
            bytes::rjust(b, width, fill).unwrap().as_ref(),
            rjust,
            "{:?}",
            b
        );
    }
    // b'a'.zfill(sys.maxsize): OverflowError('byte string is too large');
    // b'a'.center(2**62): MemoryError.
    let too_large = StrError::Overflow("byte string is too large".into());
    assert_eq!(bytes::zfill(b"a", i64::MAX), Err(too_large));
    assert_eq!(bytes::center(b"a", 1 << 62, b' '), Err(StrError::Memory));
}

/// (b, width, b.zfill(width)).
#[rustfmt::skip]
const ZFILL: &[(&[u8], i64, &[u8])] = &[
    (b"42", 5, b"00042"),
    (b"-42", 5, b"-0042"),
    (b"+42", 5, b"+0042"),
    (b"42", 1, b"42"),
    (b"", 3, b"000"),
    (b"-", 3, b"-00"),
];

#[test]
fn zfill_matches_cpython() {
    for &(b, width, expected) in ZFILL {
        assert_eq!(
            bytes::zfill(b, width).unwrap().as_ref(),
            expected,
            "{:?}",
            b
        );
    }
}

/// (b, tabsize, b.expandtabs(tabsize)).
#[rustfmt::skip]
const EXPANDTABS: &[(&[u8], i32, &[u8])] = &[
    (b"a\x09b", 8, b"a       b"),
    (b"ab\x09c\x0ad\x09e", 4, b"ab  c\x0ad   e"),
    (b"a\x0db\x09c", 4, b"a\x0db   c"),
    (b"a\x0cb\x09c", 4, b"a\x0cb c"),
    (b"abc\x09", 0, b"abc"),
    (b"a\x09b", -1, b"ab"),
    (b"no tabs", 8, b"no tabs"),
];

#[test]
fn expandtabs_matches_cpython() {
    for &(b, tabsize, expected) in EXPANDTABS {
        assert_eq!(
            bytes::expandtabs(b, tabsize).unwrap().as_ref(),
            expected,
            "{:?}",
            b
        );
    }
}

/// (b, old, new, count, b.replace(old, new, count)).
#[rustfmt::skip]
const REPLACE: &[(&[u8], &[u8], &[u8], i64, &[u8])] = &[
    (b"abcabc", b"b", b"X", -1, b"aXcaXc"),
    (b"abcabc", b"b", b"X", 1, b"aXcabc"),
    (b"abcabc", b"bc", b"", -1, b"aa"),
    (b"abc", b"", b"-", -1, b"-a-b-c-"),
    (b"abc", b"", b"-", 2, b"-a-bc"),
    (b"", b"", b"x", -1, b"x"),
    (b"aaaa", b"aa", b"b", -1, b"bb"),
    (b"abc", b"x", b"y", -1, b"abc"),
    (b"abc", b"", b"", -1, b"abc"),
];

#[test]
fn replace_matches_cpython() {
    for &(b, old, new, count, expected) in REPLACE {
        let got = bytes::replace(b, old, new, count).unwrap();
        assert_eq!(
            got.as_ref(),
            expected,
            "{:?}.replace({:?}, {:?}, {})",
            b,
            old,
            new,
            count
        );
    }
    assert!(matches!(
        bytes::replace(b"abc", b"x", b"y", -1),
        Ok(Cow::Borrowed(_))
    ));
}

/// (b, sep, bytes_per_sep, b.hex(sep, bytes_per_sep)).
#[rustfmt::skip]
const HEX: &[(&[u8], Option<&str>, i32, &str)] = &[
    (b"", None, 1, ""),
    (b"\x01\xab\xff", None, 1, "01abff"),
    (b"\x00\x01\x02\x03\x04", Some(":"), 1, "00:01:02:03:04"),
    (b"\x01\x02\x03\x04\x05", Some(":"), 2, "01:0203:0405"),
    (b"\x01\x02\x03\x04\x05", Some(":"), -2, "0102:0304:05"),
    (b"\x01\x02\x03\x04\x05", Some("-"), 0, "0102030405"),
    (b"\x01\x02\x03\x04\x05", Some(" "), 5, "0102030405"),
    (b"\x01\x02\x03\x04\x05", Some(" "), -4, "01020304 05"),
    (b"\x01\x02\x03\x04\x05", Some("_"), -2147483648, "0102030405"),
    (b"\x01\x02\x03\x04\x05", Some("_"), 3, "0102_030405"),
];

#[test]
fn hex_matches_cpython() {
    for &(b, sep, per, expected) in HEX {
        assert_eq!(
            bytes::hex(b, sep, per).unwrap(),
            expected,
            "{:?} {:?} {}",
            b,
            sep,
            per
        );
    }
    let length = StrError::Value("sep must be length 1.".into());
    let ascii = StrError::Value("sep must be ASCII.".into());
    assert_eq!(bytes::hex(b"ab", Some("::"), 1), Err(length.clone()));
    assert_eq!(bytes::hex(b"ab", Some(""), 1), Err(length));
    assert_eq!(bytes::hex(b"ab", Some("\u{e9}"), 1), Err(ascii));
}

/// (s, bytes.fromhex(s) or the ValueError message).
fn fromhex_cases() -> Vec<(&'static str, Result<Vec<u8>, &'static str>)> {
    vec![
        ("", Ok(b"".to_vec())),
        ("00ff", Ok(b"\x00\xff".to_vec())),
        (" 01 02 ", Ok(b"\x01\x02".to_vec())),
        ("01\t02\n", Ok(b"\x01\x02".to_vec())),
        ("01\u{b}02", Ok(b"\x01\x02".to_vec())),
        ("AbCd", Ok(b"\xab\xcd".to_vec())),
        (
            "0",
            Err("non-hexadecimal number found in fromhex() arg at position 1"),
        ),
        (
            "012",
            Err("non-hexadecimal number found in fromhex() arg at position 3"),
        ),
        (
            "01\u{1c}02",
            Err("non-hexadecimal number found in fromhex() arg at position 2"),
        ),
        (
            "0\u{e9}",
            Err("non-hexadecimal number found in fromhex() arg at position 1"),
        ),
        (
            "\u{e9}",
            Err("non-hexadecimal number found in fromhex() arg at position 0"),
        ),
        (
            "zz \u{e9}",
            Err("non-hexadecimal number found in fromhex() arg at position 3"),
        ),
        (
            "0 1",
            Err("non-hexadecimal number found in fromhex() arg at position 1"),
        ),
        (
            "0g",
            Err("non-hexadecimal number found in fromhex() arg at position 1"),
        ),
        ("  ", Ok(b"".to_vec())),
        (
            "\u{e9}\u{e9} zz",
            Err("non-hexadecimal number found in fromhex() arg at position 0"),
        ),
    ]
}

#[test]
fn fromhex_matches_cpython() {
    for (s, expected) in fromhex_cases() {
        let got = bytes::fromhex(s).map_err(|e| e.message().to_string());
        assert_eq!(got, expected.map_err(str::to_string), "{:?}", s);
    }
}

/// (b, table is bytes(range(255, -1, -1)) rather than None, delete, b.translate(...)).
#[rustfmt::skip]
const TRANSLATE: &[(&[u8], bool, &[u8], &[u8])] = &[
    (b"abc", false, b"", b"abc"),
    (b"abc", false, b"b", b"ac"),
    (b"abc", true, b"", b"\x9e\x9d\x9c"),
    (b"abc", true, b"a", b"\x9d\x9c"),
    (b"\x00\xff", true, b"", b"\xff\x00"),
];

#[test]
fn translate_matches_cpython() {
    let reversed: Vec<u8> = (0..=255u8).rev().collect();
    for &(b, use_table, delete, expected) in TRANSLATE {
        let table = use_table.then_some(reversed.as_slice());
        assert_eq!(
            bytes::translate(b, table, delete).unwrap().as_ref(),
            expected,
            "{:?}",
            b
        );
    }
    let short = StrError::Value("translation table must be 256 characters long".into());
    assert_eq!(bytes::translate(b"abc", Some(b"ab"), b""), Err(short));
    let table = bytes::maketrans(b"ab", b"xy").unwrap();
    assert_eq!(
        bytes::translate(b"abc", Some(&table), b"")
            .unwrap()
            .as_ref(),
        b"xyc"
    );
    let unequal = StrError::Value("maketrans arguments must have same length".into());
    assert_eq!(bytes::maketrans(b"ab", b"c"), Err(unequal));
}

#[test]
fn join_matches_cpython() {
    // b', '.join([b'a', b'b']) == b'a, b'.
    assert_eq!(
        bytes::join(b", ", &[b"a".as_slice(), b"b"]).unwrap(),
        b"a, b"
    );
    assert_eq!(bytes::join(b"-", &[] as &[&[u8]]).unwrap(), b"");
}
