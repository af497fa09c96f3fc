//! Case, predicates, padding, replace, translate and repr of str.

use std::borrow::Cow;

use crate::strops::{self, StrError, Translation};

/// (s, upper, lower, casefold, title, capitalize, swapcase).
#[rustfmt::skip]
const CASES: &[(&str, &str, &str, &str, &str, &str, &str)] = &[
    ("", "", "", "", "", "", ""),
    ("hello world", "HELLO WORLD", "hello world", "hello world", "Hello World", "Hello world", "HELLO WORLD"),
    ("they're bill's friends", "THEY'RE BILL'S FRIENDS", "they're bill's friends", "they're bill's friends", "They'Re Bill'S Friends", "They're bill's friends", "THEY'RE BILL'S FRIENDS"),
    ("HELLO wORLD", "HELLO WORLD", "hello world", "hello world", "Hello World", "Hello world", "hello World"),
    ("\u{3a3}", "\u{3a3}", "\u{3c3}", "\u{3c3}", "\u{3a3}", "\u{3a3}", "\u{3c3}"),
    ("\u{3a3}\u{391}\u{3a3}", "\u{3a3}\u{391}\u{3a3}", "\u{3c3}\u{3b1}\u{3c2}", "\u{3c3}\u{3b1}\u{3c3}", "\u{3a3}\u{3b1}\u{3c2}", "\u{3a3}\u{3b1}\u{3c2}", "\u{3c3}\u{3b1}\u{3c2}"),
    ("\u{391}\u{3a3}.", "\u{391}\u{3a3}.", "\u{3b1}\u{3c2}.", "\u{3b1}\u{3c3}.", "\u{391}\u{3c2}.", "\u{391}\u{3c2}.", "\u{3b1}\u{3c2}."),
    ("\u{391}\u{3a3}'\u{391}", "\u{391}\u{3a3}'\u{391}", "\u{3b1}\u{3c3}'\u{3b1}", "\u{3b1}\u{3c3}'\u{3b1}", "\u{391}\u{3c3}'\u{391}", "\u{391}\u{3c3}'\u{3b1}", "\u{3b1}\u{3c3}'\u{3b1}"),
    ("a\u{3a3} b", "A\u{3a3} B", "a\u{3c2} b", "a\u{3c3} b", "A\u{3c2} B", "A\u{3c2} b", "A\u{3c2} B"),
    ("\u{391}\u{3a3}\u{345}", "\u{391}\u{3a3}\u{399}", "\u{3b1}\u{3c2}\u{345}", "\u{3b1}\u{3c3}\u{3b9}", "\u{391}\u{3c2}\u{345}", "\u{391}\u{3c2}\u{345}", "\u{3b1}\u{3c2}\u{399}"),
    ("A\u{345}\u{3a3}", "A\u{399}\u{3a3}", "a\u{345}\u{3c2}", "a\u{3b9}\u{3c3}", "A\u{345}\u{3c2}", "A\u{345}\u{3c2}", "a\u{399}\u{3c2}"),
    ("1a\u{3a3}", "1A\u{3a3}", "1a\u{3c2}", "1a\u{3c3}", "1A\u{3c2}", "1a\u{3c2}", "1A\u{3c2}"),
    ("\u{3a3}\u{3a3}", "\u{3a3}\u{3a3}", "\u{3c3}\u{3c2}", "\u{3c3}\u{3c3}", "\u{3a3}\u{3c2}", "\u{3a3}\u{3c2}", "\u{3c3}\u{3c2}"),
    ("a\u{3a3}\u{301}", "A\u{3a3}\u{301}", "a\u{3c2}\u{301}", "a\u{3c3}\u{301}", "A\u{3c2}\u{301}", "A\u{3c2}\u{301}", "A\u{3c2}\u{301}"),
    ("a\u{3a3}\u{301}b", "A\u{3a3}\u{301}B", "a\u{3c3}\u{301}b", "a\u{3c3}\u{301}b", "A\u{3c3}\u{301}B", "A\u{3c3}\u{301}b", "A\u{3c3}\u{301}B"),
    ("x'\u{3a3}'", "X'\u{3a3}'", "x'\u{3c2}'", "x'\u{3c3}'", "X'\u{3a3}'", "X'\u{3c2}'", "X'\u{3c2}'"),
    ("\u{1c6}ungla \u{1c4}X", "\u{1c4}UNGLA \u{1c4}X", "\u{1c6}ungla \u{1c6}x", "\u{1c6}ungla \u{1c6}x", "\u{1c5}ungla \u{1c5}x", "\u{1c5}ungla \u{1c6}x", "\u{1c4}UNGLA \u{1c6}x"),
    ("\u{df}tra\u{df}e", "SSTRASSE", "\u{df}tra\u{df}e", "sstrasse", "Sstra\u{df}e", "Sstra\u{df}e", "SSTRASSE"),
    ("\u{fb03}x", "FFIX", "\u{fb03}x", "ffix", "Ffix", "Ffix", "FFIX"),
    ("\u{130}stanbul", "\u{130}STANBUL", "i\u{307}stanbul", "i\u{307}stanbul", "\u{130}stanbul", "\u{130}stanbul", "i\u{307}STANBUL"),
    ("\u{149}", "\u{2bc}N", "\u{149}", "\u{2bc}n", "\u{2bc}N", "\u{2bc}N", "\u{2bc}N"),
    ("a1b2 c3", "A1B2 C3", "a1b2 c3", "a1b2 c3", "A1B2 C3", "A1b2 c3", "A1B2 C3"),
    ("\u{1c5}", "\u{1c4}", "\u{1c6}", "\u{1c6}", "\u{1c5}", "\u{1c5}", "\u{1c5}"),
    ("\u{1fb3}\u{1f80}", "\u{391}\u{399}\u{1f08}\u{399}", "\u{1fb3}\u{1f80}", "\u{3b1}\u{3b9}\u{1f00}\u{3b9}", "\u{1fbc}\u{1f80}", "\u{1fbc}\u{1f80}", "\u{391}\u{399}\u{1f08}\u{399}"),
    ("\u{587} \u{535}\u{552}", "\u{535}\u{552} \u{535}\u{552}", "\u{587} \u{565}\u{582}", "\u{565}\u{582} \u{565}\u{582}", "\u{535}\u{582} \u{535}\u{582}", "\u{535}\u{582} \u{565}\u{582}", "\u{535}\u{552} \u{565}\u{582}"),
    ("mIxEd \u{c9}t\u{c9}", "MIXED \u{c9}T\u{c9}", "mixed \u{e9}t\u{e9}", "mixed \u{e9}t\u{e9}", "Mixed \u{c9}t\u{e9}", "Mixed \u{e9}t\u{e9}", "MiXeD \u{e9}T\u{e9}"),
    ("\u{10428}\u{10400}x", "\u{10400}\u{10400}X", "\u{10428}\u{10428}x", "\u{10428}\u{10428}x", "\u{10400}\u{10428}x", "\u{10400}\u{10428}x", "\u{10400}\u{10428}X"),
    ("\u{2160}\u{2170}", "\u{2160}\u{2160}", "\u{2170}\u{2170}", "\u{2170}\u{2170}", "\u{2160}\u{2170}", "\u{2160}\u{2170}", "\u{2170}\u{2160}"),
    ("\u{b5}\u{ff}", "\u{39c}\u{178}", "\u{b5}\u{ff}", "\u{3bc}\u{ff}", "\u{39c}\u{ff}", "\u{39c}\u{ff}", "\u{39c}\u{178}"),
    ("abc\u{e9}DEF", "ABC\u{c9}DEF", "abc\u{e9}def", "abc\u{e9}def", "Abc\u{e9}def", "Abc\u{e9}def", "ABC\u{c9}def"),
];

#[test]
fn case_conversions_match_cpython() {
    for &(s, upper, lower, casefold, title, capitalize, swapcase) in CASES {
        assert_eq!(strops::upper(s), upper, "{:?}.upper()", s);
        assert_eq!(strops::lower(s), lower, "{:?}.lower()", s);
        assert_eq!(strops::casefold(s), casefold, "{:?}.casefold()", s);
        assert_eq!(strops::title(s), title, "{:?}.title()", s);
        assert_eq!(strops::capitalize(s), capitalize, "{:?}.capitalize()", s);
        assert_eq!(strops::swapcase(s), swapcase, "{:?}.swapcase()", s);
    }
}

/// (s, [isalpha, isalnum, isdecimal, isdigit, isnumeric, isspace, isprintable, isascii,
/// islower, isupper, istitle, isidentifier]).
#[rustfmt::skip]
const PREDICATES: &[(&str, [bool; 12])] = &[
    ("", [false, false, false, false, false, false, true, true, false, false, false, false]),
    ("abc", [true, true, false, false, false, false, true, true, true, false, false, true]),
    ("ABC", [true, true, false, false, false, false, true, true, false, true, false, true]),
    ("Abc", [true, true, false, false, false, false, true, true, false, false, true, true]),
    ("aBc", [true, true, false, false, false, false, true, true, false, false, false, true]),
    ("Abc Def", [false, false, false, false, false, false, true, true, false, false, true, false]),
    ("Abc def", [false, false, false, false, false, false, true, true, false, false, false, false]),
    ("ABC DEF", [false, false, false, false, false, false, true, true, false, true, false, false]),
    ("123", [false, true, true, true, true, false, true, true, false, false, false, false]),
    ("\u{b2}", [false, true, false, true, true, false, true, false, false, false, false, false]),
    ("\u{bd}", [false, true, false, false, true, false, true, false, false, false, false, false]),
    ("\u{660}\u{661}", [false, true, true, true, true, false, true, false, false, false, false, false]),
    ("abc123", [false, true, false, false, false, false, true, true, true, false, false, true]),
    (" \t\n", [false, false, false, false, false, true, false, true, false, false, false, false]),
    ("\u{1c}\u{85}\u{a0}\u{3000}", [false, false, false, false, false, true, false, false, false, false, false, false]),
    ("a b", [false, false, false, false, false, false, true, true, true, false, false, false]),
    ("\u{0}", [false, false, false, false, false, false, false, true, false, false, false, false]),
    ("\u{e9}", [true, true, false, false, false, false, true, false, true, false, false, true]),
    ("\u{c9}t\u{e9}", [true, true, false, false, false, false, true, false, false, false, true, true]),
    ("\u{1c5}a", [true, true, false, false, false, false, true, false, false, false, true, true]),
    ("\u{1c5}A", [true, true, false, false, false, false, true, false, false, false, false, true]),
    ("a\u{1c5}", [true, true, false, false, false, false, true, false, false, false, false, true]),
    ("_x1", [false, false, false, false, false, false, true, true, true, false, false, true]),
    ("1x", [false, true, false, false, false, false, true, true, true, false, false, false]),
    ("x\u{b7}", [false, false, false, false, false, false, true, false, true, false, false, true]),
    ("\u{2118}", [false, false, false, false, false, false, true, false, false, false, false, true]),
    ("\u{345}", [false, false, false, false, false, false, true, false, true, false, false, false]),
    ("\u{2b0}", [true, true, false, false, false, false, true, false, true, false, false, true]),
    ("ab\u{2b0}", [true, true, false, false, false, false, true, false, true, false, false, true]),
    ("A\u{2b0}", [true, true, false, false, false, false, true, false, false, false, true, true]),
    ("\u{2160}", [false, true, false, false, true, false, true, false, false, true, true, true]),
    ("\u{2160}\u{2161}", [false, true, false, false, true, false, true, false, false, true, false, true]),
    ("\u{2170}", [false, true, false, false, true, false, true, false, true, false, false, true]),
    ("\u{24b6}", [false, false, false, false, false, false, true, false, false, true, true, false]),
    ("\u{1f600}", [false, false, false, false, false, false, true, false, false, false, false, false]),
    ("\u{ad}", [false, false, false, false, false, false, false, false, false, false, false, false]),
    ("printable\u{378}", [false, false, false, false, false, false, false, false, true, false, false, false]),
    ("\u{4e07}", [true, true, false, false, true, false, true, false, false, false, false, true]),
    ("def", [true, true, false, false, false, false, true, true, true, false, false, true]),
    ("A1B", [false, true, false, false, false, false, true, true, false, true, true, true]),
    ("A1b", [false, true, false, false, false, false, true, true, false, false, false, true]),
    ("A'B", [false, false, false, false, false, false, true, true, false, true, true, false]),
    ("\u{1fbc}", [true, true, false, false, false, false, true, false, false, false, true, true]),
    ("\u{1fbc}\u{1f80}", [true, true, false, false, false, false, true, false, false, false, true, true]),
];

#[test]
fn predicates_match_cpython() {
    for &(s, expected) in PREDICATES {
        let got = [
            strops::isalpha(s),
            strops::isalnum(s),
            strops::isdecimal(s),
            strops::isdigit(s),
            strops::isnumeric(s),
            strops::isspace(s),
            strops::isprintable(s),
            strops::isascii(s),
            strops::islower(s),
            strops::isupper(s),
            strops::istitle(s),
            strops::isidentifier(s),
        ];
        assert_eq!(got, expected, "{:?}", s);
    }
}

/// (s, width, fill, s.center(width, fill), s.ljust(width, fill), s.rjust(width, fill)).
#[rustfmt::skip]
const PADDING: &[(&str, i64, char, &str, &str, &str)] = &[
    ("abc", 10, ' ', "   abc    ", "abc       ", "       abc"),
    ("abc", 9, '*', "***abc***", "abc******", "******abc"),
    ("ab", 9, '*', "****ab***", "ab*******", "*******ab"),
    ("abc", 3, ' ', "abc", "abc", "abc"),
    ("abc", -5, ' ', "abc", "abc", "abc"),
    ("abc", 0, '-', "abc", "abc", "abc"),
    ("", 5, '\u{e9}', "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"),
    ("\u{e9}\u{e9}", 5, '\u{1f600}', "\u{1f600}\u{1f600}\u{e9}\u{e9}\u{1f600}", "\u{e9}\u{e9}\u{1f600}\u{1f600}\u{1f600}", "\u{1f600}\u{1f600}\u{1f600}\u{e9}\u{e9}"),
    ("abcd", 7, '.', "..abcd.", "abcd...", "...abcd"),
    ("abcd", 8, '.', "..abcd..", "abcd....", "....abcd"),
    ("a", 2, 'x', "ax", "ax", "xa"),
    ("ab", 3, 'x', "xab", "abx", "xab"),
    ("ab", 4, 'x', "xabx", "abxx", "xxab"),
];

#[test]
fn padding_matches_cpython() {
    for &(s, width, fill, center, ljust, rjust) in PADDING {
        assert_eq!(
            strops::center(s, width, fill).unwrap(),
            center,
            "{:?}.center({})",
            s,
            width
        );
        assert_eq!(
            strops::ljust(s, width, fill).unwrap(),
            ljust,
            "{:?}.ljust({})",
            s,
            width
        );
        assert_eq!(
            strops::rjust(s, width, fill).unwrap(),
            rjust,
            "{:?}.rjust({})",
            s,
            width
        );
    }
    assert!(matches!(
        strops::center("abc", 3, ' '),
        Ok(Cow::Borrowed("abc"))
    ));
    // 'a'.center(2**62) raises MemoryError.
    assert_eq!(strops::center("a", 1 << 62, ' '), Err(StrError::Memory));
    assert_eq!(strops::fill_char("*"), Ok('*'));
    let fill_error = StrError::Type("The fill character must be exactly one character long".into());
    assert_eq!(strops::fill_char("ab"), Err(fill_error.clone()));
    assert_eq!(strops::fill_char(""), Err(fill_error));
}

/// (s, width, s.zfill(width)).
#[rustfmt::skip]
const ZFILL: &[(&str, i64, &str)] = &[
    ("42", 5, "00042"),
    ("-42", 5, "-0042"),
    ("+42", 5, "+0042"),
    ("42", 1, "42"),
    ("", 3, "000"),
    ("-", 3, "-00"),
    ("+", 1, "+"),
    ("--1", 5, "-00-1"),
    ("\u{e9}", 3, "00\u{e9}"),
    ("-\u{e9}", 4, "-00\u{e9}"),
    ("abc", -1, "abc"),
];

#[test]
fn zfill_matches_cpython() {
    for &(s, width, expected) in ZFILL {
        assert_eq!(
            strops::zfill(s, width).unwrap(),
            expected,
            "{:?}.zfill({})",
            s,
            width
        );
    }
}

/// (s, tabsize, s.expandtabs(tabsize)).
#[rustfmt::skip]
const EXPANDTABS: &[(&str, i32, &str)] = &[
    ("a\tb", 8, "a       b"),
    ("a\tb", 4, "a   b"),
    ("\t", 8, "        "),
    ("ab\tc\nd\te", 4, "ab  c\nd   e"),
    ("a\rb\tc", 4, "a\rb   c"),
    ("a\u{2028}b\tc", 4, "a\u{2028}b c"),
    ("abc\t", 0, "abc"),
    ("a\tb", -3, "ab"),
    ("\u{e9}\t|", 4, "\u{e9}   |"),
    ("12345678\t|", 8, "12345678        |"),
    ("", 8, ""),
    ("no tabs", 8, "no tabs"),
    ("a\u{c}b\tc", 4, "a\u{c}b c"),
];

#[test]
fn expandtabs_matches_cpython() {
    for &(s, tabsize, expected) in EXPANDTABS {
        let got = strops::expandtabs(s, tabsize).unwrap();
        assert_eq!(got, expected, "{:?}.expandtabs({})", s, tabsize);
    }
}

/// (s, old, new, count, s.replace(old, new, count)).
#[rustfmt::skip]
const REPLACE: &[(&str, &str, &str, i64, &str)] = &[
    ("abcabc", "b", "X", -1, "aXcaXc"),
    ("abcabc", "b", "X", 1, "aXcabc"),
    ("abcabc", "b", "XYZ", -1, "aXYZcaXYZc"),
    ("abcabc", "bc", "", -1, "aa"),
    ("abc", "", "-", -1, "-a-b-c-"),
    ("abc", "", "-", 2, "-a-bc"),
    ("abc", "", "-", 0, "abc"),
    ("", "", "x", -1, "x"),
    ("", "", "x", 0, ""),
    ("", "a", "x", -1, ""),
    ("\u{e9}\u{e9}\u{e9}", "\u{e9}", "e", 2, "ee\u{e9}"),
    ("aaaa", "aa", "b", -1, "bb"),
    ("abc", "x", "y", -1, "abc"),
    ("abc", "abc", "", -1, ""),
    ("abc", "abcd", "", -1, "abc"),
    ("\u{e9}b", "", ".", -1, ".\u{e9}.b."),
    ("abc", "b", "b", -1, "abc"),
    ("abc", "", "", -1, "abc"),
    ("aaa", "a", "aa", -5, "aaaaaa"),
];

#[test]
fn replace_matches_cpython() {
    for &(s, old, new, count, expected) in REPLACE {
        let got = strops::replace(s, old, new, count).unwrap();
        assert_eq!(
            got, expected,
            "{:?}.replace({:?}, {:?}, {})",
            s, old, new, count
        );
    }
    assert!(matches!(
        strops::replace("abc", "x", "y", -1),
        Ok(Cow::Borrowed("abc"))
    ));
}

/// (s, repr(s), ascii(s)).
#[rustfmt::skip]
const REPR: &[(&str, &str, &str)] = &[
    ("", "''", "''"),
    ("abc", "'abc'", "'abc'"),
    ("it's", "\"it's\"", "\"it's\""),
    ("say \"hi\"", "'say \"hi\"'", "'say \"hi\"'"),
    ("both ' and \"", "'both \\' and \"'", "'both \\' and \"'"),
    ("\\", "'\\\\'", "'\\\\'"),
    ("\n\r\t", "'\\n\\r\\t'", "'\\n\\r\\t'"),
    ("\u{0}\u{1f}\u{7f}", "'\\x00\\x1f\\x7f'", "'\\x00\\x1f\\x7f'"),
    ("\u{80}\u{9f}\u{a0}\u{ad}\u{ff}", "'\\x80\\x9f\\xa0\\xad\u{ff}'", "'\\x80\\x9f\\xa0\\xad\\xff'"),
    ("\u{e9}\u{4e07}", "'\u{e9}\u{4e07}'", "'\\xe9\\u4e07'"),
    ("\u{378}\u{2028}\u{feff}", "'\\u0378\\u2028\\ufeff'", "'\\u0378\\u2028\\ufeff'"),
    ("\u{1f600}\u{e0001}\u{10ffff}", "'\u{1f600}\\U000e0001\\U0010ffff'", "'\\U0001f600\\U000e0001\\U0010ffff'"),
    ("\u{d7ff}", "'\\ud7ff'", "'\\ud7ff'"),
    ("\u{300}", "'\u{300}'", "'\\u0300'"),
    ("a\u{200b}b", "'a\\u200bb'", "'a\\u200bb'"),
    ("\u{3000} ", "'\\u3000 '", "'\\u3000 '"),
];

#[test]
fn repr_and_ascii_match_cpython() {
    for &(s, repr, ascii) in REPR {
        assert_eq!(strops::str_repr(s), repr, "repr {:?}", s);
        assert_eq!(strops::ascii_repr(s), ascii, "ascii {:?}", s);
    }
}

#[test]
fn escape_non_ascii_is_backslashreplace() {
    assert_eq!(strops::escape_non_ascii("plain 'x'"), "plain 'x'");
    assert_eq!(
        strops::escape_non_ascii("Thing<\u{e9}\u{20ac}\u{1f600}>"),
        "Thing<\\xe9\\u20ac\\U0001f600>"
    );
    // Same as ascii() of a str: its repr with non-ASCII escaped.
    for &(s, repr, ascii) in REPR {
        assert_eq!(strops::escape_non_ascii(repr), ascii, "escape {:?}", s);
    }
}

/// (b, repr(b)).
#[rustfmt::skip]
const BYTES_REPR: &[(&[u8], &str)] = &[
    (b"", "b''"),
    (b"abc", "b'abc'"),
    (b"it's", "b\"it's\""),
    (b"say \"hi\"", "b'say \"hi\"'"),
    (b"both ' and \"", "b'both \\' and \"'"),
    (b"\\", "b'\\\\'"),
    (b"\x0a\x0d\x09", "b'\\n\\r\\t'"),
    (b"\x00\x1f\x7f\x80\xff", "b'\\x00\\x1f\\x7f\\x80\\xff'"),
    (b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xdb\xdc\xdd\xde\xdf\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff", "b'\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\t\\n\\x0b\\x0c\\r\\x0e\\x0f\\x10\\x11\\x12\\x13\\x14\\x15\\x16\\x17\\x18\\x19\\x1a\\x1b\\x1c\\x1d\\x1e\\x1f !\"#$%&\\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\\x7f\\x80\\x81\\x82\\x83\\x84\\x85\\x86\\x87\\x88\\x89\\x8a\\x8b\\x8c\\x8d\\x8e\\x8f\\x90\\x91\\x92\\x93\\x94\\x95\\x96\\x97\\x98\\x99\\x9a\\x9b\\x9c\\x9d\\x9e\\x9f\\xa0\\xa1\\xa2\\xa3\\xa4\\xa5\\xa6\\xa7\\xa8\\xa9\\xaa\\xab\\xac\\xad\\xae\\xaf\\xb0\\xb1\\xb2\\xb3\\xb4\\xb5\\xb6\\xb7\\xb8\\xb9\\xba\\xbb\\xbc\\xbd\\xbe\\xbf\\xc0\\xc1\\xc2\\xc3\\xc4\\xc5\\xc6\\xc7\\xc8\\xc9\\xca\\xcb\\xcc\\xcd\\xce\\xcf\\xd0\\xd1\\xd2\\xd3\\xd4\\xd5\\xd6\\xd7\\xd8\\xd9\\xda\\xdb\\xdc\\xdd\\xde\\xdf\\xe0\\xe1\\xe2\\xe3\\xe4\\xe5\\xe6\\xe7\\xe8\\xe9\\xea\\xeb\\xec\\xed\\xee\\xef\\xf0\\xf1\\xf2\\xf3\\xf4\\xf5\\xf6\\xf7\\xf8\\xf9\\xfa\\xfb\\xfc\\xfd\\xfe\\xff'"),
];

#[test]
fn bytes_repr_matches_cpython() {
    for &(b, repr) in BYTES_REPR {
        assert_eq!(strops::bytes_repr(b), repr, "repr {:?}", b);
    }
}

/// (x, y, z, list(str.maketrans(x, y, z).items()) as characters).
#[rustfmt::skip]
const MAKETRANS: &[(&str, &str, Option<&str>, &[(char, Option<char>)])] = &[
    ("abc", "xyz", None, &[('a', Some('x')), ('b', Some('y')), ('c', Some('z'))]),
    ("aba", "xyz", Some("q"), &[('a', Some('z')), ('b', Some('y')), ('q', None)]),
    ("", "", Some(""), &[]),
    ("\u{e9}", "\u{1f600}", Some("ab"), &[('\u{e9}', Some('\u{1f600}')), ('a', None), ('b', None)]),
];

#[test]
fn maketrans_matches_cpython() {
    for &(x, y, z, items) in MAKETRANS {
        assert_eq!(
            strops::maketrans(x, y, z).unwrap(),
            items,
            "{:?} {:?} {:?}",
            x,
            y,
            z
        );
    }
    let unequal =
        StrError::Value("the first two maketrans arguments must have equal length".into());
    assert_eq!(strops::maketrans("ab", "c", None), Err(unequal));
    let key_error = StrError::Value("string keys in translate table must be of length 1".into());
    assert_eq!(strops::maketrans_key("ab"), Err(key_error));
    assert_eq!(strops::maketrans_key("\u{e9}"), Ok('\u{e9}'));
}

/// (s, table, s.translate(table), how many times CPython looked the table up).
fn translate_cases() -> Vec<(&'static str, Vec<(char, Translation)>, &'static str, usize)> {
    vec![
        (
            "abcabc",
            vec![
                ('a', Translation::Text("A".to_string())),
                ('b', Translation::Delete),
            ],
            "AcAc",
            3,
        ),
        ("hello", vec![('l', Translation::Char('L'))], "heLLo", 4),
        (
            "hello",
            vec![('l', Translation::Text("LL".to_string()))],
            "heLLLLo",
            6,
        ),
        (
            "aab\u{e9}",
            vec![
                ('a', Translation::Text("1".to_string())),
                ('\u{e9}', Translation::Text("e".to_string())),
            ],
            "11be",
            4,
        ),
        ("xyz", vec![], "xyz", 3),
        (
            "abab",
            vec![('b', Translation::Text("\u{e9}".to_string()))],
            "a\u{e9}a\u{e9}",
            5,
        ),
        (
            "abab",
            vec![
                ('a', Translation::Text("x".to_string())),
                ('b', Translation::Text("\u{e9}".to_string())),
            ],
            "x\u{e9}x\u{e9}",
            5,
        ),
        ("aaa", vec![('a', Translation::Text("".to_string()))], "", 4),
        ("\u{e9}\u{e9}", vec![('\u{e9}', Translation::Delete)], "", 2),
    ]
}

#[test]
fn translate_matches_cpython_results_and_lookups() {
    for (s, table, expected, lookups) in translate_cases() {
        let mut calls = 0;
        let got = strops::translate(s, |c| {
            calls += 1;
            let found = table.iter().find(|(k, _)| *k == c);
            Ok::<_, ()>(found.map_or(Translation::Unmapped, |(_, t)| t.clone()))
        });
        assert_eq!(got, Ok(expected.to_string()), "{:?}", s);
        assert_eq!(calls, lookups, "lookups for {:?}", s);
    }
    // The caller's error stops the translation.
    assert_eq!(
        strops::translate("abc", |_| Err::<Translation, _>("boom")),
        Err("boom")
    );
}

#[test]
fn join_matches_cpython() {
    // ', '.join(['a', 'b', 'c']) == 'a, b, c'; ''.join([]) == ''; 'x'.join(['é']) == 'é'.
    assert_eq!(strops::join(", ", &["a", "b", "c"]).unwrap(), "a, b, c");
    assert_eq!(strops::join("", &[] as &[&str]).unwrap(), "");
    assert_eq!(
        strops::join("x", &[String::from("\u{e9}")]).unwrap(),
        "\u{e9}"
    );
}
