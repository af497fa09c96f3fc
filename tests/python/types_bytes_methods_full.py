# bytes: construction, methods, hex/fromhex, comparisons, immutability, errors.
print(bytes(), bytes(3), bytes([65, 66]), bytes(b"abc"), bytes(bytearray(b"x")), bytes(memoryview(b"mv")), bytes("é", "utf-8"))
print(bytes(range(5)), bytes(iter([1, 2])), bytes.fromhex("de ad be ef"), bytes.fromhex(""), b"\x00\x01".hex(), b"abc".hex(":"), b"abcdef".hex("-", 2))
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("str"), lambda: bytes(-1), lambda: bytes.fromhex("abc"),
            lambda: bytes.fromhex("zz"), lambda: bytes(["a"]), lambda: bytes(1.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b = b"Hello, World! hello"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize(), b.casefold() if hasattr(b, "casefold") else "no casefold")
print(b.find(b"llo"), b.rfind(b"llo"), b.find(108), b.index(b"W"), b.count(b"l"), b.count(ord("o")), b.startswith(b"Hell"), b.endswith((b"x", b"lo")))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b.split(), b.split(b", "), b.rsplit(b" ", 1), b.partition(b" "), b.rpartition(b"l"))
print(b.strip(b"Heo"), b"  x  ".lstrip(), b"xxyxx".rstrip(b"x"), b.center(25, b"*"), b.ljust(21, b"."), b.rjust(21), b"42".zfill(5))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b"a\nb\r\nc".splitlines(), b"a\tb".expandtabs(4))
print(b"abc".isalpha(), b"ab1".isalnum(), b"123".isdigit(), b"  ".isspace(), b"abc".islower(), b"ABC".isupper(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b[0], b[-1], b[1:4], b[::-3], list(b[:3]), b"l" in b, 108 in b, b"" in b, b + b"!", b * 2, 3 * b"ab")
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b + "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "str" in b
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in b
except ValueError as e:
    print(type(e).__name__, e)
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"abc" == bytearray(b"abc"), b"abc" == "abc", b"a" < bytearray(b"b"))
print(b"%s-%d" % (b"x", 5), b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".translate(None, b"l"))
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"bc"), b"a,b".split(b",", maxsplit=1), b"A".decode(), b"\xe2\x82\xac".decode("utf-8"))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\x0b\\"), repr(bytes(range(0x7b, 0x82))))
print(hash(b"abc") == hash(b"abc"), len(b"\x00" * 10), sorted(b"dcba"), max(b"az"), sum(b"\x01\x02"), bytes(reversed(b"abc")))
print(b"abcabc".index(b"c", 3), b"abc".isdigit(), b"".join(bytes([i]) for i in range(97, 100)), type(b[0]).__name__, type(b[0:1]).__name__)
print(int.from_bytes(b"\x01\x00", "big"), list(b"ab"), tuple(b"\xff"), [bytes([c]) for c in b"hi"])
