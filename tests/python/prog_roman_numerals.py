# Roman numeral conversion both ways, validation with helpful errors, and arithmetic on a Roman class.
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError("expected int, got %s" % type(n).__name__)
    if not 0 < n < 4000:
        raise ValueError("%d is out of range (1..3999)" % n)
    out = []
    for value, sym in VALUES:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)
SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
def from_roman(s):
    s = s.upper()
    if not s or any(ch not in SYMBOLS for ch in s):
        raise ValueError("invalid roman numeral: %r" % s)
    total = 0
    for i, ch in enumerate(s):
        v = SYMBOLS[ch]
        if i + 1 < len(s) and SYMBOLS[s[i + 1]] > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError("non-canonical roman numeral: %r (did you mean %r?)" % (s, to_roman(total)))
    return total
class Roman(int):
    def __new__(cls, value):
        if isinstance(value, str):
            value = from_roman(value)
        to_roman(value)
        return super().__new__(cls, value)
    def __repr__(self):
        return "Roman(%r)" % to_roman(self)
    def __str__(self):
        return to_roman(self)
    def __add__(self, other):
        return Roman(int(self) + int(other))
    def __sub__(self, other):
        return Roman(int(self) - int(other))
    def __mul__(self, other):
        return Roman(int(self) * int(other))
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666, 3888]:
    r = to_roman(n)
    print("%5d %-16s %5d" % (n, r, from_roman(r)))
for bad in ["IIII", "VX", "IC", "MMMM", "", "ABC", "xiv", "IIX", "CMM"]:
    try:
        print(bad, "->", from_roman(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [0, 4000, -5, 2.5, True]:
    try:
        to_roman(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a, b = Roman("XLII"), Roman(8)
print(a, b, repr(a + b), a - b, a * 2, int(a) // 3, sorted([Roman(10), Roman("III"), Roman("MM")]))
try:
    b - a
except ValueError as e:
    print(type(e).__name__, e)
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
lengths = {}
for n in range(1, 4000):
    lengths.setdefault(len(to_roman(n)), []).append(n)
longest = max(lengths)
print("longest numeral length", longest, "for", [to_roman(n) for n in lengths[longest]])
print("table:", " ".join("%s=%d" % (to_roman(y), y) for y in range(1990, 2001)))
