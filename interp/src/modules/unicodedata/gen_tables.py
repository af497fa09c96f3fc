#!/usr/bin/env python3
"""Generate ferropy's unicodedata tables from CPython 3.11's own `unicodedata`.

The machine has no UCD files, so the reference implementation is the data source:
every property of every code point is queried from `unicodedata` (Unicode 14.0.0) and
`unicodedata.ucd_3_2_0`, and written as compact two-level tables into
`data/ucd.bin` plus the small tables in `tables.rs` (both `@generated`).

Aliases and named sequences cannot be enumerated through `unicodedata`; candidate
lists are read from NameAliases.txt / NamedSequences.txt when found on the machine
(the unicode_names2 crate source, perl's unicore) and kept only where CPython's
`unicodedata.lookup` agrees, so the reference stays the judge.

Run: python3 interp/src/modules/unicodedata/gen_tables.py   (needs CPython 3.11)
"""

import glob
import os
import struct
import sys
import unicodedata as U

O = U.ucd_3_2_0
assert U.unidata_version == "14.0.0", U.unidata_version
HERE = os.path.dirname(os.path.abspath(__file__))
N = 0x110000
SHIFT = 7

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl",
              "Zp", "Cc", "Cf", "Cs", "Co", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi",
              "Pf", "Po", "Sm", "Sc", "Sk", "So"]
BIDI = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN",
        "CS", "NSM", "BN", "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"]
EAW = ["F", "H", "W", "Na", "A", "N"]
TAGS = ["", "<font>", "<noBreak>", "<initial>", "<medial>", "<final>", "<isolated>",
        "<circle>", "<super>", "<sub>", "<vertical>", "<wide>", "<narrow>", "<small>",
        "<square>", "<fraction>", "<compat>"]
# Names computed from the code point: PREFIX + "%04X" % cp.
ALGO_PREFIXES = ["CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-",
                 "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-"]


def two_level(values, width):
    """index1[cp >> SHIFT] -> block, index2[block << SHIFT | low] -> value."""
    blocks, index1, index2 = {}, [], []
    size = 1 << SHIFT
    for start in range(0, len(values), size):
        block = tuple(values[start:start + size])
        if block not in blocks:
            blocks[block] = len(blocks)
            index2.extend(block)
        index1.append(blocks[block])
    assert len(blocks) < 65536
    fmt = "<%d%s" % (len(index2), width)
    return struct.pack("<%dH" % len(index1), *index1), struct.pack(fmt, *index2)


def records(db, numerics):
    """Per code point property records (deduplicated) for one database version."""
    recs, ids = {}, []
    for cp in range(N):
        ch = chr(cp)
        num = db.numeric(ch, None)
        if num is not None:
            key = repr(num)
            if key not in numerics:
                numerics[key] = len(numerics)
            num = numerics[key]
        else:
            num = 0xFFFF
        dec = db.decimal(ch, None)
        dig = db.digit(ch, None)
        flags = 1 if db.name(ch, None) is not None else 0
        rec = (CATEGORIES.index(db.category(ch)), BIDI.index(db.bidirectional(ch)),
               db.combining(ch), EAW.index(db.east_asian_width(ch)), db.mirrored(ch),
               0xFF if dec is None else dec, 0xFF if dig is None else dig, num, flags)
        if rec not in recs:
            recs[rec] = len(recs)
        ids.append(recs[rec])
    blob = b"".join(struct.pack("<7BHB", *r) for r in recs)
    return blob, ids


def decompositions():
    data = [0]  # offset 0: no decomposition
    offs = []
    for cp in range(N):
        d = U.decomposition(chr(cp))
        if not d:
            offs.append(0)
            continue
        parts = d.split(" ")
        tag = 0
        if parts[0].startswith("<"):
            tag = TAGS.index(parts.pop(0))
        offs.append(len(data))
        data.append(tag << 8 | len(parts))
        data.extend(int(p, 16) for p in parts)
    assert len(data) < 65536
    return offs, struct.pack("<%dI" % len(data), *data)


def compositions():
    """Primary composites: canonical pairs that NFC recomposes."""
    pairs = []
    for cp in range(N):
        d = U.decomposition(chr(cp))
        if not d or d.startswith("<"):
            continue
        parts = [int(p, 16) for p in d.split(" ")]
        if len(parts) == 2 and U.normalize("NFC", chr(cp)) == chr(cp):
            pairs.append((parts[0], parts[1], cp))
    pairs.sort()
    return b"".join(struct.pack("<3I", *p) for p in pairs)


def names():
    """Word-compressed names; algorithmic ones become ranges."""
    ranges = []  # [start, end, prefix index]
    entries = {}
    for cp in range(N):
        name = U.name(chr(cp), None)
        if name is None or name.startswith("HANGUL SYLLABLE "):
            continue
        for i, p in enumerate(ALGO_PREFIXES):
            if name == p + "%04X" % cp:
                if ranges and ranges[-1][2] == i and ranges[-1][1] == cp - 1:
                    ranges[-1][1] = cp
                else:
                    ranges.append([cp, cp, i])
                break
        else:
            entries[cp] = name
    counts = {}
    for name in entries.values():
        for w in name.split(" "):
            counts[w] = counts.get(w, 0) + 1
    words = sorted(counts, key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(words)}
    word_offs, word_data = [], bytearray()
    for w in words:
        word_offs.append(len(word_data))
        word_data += w.encode("ascii")
    word_offs.append(len(word_data))
    ordinals = [0] * N
    name_offs, name_data = [0], bytearray()
    for cp, name in entries.items():
        ordinals[cp] = len(name_offs)
        enc = bytearray()
        for w in name.split(" "):
            i = index[w]
            if i < 0x80:
                enc.append(i)
            else:
                i -= 0x80
                assert i < 0x8000
                enc += bytes([0x80 | i >> 8, i & 0xFF])
        name_offs.append(len(name_data))
        name_data += enc
    name_offs.append(len(name_data))
    # name_offs[k]..name_offs[k+1] is ordinal k's text; ordinal 0 is "no name".
    return ranges, ordinals, name_offs, bytes(name_data), word_offs, bytes(word_data)


def candidate_files(pattern):
    roots = [os.path.expanduser("~/.cargo/registry/src"), "/usr/share/perl", "/usr/share/unicode"]
    found = []
    for r in roots:
        found += glob.glob(os.path.join(r, "**", pattern), recursive=True)
    return found


def aliases():
    out = {}
    for path in candidate_files("NameAliases.txt"):
        for line in open(path, encoding="utf-8"):
            line = line.split("#")[0].strip()
            if not line:
                continue
            cp, name = line.split(";")[:2]
            cp = int(cp, 16)
            try:
                if U.lookup(name) == chr(cp) and U.name(chr(cp), None) != name:
                    out[name] = cp
            except KeyError:
                pass
    return sorted(out.items())


def named_sequences():
    out = {}
    for path in candidate_files("NamedSequences.txt"):
        for line in open(path, encoding="utf-8"):
            line = line.split("#")[0].strip()
            if not line:
                continue
            name, seq = line.split(";")[:2]
            seq = [int(p, 16) for p in seq.split()]
            try:
                if U.lookup(name) == "".join(map(chr, seq)):
                    out[name] = seq
            except KeyError:
                pass
    return sorted(out.items())


def normalization_3_2_0():
    """Code points whose 3.2.0 NFD differs from the current one (decomposition fixes)."""
    out = []
    for cp in range(N):
        ch = chr(cp)
        if O.category(ch) == "Cn":
            continue
        old = O.normalize("NFD", ch)
        if old != U.normalize("NFD", ch):
            assert len(old) == 1
            out.append((cp, ord(old)))
    return out


def main():
    numerics = {}
    rec14, ids14 = records(U, numerics)
    rec32, ids32 = records(O, numerics)
    i1_14, i2_14 = two_level(ids14, "H")
    i1_32, i2_32 = two_level(ids32, "H")
    doffs, ddata = decompositions()
    di1, di2 = two_level(doffs, "H")
    comp = compositions()
    ranges, ordinals, name_offs, name_data, word_offs, word_data = names()
    ni1, ni2 = two_level(ordinals, "H")
    sections = [
        ("REC_14", rec14), ("IDX1_14", i1_14), ("IDX2_14", i2_14),
        ("REC_32", rec32), ("IDX1_32", i1_32), ("IDX2_32", i2_32),
        ("DECOMP_IDX1", di1), ("DECOMP_IDX2", di2), ("DECOMP_DATA", ddata),
        ("COMPOSITIONS", comp),
        ("NAME_IDX1", ni1), ("NAME_IDX2", ni2),
        ("NAME_OFFS", struct.pack("<%dI" % len(name_offs), *name_offs)),
        ("NAME_DATA", name_data),
        ("WORD_OFFS", struct.pack("<%dI" % len(word_offs), *word_offs)),
        ("WORD_DATA", word_data),
    ]
    blob = bytearray()
    rs = ["// @generated by gen_tables.py from CPython %s's unicodedata (Unicode %s): do not edit."
          % (sys.version.split()[0], U.unidata_version),
          "//! Tables of the `unicodedata` module, generated from CPython's own database.",
          "",
          "#![cfg_attr(rustfmt, rustfmt::skip)]",
          "",
          "/// The binary tables; each section is `(offset, length)` in bytes.",
          'pub static DATA: &[u8] = include_bytes!("data/ucd.bin");',
          "pub const SHIFT: u32 = %d;" % SHIFT]
    for name, data in sections:
        while len(blob) % 4:
            blob.append(0)
        rs.append("pub const %s: (usize, usize) = (%d, %d);" % (name, len(blob), len(data)))
        blob += data
    rs.append("pub const REC_SIZE: usize = 10;")

    def strlist(name, items):
        rs.append("pub static %s: &[&str] = &[%s];" % (name, ", ".join('"%s"' % s for s in items)))

    strlist("CATEGORIES", CATEGORIES)
    strlist("BIDI", BIDI)
    strlist("EAW", EAW)
    strlist("TAGS", TAGS)
    strlist("ALGO_PREFIXES", ALGO_PREFIXES)
    strlist("NUMERICS", sorted(numerics, key=numerics.get))
    rs.append("/// Code points named `ALGO_PREFIXES[p]` + hex: `(first, last, p)`.")
    rs.append("pub static ALGO_RANGES: &[(u32, u32, u8)] = &[%s];"
              % ", ".join("(0x%X, 0x%X, %d)" % tuple(r) for r in ranges))
    rs.append("/// Name aliases (NameAliases.txt as CPython accepts them).")
    rs.append("pub static ALIASES: &[(&str, u32)] = &[")
    rs += ['    ("%s", 0x%X),' % a for a in aliases()]
    rs.append("];")
    rs.append("/// Named sequences (NamedSequences.txt as CPython accepts them).")
    rs.append("pub static NAMED_SEQUENCES: &[(&str, &[u32])] = &[")
    rs += ['    ("%s", &[%s]),' % (n, ", ".join("0x%X" % c for c in s)) for n, s in named_sequences()]
    rs.append("];")
    rs.append("/// Unicode 3.2.0 decompositions that were later corrected: `(cp, old)`.")
    rs.append("pub static NORMALIZATION_3_2_0: &[(u32, u32)] = &[%s];"
              % ", ".join("(0x%X, 0x%X)" % p for p in normalization_3_2_0()))
    os.makedirs(os.path.join(HERE, "data"), exist_ok=True)
    with open(os.path.join(HERE, "data", "ucd.bin"), "wb") as f:
        f.write(blob)
    with open(os.path.join(HERE, "tables.rs"), "w") as f:
        f.write("\n".join(rs) + "\n")
    print("ucd.bin: %d bytes" % len(blob))


if __name__ == "__main__":
    main()
