# A hand-written Fraction type interoperating with int/float via the numeric protocols.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % n)
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def _coerce(o):
        if isinstance(o, Frac):
            return o
        if isinstance(o, int):
            return Frac(o)
        return None
    def __repr__(self):
        return "Frac(%d, %d)" % (self.n, self.d)
    def __str__(self):
        return "%d/%d" % (self.n, self.d) if self.d != 1 else str(self.n)
    def __add__(self, o):
        if isinstance(o, float):
            return float(self) + o
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o2 = self._coerce(o)
        if o2 is None:
            return float(self) - o if isinstance(o, float) else NotImplemented
        return self + Frac(-o2.n, o2.d)
    def __rsub__(self, o):
        return (-self) + o
    def __mul__(self, o):
        if isinstance(o, float):
            return float(self) * o
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Frac(self.d, self.n) * o
    def __floordiv__(self, o):
        q = self / o
        return q.n // q.d
    def __mod__(self, o):
        return self - (self // o) * self._coerce(o)
    def __pow__(self, k):
        if isinstance(k, int):
            return Frac(self.n ** k, self.d ** k) if k >= 0 else Frac(self.d ** -k, self.n ** -k)
        return float(self) ** k
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __pos__(self):
        return self
    def __abs__(self):
        return Frac(abs(self.n), self.d)
    def __float__(self):
        return self.n / self.d
    def __int__(self):
        return int(self.n / self.d) if abs(self.n) < 2 ** 53 else self.n // self.d
    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(float(self))
        return round(float(self), ndigits)
    def __trunc__(self):
        return int(self)
    def __floor__(self):
        return self.n // self.d
    def __ceil__(self):
        return -(-self.n // self.d)
    def __eq__(self, o):
        if isinstance(o, float):
            return float(self) == o
        o = self._coerce(o)
        return NotImplemented if o is None else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self.n * o.d < o.n * self.d
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))
    def __bool__(self):
        return self.n != 0

import math
h, t = Frac(1, 2), Frac(1, 3)
print(h + t, h - t, h * t, h / t, repr(h + t))
print(1 + h, h + 1, 1 - h, 2 * t, 3 / t, h / 2, h + 0.25, 0.25 * h)
print(h ** 2, t ** -2, h ** 0.5, -h, +h, abs(Frac(-3, 4)))
print(Frac(7, 2) // 1, Frac(7, 2) % 1, float(Frac(22, 7)), int(Frac(-7, 2)), round(Frac(5, 2)), round(Frac(22, 7), 3))
print(math.floor(Frac(-7, 2)), math.ceil(Frac(-7, 2)), math.trunc(Frac(-7, 2)), math.floor(Frac(7, 2)))
print(h == Frac(2, 4), h == 0.5, Frac(4, 2) == 2, 2 == Frac(4, 2), h < t, t < h, h > t, t <= h, h >= h)
print(sorted([Frac(3, 4), Frac(1, 8), Frac(5, 6), Frac(1, 2)]))
print(sum([Frac(1, n) for n in range(1, 7)]), sum([Frac(1, 2)] * 4, Frac(0)))
print(hash(Frac(4, 2)) == hash(2), len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}), bool(Frac(0)), bool(t))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    h + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    h < "x"
except TypeError as e:
    print(type(e).__name__, e)
x = Frac(1)
for i in range(1, 8):
    x = x + Frac(1, 2 ** i)
print(x, float(x))
approx = Frac(0)
for k in range(12):
    approx += Frac((-1) ** k * 4, 2 * k + 1)
print(approx, "%.6f" % float(approx))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, -3))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(2.675, 2), round(-0.5), round(1.5))
print(int(True), float(False), complex(True), int("-0"), float("-0"), 7 // 2.0, 7 % -3.0, -7 % 3.0)
