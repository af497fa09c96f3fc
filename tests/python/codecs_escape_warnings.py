# The escape decoders warn (DeprecationWarning) about their first invalid escape;
# utf-8 incremental decoding waits for a truncated surrogate under surrogatepass.
import codecs, warnings

for f, data in [(codecs.escape_decode, b"a\\qb\\z\\400"), (codecs.unicode_escape_decode, b"a\\q\\777"),
                (codecs.unicode_escape_decode, b"\\777\\q"), (codecs.escape_decode, b"\\\xfa"),
                (codecs.unicode_escape_decode, b"\\\xfa"), (codecs.escape_decode, b"\\8"),
                (codecs.unicode_escape_decode, b"ok\\n")]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = f(data)
    print(ascii(r), [(x.category.__name__, str(x.message)) for x in w])

data = "a\ud800b".encode("utf-8", "surrogatepass")
d = codecs.getincrementaldecoder("utf-8")("surrogatepass")
print(ascii([d.decode(data[i:i + 1]) for i in range(len(data))]))
for part in (b"\xed", b"\xed\xa0", b"x\xed\xa0", b"\xed\x80"):
    print(part, ascii(codecs.utf_8_decode(part, "strict", False)))
    try:
        codecs.utf_8_decode(part, "strict", True)
    except UnicodeDecodeError as e:
        print(e)
