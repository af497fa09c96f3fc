# In-place operators fall back to binary ones; unary operators and their errors.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return "Vec%r" % (tuple(self.xs),)
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.xs, o.xs)])
    def __iadd__(self, o):
        for i, b in enumerate(o.xs):
            self.xs[i] += b
        return self
    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(*[-a for a in self.xs])
    def __pos__(self):
        return Vec(*self.xs)
    def __abs__(self):
        return sum(a * a for a in self.xs) ** 0.5
    def __invert__(self):
        return Vec(*reversed(self.xs))

v = Vec(1, 2)
alias = v
v += Vec(10, 20)
print(v, alias is v)
v *= 3
print(v, alias, alias is v)
print(-v, +v, abs(Vec(3, 4)), ~Vec(1, 2, 3), 2 * Vec(1, 1))

class OnlyRadd:
    def __radd__(self, other):
        return "radd used for in-place"
x = 5
x += OnlyRadd()
print(x)

class ReturnsOther:
    def __iadd__(self, o):
        return "iadd can return anything"
r = ReturnsOther()
r += 1
print(r)

class ImulNone:
    def __imul__(self, o):
        return None
y = ImulNone()
y *= 2
print(y)

for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]:
    ns = {"z": object()}
    try:
        exec("z %s 1" % op, ns)
    except TypeError as e:
        print(op, "->", e)

for expr in ["-'s'", "+[]", "~1.5", "abs('x')", "~None", "-{}"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
print(-5, +5, ~5, ~-1, -(-5), +True, -True, ~True, ~False, -0.0, +(-0.0), abs(-0.0))
print(-2 ** 2, (-2) ** 2, ~0b1010, -(2 ** 100), ~(2 ** 100))
print(not Vec(), -(1 + 2j), abs(-3 + 4j), abs(-7.5), abs(True))

lst = [1, 2]
ref = lst
lst += "ab"
lst *= 2
print(lst, ref is lst)
t = (1,)
ref_t = t
t *= 3
print(t, ref_t, t is ref_t)
s = {1, 2}
ref_s = s
s |= {3}
s &= {1, 3, 4}
s -= {1}
s ^= {9}
print(sorted(s), ref_s is s)
fs = frozenset({1})
ref_fs = fs
fs |= {2}
print(sorted(fs), ref_fs is fs, sorted(ref_fs))
d = {"a": 1}
ref_d = d
d |= {"b": 2}
print(d, ref_d is d)
ba = bytearray(b"ab")
ref_ba = ba
ba += b"cd"
ba *= 2
print(ba, ref_ba is ba)
n = 2 ** 64
n += 1
n //= 3
print(n)
