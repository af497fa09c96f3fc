# split/rsplit/splitlines/join/strip family with maxsplit, separators and edge cases.
s = "  alpha  beta\tgamma\ndelta  "
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(" "), s.split("  "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), ",".split(","), "".split(","), "".split())
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "abc".split("abc"), "aaa".split("a"), "x".split("x", 0))
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1), "a b".split(sep=None), "a\u3000b\u00a0c\x1cd".split())
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
lines = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\u2028eight\n\n"
print(lines.splitlines(), len(lines.splitlines()), lines.splitlines(keepends=True)[:3], "".splitlines(), "\n".splitlines())
print("no newline".splitlines(), "trailing\n".splitlines(True), "a\n\nb".split("\n"))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(str(i) for i in range(5)), ", ".join({"k": 1}))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
t = "xx--hello--xx"
print(t.strip("x"), t.strip("x-"), t.lstrip("x"), t.rstrip("-x"), "  pad  ".strip(), "\t\n x \r\n".strip(), "abc".strip(""))
print("www.example.com".strip("cmowz."), "  ".strip(), "aaa".lstrip("a"), "\u00a0nbsp\u2003".strip())
print("prefix_name".removeprefix("prefix_"), "prefix_name".removeprefix("nope"), "file.txt".removesuffix(".txt"), "x".removesuffix(""))
print("a b c".split(" ", -1), "a b c".rsplit(" ", -1), "a  b".split(" "), " a b ".rsplit(" "))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="), "=".partition("="))
try:
    "x".partition("")
except ValueError as e:
    print(type(e).__name__, e)
csv = "name, age ,city\n Ann,30, Oslo \nBob , 25,Rome"
rows = [[cell.strip() for cell in line.split(",")] for line in csv.splitlines()]
print(rows)
print([w for w in "The quick  brown\tfox".split() if len(w) > 3], "|".join(reversed("a b c".split())))
print("a\tb\tc".expandtabs(), "a\tb".expandtabs(4), "12345\t6".expandtabs(4), "\tx\ny\tz".expandtabs(2), repr("ab\t".expandtabs(0)))
