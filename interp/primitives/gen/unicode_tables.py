#!/usr/bin/env python3
"""Generate src/unicode/tables.rs from CPython 3.11's own Unicode behaviour.

Run with CPython 3.11 (Unicode 14.0.0) from interp/primitives:

    python3 gen/unicode_tables.py

Every property is read from `unicodedata` or from what str methods do with a one-character
string, so the Rust side agrees with CPython code point for code point:

- general category: unicodedata.category;
- alpha/decimal/digit/numeric/space/printable/lower/upper: the str.isXXX methods;
- XID_Start/XID_Continue: str.isidentifier on c and on 'a' + c;
- Cased: whether title() lower-cases the letter after c;
- Case_Ignorable: whether c is skipped when lower() looks for a final-sigma context;
- line boundaries: whether str.splitlines splits at c;
- case mappings: str.upper/lower/title/casefold of c (full mappings, up to 3 chars);
- numeric values: unicodedata.numeric, stored as an exact fraction.

Tables are runs over the code space (a new entry only where the record changes), so the
output stays small.
"""

import os
import sys
import unicodedata
from fractions import Fraction

CODE_SPACE = 0x110000
RECORD_BITS = 10

# Flag bits; must match the constants in src/unicode.rs.
FLAGS = [
    "ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "SPACE", "PRINTABLE", "LOWER", "UPPER",
    "TITLE", "CASED", "CASE_IGNORABLE", "XID_START", "XID_CONTINUE", "LINEBREAK",
    "SPECIAL_CASE",
]
CATEGORIES = [
    "Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc",
    "Cf", "Cs", "Co", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc",
    "Sk", "So",
]


def is_cased(c):
    # title() lower-cases a letter that follows a cased character, title-cases it otherwise.
    return (c + "a").title() == c.title() + "a"


def is_case_ignorable(c):
    # lower() maps capital sigma to final sigma when a cased character precedes it and none
    # follows, skipping case-ignorable characters in both directions.
    if is_cased(c):
        return (c + "\u03a3").lower().endswith("\u03c3")
    return "\u03c3" in ("A\u03a3" + c + "A").lower()


def flags_of(c):
    cat = unicodedata.category(c)
    bits = {
        "ALPHA": c.isalpha(),
        "DECIMAL": c.isdecimal(),
        "DIGIT": c.isdigit(),
        "NUMERIC": c.isnumeric(),
        "SPACE": c.isspace(),
        "PRINTABLE": c.isprintable(),
        "LOWER": c.islower(),
        "UPPER": c.isupper(),
        "TITLE": cat == "Lt",
        "CASED": is_cased(c),
        "CASE_IGNORABLE": is_case_ignorable(c),
        "XID_START": c.isidentifier() and c != "_",
        "XID_CONTINUE": ("a" + c).isidentifier(),
        "LINEBREAK": len(("a" + c + "b").splitlines()) == 2,
        "SPECIAL_CASE": any(len(m) != 1 for m in case_maps(c)),
    }
    value = 0
    for i, name in enumerate(FLAGS):
        if bits[name]:
            value |= 1 << i
    return value


def case_maps(c):
    return (c.upper(), c.lower(), c.title(), c.casefold())


def rust_str(s):
    out = []
    for ch in s:
        if 0x20 <= ord(ch) < 0x7F and ch not in '"\\':
            out.append(ch)
        else:
            out.append("\\u{%x}" % ord(ch))
    return '"' + "".join(out) + '"'


def numeric_fraction(c, value):
    frac = Fraction(value).limit_denominator(1000)
    if frac.numerator / frac.denominator != value:
        sys.exit("numeric value of U+%04X is not a small fraction" % ord(c))
    return frac


def build():
    records = {}
    record_of = []
    specials = []
    numerics = []
    for cp in range(CODE_SPACE):
        c = chr(cp)
        flags = flags_of(c)
        maps = case_maps(c)
        if flags & (1 << FLAGS.index("SPECIAL_CASE")):
            specials.append((cp, maps))
            deltas = (0, 0, 0, 0)
        else:
            deltas = tuple(ord(m) - cp for m in maps)
        key = (CATEGORIES.index(unicodedata.category(c)), flags) + deltas
        record_of.append(records.setdefault(key, len(records)))
        value = unicodedata.numeric(c, None)
        if value is not None:
            numerics.append((cp, numeric_fraction(c, value)))
    if len(records) >= 1 << RECORD_BITS:
        sys.exit("too many records")

    runs = []
    for cp in range(CODE_SPACE):
        if cp == 0 or record_of[cp] != record_of[cp - 1]:
            runs.append((cp, record_of[cp]))

    # Numeric runs: consecutive code points whose values step by 1/denominator.
    numeric_runs = []
    for cp, frac in numerics:
        if numeric_runs:
            start, length, num, den = numeric_runs[-1]
            if (start + length == cp and den == frac.denominator
                    and Fraction(num + length, den) == frac):
                numeric_runs[-1] = (start, length + 1, num, den)
                continue
        numeric_runs.append((cp, 1, frac.numerator, frac.denominator))
    if len(runs) >= 1 << 16:
        sys.exit("too many runs for the u16 block index in src/unicode.rs")
    return records, record_of, runs, specials, numeric_runs


def emit(path):
    records, record_of, runs, specials, numeric_runs = build()
    out = []
    w = out.append
    w("//! Unicode property tables generated by `gen/unicode_tables.py` from CPython %s"
      % sys.version.split()[0])
    w("//! (Unicode %s). Do not edit: rerun the script." % unicodedata.unidata_version)
    w("")
    w("use super::Record;")
    w("")
    w("/// The Unicode version of the tables.")
    w('pub const UNICODE_VERSION: &str = "%s";' % unicodedata.unidata_version)
    w("")
    w("/// Two-letter general category names, indexed by `Record::category`.")
    w("#[rustfmt::skip]")
    w("pub(super) static CATEGORY_NAMES: [&str; %d] = [" % len(CATEGORIES))
    for i in range(0, len(CATEGORIES), 10):
        w("    " + " ".join('"%s",' % c for c in CATEGORIES[i:i + 10]))
    w("];")
    w("")
    w("/// Bits a run entry shifts the start code point by; the low bits index `RECORDS`.")
    w("pub(super) const RECORD_BITS: u32 = %d;" % RECORD_BITS)
    w("")
    w("/// Distinct property records: category, flags, then the upper/lower/title/casefold")
    w("/// deltas (code point differences) of characters with one-character mappings.")
    w("#[rustfmt::skip]")
    w("pub(super) static RECORDS: [Record; %d] = [" % len(records))
    for key in sorted(records, key=records.get):
        cat, flags, du, dl, dt, df = key
        w("    Record::new(%d, 0x%04x, %d, %d, %d, %d)," % (cat, flags, du, dl, dt, df))
    w("];")
    w("")
    w("/// Record index of every Latin-1 code point.")
    w("#[rustfmt::skip]")
    w("pub(super) static LATIN1: [u16; 256] = [")
    for i in range(0, 256, 16):
        w("    " + " ".join("%d," % r for r in record_of[i:i + 16]))
    w("];")
    w("")
    w("/// Runs of code points sharing a record: `start << RECORD_BITS | record`, sorted.")
    w("#[rustfmt::skip]")
    w("pub(super) static RUNS: [u32; %d] = [" % len(runs))
    packed = ["0x%x," % (start << RECORD_BITS | rec) for start, rec in runs]
    for i in range(0, len(packed), 10):
        w("    " + " ".join(packed[i:i + 10]))
    w("];")
    w("")
    w("/// Full case mappings of the characters whose upper, lower, title or casefold")
    w("/// mapping is not one character: (code point, upper, lower, title, casefold).")
    w("#[rustfmt::skip]")
    w("pub(super) static SPECIAL_CASES: [(u32, &str, &str, &str, &str); %d] = [" % len(specials))
    for cp, maps in specials:
        w("    (0x%04x, %s)," % (cp, ", ".join(rust_str(m) for m in maps)))
    w("];")
    w("")
    w("/// Numeric values: (first code point, count, numerator of the first, denominator);")
    w("/// the k-th code point of a run has value (numerator + k) / denominator.")
    w("#[rustfmt::skip]")
    w("pub(super) static NUMERIC_RUNS: [(u32, u16, i64, u16); %d] = [" % len(numeric_runs))
    for i in range(0, len(numeric_runs), 4):
        w("    " + " ".join("(0x%x, %d, %d, %d)," % r for r in numeric_runs[i:i + 4]))
    w("];")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")
    print("records %d, runs %d, specials %d, numeric runs %d"
          % (len(records), len(runs), len(specials), len(numeric_runs)))


def digest():
    """FNV-1a 64 over one line per code point of everything CPython shows directly;
    src/unicode/tests.rs recomputes it from the tables."""
    import struct
    h = 0xCBF29CE484222325
    for cp in range(CODE_SPACE):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        preds = (str.isalpha, str.isdecimal, str.isdigit, str.isnumeric, str.isspace,
                 str.isprintable, str.islower, str.isupper, str.isidentifier)
        bits = "".join("1" if p(c) else "0" for p in preds)
        bits += "1" if ("a" + c).isidentifier() else "0"
        bits += "1" if len(("a" + c + "b").splitlines()) == 2 else "0"
        dec = unicodedata.decimal(c, None)
        dig = unicodedata.digit(c, None)
        num = unicodedata.numeric(c, None)
        line = "%x %s %s %s|%s|%s|%s %s %s %s\n" % (
            cp, unicodedata.category(c), bits, c.upper(), c.lower(), c.title(), c.casefold(),
            "-" if dec is None else dec, "-" if dig is None else dig,
            "-" if num is None else "%x" % struct.unpack("<Q", struct.pack("<d", num))[0])
        for byte in line.encode("utf-8"):
            h ^= byte
            h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


if __name__ == "__main__":
    if sys.version_info[:2] != (3, 11):
        sys.exit("run with CPython 3.11")
    here = os.path.dirname(os.path.abspath(__file__))
    emit(os.path.join(here, "..", "src", "unicode", "tables.rs"))
    print("digest for src/unicode/tests.rs: 0x%016x" % digest())
