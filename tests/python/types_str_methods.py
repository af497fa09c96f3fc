s = "Hello, World"
print(s.lower(), s.upper(), s.swapcase(), s.title(), "hello world".capitalize())
print(s.find("o"), s.rfind("o"), s.find("z"), s.index("W"), s.count("l"), s.count(""))
print(s.startswith("Hell"), s.endswith(("x", "ld")), s.startswith("o", 4), s[::2], s[-5:])
print(s.replace("l", "L", 2), s.split(", "), "a  b\tc\n".split(), " x ".strip(), "xxhixx".strip("x"))
print("a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "line1\nline2\r\nline3".splitlines(),
      "k=v".partition("="), "a.b.c".rpartition("."))
print("42".zfill(5), "-42".zfill(5), "abc".center(9, "*"), "abc".ljust(5) + "|", "abc".rjust(5, "0"))
print("tab\there".expandtabs(4), "abc".isalpha(), "123".isdigit(), "a1".isalnum(), "  ".isspace(),
      "Title Case".istitle(), "UP".isupper(), "low".islower(), "x_1".isidentifier(), "1x".isidentifier())
print("-".join(["a", "b"]), "".join(reversed("abc")), "%s and %r" % ("x", "y"), "%(a)s" % {"a": 1})
print("{}-{}".format(1, 2), "{1}{0}".format("a", "b"), "{x.real}".format(x=3), "{0[1]}".format([5, 6]))
print("{:>6}|{:<6}|{:^6}|{:*>6}".format("a", "b", "c", "d"))
print("abc".encode(), "é".encode("utf-8"), "é".encode("latin-1"), b"\xc3\xa9".decode())
print("ß".upper(), "ǅ".lower(), "İ".lower(), len("İ".lower()))
print("abc" < "abd", "a" * 3, "ab" in "cabd", "Z" < "a", ord("€"), chr(8364))
print("removeprefix".removeprefix("remove"), "file.txt".removesuffix(".txt"))
print("hello"[1:4], "hello"[::-1], "hello"[-3:], "hello"[10:], "hello"[:0])
print(str(123), str(None), str([1, "a"]), repr("tab\t"), repr("quote'"), repr('both\'"'))
print("Mississippi".count("ss"), "aaa".replace("a", "b", 0), "abc".translate({97: "A", 98: None}))
print(str.maketrans("ab", "xy"), "abcab".translate(str.maketrans("ab", "xy")))
print("x".join("123"), "  lead".lstrip(), "trail  ".rstrip() + "|", "a\tb".split("\t"))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    "".join([1, 2])
except TypeError as e:
    print(e)
print("café".upper(), "ÅNGSTRÖM".lower(), len("naïve"), "naïve"[2], "日本語"[1], "日本語"[::-1])
print("a b c".split(None, 1), "  a  b  ".split(" "), "".split(), "".split(","))
print("%5s|%-5s|%.2s" % ("ab", "cd", "efgh"), "%d%%" % 50, "%x %o %e" % (255, 8, 12345.678))
print("%c%c" % (72, "i"), "%+d %05.1f" % (5, 2.25), "%r" % [1])
