# re: case-insensitive matching and character classes over the whole code space agree
# with CPython's tables (_sre.unicode_tolower / unicode_iscased, \w \d \s on every
# code point), summarised as counts and checksums.
import re
import _sre

lower = [_sre.unicode_tolower(c) for c in range(0x110000)]
print(sum(1 for c, l in enumerate(lower) if l != c), sum(l * 7 + c for c, l in enumerate(lower) if l != c) % 1000003)
cased = [c for c in range(0x110000) if _sre.unicode_iscased(c)]
print(len(cased), sum(cased) % 1000003)
print(sum(1 for c in range(256) if _sre.ascii_iscased(c)), sum(_sre.ascii_tolower(c) for c in range(256)))

text = ''.join(map(chr, range(0x30000)))
for cls in [r'\w', r'\d', r'\s', r'\W', r'(?a)\w', r'(?a)\s']:
    found = re.findall(cls, text)
    print(cls, len(found), sum(map(ord, found)) % 1000003)
print(repr(re.sub(r'(?m)$', '|', 'a\nb\x85c\u2028d\re')))

# every cased BMP letter matches its upper and lower forms case-insensitively
bad = 0
for c in range(0x10000):
    ch = chr(c)
    if ch.lower() != ch.upper():
        p = re.compile(re.escape(ch), re.I)
        for other in {ch.lower(), ch.upper()}:
            if len(other) == 1 and not p.fullmatch(other):
                bad += 1
print('unmatched case pairs', bad)
print(re.findall(r'(?i)[a-zà-ÿ]+', 'ÀÉÎ abc ÿŸ'))
print(re.findall(r'(?i)ǆ', 'Ǆǅǆ'), re.findall(r'(?i)[ǅ]', 'Ǆǅǆ'))
print(re.findall(r'(?i)ς', 'Σσς'), re.findall(r'(?i)ﬁ', 'FIﬁ'))
