# A decoding error handler may replace the exception's object: decoding continues on
# the new input (newpos relative to it); a non-bytes object is a TypeError.
import codecs

baddata = [("ascii", b"\xff"), ("utf-7", b"++"), ("utf-8", b"\xff"), ("utf-16", b"\xff"),
           ("utf-32", b"\xff"), ("unicode-escape", b"\\u123g"),
           ("raw-unicode-escape", b"\\u123g"), ("charmap", b"\xff")]

def replacing(exc):
    exc.object = 42
    return ("\u4242", 0)

def mutating(exc):
    exc.object = b""
    return ("\u4242", 0)

def longer(exc):
    exc.object = b"\x00" * 8
    return ("\ufffd", exc.start)

def swap(exc):
    exc.object = b"abc+AGE-"
    return ("[x]", 1)

for name, f in [("t.replacing", replacing), ("t.mutating", mutating), ("t.longer", longer), ("t.swap", swap)]:
    codecs.register_error(name, f)

for enc, data in baddata:
    try:
        data.decode(enc, "t.replacing")
    except TypeError as e:
        print(enc, "TypeError", e)
    print(enc, ascii(data.decode(enc, "t.mutating")))
print(ascii(b"\x00".decode("utf-16", "t.longer")), ascii(b"\x00".decode("utf-32", "t.longer")))
print(ascii(b"\xff\xff".decode("utf-8", "t.swap")), ascii(b"\xff\xff".decode("utf-7", "t.swap")),
      ascii(b"+AG".decode("utf-7", "t.swap")), ascii(b"\xff".decode("ascii", "t.swap")))
