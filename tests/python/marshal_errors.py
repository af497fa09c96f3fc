# marshal: the errors of CPython's reader and writer, and malformed input that must
# raise (never crash).
import io
import marshal


def attempt(fn, *args):
    try:
        r = fn(*args)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r)[:60])


# Truncated and malformed data.
for data in [b"", b"i", b"i\x01", b"\x01", b"Q", b"(\x02\x00\x00\x00N", b")\x02N",
             b"r\x00\x00\x00\x00", b"\xe9\x01\x00\x00\x00", b"0", b"(\x01\x00\x00\x000",
             b"[\x01\x00\x00\x000", b"<\x01\x00\x00\x000", b"l\x01\x00\x00\x00\x00\x00",
             b"l\x02\x00\x00\x00\x01\x00\x00\x80", b"l\x00\x00\x00\x80",
             b"s\xff\xff\xff\xff", b"s\x05\x00\x00\x00ab", b"u\x01\x00\x00\x00\xff",
             b"a\xff\xff\xff\xff", b"(\xff\xff\xff\xff", b"[\xff\xff\xff\xff",
             b"<\xff\xff\xff\xff", b"z\x05ab", b"z", b"f\x03abc", b"f\x05", b"g\x00\x00",
             b"y" + b"\x00" * 9, b"<\x01\x00\x00\x00[\x00\x00\x00\x00",
             b"{[\x00\x00\x00\x00N0", b"{N", b"{Ni\x01\x00\x00\x000", b"{N0", b"{0",
             b"\xdb\x01\x00\x00\x00r\x00\x00\x00\x00",
             b")\x02\xe9\x07\x00\x00\x00r\x00\x00\x00\x00", b"r\x05\x00\x00\x00",
             b"I\x01\x00\x00\x00\x00\x00\x00\x80", b"I\x01"]:
    attempt(marshal.loads, data)

# Nesting limits on both sides.
deep = []
for i in range(3000):
    deep = [deep]
attempt(marshal.dumps, deep)
ok = []
for i in range(1990):
    ok = [ok]
attempt(lambda: len(marshal.loads(marshal.dumps(ok))))
attempt(marshal.loads, b"[\x01\x00\x00\x00" * 3000 + b"N")
attempt(marshal.loads, b")\x01" * 2500 + b"N")

# Unmarshallable values.


class I(int):
    pass


class S(str):
    pass


for v in [object(), [1, object()], {"a": {1: object}}, int, I(3), S("x"), print, range(3),
          slice(1), NotImplemented, ValueError("x"), {1: (2, [3, lambda: 0])}]:
    attempt(marshal.dumps, v)

# Arguments.
attempt(marshal.loads, "abc")
attempt(marshal.loads, 12)
attempt(marshal.loads)
attempt(marshal.dumps)
attempt(marshal.dumps, 1, 2, 3)
attempt(marshal.dumps, 1, 2.0)
attempt(marshal.dumps, 1, "4")
attempt(lambda: marshal.loads(b"N", x=1))
attempt(lambda: marshal.dumps(1, version=2))
attempt(marshal.dumps, 1, 2**40)
attempt(marshal.dumps, "abc", -1)
attempt(marshal.dumps, 1.5, 99)

# load from files: empty, truncated, text files, objects without read.
attempt(marshal.load, io.BytesIO(b""))
attempt(marshal.load, io.BytesIO(b"i\x01"))
attempt(marshal.load, io.BytesIO(b"(\x02\x00\x00\x00N"))
attempt(marshal.load, io.StringIO("abc"))
attempt(marshal.load, 5)
attempt(marshal.dump, 1, io.StringIO())
attempt(marshal.dump, 1, 5)
attempt(marshal.dump, object(), io.BytesIO())


class Short:
    def read(self, n):
        return b""

    def readinto(self, buf):
        buf[0:1] = b"N"
        return 1


attempt(marshal.load, Short())


class TooMuch:
    def read(self, n):
        return b""

    def readinto(self, buf):
        return len(buf) + 5


attempt(marshal.load, TooMuch())

# Corrupted code objects raise instead of crashing.
code = compile("x = [i * 2 for i in range(3)]\nprint(x)\n", "<t>", "exec")
data = marshal.dumps(code)
kinds = set()
for i in range(len(data)):
    try:
        marshal.loads(data[:i])
    except (EOFError, ValueError, TypeError) as e:
        kinds.add(type(e).__name__)
print(sorted(kinds))
