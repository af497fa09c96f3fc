"""Exhaustive differential check of `unicodedata` (run by hand, not in CI).

Prints one md5 per property per block of 0x1000 code points, for the current database
and `ucd_3_2_0`, plus normalization of pseudo-random sequences. Run it under both
interpreters and diff, or let it do that:

    python3 tests/slow/unicodedata_exhaustive.py --diff target/release/ferropy

Without `--diff` it prints the hashes of the interpreter running it.
"""

import hashlib
import subprocess
import sys
import unicodedata

BLOCK = 0x1000
FORMS = ("NFC", "NFD", "NFKC", "NFKD")


def value(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


def properties(db, ch):
    """(property name, value text) for one character."""
    name = db.name(ch, None)
    yield "name", repr(name)
    if name is not None:
        yield "lookup", value(db.lookup, name)
        yield "lookup_lower", value(db.lookup, name.lower())
    yield "category", db.category(ch)
    yield "bidirectional", db.bidirectional(ch)
    yield "combining", repr(db.combining(ch))
    yield "east_asian_width", db.east_asian_width(ch)
    yield "mirrored", repr(db.mirrored(ch))
    yield "decimal", repr(db.decimal(ch, None))
    yield "digit", repr(db.digit(ch, None))
    yield "numeric", repr(db.numeric(ch, None))
    yield "decomposition", db.decomposition(ch)
    for form in FORMS:
        yield form, ascii(db.normalize(form, ch))
        yield "is_" + form, repr(db.is_normalized(form, ch))


def sequences(db, tag, out):
    """Normalization of pseudo-random strings of combining-heavy characters."""
    pool = [c for c in range(0x110000)
            if db.combining(chr(c)) or db.decomposition(chr(c))
            or 0x1100 <= c < 0x1200 or 0xAC00 <= c < 0xAC40]
    pool += list(range(0x41, 0x7B))
    state = 12345
    for block in range(64):
        h = hashlib.md5()
        for _ in range(500):
            s = []
            for _ in range(6):
                state = (state * 1103515245 + 12345) % 2**31
                s.append(chr(pool[state % len(pool)]))
            s = "".join(s)
            for form in FORMS:
                r = db.normalize(form, s)
                h.update(ascii(r).encode())
                h.update(repr(db.is_normalized(form, s)).encode())
        out.write("%s seq %d %s\n" % (tag, block, h.hexdigest()))


def main(out):
    for tag, db in (("14.0.0", unicodedata), ("3.2.0", unicodedata.ucd_3_2_0)):
        out.write("%s version %s\n" % (tag, db.unidata_version))
        for start in range(0, 0x110000, BLOCK):
            hashes = {}
            for cp in range(start, start + BLOCK):
                for prop, text in properties(db, chr(cp)):
                    hashes.setdefault(prop, hashlib.md5()).update(("%d:%s;" % (cp, text)).encode())
            for prop in sorted(hashes):
                out.write("%s %04X %s %s\n" % (tag, start, prop, hashes[prop].hexdigest()))
        sequences(db, tag, out)
        out.flush()


def diff(ferropy):
    ours = subprocess.run([ferropy, __file__], capture_output=True, text=True).stdout.splitlines()
    ref = subprocess.run([sys.executable, __file__], capture_output=True, text=True).stdout.splitlines()
    bad = [(a, b) for a, b in zip(ref, ours) if a != b]
    for a, b in bad[:50]:
        print("differs: %s\n   ours: %s" % (a, b))
    print("%d lines compared, %d differ%s" % (len(ref), len(bad),
          "" if len(ref) == len(ours) else " (ours has %d lines)" % len(ours)))
    return 1 if bad or len(ref) != len(ours) else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--diff"]:
        sys.exit(diff(sys.argv[2]))
    main(sys.stdout)
