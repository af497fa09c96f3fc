# itertools.groupby (group iterators share the parent's state: advancing the parent
# invalidates the previous group) and tee (independent iterators over one buffer).
import itertools
from itertools import groupby, tee, islice, count


def err(f, *a, **k):
    try:
        r = f(*a, **k)
        if hasattr(r, '__next__'):
            r = list(r)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")], list(groupby([])), list(groupby("")))
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6, 7], key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby(["a", "B", "b", "A", "c"], str.lower)])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2], None)])

# Invalidation: advancing the parent ends the previous group.
gb = groupby("aaabbc")
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
gb = groupby("aaabbc")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), next(g2), list(g2), list(g2))
print([(k, list(g)) for k, g in gb])
# Groups consumed in place, then the parent continues after them.
gb = groupby([1, 1, 2, 2, 2, 3])
k, g = next(gb)
print(k, list(g))
k, g = next(gb)
print(k, next(g))
print([(k, list(g)) for k, g in gb])
groups = [g for k, g in groupby("aabbcc")]
print([list(g) for g in groups])
print(type(next(groupby("a"))[1]), type(groupby("")), isinstance(groupby(""), groupby))
gb = groupby("xy")
print(iter(gb) is gb)
g = next(gb)[1]
print(iter(g) is g)
err(groupby)
err(groupby, [], 1, 2)
err(groupby, 1)
err(groupby, [], x=1)
err(lambda: list(groupby([1, 2], key=len)))
def bad_key(x):
    if x == 3:
        raise KeyError(x)
    return x
err(lambda: [list(g) for k, g in groupby([1, 2, 3], key=bad_key)])

# tee
a, b = tee([1, 2, 3, 4])
print(next(a), next(a), list(b), list(a), list(b))
print(len(tee([])), len(tee("ab", 5)), tee("ab", 0))
x, y, z = tee(iter(range(5)), 3)
print(next(x), next(y), next(x), list(z), list(x), list(y))
t1, t2 = tee(count())
print(list(islice(t1, 5)), list(islice(t2, 2)), next(t1), next(t2))
it = iter("abcdef")
a, b = tee(it)
print(next(a), next(it), next(b), list(a), list(b))
a, b = tee("abc")
c, d = tee(a)
print(c is a, list(c), list(d), list(b))
a, = tee("xyz", 1)
print(type(a), list(a))
a, b = tee("pq")
e = a.__copy__()
print(next(a), list(e), list(a), list(b))
print(type(a) is type(b), iter(a) is a, type(a).__module__, type(a).__name__)
def g():
    yield 1
    raise ValueError("boom")
a, b = tee(g())
print(next(a), next(b))
err(next, a)
err(tee)
err(tee, [], -1)
err(tee, [], 'a')
err(tee, 1)
err(tee, [], 2, 3)
err(tee, [], n=2)
# A long chain is freed without trouble.
a, b = tee(range(200000))
for _ in a:
    pass
del a
print(sum(b))
