# unicodedata: properties, names, lookup (aliases, named sequences, Hangul, CJK),
# normalization, ucd_3_2_0, error messages, and the codec paths that use names
# (namereplace, \N{...} in unicode_escape and in literals, the idna codec).
import codecs
import unicodedata as ud

old = ud.ucd_3_2_0


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))
    else:
        print(label, "->", ascii(r))


print(ud.unidata_version, old.unidata_version, ud.UCD, type(old).__name__)
print(sorted(n for n in dir(ud) if not n.startswith("_") and n != "UCD"))

chars = ["a", "Z", "5", "\u00b2", "\u00bd", "\u2155", "\u0661", "\u0301", "\u05d0",
         "\u0627", "\u4e00", "\uac00", "\ud7a3", "\u3000", "\uff21", "\u00e9", "\ufb01",
         "\u212b", "\u2028", "\x00", "\x85", "(", "\u00ab", "\U0001f600", "\U00020000",
         "\U0002f800", "\U0001b170", "\U00018b00", "\ue000", "\U000e0001", "\U0010ffff",
         "\ud800", "\u0378", "\u1e9b", "\u0f77", "\u3400", "\u2460", "\U0001d7ce"]
for c in chars:
    print(ascii(c), ud.name(c, None), ud.category(c), ud.bidirectional(c), ud.combining(c),
          ud.east_asian_width(c), ud.mirrored(c), ud.decimal(c, None), ud.digit(c, None),
          ud.numeric(c, None), repr(ud.decomposition(c)))
    print("   3.2.0:", old.name(c, None), old.category(c), old.bidirectional(c),
          old.east_asian_width(c), old.numeric(c, None), repr(old.decomposition(c)))

print("-- lookup")
for n in ["LATIN SMALL LETTER A", "latin small letter a", "EURO SIGN", "LATIN CAPITAL LETTER GHA",
          "BYTE ORDER MARK", "KEYCAP NUMBER SIGN", "LATIN SMALL LETTER R WITH TILDE",
          "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE GA", "hangul syllable ga",
          "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-4e00",
          "cjk unified ideograph-4E00", "CJK UNIFIED IDEOGRAPH-9FFF", "CJK UNIFIED IDEOGRAPH-3134A",
          "CJK COMPATIBILITY IDEOGRAPH-f900", "NUSHU CHARACTER-1B170", "TANGUT IDEOGRAPH-17000",
          "GRINNING FACE", "NO SUCH CHARACTER", "", "LATIN SMALL LETTER A ", "x" * 256, "x" * 257]:
    show("lookup %r" % n[:40], ud.lookup, n)
show("lookup bytes", ud.lookup, b"DIGIT SEVEN")
show("3.2 lookup alias", old.lookup, "LATIN CAPITAL LETTER GHA")
show("3.2 lookup sequence", old.lookup, "KEYCAP NUMBER SIGN")
show("3.2 lookup new", old.lookup, "GRINNING FACE")
show("3.2 lookup old", old.lookup, "LATIN SMALL LETTER A")
for cp in range(0x20, 0x10000, 997):
    name = ud.name(chr(cp), None)
    if name is not None:
        assert ud.lookup(name) == chr(cp), name

print("-- normalize")
samples = ["e\u0301", "\u00e9", "\ufb01", "\u212b", "\u1e9b\u0323", "\uac00\u11a8",
           "\u1100\u1161\u11a8", "a\u0328\u0301\u0323", "\u0958", "\u2126", "\u00c5\u0301",
           "\u0f73\u0f75", "\u3099\u304b", "\u304b\u3099", "\uff76\uff9e", "\u2460\u00bd",
           "\U0001d400", "\ud800a\u0301", "", "plain ascii", "\u0344\u0308",
           "\U0002f868\U0002f874"]
for s in samples:
    for form in ["NFC", "NFD", "NFKC", "NFKD"]:
        print(form, ascii(s), ascii(ud.normalize(form, s)), ud.is_normalized(form, s),
              ascii(old.normalize(form, s)))
show("normalize bad form", ud.normalize, "NFX", "a")
show("is_normalized bad form", ud.is_normalized, "nfc", "a")
show("normalize int", ud.normalize, "NFC", 1)
show("normalize form int", ud.normalize, 1, "a")
s = "already normalized"
print("same object", ud.normalize("NFC", s) is s)

print("-- errors")
show("name no name", ud.name, "\u0378")
show("name default", ud.name, "\u0378", "dflt")
show("name control", ud.name, "\x00")
show("decimal", ud.decimal, "x")
show("digit", ud.digit, "x")
show("numeric", ud.numeric, "x")
show("numeric default", ud.numeric, "x", -1)
show("category 2 chars", ud.category, "ab")
show("category int", ud.category, 65)
show("category none", ud.category)
show("3.2 category none", old.category)
show("name 3 args", ud.name, "a", 1, 2)
show("normalize 1 arg", ud.normalize, "NFC")
show("lookup int", ud.lookup, 1)
show("UCD()", ud.UCD)
show("3.2 name new char", old.name, "\U0001f600")
try:
    ud.lookup("NOPE")
except KeyError as e:
    print("KeyError args", e.args)

print("-- codecs")
print("a\xe9\u4e00\U0001f600\ud800\uac00\u0378".encode("ascii", "namereplace"))
print("x\u20ac\u2603".encode("latin-1", "namereplace"))
print(codecs.namereplace_errors(UnicodeEncodeError("ascii", "\xe9x\u20ac", 0, 3, "r")))
print(ascii(b"a\\N{LATIN SMALL LETTER E WITH ACUTE}b\\N{latin capital letter gha}".decode("unicode_escape")))
for bad in [b"\\N{NOPE}", b"\\N{KEYCAP NUMBER SIGN}", b"\\N{}", b"\\N{abc"]:
    show("unicode_escape %r" % bad, bad.decode, "unicode_escape")
    show("  replace", bad.decode, "unicode_escape", "replace")
print(ascii("\N{LATIN SMALL LETTER A}\N{EM DASH}\N{latin small letter b}\N{HANGUL SYLLABLE GAG}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{LATIN CAPITAL LETTER GHA}"))
print("b\u00fccher.example".encode("idna"), b"xn--bcher-kva.example".decode("idna"))
print("\u30c6\u30b9\u30c8.jp".encode("idna"), "Stra\u00dfe.DE".encode("idna"))
