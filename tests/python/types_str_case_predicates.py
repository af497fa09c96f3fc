# str case conversions and is* predicates over ASCII and non-ASCII text.
samples = ["hello world", "Hello World", "HELLO", "hELLO wORLD", "ß straße", "ǅungla", "İstanbul", "ﬁsh",
           "o'neil's 3rd-place", "123abc", "", "  ", "ΣΑΣ ΟΔΟΣ", "mIxEd_Case-42"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "islower", "isupper", "istitle",
         "isidentifier", "isprintable", "isascii"]
tests = ["abc", "ABC", "Abc Def", "abc123", "123", "١٢٣", "½", "²", "", " \t\n", "\x0b\x1c", "a b", "_private",
         "2cool", "class", "naïve", "日本語", "Ⅻ", "\u00a0", "tab\t", "\x7f", "Hello World"]
print(" " * 12 + " ".join(p[2:6] for p in preds))
for t in tests:
    print("%-12r" % t + " ".join(("T" if getattr(t, p)() else ".").center(4) for p in preds))
print("ǅ".isupper(), "ǅ".islower(), "ǅ".istitle(), "ǆ".upper(), "ǆ".title())
print("ß".upper(), len("ß".upper()), "ﬃ".upper(), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΑΣ".lower(), "ΑΣ Σ".lower())
print("hello"[0].upper() + "hello"[1:], "they're bill's friends".title(), "3RD".title(), "a1b2c3".title())
print("ǉ".capitalize(), "ŉ".upper(), "ŉ".capitalize(), "ΐ".upper(), "straße".casefold() == "STRASSE".casefold())
