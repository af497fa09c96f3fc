# center/ljust/rjust/zfill, translate/maketrans, encode/decode basics.
for w in ["", "a", "ab", "abc", "abcd"]:
    print(repr(w.center(6)), repr(w.center(6, "*")), repr(w.ljust(5, ".")), repr(w.rjust(5, ".")), repr(w.center(3)))
print("x".center(4), "|", "x".center(5), "|", "xx".center(5), "|", "xy".center(1), "|", "abc".center(-1))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "-".zfill(3), "".zfill(2), "1234".zfill(2), "+-1".zfill(5))
table = str.maketrans("abc", "xyz")
print(table, "aabbcc".translate(table))
table2 = str.maketrans({"a": "1", "b": None, "c": "333", ord("d"): ord("D")})
print(sorted(table2.items()), "abcd".translate(table2))
table3 = str.maketrans("ab", "AB", "xyz")
print("axbycz".translate(table3))
print("hello".translate({ord("l"): None}), "hello".translate({}), "hello".translate([None] * 200))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print(type(e).__name__, e)
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World!"
print(msg.translate(rot13), msg.translate(rot13).translate(rot13))
class Table:
    def __getitem__(self, code):
        if chr(code) in "aeiou":
            return chr(code).upper()
        raise LookupError
print("translate with mapping object".translate(Table()))
for s in ["abc", "é", "日本", "😀", "\x00"]:
    print(repr(s), s.encode(), s.encode("utf-8"), s.encode("utf-16-le"), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"))
for s, enc in [("é", "ascii"), ("😀", "latin-1")]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
print("é€".encode("ascii", "xmlcharrefreplace"), "é€".encode("ascii", "backslashreplace"), "é".encode("utf-32-be"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff\xfe".decode("utf-8", "replace"), b"ab\xff".decode("utf-8", "ignore"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"\xe2\x82".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(b"abc".decode("ascii"), str(b"\xc3\xa9", "utf-8"), bytes("é", "utf-8"), "é".encode("utf8") == "é".encode("UTF-8"))
print(len("é".encode()), len("😀".encode()), len("😀".encode("utf-16")), "😀".encode("utf-16-be").hex())
print("snake_case_name".title().replace("_", ""), "-".join(w.capitalize() for w in "make kebab case".split()))
