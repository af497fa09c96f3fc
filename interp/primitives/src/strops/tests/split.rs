//! split/rsplit/splitlines/partition/strip for str and bytes.

use crate::strops::{self, StrError};

type SplitCase<T> = (T, Option<T>, i64, &'static [T], &'static [T]);

/// (s, sep, maxsplit, s.split(sep, maxsplit), s.rsplit(sep, maxsplit)).
#[rustfmt::skip]
const STR_SPLIT: &[SplitCase<&str>] = &[
    ("", None, -1, &[], &[]),
    ("", None, 0, &[], &[]),
    ("", None, 1, &[], &[]),
    ("", None, 2, &[], &[]),
    ("", Some(","), -1, &[""], &[""]),
    ("", Some("--"), -1, &[""], &[""]),
    ("", Some("-"), -1, &[""], &[""]),
    ("", Some("x"), -1, &[""], &[""]),
    ("", Some("\u{e9}\u{e9}"), -1, &[""], &[""]),
    ("", Some(" "), -1, &[""], &[""]),
    (" ", None, -1, &[], &[]),
    (" ", None, 0, &[], &[]),
    (" ", None, 1, &[], &[]),
    (" ", None, 2, &[], &[]),
    (" ", Some(","), -1, &[" "], &[" "]),
    (" ", Some("--"), -1, &[" "], &[" "]),
    (" ", Some("-"), -1, &[" "], &[" "]),
    (" ", Some("x"), -1, &[" "], &[" "]),
    (" ", Some("\u{e9}\u{e9}"), -1, &[" "], &[" "]),
    (" ", Some(" "), -1, &["", ""], &["", ""]),
    (" ", Some(" "), 0, &[" "], &[" "]),
    (" ", Some(" "), 1, &["", ""], &["", ""]),
    (" ", Some(" "), 2, &["", ""], &["", ""]),
    ("a b  c ", None, -1, &["a", "b", "c"], &["a", "b", "c"]),
    ("a b  c ", None, 0, &["a b  c "], &["a b  c"]),
    ("a b  c ", None, 1, &["a", "b  c "], &["a b", "c"]),
    ("a b  c ", None, 2, &["a", "b", "c "], &["a", "b", "c"]),
    ("a b  c ", Some(","), -1, &["a b  c "], &["a b  c "]),
    ("a b  c ", Some("--"), -1, &["a b  c "], &["a b  c "]),
    ("a b  c ", Some("-"), -1, &["a b  c "], &["a b  c "]),
    ("a b  c ", Some("x"), -1, &["a b  c "], &["a b  c "]),
    ("a b  c ", Some("\u{e9}\u{e9}"), -1, &["a b  c "], &["a b  c "]),
    ("a b  c ", Some(" "), -1, &["a", "b", "", "c", ""], &["a", "b", "", "c", ""]),
    ("a b  c ", Some(" "), 0, &["a b  c "], &["a b  c "]),
    ("a b  c ", Some(" "), 1, &["a", "b  c "], &["a b  c", ""]),
    ("a b  c ", Some(" "), 2, &["a", "b", " c "], &["a b ", "c", ""]),
    ("  a\tb\nc  ", None, -1, &["a", "b", "c"], &["a", "b", "c"]),
    ("  a\tb\nc  ", None, 0, &["a\tb\nc  "], &["  a\tb\nc"]),
    ("  a\tb\nc  ", None, 1, &["a", "b\nc  "], &["  a\tb", "c"]),
    ("  a\tb\nc  ", None, 2, &["a", "b", "c  "], &["  a", "b", "c"]),
    ("  a\tb\nc  ", Some(","), -1, &["  a\tb\nc  "], &["  a\tb\nc  "]),
    ("  a\tb\nc  ", Some("--"), -1, &["  a\tb\nc  "], &["  a\tb\nc  "]),
    ("  a\tb\nc  ", Some("-"), -1, &["  a\tb\nc  "], &["  a\tb\nc  "]),
    ("  a\tb\nc  ", Some("x"), -1, &["  a\tb\nc  "], &["  a\tb\nc  "]),
    ("  a\tb\nc  ", Some("\u{e9}\u{e9}"), -1, &["  a\tb\nc  "], &["  a\tb\nc  "]),
    ("  a\tb\nc  ", Some(" "), -1, &["", "", "a\tb\nc", "", ""], &["", "", "a\tb\nc", "", ""]),
    ("  a\tb\nc  ", Some(" "), 0, &["  a\tb\nc  "], &["  a\tb\nc  "]),
    ("  a\tb\nc  ", Some(" "), 1, &["", " a\tb\nc  "], &["  a\tb\nc ", ""]),
    ("  a\tb\nc  ", Some(" "), 2, &["", "", "a\tb\nc  "], &["  a\tb\nc", "", ""]),
    ("a,b,,c,", None, -1, &["a,b,,c,"], &["a,b,,c,"]),
    ("a,b,,c,", None, 0, &["a,b,,c,"], &["a,b,,c,"]),
    ("a,b,,c,", None, 1, &["a,b,,c,"], &["a,b,,c,"]),
    ("a,b,,c,", None, 2, &["a,b,,c,"], &["a,b,,c,"]),
    ("a,b,,c,", Some(","), -1, &["a", "b", "", "c", ""], &["a", "b", "", "c", ""]),
    ("a,b,,c,", Some(","), 0, &["a,b,,c,"], &["a,b,,c,"]),
    ("a,b,,c,", Some(","), 1, &["a", "b,,c,"], &["a,b,,c", ""]),
    ("a,b,,c,", Some(","), 2, &["a", "b", ",c,"], &["a,b,", "c", ""]),
    ("a,b,,c,", Some("--"), -1, &["a,b,,c,"], &["a,b,,c,"]),
    ("a,b,,c,", Some("-"), -1, &["a,b,,c,"], &["a,b,,c,"]),
    ("a,b,,c,", Some("x"), -1, &["a,b,,c,"], &["a,b,,c,"]),
    ("a,b,,c,", Some("\u{e9}\u{e9}"), -1, &["a,b,,c,"], &["a,b,,c,"]),
    ("a,b,,c,", Some(" "), -1, &["a,b,,c,"], &["a,b,,c,"]),
    (",a,", None, -1, &[",a,"], &[",a,"]),
    (",a,", None, 0, &[",a,"], &[",a,"]),
    (",a,", None, 1, &[",a,"], &[",a,"]),
    (",a,", None, 2, &[",a,"], &[",a,"]),
    (",a,", Some(","), -1, &["", "a", ""], &["", "a", ""]),
    (",a,", Some(","), 0, &[",a,"], &[",a,"]),
    (",a,", Some(","), 1, &["", "a,"], &[",a", ""]),
    (",a,", Some(","), 2, &["", "a", ""], &["", "a", ""]),
    (",a,", Some("--"), -1, &[",a,"], &[",a,"]),
    (",a,", Some("-"), -1, &[",a,"], &[",a,"]),
    (",a,", Some("x"), -1, &[",a,"], &[",a,"]),
    (",a,", Some("\u{e9}\u{e9}"), -1, &[",a,"], &[",a,"]),
    (",a,", Some(" "), -1, &[",a,"], &[",a,"]),
    ("a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f", None, -1, &["a", "b", "c", "d", "e", "f"], &["a", "b", "c", "d", "e", "f"]),
    ("a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f", None, 0, &["a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f"], &["a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f"]),
    ("a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f", None, 1, &["a", "b\u{1f}c\u{85}d\u{a0}e\u{3000}f"], &["a\u{1c}b\u{1f}c\u{85}d\u{a0}e", "f"]),
    ("a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f", None, 2, &["a", "b", "c\u{85}d\u{a0}e\u{3000}f"], &["a\u{1c}b\u{1f}c\u{85}d", "e", "f"]),
    ("a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f", Some(","), -1, &["a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f"], &["a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f"]),
    ("a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f", Some("--"), -1, &["a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f"], &["a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f"]),
    ("a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f", Some("-"), -1, &["a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f"], &["a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f"]),
    ("a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f", Some("x"), -1, &["a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f"], &["a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f"]),
    ("a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f", Some("\u{e9}\u{e9}"), -1, &["a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f"], &["a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f"]),
    ("a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f", Some(" "), -1, &["a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f"], &["a\u{1c}b\u{1f}c\u{85}d\u{a0}e\u{3000}f"]),
    ("one", None, -1, &["one"], &["one"]),
    ("one", None, 0, &["one"], &["one"]),
    ("one", None, 1, &["one"], &["one"]),
    ("one", None, 2, &["one"], &["one"]),
    ("one", Some(","), -1, &["one"], &["one"]),
    ("one", Some("--"), -1, &["one"], &["one"]),
    ("one", Some("-"), -1, &["one"], &["one"]),
    ("one", Some("x"), -1, &["one"], &["one"]),
    ("one", Some("\u{e9}\u{e9}"), -1, &["one"], &["one"]),
    ("one", Some(" "), -1, &["one"], &["one"]),
    ("x--y--z", None, -1, &["x--y--z"], &["x--y--z"]),
    ("x--y--z", None, 0, &["x--y--z"], &["x--y--z"]),
    ("x--y--z", None, 1, &["x--y--z"], &["x--y--z"]),
    ("x--y--z", None, 2, &["x--y--z"], &["x--y--z"]),
    ("x--y--z", Some(","), -1, &["x--y--z"], &["x--y--z"]),
    ("x--y--z", Some("--"), -1, &["x", "y", "z"], &["x", "y", "z"]),
    ("x--y--z", Some("--"), 0, &["x--y--z"], &["x--y--z"]),
    ("x--y--z", Some("--"), 1, &["x", "y--z"], &["x--y", "z"]),
    ("x--y--z", Some("--"), 2, &["x", "y", "z"], &["x", "y", "z"]),
    ("x--y--z", Some("-"), -1, &["x", "", "y", "", "z"], &["x", "", "y", "", "z"]),
    ("x--y--z", Some("-"), 0, &["x--y--z"], &["x--y--z"]),
    ("x--y--z", Some("-"), 1, &["x", "-y--z"], &["x--y-", "z"]),
    ("x--y--z", Some("-"), 2, &["x", "", "y--z"], &["x--y", "", "z"]),
    ("x--y--z", Some("x"), -1, &["", "--y--z"], &["", "--y--z"]),
    ("x--y--z", Some("x"), 0, &["x--y--z"], &["x--y--z"]),
    ("x--y--z", Some("x"), 1, &["", "--y--z"], &["", "--y--z"]),
    ("x--y--z", Some("x"), 2, &["", "--y--z"], &["", "--y--z"]),
    ("x--y--z", Some("\u{e9}\u{e9}"), -1, &["x--y--z"], &["x--y--z"]),
    ("x--y--z", Some(" "), -1, &["x--y--z"], &["x--y--z"]),
    ("----", None, -1, &["----"], &["----"]),
    ("----", None, 0, &["----"], &["----"]),
    ("----", None, 1, &["----"], &["----"]),
    ("----", None, 2, &["----"], &["----"]),
    ("----", Some(","), -1, &["----"], &["----"]),
    ("----", Some("--"), -1, &["", "", ""], &["", "", ""]),
    ("----", Some("--"), 0, &["----"], &["----"]),
    ("----", Some("--"), 1, &["", "--"], &["--", ""]),
    ("----", Some("--"), 2, &["", "", ""], &["", "", ""]),
    ("----", Some("-"), -1, &["", "", "", "", ""], &["", "", "", "", ""]),
    ("----", Some("-"), 0, &["----"], &["----"]),
    ("----", Some("-"), 1, &["", "---"], &["---", ""]),
    ("----", Some("-"), 2, &["", "", "--"], &["--", "", ""]),
    ("----", Some("x"), -1, &["----"], &["----"]),
    ("----", Some("\u{e9}\u{e9}"), -1, &["----"], &["----"]),
    ("----", Some(" "), -1, &["----"], &["----"]),
    ("\u{e9}\u{e9}x\u{e9}\u{e9}y", None, -1, &["\u{e9}\u{e9}x\u{e9}\u{e9}y"], &["\u{e9}\u{e9}x\u{e9}\u{e9}y"]),
    ("\u{e9}\u{e9}x\u{e9}\u{e9}y", None, 0, &["\u{e9}\u{e9}x\u{e9}\u{e9}y"], &["\u{e9}\u{e9}x\u{e9}\u{e9}y"]),
    ("\u{e9}\u{e9}x\u{e9}\u{e9}y", None, 1, &["\u{e9}\u{e9}x\u{e9}\u{e9}y"], &["\u{e9}\u{e9}x\u{e9}\u{e9}y"]),
    ("\u{e9}\u{e9}x\u{e9}\u{e9}y", None, 2, &["\u{e9}\u{e9}x\u{e9}\u{e9}y"], &["\u{e9}\u{e9}x\u{e9}\u{e9}y"]),
    ("\u{e9}\u{e9}x\u{e9}\u{e9}y", Some(","), -1, &["\u{e9}\u{e9}x\u{e9}\u{e9}y"], &["\u{e9}\u{e9}x\u{e9}\u{e9}y"]),
    ("\u{e9}\u{e9}x\u{e9}\u{e9}y", Some("--"), -1, &["\u{e9}\u{e9}x\u{e9}\u{e9}y"], &["\u{e9}\u{e9}x\u{e9}\u{e9}y"]),
    ("\u{e9}\u{e9}x\u{e9}\u{e9}y", Some("-"), -1, &["\u{e9}\u{e9}x\u{e9}\u{e9}y"], &["\u{e9}\u{e9}x\u{e9}\u{e9}y"]),
    ("\u{e9}\u{e9}x\u{e9}\u{e9}y", Some("x"), -1, &["\u{e9}\u{e9}", "\u{e9}\u{e9}y"], &["\u{e9}\u{e9}", "\u{e9}\u{e9}y"]),
    ("\u{e9}\u{e9}x\u{e9}\u{e9}y", Some("x"), 0, &["\u{e9}\u{e9}x\u{e9}\u{e9}y"], &["\u{e9}\u{e9}x\u{e9}\u{e9}y"]),
    ("\u{e9}\u{e9}x\u{e9}\u{e9}y", Some("x"), 1, &["\u{e9}\u{e9}", "\u{e9}\u{e9}y"], &["\u{e9}\u{e9}", "\u{e9}\u{e9}y"]),
    ("\u{e9}\u{e9}x\u{e9}\u{e9}y", Some("x"), 2, &["\u{e9}\u{e9}", "\u{e9}\u{e9}y"], &["\u{e9}\u{e9}", "\u{e9}\u{e9}y"]),
    ("\u{e9}\u{e9}x\u{e9}\u{e9}y", Some("\u{e9}\u{e9}"), -1, &["", "x", "y"], &["", "x", "y"]),
    ("\u{e9}\u{e9}x\u{e9}\u{e9}y", Some("\u{e9}\u{e9}"), 0, &["\u{e9}\u{e9}x\u{e9}\u{e9}y"], &["\u{e9}\u{e9}x\u{e9}\u{e9}y"]),
    ("\u{e9}\u{e9}x\u{e9}\u{e9}y", Some("\u{e9}\u{e9}"), 1, &["", "x\u{e9}\u{e9}y"], &["\u{e9}\u{e9}x", "y"]),
    ("\u{e9}\u{e9}x\u{e9}\u{e9}y", Some("\u{e9}\u{e9}"), 2, &["", "x", "y"], &["", "x", "y"]),
    ("\u{e9}\u{e9}x\u{e9}\u{e9}y", Some(" "), -1, &["\u{e9}\u{e9}x\u{e9}\u{e9}y"], &["\u{e9}\u{e9}x\u{e9}\u{e9}y"]),
    ("a\u{2028}b", None, -1, &["a", "b"], &["a", "b"]),
    ("a\u{2028}b", None, 0, &["a\u{2028}b"], &["a\u{2028}b"]),
    ("a\u{2028}b", None, 1, &["a", "b"], &["a", "b"]),
    ("a\u{2028}b", None, 2, &["a", "b"], &["a", "b"]),
    ("a\u{2028}b", Some(","), -1, &["a\u{2028}b"], &["a\u{2028}b"]),
    ("a\u{2028}b", Some("--"), -1, &["a\u{2028}b"], &["a\u{2028}b"]),
    ("a\u{2028}b", Some("-"), -1, &["a\u{2028}b"], &["a\u{2028}b"]),
    ("a\u{2028}b", Some("x"), -1, &["a\u{2028}b"], &["a\u{2028}b"]),
    ("a\u{2028}b", Some("\u{e9}\u{e9}"), -1, &["a\u{2028}b"], &["a\u{2028}b"]),
    ("a\u{2028}b", Some(" "), -1, &["a\u{2028}b"], &["a\u{2028}b"]),
];

#[test]
fn str_split_matches_cpython() {
    for &(s, sep, maxsplit, split, rsplit) in STR_SPLIT {
        let case = format!("{:?}.split({:?}, {})", s, sep, maxsplit);
        assert_eq!(strops::split(s, sep, maxsplit).unwrap(), split, "{}", case);
        assert_eq!(
            strops::rsplit(s, sep, maxsplit).unwrap(),
            rsplit,
            "r{}",
            case
        );
    }
}

/// (s, s.splitlines(), s.splitlines(True)).
#[rustfmt::skip]
const STR_SPLITLINES: &[(&str, &[&str], &[&str])] = &[
    ("", &[], &[]),
    ("abc", &["abc"], &["abc"]),
    ("a\nb", &["a", "b"], &["a\n", "b"]),
    ("a\nb\n", &["a", "b"], &["a\n", "b\n"]),
    ("a\r\nb\rc\n\nd", &["a", "b", "c", "", "d"], &["a\r\n", "b\r", "c\n", "\n", "d"]),
    ("\n", &[""], &["\n"]),
    ("\r\n\r\n", &["", ""], &["\r\n", "\r\n"]),
    ("a\u{b}b\u{c}c\u{1c}d\u{1d}e\u{1e}f\u{1f}g\u{85}h\u{2028}i\u{2029}j", &["a", "b", "c", "d", "e", "f\u{1f}g", "h", "i", "j"], &["a\u{b}", "b\u{c}", "c\u{1c}", "d\u{1d}", "e\u{1e}", "f\u{1f}g\u{85}", "h\u{2028}", "i\u{2029}", "j"]),
    ("\r", &[""], &["\r"]),
    ("x\r\n", &["x"], &["x\r\n"]),
];

#[test]
fn str_splitlines_matches_cpython() {
    for &(s, lines, kept) in STR_SPLITLINES {
        assert_eq!(strops::splitlines(s, false), lines, "{:?}", s);
        assert_eq!(strops::splitlines(s, true), kept, "{:?} keepends", s);
    }
}

type PartitionCase<T> = (T, T, (T, T, T), (T, T, T));

/// (s, sep, s.partition(sep), s.rpartition(sep)).
#[rustfmt::skip]
const STR_PARTITION: &[PartitionCase<&str>] = &[
    ("a.b.c", ".", ("a", ".", "b.c"), ("a.b", ".", "c")),
    ("abc", ".", ("abc", "", ""), ("", "", "abc")),
    ("", ".", ("", "", ""), ("", "", "")),
    ("a::b::c", "::", ("a", "::", "b::c"), ("a::b", "::", "c")),
    ("\u{e9}x\u{e9}", "\u{e9}", ("", "\u{e9}", "x\u{e9}"), ("\u{e9}x", "\u{e9}", "")),
    ("abc", "abc", ("", "abc", ""), ("", "abc", "")),
    ("abc", "abcd", ("abc", "", ""), ("", "", "abc")),
];

#[test]
fn str_partition_matches_cpython() {
    for &(s, sep, part, rpart) in STR_PARTITION {
        assert_eq!(strops::partition(s, sep).unwrap(), part, "{:?}", s);
        assert_eq!(strops::rpartition(s, sep).unwrap(), rpart, "{:?}", s);
    }
}

type StripCase<T> = (T, Option<T>, T, T, T);

/// (s, chars, s.strip(chars), s.lstrip(chars), s.rstrip(chars)).
#[rustfmt::skip]
const STR_STRIP: &[StripCase<&str>] = &[
    ("  a b  ", None, "a b", "a b  ", "  a b"),
    ("\t\n a \u{1c}\u{1d}\u{1e}\u{1f}\u{85}\u{a0}\u{3000}", None, "a", "a \u{1c}\u{1d}\u{1e}\u{1f}\u{85}\u{a0}\u{3000}", "\t\n a"),
    ("", None, "", "", ""),
    ("   ", None, "", "", ""),
    ("xxaxx", Some("x"), "a", "axx", "xxa"),
    ("abcba", Some("ab"), "c", "cba", "abc"),
    ("\u{e9}a\u{e9}", Some("\u{e9}"), "a", "a\u{e9}", "\u{e9}a"),
    ("\u{e9}ab\u{e9}", Some("b\u{e9}"), "a", "ab\u{e9}", "\u{e9}a"),
    ("abc", Some(""), "abc", "abc", "abc"),
    ("\u{e9}\u{e9}", Some("\u{e9}"), "", "", ""),
    (".a.", Some("."), "a", "a.", ".a"),
    ("\u{1f600}a\u{1f600}", Some("\u{1f600}"), "a", "a\u{1f600}", "\u{1f600}a"),
];

#[test]
fn str_strip_matches_cpython() {
    for &(s, chars, both, left, right) in STR_STRIP {
        assert_eq!(strops::strip(s, chars), both, "{:?}.strip({:?})", s, chars);
        assert_eq!(
            strops::lstrip(s, chars),
            left,
            "{:?}.lstrip({:?})",
            s,
            chars
        );
        assert_eq!(
            strops::rstrip(s, chars),
            right,
            "{:?}.rstrip({:?})",
            s,
            chars
        );
    }
}

#[test]
fn empty_separators_fail_as_cpython() {
    // 'abc'.split('') etc. raise ValueError('empty separator').
    let empty = StrError::Value("empty separator".to_string());
    assert_eq!(strops::split("abc", Some(""), -1).unwrap_err(), empty);
    assert_eq!(strops::rsplit("abc", Some(""), -1).unwrap_err(), empty);
    assert_eq!(strops::partition("abc", "").unwrap_err(), empty);
    assert_eq!(strops::rpartition("abc", "").unwrap_err(), empty);
    assert_eq!(
        strops::bytes::split(b"abc", Some(b""), -1).unwrap_err(),
        empty
    );
    assert_eq!(
        strops::bytes::rsplit(b"abc", Some(b""), -1).unwrap_err(),
        empty
    );
    assert_eq!(strops::bytes::partition(b"abc", b"").unwrap_err(), empty);
    assert_eq!(strops::bytes::rpartition(b"abc", b"").unwrap_err(), empty);
}

#[test]
fn removeprefix_and_removesuffix() {
    // 'abcab'.removeprefix('ab') == 'cab'; .removesuffix('ab') == 'abc'; no match → same.
    assert_eq!(strops::removeprefix("abcab", "ab"), "cab");
    assert_eq!(strops::removesuffix("abcab", "ab"), "abc");
    assert_eq!(strops::removeprefix("abc", "x"), "abc");
    assert_eq!(strops::removesuffix("abc", ""), "abc");
    assert_eq!(strops::bytes::removeprefix(b"abcab", b"ab"), b"cab");
    assert_eq!(strops::bytes::removesuffix(b"abcab", b"ab"), b"abc");
}

/// (b, sep, maxsplit, b.split(sep, maxsplit), b.rsplit(sep, maxsplit)).
#[rustfmt::skip]
const BYTES_SPLIT: &[SplitCase<&[u8]>] = &[
    (b"", None, -1, &[], &[]),
    (b"", None, 0, &[], &[]),
    (b"", None, 1, &[], &[]),
    (b"", None, 2, &[], &[]),
    (b"", Some(b","), -1, &[b""], &[b""]),
    (b"", Some(b"--"), -1, &[b""], &[b""]),
    (b"", Some(b"-"), -1, &[b""], &[b""]),
    (b"", Some(b"\x00"), -1, &[b""], &[b""]),
    (b" ", None, -1, &[], &[]),
    (b" ", None, 0, &[], &[]),
    (b" ", None, 1, &[], &[]),
    (b" ", None, 2, &[], &[]),
    (b" ", Some(b","), -1, &[b" "], &[b" "]),
    (b" ", Some(b"--"), -1, &[b" "], &[b" "]),
    (b" ", Some(b"-"), -1, &[b" "], &[b" "]),
    (b" ", Some(b"\x00"), -1, &[b" "], &[b" "]),
    (b"a b  c ", None, -1, &[b"a", b"b", b"c"], &[b"a", b"b", b"c"]),
    (b"a b  c ", None, 0, &[b"a b  c "], &[b"a b  c"]),
    (b"a b  c ", None, 1, &[b"a", b"b  c "], &[b"a b", b"c"]),
    (b"a b  c ", None, 2, &[b"a", b"b", b"c "], &[b"a", b"b", b"c"]),
    (b"a b  c ", Some(b","), -1, &[b"a b  c "], &[b"a b  c "]),
    (b"a b  c ", Some(b"--"), -1, &[b"a b  c "], &[b"a b  c "]),
    (b"a b  c ", Some(b"-"), -1, &[b"a b  c "], &[b"a b  c "]),
    (b"a b  c ", Some(b"\x00"), -1, &[b"a b  c "], &[b"a b  c "]),
    (b"  a\x09b\x0ac\x0b\x0c ", None, -1, &[b"a", b"b", b"c"], &[b"a", b"b", b"c"]),
    (b"  a\x09b\x0ac\x0b\x0c ", None, 0, &[b"a\x09b\x0ac\x0b\x0c "], &[b"  a\x09b\x0ac"]),
    (b"  a\x09b\x0ac\x0b\x0c ", None, 1, &[b"a", b"b\x0ac\x0b\x0c "], &[b"  a\x09b", b"c"]),
    (b"  a\x09b\x0ac\x0b\x0c ", None, 2, &[b"a", b"b", b"c\x0b\x0c "], &[b"  a", b"b", b"c"]),
    (b"  a\x09b\x0ac\x0b\x0c ", Some(b","), -1, &[b"  a\x09b\x0ac\x0b\x0c "], &[b"  a\x09b\x0ac\x0b\x0c "]),
    (b"  a\x09b\x0ac\x0b\x0c ", Some(b"--"), -1, &[b"  a\x09b\x0ac\x0b\x0c "], &[b"  a\x09b\x0ac\x0b\x0c "]),
    (b"  a\x09b\x0ac\x0b\x0c ", Some(b"-"), -1, &[b"  a\x09b\x0ac\x0b\x0c "], &[b"  a\x09b\x0ac\x0b\x0c "]),
    (b"  a\x09b\x0ac\x0b\x0c ", Some(b"\x00"), -1, &[b"  a\x09b\x0ac\x0b\x0c "], &[b"  a\x09b\x0ac\x0b\x0c "]),
    (b"a\x1cb\x1fc", None, -1, &[b"a\x1cb\x1fc"], &[b"a\x1cb\x1fc"]),
    (b"a\x1cb\x1fc", None, 0, &[b"a\x1cb\x1fc"], &[b"a\x1cb\x1fc"]),
    (b"a\x1cb\x1fc", None, 1, &[b"a\x1cb\x1fc"], &[b"a\x1cb\x1fc"]),
    (b"a\x1cb\x1fc", None, 2, &[b"a\x1cb\x1fc"], &[b"a\x1cb\x1fc"]),
    (b"a\x1cb\x1fc", Some(b","), -1, &[b"a\x1cb\x1fc"], &[b"a\x1cb\x1fc"]),
    (b"a\x1cb\x1fc", Some(b"--"), -1, &[b"a\x1cb\x1fc"], &[b"a\x1cb\x1fc"]),
    (b"a\x1cb\x1fc", Some(b"-"), -1, &[b"a\x1cb\x1fc"], &[b"a\x1cb\x1fc"]),
    (b"a\x1cb\x1fc", Some(b"\x00"), -1, &[b"a\x1cb\x1fc"], &[b"a\x1cb\x1fc"]),
    (b"a,b,,c,", None, -1, &[b"a,b,,c,"], &[b"a,b,,c,"]),
    (b"a,b,,c,", None, 0, &[b"a,b,,c,"], &[b"a,b,,c,"]),
    (b"a,b,,c,", None, 1, &[b"a,b,,c,"], &[b"a,b,,c,"]),
    (b"a,b,,c,", None, 2, &[b"a,b,,c,"], &[b"a,b,,c,"]),
    (b"a,b,,c,", Some(b","), -1, &[b"a", b"b", b"", b"c", b""], &[b"a", b"b", b"", b"c", b""]),
    (b"a,b,,c,", Some(b","), 0, &[b"a,b,,c,"], &[b"a,b,,c,"]),
    (b"a,b,,c,", Some(b","), 1, &[b"a", b"b,,c,"], &[b"a,b,,c", b""]),
    (b"a,b,,c,", Some(b","), 2, &[b"a", b"b", b",c,"], &[b"a,b,", b"c", b""]),
    (b"a,b,,c,", Some(b"--"), -1, &[b"a,b,,c,"], &[b"a,b,,c,"]),
    (b"a,b,,c,", Some(b"-"), -1, &[b"a,b,,c,"], &[b"a,b,,c,"]),
    (b"a,b,,c,", Some(b"\x00"), -1, &[b"a,b,,c,"], &[b"a,b,,c,"]),
    (b"x--y--z", None, -1, &[b"x--y--z"], &[b"x--y--z"]),
    (b"x--y--z", None, 0, &[b"x--y--z"], &[b"x--y--z"]),
    (b"x--y--z", None, 1, &[b"x--y--z"], &[b"x--y--z"]),
    (b"x--y--z", None, 2, &[b"x--y--z"], &[b"x--y--z"]),
    (b"x--y--z", Some(b","), -1, &[b"x--y--z"], &[b"x--y--z"]),
    (b"x--y--z", Some(b"--"), -1, &[b"x", b"y", b"z"], &[b"x", b"y", b"z"]),
    (b"x--y--z", Some(b"--"), 0, &[b"x--y--z"], &[b"x--y--z"]),
    (b"x--y--z", Some(b"--"), 1, &[b"x", b"y--z"], &[b"x--y", b"z"]),
    (b"x--y--z", Some(b"--"), 2, &[b"x", b"y", b"z"], &[b"x", b"y", b"z"]),
    (b"x--y--z", Some(b"-"), -1, &[b"x", b"", b"y", b"", b"z"], &[b"x", b"", b"y", b"", b"z"]),
    (b"x--y--z", Some(b"-"), 0, &[b"x--y--z"], &[b"x--y--z"]),
    (b"x--y--z", Some(b"-"), 1, &[b"x", b"-y--z"], &[b"x--y-", b"z"]),
    (b"x--y--z", Some(b"-"), 2, &[b"x", b"", b"y--z"], &[b"x--y", b"", b"z"]),
    (b"x--y--z", Some(b"\x00"), -1, &[b"x--y--z"], &[b"x--y--z"]),
    (b"----", None, -1, &[b"----"], &[b"----"]),
    (b"----", None, 0, &[b"----"], &[b"----"]),
    (b"----", None, 1, &[b"----"], &[b"----"]),
    (b"----", None, 2, &[b"----"], &[b"----"]),
    (b"----", Some(b","), -1, &[b"----"], &[b"----"]),
    (b"----", Some(b"--"), -1, &[b"", b"", b""], &[b"", b"", b""]),
    (b"----", Some(b"--"), 0, &[b"----"], &[b"----"]),
    (b"----", Some(b"--"), 1, &[b"", b"--"], &[b"--", b""]),
    (b"----", Some(b"--"), 2, &[b"", b"", b""], &[b"", b"", b""]),
    (b"----", Some(b"-"), -1, &[b"", b"", b"", b"", b""], &[b"", b"", b"", b"", b""]),
    (b"----", Some(b"-"), 0, &[b"----"], &[b"----"]),
    (b"----", Some(b"-"), 1, &[b"", b"---"], &[b"---", b""]),
    (b"----", Some(b"-"), 2, &[b"", b"", b"--"], &[b"--", b"", b""]),
    (b"----", Some(b"\x00"), -1, &[b"----"], &[b"----"]),
    (b"\xff\x00\xff", None, -1, &[b"\xff\x00\xff"], &[b"\xff\x00\xff"]),
    (b"\xff\x00\xff", None, 0, &[b"\xff\x00\xff"], &[b"\xff\x00\xff"]),
    (b"\xff\x00\xff", None, 1, &[b"\xff\x00\xff"], &[b"\xff\x00\xff"]),
    (b"\xff\x00\xff", None, 2, &[b"\xff\x00\xff"], &[b"\xff\x00\xff"]),
    (b"\xff\x00\xff", Some(b","), -1, &[b"\xff\x00\xff"], &[b"\xff\x00\xff"]),
    (b"\xff\x00\xff", Some(b"--"), -1, &[b"\xff\x00\xff"], &[b"\xff\x00\xff"]),
    (b"\xff\x00\xff", Some(b"-"), -1, &[b"\xff\x00\xff"], &[b"\xff\x00\xff"]),
    (b"\xff\x00\xff", Some(b"\x00"), -1, &[b"\xff", b"\xff"], &[b"\xff", b"\xff"]),
    (b"\xff\x00\xff", Some(b"\x00"), 0, &[b"\xff\x00\xff"], &[b"\xff\x00\xff"]),
    (b"\xff\x00\xff", Some(b"\x00"), 1, &[b"\xff", b"\xff"], &[b"\xff", b"\xff"]),
    (b"\xff\x00\xff", Some(b"\x00"), 2, &[b"\xff", b"\xff"], &[b"\xff", b"\xff"]),
];

#[test]
fn bytes_split_matches_cpython() {
    for &(b, sep, maxsplit, split, rsplit) in BYTES_SPLIT {
        let case = format!("{:?}.split({:?}, {})", b, sep, maxsplit);
        assert_eq!(
            strops::bytes::split(b, sep, maxsplit).unwrap(),
            split,
            "{}",
            case
        );
        assert_eq!(
            strops::bytes::rsplit(b, sep, maxsplit).unwrap(),
            rsplit,
            "r{}",
            case
        );
    }
}

/// (b, b.splitlines(), b.splitlines(True)).
#[rustfmt::skip]
const BYTES_SPLITLINES: &[(&[u8], &[&[u8]], &[&[u8]])] = &[
    (b"", &[], &[]),
    (b"abc", &[b"abc"], &[b"abc"]),
    (b"a\x0ab\x0a", &[b"a", b"b"], &[b"a\x0a", b"b\x0a"]),
    (b"a\x0d\x0ab\x0dc\x0a\x0ad", &[b"a", b"b", b"c", b"", b"d"], &[b"a\x0d\x0a", b"b\x0d", b"c\x0a", b"\x0a", b"d"]),
    (b"a\x0bb\x0cc\x1cd\x85e", &[b"a\x0bb\x0cc\x1cd\x85e"], &[b"a\x0bb\x0cc\x1cd\x85e"]),
    (b"\x0d", &[b""], &[b"\x0d"]),
    (b"x\x0d\x0a", &[b"x"], &[b"x\x0d\x0a"]),
];

#[test]
fn bytes_splitlines_matches_cpython() {
    for &(b, lines, kept) in BYTES_SPLITLINES {
        assert_eq!(strops::bytes::splitlines(b, false), lines, "{:?}", b);
        assert_eq!(strops::bytes::splitlines(b, true), kept, "{:?} keepends", b);
    }
}

/// (b, sep, b.partition(sep), b.rpartition(sep)).
#[rustfmt::skip]
const BYTES_PARTITION: &[PartitionCase<&[u8]>] = &[
    (b"a.b.c", b".", (b"a", b".", b"b.c"), (b"a.b", b".", b"c")),
    (b"abc", b".", (b"abc", b"", b""), (b"", b"", b"abc")),
    (b"", b".", (b"", b"", b""), (b"", b"", b"")),
    (b"a::b::c", b"::", (b"a", b"::", b"b::c"), (b"a::b", b"::", b"c")),
];

#[test]
fn bytes_partition_matches_cpython() {
    for &(b, sep, part, rpart) in BYTES_PARTITION {
        assert_eq!(strops::bytes::partition(b, sep).unwrap(), part, "{:?}", b);
        assert_eq!(strops::bytes::rpartition(b, sep).unwrap(), rpart, "{:?}", b);
    }
}

/// (b, chars, b.strip(chars), b.lstrip(chars), b.rstrip(chars)).
#[rustfmt::skip]
const BYTES_STRIP: &[StripCase<&[u8]>] = &[
    (b"  a b  ", None, b"a b", b"a b  ", b"  a b"),
    (b"\x09\x0a a \x0b\x0c\x1c", None, b"a \x0b\x0c\x1c", b"a \x0b\x0c\x1c", b"\x09\x0a a \x0b\x0c\x1c"),
    (b"", None, b"", b"", b""),
    (b"xxaxx", Some(b"x"), b"a", b"axx", b"xxa"),
    (b"abcba", Some(b"ab"), b"c", b"cba", b"abc"),
    (b"\xffa\xff", Some(b"\xff"), b"a", b"a\xff", b"\xffa"),
    (b"abc", Some(b""), b"abc", b"abc", b"abc"),
];

#[test]
fn bytes_strip_matches_cpython() {
    for &(b, chars, both, left, right) in BYTES_STRIP {
        assert_eq!(strops::bytes::strip(b, chars), both, "{:?}", b);
        assert_eq!(strops::bytes::lstrip(b, chars), left, "{:?}", b);
        assert_eq!(strops::bytes::rstrip(b, chars), right, "{:?}", b);
    }
}

#[test]
fn splitlines_breaks_exactly_at_unicode_linebreaks() {
    // Python: len(('a' + c + 'b').splitlines()) == 2 exactly for the ten line boundaries,
    // which unicode::tests checks against is_linebreak.
    for c in (0..=0x10ffff).filter_map(char::from_u32) {
        let s = format!("a{}b", c);
        let breaks = strops::splitlines(&s, false).len() == 2;
        assert_eq!(breaks, crate::unicode::is_linebreak(c), "{:?}", c);
    }
}

#[test]
fn ascii_and_unicode_whitespace_split_agree() {
    // 'a\x1cb\x1fc d'.split() == ['a', 'b', 'c', 'd'] (ASCII path); with '\u3000' added the
    // other path gives ['a', 'b', 'c', 'd', 'e'].
    assert_eq!(
        strops::split("a\x1cb\x1fc d", None, -1).unwrap(),
        ["a", "b", "c", "d"]
    );
    assert_eq!(
        strops::split("a\x1cb\x1fc d\u{3000}e", None, -1).unwrap(),
        ["a", "b", "c", "d", "e"]
    );
}
