# base64 (CPython's Lib/base64.py over binascii): every codec, round trips and errors.
import base64
import random


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\x00\x00\xff\xfe\x10',
           bytes(range(256)), b'hello world, this is base64!']
for s in samples:
    e64 = base64.b64encode(s)
    eu = base64.urlsafe_b64encode(s)
    e32 = base64.b32encode(s)
    e32h = base64.b32hexencode(s)
    e16 = base64.b16encode(s)
    e85 = base64.b85encode(s)
    ea85 = base64.a85encode(s)
    print(e64[:50], eu[:50], e32[:40], e32h[:40], e16[:40], e85[:40], ea85[:40])
    print(base64.b64decode(e64) == s, base64.urlsafe_b64decode(eu) == s, base64.b32decode(e32) == s,
          base64.b32hexdecode(e32h) == s, base64.b16decode(e16) == s, base64.b85decode(e85) == s,
          base64.a85decode(ea85) == s, base64.standard_b64decode(base64.standard_b64encode(s)) == s)
    print(base64.encodebytes(s)[:60], base64.decodebytes(base64.encodebytes(s)) == s)
print(base64.b64encode(b'\xfb\xff\xfe', altchars=b'-_'), base64.b64decode(b'-__-', altchars=b'-_'))
print(base64.b64decode('Zm9vYmFy'), base64.b64decode(b'Zm9v\nYmFy'), base64.b64decode(bytearray(b'Zm8=')))
print(base64.b85encode(b'abc', pad=True), base64.a85encode(b'abcdefgh', wrapcol=5, adobe=True))
print(base64.a85encode(b'\0\0\0\0' * 3, foldspaces=True), base64.a85encode(b'    ' * 2, foldspaces=True))
print(base64.a85decode(b'<~@:E^~>', adobe=True), base64.a85decode(b'z', foldspaces=True))
print(base64.b32decode(b'mzxw6===', casefold=True), base64.b32decode(b'MZXW6YQ=', map01=None))
print(base64.b32decode(b'0ZXW6YQ=', map01=b'O') if False else base64.b16decode(b'abcd', casefold=True))
big = bytes(random.Random(1).randrange(256) for _ in range(5000))
print(len(base64.encodebytes(big)), base64.decodebytes(base64.encodebytes(big)) == big)
for label, f in [
    ('pad', lambda: base64.b64decode(b'Zm9vYg')), ('validate', lambda: base64.b64decode(b'Zm9v!YmFy', validate=True)),
    ('novalidate', lambda: base64.b64decode(b'Zm9v!YmFy')), ('str', lambda: base64.b64encode('abc')),
    ('nonascii', lambda: base64.b64decode('é')), ('int', lambda: base64.b64decode(5)),
    ('onechar', lambda: base64.b64decode(b'Zm9vY')), ('b32pad', lambda: base64.b32decode(b'MZXW6')),
    ('b32bad', lambda: base64.b32decode(b'MZXW6Y!=')), ('b16odd', lambda: base64.b16decode(b'abc')),
    ('b16lower', lambda: base64.b16decode(b'ab')), ('b85bad', lambda: base64.b85decode(b'\x7f\x7f')),
    ('a85bad', lambda: base64.a85decode(b'<~abc', adobe=True)), ('a85z', lambda: base64.a85decode(b'az')),
    ('altchars', lambda: base64.b64encode(b'x', altchars=b'-')),
    ('encodebytes-str', lambda: base64.encodebytes('x')),
    ('urlsafe-str', lambda: base64.urlsafe_b64decode('-_-_')),
]:
    show(label, f)
