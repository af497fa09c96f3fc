# str methods, slicing, hashing, formatting and codecs on pseudo-random text mixing lone surrogates,
# supplementary and private-use characters (plane 15 stand-in blocks included).
class R:
    x = 12345
    def randint(self, a, b):
        R.x = (R.x * 1103515245 + 12345) % 2147483648
        return a + (R.x >> 8) % (b - a + 1)
    def randrange(self, n):
        return self.randint(0, n - 1)
    def choice(self, seq):
        return seq[self.randrange(len(seq))]
random = R()
alphabet = ['a', 'b', ' ', '\t', '\n', 'A', 'é', 'ß', '\ud800', '\udc80', '\udfff', '\ud83d', '\ude00', '\U0001f600', '\uffff', 'x', 'İ', 'ǅ', '\U000f0000', '\U000f0801', '\U000f07ff']
def rs(n=None):
    n = random.randint(0, 8) if n is None else n
    return ''.join(random.choice(alphabet) for _ in range(n))
ops = [
    lambda s, t: s.find(t), lambda s, t: s.rfind(t), lambda s, t: s.count(t), lambda s, t: t in s,
    lambda s, t: s.replace(t, 'Z'), lambda s, t: s.replace(t[:1], t), lambda s, t: s.split(t) if t else s.split(),
    lambda s, t: s.rsplit(t, 1) if t else s.rsplit(None, 1), lambda s, t: s.partition(t) if t else None,
    lambda s, t: s.strip(t), lambda s, t: s.lstrip(), lambda s, t: s.rstrip(t),
    lambda s, t: s.startswith(t), lambda s, t: s.endswith(t), lambda s, t: t.join([s, s, 'q']),
    lambda s, t: s.upper(), lambda s, t: s.lower(), lambda s, t: s.title(), lambda s, t: s.capitalize(), lambda s, t: s.swapcase(), lambda s, t: s.casefold(),
    lambda s, t: (s.isalpha(), s.isprintable(), s.isspace(), s.istitle(), s.islower(), s.isupper(), s.isidentifier(), s.isalnum()),
    lambda s, t: s.center(12, '*'), lambda s, t: s.zfill(10), lambda s, t: s.expandtabs(3), lambda s, t: s.splitlines(True),
    lambda s, t: s[::-2], lambda s, t: s[1:-1], lambda s, t: s < t, lambda s, t: s == t, lambda s, t: hash(s) == hash(s[:] + ''),
    lambda s, t: hash(s), lambda s, t: repr(s), lambda s, t: ascii(s), lambda s, t: [ord(c) for c in s],
    lambda s, t: s.encode('utf-8', 'surrogatepass'), lambda s, t: s.encode('utf-16', 'surrogatepass'), lambda s, t: s.encode('ascii', 'backslashreplace'),
    lambda s, t: s.encode('utf-8', 'surrogateescape'), lambda s, t: s.encode('latin-1', 'xmlcharrefreplace'),
    lambda s, t: s.encode('utf-8', 'surrogatepass').decode('utf-8', 'surrogatepass') == s,
    lambda s, t: s.encode('utf-16-le', 'surrogatepass').decode('utf-16-le', 'surrogatepass'),
    lambda s, t: s.encode('utf-8', 'surrogatepass').decode('utf-8', 'surrogateescape'),
    lambda s, t: s.encode('utf-8', 'surrogatepass').decode('utf-8', 'replace'),
    lambda s, t: s.encode('utf-8', 'surrogatepass').decode('utf-8', 'backslashreplace'),
    lambda s, t: s.encode('utf-8', 'surrogatepass').decode('ascii', 'surrogateescape'),
    lambda s, t: '%s|%-9s|%.2s' % (s, t, s), lambda s, t: '{:>9}|{!r}|{}'.format(s, t, s), lambda s, t: f'{s}{t!a}',
    lambda s, t: s.translate({0xd800: 'X', 97: None, 0xdc80: 0xdfff}), lambda s, t: s.index(t) if t in s else -5,
    lambda s, t: sorted([s, t, s + t]), lambda s, t: {s: 1, t: 2}.get(s), lambda s, t: s.removeprefix(t), lambda s, t: s.removesuffix(t),
    lambda s, t: (s * 3)[2:9], lambda s, t: format(s, '*^9'), lambda s, t: str.maketrans(s[:2], t[:2]) if len(s) >= 2 and len(t) >= 2 else 0,
    lambda s, t: '%c%c' % (s[:1] or 'q', 0x41), lambda s, t: s.isdigit(), lambda s, t: int(s) if s else 0,
    lambda s, t: s.join(t), lambda s, t: s.split(t[:1] or None, 2), lambda s, t: (s + t).rpartition(t) if t else 1,
    lambda s, t: s.count(t, 1, 5), lambda s, t: s.find(t, -3), lambda s, t: s.startswith((t, 'a'), 1), lambda s, t: max(s) if s else '', lambda s, t: list(reversed(s)), lambda s, t: s.ljust(7, t[:1] or '-'),
]
for i in range(1500):
    s, t = rs(), rs(random.randint(0, 3))
    op = random.randrange(len(ops))
    try:
        r = ascii(ops[op](s, t))
    except Exception as e:
        r = type(e).__name__ + ':' + ascii(str(e))
    print(i, op, r)
