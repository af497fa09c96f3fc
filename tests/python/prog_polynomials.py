# A Polynomial class with integer coefficients: arithmetic, evaluation, division, derivative, roots.
class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]
    @classmethod
    def x(cls):
        return cls([0, 1])
    @property
    def degree(self):
        return -1 if self.c == [0] else len(self.c) - 1
    def __repr__(self):
        return "Poly(%r)" % self.c
    def __str__(self):
        terms = []
        for power in range(len(self.c) - 1, -1, -1):
            k = self.c[power]
            if k == 0:
                continue
            sign = "-" if k < 0 else "+"
            mag = abs(k)
            body = ("" if mag == 1 and power else str(mag)) + ("x" if power else "") + ("^%d" % power if power > 1 else "")
            terms.append((sign, body))
        if not terms:
            return "0"
        first_sign, first = terms[0]
        out = ("-" if first_sign == "-" else "") + first
        for sign, body in terms[1:]:
            out += " %s %s" % (sign, body)
        return out
    def _lift(self, o):
        return o if isinstance(o, Poly) else Poly([o])
    def __add__(self, o):
        o = self._lift(o)
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    __radd__ = __add__
    def __neg__(self):
        return Poly([-k for k in self.c])
    def __sub__(self, o):
        return self + (-self._lift(o))
    def __rsub__(self, o):
        return self._lift(o) - self
    def __mul__(self, o):
        o = self._lift(o)
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)
    __rmul__ = __mul__
    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result
    def __eq__(self, o):
        return self.c == self._lift(o).c
    def __hash__(self):
        return hash(tuple(self.c))
    def __call__(self, x):
        acc = 0
        for k in reversed(self.c):
            acc = acc * x + k
        return acc
    def __divmod__(self, d):
        if d.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        rem = list(self.c)
        q = [0] * max(1, len(rem) - len(d.c) + 1)
        while len(rem) >= len(d.c) and any(rem):
            shift = len(rem) - len(d.c)
            lead, r = divmod(rem[-1], d.c[-1])
            if r:
                raise ValueError("non-integer quotient")
            q[shift] = lead
            for i, k in enumerate(d.c):
                rem[i + shift] -= lead * k
            while rem and rem[-1] == 0:
                rem.pop()
        return Poly(q), Poly(rem)
    def __floordiv__(self, d):
        return divmod(self, d)[0]
    def __mod__(self, d):
        return divmod(self, d)[1]
    def derivative(self):
        return Poly([i * k for i, k in enumerate(self.c)][1:])
    def compose(self, other):
        result = Poly([0])
        for k in reversed(self.c):
            result = result * other + k
        return result
    def integer_roots(self):
        if self.c[0] == 0:
            return sorted({0} | set(Poly(self.c[1:]).integer_roots()))
        n = abs(self.c[0])
        cands = [d for d in range(1, n + 1) if n % d == 0]
        return sorted(r for d in cands for r in (d, -d) if self(r) == 0)
x = Poly.x()
p = (x - 1) * (x + 2) * (x - 3)
q = x ** 2 + 1
print(p, "|", q, "|", repr(p), p.degree, Poly([0]).degree)
print(p + q, "|", p - q, "|", p * q, "|", 3 * q - 1, "|", 1 - x)
print([p(v) for v in range(-3, 5)], q(1j), p(0.5))
quot, rem = divmod(p, x - 1)
print(quot, "|", rem, "|", divmod(p * q + 5, q))
print(p.derivative(), "|", p.derivative().derivative(), "|", Poly([7]).derivative())
print(q.compose(x + 1), "|", (x ** 2).compose(x ** 3), "|", p.integer_roots(), (x ** 3 - x).integer_roots())
print((x + 1) ** 5)
row = [(x + 1) ** n for n in range(7)]
print([r.c for r in row][-1], sum(row[-1].c))
try:
    divmod(p, Poly([0]))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(x ** 2, 2 * x + 1)
except ValueError as e:
    print(type(e).__name__, e)
print(p == (x - 1) * (x + 2) * (x - 3), len({p, (x - 1) * (x + 2) * (x - 3), q}), str(-x ** 2 + 0), str(Poly([0, 0, -1, 5])))
def gcd(a, b):
    while b.degree >= 0 and b != 0:
        try:
            a, b = b, a % b
        except ValueError:
            return None
    return a
print(gcd((x - 1) * (x + 1), (x - 1) * (x + 3)))
chebyshev = [Poly([1]), x]
for n in range(2, 7):
    chebyshev.append(2 * x * chebyshev[-1] - chebyshev[-2])
for n, t in enumerate(chebyshev):
    print("T%d = %s" % (n, t))
