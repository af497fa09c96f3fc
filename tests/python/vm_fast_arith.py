# Exact int/float operators and comparisons (the eval loop's inline arithmetic) at the edges:
# overflow into big ints, floor division/modulo signs, zero divisors, NaN/inf, bool operands.
vals = [0, 1, -1, 2, -7, 7, 3, -3, 4611686018427387904, -4611686018427387904, 9223372036854775807, -9223372036854775808, 0.0, -0.0, 1.5, -2.5, 1e+308, 0, 0, True]
vals[17] = float('inf'); vals[18] = float('nan')


def run(x, y):
    out = []
    for name, f in (("+", lambda: x + y), ("-", lambda: x - y), ("*", lambda: x * y), ("/", lambda: x / y), ("//", lambda: x // y), ("%", lambda: x % y), ("&", lambda: x & y), ("|", lambda: x | y), ("^", lambda: x ^ y)):
        try:
            out.append(repr(f()))
        except Exception as e:
            out.append(type(e).__name__)
    try:
        a = x; a += y; out.append(repr(a))
    except Exception as e:
        out.append(type(e).__name__)
    out.append((x < y, x <= y, x == y, x != y, x > y, x >= y))
    return out
for x in vals:
    for y in vals:
        print(repr(x), repr(y), run(x, y))
