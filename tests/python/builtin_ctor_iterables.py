# tuple/list/set/frozenset/enumerate/reversed called on every kind of iterable:
# exact builtins, subclasses overriding __iter__, generators, failing iterables.

class L(list):
    def __iter__(self):
        return iter(["L-iter"])

class T(tuple):
    def __iter__(self):
        return iter(["T-iter"])

class S(set):
    def __iter__(self):
        return iter(["S-iter"])

class FS(frozenset):
    def __iter__(self):
        return iter(["FS-iter"])

class D(dict):
    def __iter__(self):
        return iter(["D-iter"])

class R:
    def __iter__(self):
        return iter(range(3))

class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i * i
        raise IndexError(i)

def gen(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise ValueError("failed at %d" % i)
        yield i

sources = [
    lambda: [3, 1, 2], lambda: (3, 1, 2), lambda: {3, 1, 2}, lambda: frozenset({5, 4}),
    lambda: {"a": 1, "b": 2}, lambda: range(4), lambda: range(10, 0, -3), lambda: "abc",
    lambda: b"xy", lambda: L([1, 2]), lambda: T((1, 2)), lambda: S({1, 2}),
    lambda: FS({1, 2}), lambda: D(a=1), lambda: R(), lambda: Seq(), lambda: gen(5),
    lambda: (x * 2 for x in [1, 2, 3]), lambda: iter([7, 8]), lambda: {"k": 1}.items(),
    lambda: {"k": 1}.values(), lambda: map(str, [1, 2]), lambda: zip([1], [2]),
    lambda: enumerate("ab"), lambda: reversed([1, 2]), lambda: [], lambda: (),
]
for make in sources:
    for ctor in (tuple, list, set, frozenset):
        try:
            r = ctor(make())
            print(ctor.__name__, type(r).__name__, sorted(r, key=repr))
        except Exception as e:
            print(ctor.__name__, type(e).__name__, e)
    print("enumerate", list(enumerate(make())))
    try:
        print("reversed", list(reversed(make())))
    except TypeError as e:
        print("reversed TypeError", e)

# identity: exact tuple/frozenset pass through, subclasses and others are copied
t = (1, 2)
fs = frozenset({1})
print(tuple(t) is t, tuple(T(t)) is t, type(tuple(T((1,)))).__name__)
print(frozenset(fs) is fs, type(frozenset(FS({1}))).__name__, frozenset(FS({1})) is fs)
l = [1, 2]
print(list(l) is l, list(l) == l, set(l), frozenset(l) == {1, 2})
s = {1, 2}
print(set(s) is s, set(s) == s)

# generators that fail part-way
for ctor in (tuple, list, set, frozenset):
    try:
        ctor(gen(5, fail_at=3))
    except ValueError as e:
        print(ctor.__name__, "ValueError", e)

# iterables whose __iter__ returns a non-iterator, non-iterables
class BadIter:
    def __iter__(self):
        return 42

class NoneIter:
    __iter__ = None

for bad in (BadIter(), NoneIter(), 5, None):
    for ctor in (tuple, list, set, frozenset, enumerate, reversed):
        try:
            ctor(bad)
        except TypeError as e:
            print(ctor.__name__, "TypeError", e)

# unhashable items
for items in ([[1]], [{}], [1, [2]], (x for x in [{1}])):
    for ctor in (set, frozenset):
        try:
            ctor(items)
        except TypeError as e:
            print(ctor.__name__, "TypeError", e)

# set order follows insertion and resize history like CPython
print(list(set(range(20, 0, -1))), list(set([1000, 8, 16, 24, 999])))
print(list(frozenset(x * 7 for x in range(12))), list(set("hello world")) == list(set("hello world")))

# argument errors and keywords keep the general path's messages
calls = [
    lambda: tuple([1], [2]), lambda: tuple(iterable=[1]), lambda: list([1], [2]),
    lambda: list(iterable=[1]), lambda: set([1], [2]), lambda: set(iterable=[1]),
    lambda: frozenset([1], [2]), lambda: frozenset(iterable=[1]),
    lambda: enumerate(), lambda: enumerate([1], 2, 3), lambda: enumerate(iterable=[1], start=5),
    lambda: enumerate([1], start="x"), lambda: reversed(), lambda: reversed([1], [2]),
    lambda: reversed(seq=[1]), lambda: enumerate([1], start=2**70),
]
for c in calls:
    try:
        r = c()
        print("ok", type(r).__name__, list(r))
    except TypeError as e:
        print("TypeError", e)
print(tuple(), list(), set(), frozenset())

# subclasses of the constructed types still run their own __new__/__init__
class MyList(list):
    def __init__(self, x):
        super().__init__(x)
        self.note = "init ran"

class MyTuple(tuple):
    def __new__(cls, x):
        return super().__new__(cls, reversed(x))

class MyEnum(enumerate):
    pass

print(MyList("ab"), MyList("ab").note, MyTuple([1, 2, 3]), list(MyEnum("xy")))
print(type(MyEnum("a")).__name__, type(enumerate("a")).__name__, type(reversed("ab")).__name__)

class MySet(set):
    def __init__(self, x):
        super().__init__(x)
        self.add("extra")
print(sorted(MySet([1]), key=repr))

# mutation during iteration
d = {1: 1}
def grow():
    for k in d:
        yield k
        d[k + 1] = 1
try:
    tuple(grow())
except RuntimeError as e:
    print("RuntimeError", e)

# a list changed by __hash__ while set() reads it: items are read live, by position
class Grows:
    def __init__(self, lst, n):
        self.lst, self.n = lst, n
    def __hash__(self):
        if self.n < 3:
            self.lst.append(Grows(self.lst, self.n + 1))
        return self.n
    def __eq__(self, other):
        return self is other
    def __repr__(self):
        return "G%d" % self.n
lst = []
lst.append(Grows(lst, 0))
print(sorted(set(lst), key=repr), len(lst))
class Shrinks:
    def __hash__(self):
        del lst2[:]
        return 1
lst2 = [Shrinks(), 1, 2, 3]
print(len(set(lst2)), lst2)

# keys whose equality runs Python code still dedupe through __eq__
class Same:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v % 2 == other.v % 2
print(len(set(Same(i) for i in range(5))), len(frozenset([Same(1), Same(3)])))
print(tuple(range(5, -6, -2)), list(range(2**63 - 3, 2**63)), set(range(-2, 3)))
print(list({3: 1, 1: 2}), tuple({5, 6}), list(frozenset("a")), tuple({"x": 1}.keys()))
try:
    list(range(2**62))
except MemoryError:
    print("MemoryError")
