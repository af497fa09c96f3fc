# Range operations on machine-word bounds and beyond them (big ints), negative steps,
# empty ranges, and values that are not exact ints.
B = 2 ** 63
ranges = [
    range(0), range(10), range(3, 17, 4), range(10, -10, -3), range(5, 5), range(5, 1),
    range(-5, 5, 2), range(B - 3, B + 3), range(-B - 2, -B + 5, 3), range(-B, B - 1),
    range(-B, B, 2 ** 62), range(0, 10 ** 30, 10 ** 28), range(B - 1, -B, -(B - 1)),
    range(-B, B - 1, B - 1), range(1, 2, -B), range(0, 1, B), range(0, -1, -B),
]
for r in ranges:
    print(r, bool(r), r == r, hash(r) == hash(range(r.start, r.stop, r.step)))
    try:
        print(" len", len(r))
    except OverflowError as e:
        print(" len OverflowError", e)
    it = reversed(r)
    print(" reversed", [next(it, None) for _ in range(4)])
    print(" iter", [x for _, x in zip(range(4), r)])
    for i in (0, 1, -1, 2, -2, 5, -5, 100, -100, B, -B, 10 ** 40):
        try:
            print(" [%r]" % i, r[i])
        except IndexError as e:
            print(" [%r] IndexError" % i, e)
    for s in (slice(None), slice(1, None), slice(None, None, -1), slice(2, -2, 3),
              slice(-3, None, -2), slice(B, -B, -1), slice(None, None, B),
              slice(-B * 4, B * 4, 2), slice(10 ** 40, None, -10 ** 35), slice(0, 0)):
        try:
            print(" [%r]" % (s,), r[s])
        except (ValueError, OverflowError) as e:
            print(" slice error", type(e).__name__, e)
    small = abs(r.stop - r.start) < 1000
    values = (0, 1, 7, -4, 3, B - 1, B + 1, -B)
    if small:  # values that are not exact ints are searched item by item
        values += (True, False, 2.0, 7.5, "x", None)
    for v in values:
        try:
            print(" in/count %r" % (v,), v in r, r.count(v))
        except Exception as e:
            print(" in/count error", type(e).__name__, e)
        try:
            print(" index %r" % (v,), r.index(v))
        except ValueError as e:
            print(" index ValueError", e)

class EqAll(int):
    def __eq__(self, other):
        return True
    __hash__ = int.__hash__

r = range(5)
print(EqAll(9) in r, r.count(EqAll(9)), r.index(EqAll(9)))
print(r[True], r[False], range(5)[::True])

class Idx:
    def __index__(self):
        return 2
print(r[Idx()], r[Idx():], r[:Idx():Idx()])

# equality and hashing across representations
print(range(0) == range(5, 1), range(3, 4) == range(3, 9, 7), range(0, 10, 2) == range(0, 9, 2))
print(range(B, B + 1) == range(B, B + 5, 10), range(0, 3) == range(0, 3, 2), range(1) != range(0))
print(hash(range(0)) == hash(range(4, 1)), hash(range(3, 4)) == hash(range(3, 5, 10)))
print(range(3) == [0, 1, 2], range(3).__eq__(None))

# errors
for args in ((1, 2, 0), (1.0,), ("a", 2), (1, 2, 3, 4)):
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for key in ("a", 1.5, None):
    try:
        range(3)[key]
    except TypeError as e:
        print("TypeError", e)
try:
    range(3)[::0]
except ValueError as e:
    print("ValueError", e)
try:
    len(range(-B, B))
except OverflowError as e:
    print("OverflowError", e)
print(list(reversed(range(-B, -B + 3))), list(reversed(range(B - 3, B))))
print(list(reversed(range(B - 1, -B, -(B - 1)))))
it = reversed(range(-B, B))
print(next(it), next(it))
it = reversed(range(3))
print(it.__length_hint__(), list(it), it.__length_hint__())
print(list(reversed([1, 2, 3])), type(reversed([])).__name__)

class L(list):
    def __reversed__(self):
        return iter(["custom"])
print(list(reversed(L([1, 2]))))
print(type(reversed(range(3))).__name__, type(reversed(range(B - 5, B - 1, 2))).__name__)

# construction: __index__ bounds, bools, keywords and arity errors
print(range(Idx()), range(True, Idx() , Idx()), range(-B * 2, Idx()), list(range(False, 3, True)))
for call in (lambda: range(), lambda: range(stop=3), lambda: range(1, 2, 3, 4), lambda: range(1, 2, 0),
             lambda: range(Idx(), "x"), lambda: range(1, 2, 0.5)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# for loops over descending machine-word ranges, up to the ends of i64
print([i for i in range(-B + 2, -B - 1, -1)], [i for i in reversed(range(-B, -B + 3))])
print([i for i in range(B - 1, B - 8, -3)], [i for i in range(5, -5, -4)], [i for i in range(3, 3, -1)])
print([i for i in range(B - 1, -B, -(B - 1))], [(j, i) for j, i in enumerate(range(4, 0, -2))])
