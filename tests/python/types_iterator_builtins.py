# enumerate, zip (strict), map, filter, reversed, iter: laziness, exhaustion, errors, types.
en = enumerate("abc")
print(type(en).__name__, next(en), list(en), list(en), list(enumerate("xy", start=10)), list(enumerate([], 5)), list(enumerate("ab", -2)))
print(list(enumerate("ab", start=2 ** 70)))
z = zip([1, 2, 3], "ab")
print(type(z).__name__, list(z), list(zip()), list(zip([1])), list(zip("abc", range(10), [True] * 3)))
print(list(zip([1, 2], "ab", strict=True)))
for args in [([1, 2, 3], "ab"), ([1], "ab"), ([1, 2], "ab", [0])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
consumed = []
def gen(n, tag):
    for i in range(n):
        consumed.append(tag + str(i))
        yield i
print(list(zip(gen(3, "a"), gen(2, "b"))), consumed)
m = map(lambda x: x * 10, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")), list(map(lambda *a: a, "ab", "cde")))
f = filter(lambda x: x > 1, [0, 1, 2, 3])
print(type(f).__name__, list(f), list(filter(None, [0, "", None, [], "x", 5])), list(filter(str.isdigit, "a1b2")))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))), list(reversed({"a": 1, "b": 2})))
try:
    reversed(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(lambda x: x, 5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip(1, [])
except TypeError as e:
    print(type(e).__name__, e)
lazy_log = []
def trace(x):
    lazy_log.append(x)
    return x
mapped = map(trace, range(3))
print(lazy_log)
first = next(mapped)
print(first, lazy_log)
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)), list(zip(*[iter("abcdef")] * 3)))
print(dict(enumerate("abc")), dict(zip("abc", range(3))), [i * c for i, c in enumerate("abc", 1)])
print(sum(map(int, "12345")), max(map(len, ["a", "abc", "ab"])), sorted(filter(lambda w: "a" in w, ["cat", "dog", "bat"])))
it2 = iter([10, 20])
print(next(it2), next(it2), next(it2, "default"), next(it2, None))
try:
    next(it2)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)), type(iter(counter, 0)).__name__)
print(list(zip(range(3), reversed(range(3)))), list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
print(iter(en) is en, iter(z) is z, iter(m) is m, iter(f) is f, iter(r) is r)
print(enumerate.__name__, zip.__name__, callable(map), isinstance(map(str, []), map))
class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return (i * i for i in range(self.n))
print(list(enumerate(Squares(4))), list(zip(Squares(3), Squares(5))), list(filter(lambda v: v % 2, Squares(6))))
