s = {3, 1, 2}
s.add(4)
s.discard(10)
s.remove(1)
print(sorted(s), len(s), 2 in s, 9 not in s)
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a <= {1, 2, 3, 4}, a < a, a >= {1}, a.isdisjoint({7}), a.issubset(range(5)), a.issuperset([1, 2]))
c = set(a)
c |= {10}
c &= {1, 10}
c -= {1}
print(c)
fs = frozenset([1, 2, 2])
print(fs, hash(fs) == hash(frozenset([2, 1])), {fs: "ok"}[frozenset({1, 2})])
print(set(), frozenset(), set("aab") == {"a", "b"}, {1, 2} == frozenset([1, 2]))
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    {1}.remove(5)
except KeyError as e:
    print(repr(e))
try:
    {[1]}
except TypeError as e:
    print(e)
t = (1, 2, 3, 2)
print(t[1], t[-1], t[1:3], t.count(2), t.index(3), len(t), t + (5,), t * 2)
print((1,), (), tuple([1, 2]), tuple("ab"), (1, 2) < (1, 3), (1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)))
print(((1, 2), [3]), max((1, 5, 2)), sorted((3, 1)), tuple(x * 2 for x in range(3)))
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
x, = (7,)
print(x, (1, 2, 3)[::-1], type(()).__name__)
print(sorted({5, 3, 9, -1}), min({4, 2}), sum({1, 2, 3}))
