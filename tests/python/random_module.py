# random / _random: seeded sequences must match CPython bit for bit.
import random
import _random


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(0, 1000, 7) for _ in range(5)])
print([random.choice('abcdefghij') for _ in range(10)])
lst = list(range(30))
random.shuffle(lst)
print(lst)
print(random.sample(range(1000), 10))
print(random.sample(['a', 'b', 'c', 'd'], k=3, counts=[1, 2, 3, 4]))
print([random.gauss(0, 1) for _ in range(3)])
print([random.normalvariate(5, 2) for _ in range(3)])
print([random.uniform(-3, 3) for _ in range(3)])
print([random.triangular(0, 10, 3) for _ in range(3)])
print([random.expovariate(1.5) for _ in range(3)])
print([random.betavariate(2, 3) for _ in range(2)])
print([random.gammavariate(2.5, 1.0) for _ in range(2)])
print(random.choices('xyz', weights=[1, 5, 10], k=8))
print(random.randbytes(9))
for k in list(range(1, 70)) + [100, 128, 199, 200, 1000]:
    print(k, random.getrandbits(k))
print(random.getrandbits(0))

# Seeds of every supported type.
seeds = [0, 1, -1, 5, -5, 2**32, 2**32 - 1, 2**64 + 3, -(2**100), 10**50, True, False,
         'hello', '', 'ünïcode', b'bytes', b'', bytearray(b'ba'), 3.5, -0.0, 1e300, None]
for s in seeds:
    r = random.Random(s)
    if s is None:
        print('None', 0 <= r.random() < 1)
    else:
        print(repr(s), r.random(), r.randrange(10**6))
for s in ['abc', b'abc', 12345]:
    r = random.Random()
    r.seed(s, version=1)
    print('v1', repr(s), r.random())

# State round trip.
r = random.Random(2024)
st = r.getstate()
print(st[0], len(st[1]), st[1][:3], st[1][-1], st[2])
a = [r.random() for _ in range(700)]
r.setstate(st)
print(a == [r.random() for _ in range(700)])
g = _random.Random(7)
s = g.getstate()
print(len(s), s[-1], s[:2])
g.random()
print(g.getstate()[-1])
g.setstate(s)
print(g.getstate() == s)

# _random.Random directly.
g = _random.Random(99)
print(g.random(), g.getrandbits(5), g.getrandbits(33), g.getrandbits(64))
g.seed(99)
print(g.random())
g.seed()
print(0 <= g.random() < 1)
show('new', lambda: _random.Random.__new__(_random.Random, 1, 2, 3).getstate()[-1])
show('args', lambda: _random.Random(1, 2))
show('kw', lambda: _random.Random(x=1))
show('seed2', lambda: _random.Random().seed(1, 2))
show('seedkw', lambda: _random.Random().seed(n=1))
show('bits-', lambda: g.getrandbits(-1))
show('bitsf', lambda: g.getrandbits(1.0))
show('bitsbig', lambda: g.getrandbits(1 << 40))
show('bitss', lambda: g.getrandbits('a'))
show('st1', lambda: g.setstate(1))
show('st2', lambda: g.setstate((1,) * 5))
show('st3', lambda: g.setstate((1,) * 624 + (625,)))
show('st4', lambda: g.setstate((1,) * 624 + (-1,)))
show('st5', lambda: g.setstate((1,) * 624 + (1 << 70,)))
show('st6', lambda: g.setstate((1,) * 624 + ('a',)))
show('st7', lambda: g.setstate((-1,) + (1,) * 624))
show('st8', lambda: g.setstate((1 << 65,) + (1,) * 624))
show('st9', lambda: g.setstate((1.0,) + (1,) * 624))
g.setstate(((1 << 33) + 5,) + (7,) * 623 + (0,))
print(g.getstate()[:2], g.random())
show('unhashable', lambda: _random.Random([1]))
show('unbound', lambda: _random.Random.random())
show('wrongself', lambda: _random.Random.random(1))
show('randomarg', lambda: g.random(1))
show('getstatearg', lambda: g.getstate(1))
show('seedtype', lambda: random.seed([1, 2]))
show('randrange', lambda: random.randrange(10, 5))
show('choice', lambda: random.choice([]))
show('sample', lambda: random.sample(range(3), 5))


# Subclasses.
class Sub(_random.Random):
    def __init__(self, a, b, c=3):
        self.a = a


s = Sub(1, 2)
print(s.a, s.getstate()[-1], s.random())
show('subkw', lambda: Sub(1, 2, x=3))


class Plain(_random.Random):
    pass


print(Plain(4).random())
show('plainkw', lambda: Plain(x=4))


class MyRandom(random.Random):
    def __init__(self, seed, extra):
        super().__init__(seed)
        self.extra = extra

    def random(self):
        return super().random() / 2


m = MyRandom(11, 'x')
print(m.extra, m.random(), m.randrange(100), m.choice('abc'))
print(isinstance(m, _random.Random), type(m).__mro__[-2:])


class Bits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k)


b = Bits(3)
print(b.randrange(1000), b.randbelow if hasattr(b, 'randbelow') else '-')
sr = random.SystemRandom()
print(0 <= sr.random() < 1, sr.getrandbits(8) < 256)
