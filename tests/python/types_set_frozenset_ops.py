# set and frozenset of ints: operators vs methods, subset relations, mutation, result types.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9], (10,)), a.intersection(range(3), [2, 3]), a.difference({1}, {2}), a.symmetric_difference([4, 6]))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > {1, 2}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}), a == {4, 3, 2, 1})
try:
    a | [5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__, e)
s = set()
s.add(3); s.add(1); s.add(3)
s.update([5, 7], {9})
print(s, len(s))
s.discard(100)
s.remove(9)
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
s.intersection_update({1, 3, 5, 11})
print(s)
s.difference_update([1])
s.symmetric_difference_update({5, 6})
print(s)
s |= {20}
s &= {3, 6, 20, 30}
s -= {6}
s ^= {1}
print(s, s.pop() in {1, 3, 20}, len(s))
s.clear()
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
fs = frozenset([3, 1, 2])
print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, type(fs & {1}).__name__, type(fs.copy()).__name__, fs.copy() is fs)
print(hash(fs) == hash(frozenset({1, 2, 3})), {fs: "frozen key"}[frozenset([1, 2, 3])], fs == {1, 2, 3}, {1, 2, 3} == fs)
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(set([1, 1, 2]), set("aab") == {"a", "b"}, set(range(3)), set(), frozenset(), set({1: "x"}), {(1, 2), (1, 2)})
print({x % 4 for x in range(20)}, {1, 2} == frozenset({1, 2}), set() == frozenset(), {frozenset({1}), frozenset({1})})
print(sorted({-5, 3, -1, 0}), min({4, 2, 8}), max({4, 2, 8}), sum({1, 2, 3}), 2 in {1, 2}, [] not in [{1}])
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set().add({})
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2, 3} - {2} | {7} & {7, 8}, ({1, 2} | {3}) & {2, 3})
seen = set()
unique = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, len(seen))
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(sorted(primes))
print(set.union(*[{1}, {2}, {3}]), frozenset().union([1], [2]), set.intersection({1, 2}, {2, 3}, {2}))
class S(set):
    pass
print(type(S([1]) | {2}).__name__, type(S([1]).copy()).__name__, S([1]) == {1})
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})), str({True, 1, 1.0}))
