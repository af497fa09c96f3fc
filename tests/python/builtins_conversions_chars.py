# chr/ord/bin/oct/hex/ascii/repr/format/str/int/float/bool/list/tuple/set/dict constructors.
print([chr(c) for c in (48, 65, 97, 955, 8364, 128013)], [ord(c) for c in "0Aaλ€🐍"])
print(bin(0), bin(1), bin(-1), bin(255), bin(2 ** 65), oct(0), oct(64), oct(-9), hex(0), hex(4095), hex(-4096), hex(2 ** 70))
class Index:
    def __index__(self):
        return 10
print(bin(Index()), oct(Index()), hex(Index()), chr(int(Index()) + 55))
for f in [bin, oct, hex]:
    try:
        f(1.5)
    except TypeError as e:
        print(type(e).__name__, e)
print(ascii("plain"), ascii("ümlaut"), ascii("😀"), ascii(["é", b"\xff"]), ascii({"k": "ñ"}), ascii(1.5))
print(repr("tab\there"), repr("quote'"), repr('dq"'), repr("both'\""), repr("\\"), repr("\x1b[0m"), repr("\u200b"))
print(str(123), str(-1.5), str([1, "a"]), str((1,)), str({1: "x"}), str(None), str(b"b"), str(1 + 2j), str(True))
print(int("42"), int(42.9), int(-42.9), int("0x1f", 16), int("11", base=2), int(True), float("3.25"), float(3), float("-inf"))
print(bool(), bool(0), bool(1), bool(""), bool("False"), bool([]), bool([[]]), bool(None), bool(0.0), bool(float("nan")))
print(list(), list("abc"), list((1, 2)), list({3: 4}), list(range(3)), list(x * x for x in range(3)))
print(tuple(), tuple("ab"), tuple([1]), set(), set("aab") == {"a", "b"}, sorted(set([3, 1, 3])), frozenset([1]) == {1})
print(dict(), dict(a=1, b=2), dict([("k", "v")]), dict({"x": 1}, y=2), dict(zip(range(3), "abc")))
print(str(), int(), float(), complex(), tuple(), list(), dict(), bytes(), bytearray(), frozenset())
print(type(str(5)).__name__, type(int("5")).__name__, str(b"abc", "ascii"), str(bytearray(b"x"), "utf-8"), str(object)[:14])
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)
try:
    str(5, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(["ab", "c"])
except ValueError as e:
    print(type(e).__name__, e)
print(dict(["ab", "cd"]), list({"b": 1, "a": 2}.items()), tuple(reversed((1, 2, 3))))
print(format(10), format(10, "x"), format(10.5), format("s", "3") + "|", format(None, ""), format(True, "^6") + "|")
print("%s|%s|%s" % (format(0.5, "%"), format(123, "+"), format(-0.0, "")))
print(repr(1e100), repr(123456789.0), repr(-1e-7), repr(2 ** 62), repr([1.0, -0.0]), repr((0.1, 1 / 3)))
print(chr(0x10FFFF) == "\U0010ffff", len(chr(0x10000)), ord(chr(0xD800)), repr(chr(0xDFFF)))
