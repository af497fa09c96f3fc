# find/rfind/index/rindex/count/startswith/endswith/replace with start/end arguments.
s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.find("the", 1, 10), s.rfind("the"), s.rfind("the", 0, 20), s.find(""), s.rfind(""))
print(s.find("", 100), s.find("", len(s)), s.find("at", -5), s.rfind("at", -15, -5), s.find("zzz"), s.find("t", 3, 2))
print(s.index("cat"), s.rindex("at"), s.count("at"), s.count("at", 10), s.count("at", 5, 12), s.count(""), "aaaa".count("aa"))
for thunk in [lambda: s.index("dog"), lambda: s.rindex("the", 0, 2), lambda: "abc".index("c", 0, 2)]:
    try:
        thunk()
    except ValueError as e:
        print(type(e).__name__, e)
print(s.startswith("the"), s.startswith("cat", 4), s.startswith(("a", "t")), s.endswith("hat"), s.endswith("sat", 0, 11), s.startswith(""))
print(s.endswith(("x", "y")), "".startswith(""), "abc".startswith("abc", 3), "abc".startswith("", 4), "abc".endswith("c", -1))
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
print(s.replace("the", "a"), s.replace("the", "a", 1), s.replace("at", ""), s.replace("", "-")[:20], "aaa".replace("a", "b", 0))
print("abc".replace("", "|"), "abc".replace("", "|", 2), "".replace("", "x"), "x".replace("x", "xx", -1), "banana".replace("ana", "ANA"))
print("mississippi".replace("ss", "SS").replace("i", "!", 2), "a.b.c".replace(".", ""))
print("abc" in "xxabcxx", "" in "abc", "abd" not in "abc", "Ä" in "ÄÖÜ", "ab" * 0 in "x")
text = "To be, or not to be, that is the question"
words = text.lower().replace(",", "").split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
positions = []
i = text.find("o")
while i != -1:
    positions.append(i)
    i = text.find("o", i + 1)
print(positions, text.count("o") == len(positions))
print("日本語テキスト".find("テ"), "日本語テキスト".rfind("語"), "ñandú".index("d"), "𝄞music𝄞".rfind("𝄞"), len("𝄞music𝄞"))
print("Hello"[::-1], "".join(reversed("Hello")), "racecar" == "racecar"[::-1], "abcdef"[1::2])
print(min("hello"), max("hello"), sorted("hello"), sorted("hello", reverse=True), "b" < "ab", "Z" < "a", "é" > "z")
print(ord("a"), chr(97), ord("€"), chr(8364), ord("\U0001f600"), [ord(c) for c in "AZaz09"])
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
print("abc" * 3, 3 * "-", "x" * -2, "ab" + "cd", "a" "b", str(), str(123), str(b"x"), str(b"x", "ascii"))
