# unicode_escape / escape_decode warn about their first invalid escape.
import codecs, warnings
for f in (codecs.escape_decode, codecs.unicode_escape_decode):
    for data in [rb"\d", rb"a\q\z", rb"\777", rb"\101", b"\\\xfa", rb"\n", rb"\8"]:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            r = f(data)
        print(f.__name__, data, ascii(r), [str(x.message) for x in w], [x.category.__name__ for x in w])
