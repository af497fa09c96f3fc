class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, other):
        if isinstance(other, Money):
            return Money(self.cents - other.cents)
        return NotImplemented
    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Money(-self.cents)
    def __abs__(self):
        return Money(abs(self.cents))
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents
    def __hash__(self):
        return hash(self.cents)
    def __bool__(self):
        return self.cents != 0
    def __iadd__(self, other):
        self.cents += other.cents
        return self
a, b = Money(150), Money(75)
print(a + b, a - b, a * 2, 3 * a, -a, abs(-a), 1 + a, sum([a, b]))
print(a == Money(150), a != b, b < a, a <= a, a > b, a >= b, sorted([a, b]))
print(bool(Money(0)), bool(a), len({a, Money(150)}))
c = a
c += b
print(c is a, a)
try:
    a - 5
except TypeError as e:
    print(e)
try:
    a < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"
print(Base() + Derived())
print(Derived() + Base())
class OnlyR:
    def __rsub__(self, o):
        return f"rsub({o})"
    def __rpow__(self, o):
        return f"rpow({o})"
    def __rmatmul__(self, o):
        return "rmatmul"
print(10 - OnlyR(), 2 ** OnlyR(), [1] @ OnlyR() if False else "skip")
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq called")
        return NotImplemented
print(Cmp(1) == Cmp(1), Cmp(1) != 5)
class Vec:
    def __init__(self, *c): self.c = c
    def __matmul__(self, o): return sum(x * y for x, y in zip(self.c, o.c))
    def __getitem__(self, i): return self.c[i]
    def __setitem__(self, i, v):
        c = list(self.c); c[i] = v; self.c = tuple(c)
    def __delitem__(self, i):
        c = list(self.c); del c[i]; self.c = tuple(c)
    def __contains__(self, v): return v in self.c
    def __invert__(self): return Vec(*reversed(self.c))
    def __pos__(self): return "pos"
    def __index__(self): return len(self.c)
v = Vec(1, 2, 3)
print(v @ Vec(4, 5, 6), v[1], 2 in v, (~v).c, +v, [0, 1, 2, 3][v], bin(v))
v[0] = 9
del v[1]
print(v.c)
for op in ["+", "*", "/", "//", "%", "**", "<<", "&"]:
    try:
        eval(f"[] {op} 1.5")
    except TypeError as e:
        print(e)
try:
    -"x"
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
