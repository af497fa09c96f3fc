# float/int formatting, repr, round, hex round trips over many pseudo-random floats (exact CPython digits).
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
vals = [(rnd() / 2**64) * 10.0 ** (rnd() % 628 - 320) for _ in range(60)] + [5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 1/3, 2/3, 1e15, 1e16, 1e17, 123456789012345678.0, 9007199254740993.0]
specs = ['', 'e', '.3e', 'f', '.2f', 'g', '.10g', '%', '.1%', ',', '_.3f', '+.2e', ' g', '#g', '#.0f', '#.0e', '=+20.5f', '020.3g', 'n', '.17g', '.0f', 'G', 'E', 'F', '#x' ]
out = []
for v in vals:
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + str(e))
    out.append(repr(v)); out.append(str(-v)); out.append(repr(round(v, 3))); out.append(repr(round(v, -2)))
    out.append(v.hex()); out.append(repr(float.fromhex(v.hex())))
    out.append(repr(v * 1j)); out.append(format(complex(v, -v), '.3g'))
    out.append('%r %s %.3f %e %g %10.4g %-10.2e|' % (v, v, v, v, v, v, v))
for o in out:
    print(o)
ints = [0, 1, -1, 255, -255, 2**64, -(2**100), 10**20, 123456789]
for i in ints:
    for s in ['', 'd', 'x', 'X', '#x', 'o', '#o', 'b', '#b', ',', '_', '_x', '+d', ' d', '=10d', '<10', '>10', '^10', '010', 'e', '.2f', 'g', '%', 'c' if 0 <= i < 1000 else 'd', 'n']:
        try:
            print(format(i, s))
        except Exception as e:
            print(type(e).__name__, e)
