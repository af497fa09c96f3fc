# range objects: len/index/count/contains, slicing, equality, reversed, big ranges; slice objects.
r = range(3, 20, 4)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], r[::2], 7 in r, 8 in r, r.index(11), r.count(15), r.count(16))
print(r.start, r.stop, r.step, range(5).step, bool(range(0)), bool(range(2)))
print(list(range(10, 0, -3)), list(range(0)), list(range(-5)), list(range(-3, 3)), len(range(0, -10, -2)), list(range(5, 5)))
print(range(0) == range(5, 5), range(0, 10, 2) == range(0, 9, 2), range(3) == range(0, 3, 1), range(1) != range(2), range(0, 3) == [0, 1, 2])
print(hash(range(0)) == hash(range(3, 3)), hash(range(0, 10, 2)) == hash(range(0, 9, 2)))
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range("3"), lambda: range(), lambda: r.index(8), lambda: r[100]]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
big = range(10 ** 20)
print(len(range(10 ** 18)), big[-1], big[10 ** 19], 10 ** 19 in big, big.index(12345), big[::10 ** 19], len(big[5:10]))
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(list(reversed(range(1, 10, 3))), reversed(range(3)).__class__.__name__, iter(range(3)).__class__.__name__)
print(sum(range(101)), max(range(7)), list(range(2, 12, 2))[-1], range(2, 12, 2)[-1], 3.0 in range(5), 3.5 in range(5), "x" in range(3))
print(range(10)[2:8:3], range(10)[-3:], range(10)[::-3], range(0, 100, 7)[3:9:2], range(5)[10:], range(5)[-100:2])
sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, slice(5).stop, slice(None, None).start, repr(slice(-1, None, -1)))
print(sl.indices(5), sl.indices(100), slice(None, None, -1).indices(10), slice(-100, 100).indices(10), slice(3, 1, -1).indices(10))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sl.indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, 3) < slice(1, 2, 4), slice("a", [1], None))
data = list(range(20))
evens, odds, last3 = slice(0, None, 2), slice(1, None, 2), slice(-3, None)
print(data[evens][:5], data[odds][:5], data[last3], "abcdefgh"[evens], (1, 2, 3, 4)[odds])
try:
    {}[slice(1, 2)]
except (TypeError, KeyError) as e:
    print(type(e).__name__, e)
print([list(range(i)) for i in range(4)], [i for i in range(10)[::-1] if i % 3 == 0])
print(range(3).__len__(), range(3).__contains__(2), range(3).__getitem__(1), range(3).__reversed__().__next__())
