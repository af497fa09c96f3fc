# itertools constructors refuse keywords unless a subclass brings its own __init__
# (CPython checks tp_init against the builtin's), and tee objects copy and pickle.
import copy
import itertools as it
import operator
import pickle

cases = [
    (it.repeat, (1, 2), [1, 1]),
    (it.filterfalse, (None, [0, 1]), [0]),
    (it.chain, ([1, 2], [3, 4]), [1, 2, 3]),
    (it.starmap, (operator.pow, ((2, 3), (3, 2))), [8, 9]),
    (it.islice, ([1, 2, 3, 4], 1, 3), [2, 3]),
    (it.takewhile, (bool, [2, 3, 0, 4]), [2, 3]),
    (it.dropwhile, (bool, [2, 0, 4]), [0, 4]),
    (it.cycle, ([1, 2],), [1, 2, 1]),
    (it.compress, ("ABC", [1, 0, 1]), ["A", "C"]),
    (it.pairwise, ("abc",), [("a", "b"), ("b", "c")]),
]
for cls, args, result in cases:
    class sub(cls):
        pass

    u = sub(*args)
    print(cls.__name__, type(u) is sub, list(it.islice(u, 0, 3)) == result)
    try:
        sub(*args, newarg=3)
    except TypeError as e:
        print("  ", e)
    try:
        cls(*args, newarg=3)
    except TypeError as e:
        print("  ", e)

for cls, args, result in cases:
    if cls in (it.repeat, it.compress):
        continue

    class with_init(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg

    u = with_init(*args, newarg=3)
    print(cls.__name__, type(u) is with_init, list(it.islice(u, 0, 3)) == result, u.newarg)

    class with_new(cls):
        def __new__(cls_, *args, newarg=None):
            self = super().__new__(cls_, *args)
            self.newarg = newarg
            return self

    u = with_new(*args, newarg=3)
    print(cls.__name__, type(u) is with_new, list(it.islice(u, 0, 3)) == result, u.newarg)

# tee
a, b = it.tee(list(range(10000)))
for _ in range(100):
    next(a)
for _ in range(60):
    next(b)
print(list(copy.copy(a))[:2], list(copy.copy(b))[:2])
print(list(copy.deepcopy(a))[:2], list(copy.deepcopy(b))[-2:])
print(next(a), next(b))
c, d = it.tee(a)
print(c is a, next(d), next(a))
t1, t2 = it.tee("abc")
t3 = type(t1)(t1)
print(list(t1), list(t2), list(t3))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    a, b = it.tee("abcdef")
    next(a)
    print(proto, list(pickle.loads(pickle.dumps(a, proto))), list(pickle.loads(pickle.dumps(b, proto))))
    print(proto, [list(x) for x in pickle.loads(pickle.dumps(iter(it.tee("xy")), proto))])
print([list(x) for x in it.tee("abc", 3)], it.tee("abc", 0))
for bad in [(), (3,), ([1, 2], "x"), ([1], -1)]:
    try:
        it.tee(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
