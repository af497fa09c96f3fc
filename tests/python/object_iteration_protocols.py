# Iteration: __iter__/__next__, __getitem__ fallback, __contains__ fallbacks, __reversed__.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
print(list(Countdown(4)), sum(Countdown(10)), 3 in Countdown(5), 9 in Countdown(5))

class ManualIter:
    def __init__(self, data):
        self.data = data
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.data):
            raise StopIteration
        self.i += 1
        return self.data[self.i - 1]
it = ManualIter("abc")
print(next(it), list(it), list(it), next(it, "exhausted"))

class OldStyle:
    def __getitem__(self, i):
        print("  getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(OldStyle()))
print(20 in OldStyle())
print(type(iter(OldStyle())).__name__)

class GetitemKeyError:
    def __getitem__(self, key):
        raise KeyError(key)
try:
    list(GetitemKeyError())
except KeyError as e:
    print("KeyError propagates:", e)

class WithContains:
    def __contains__(self, item):
        print("  __contains__", item)
        return item == "magic"
    def __iter__(self):
        raise AssertionError("not used")
print("magic" in WithContains(), "other" not in WithContains())
class ContainsNonBool:
    def __contains__(self, item):
        return [item]
print(1 in ContainsNonBool(), 1 not in ContainsNonBool())

class NotIterable:
    pass
for thunk, label in [(lambda: iter(NotIterable()), "iter"), (lambda: list(5), "list(int)"),
                     (lambda: 1 in 5, "in int"), (lambda: [*None], "star None"),
                     (lambda: next([1]), "next list")]:
    try:
        thunk()
    except TypeError as e:
        print(label, "->", e)

class IterReturnsNonIterator:
    def __iter__(self):
        return [1, 2]
try:
    for _ in IterReturnsNonIterator():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)

class Rev:
    def __init__(self, data):
        self.data = data
    def __reversed__(self):
        return iter(["reversed", "custom"])
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
print(list(reversed(Rev([1, 2]))))
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "item%d" % i
print(list(reversed(SeqOnly())), list(SeqOnly()))
try:
    reversed(Countdown(3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)

it = iter([1, 2, 3])
print(iter(it) is it, list(zip(it, it)))
class StopsThenResumes:
    def __init__(self):
        self.calls = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.calls += 1
        if self.calls == 2 or self.calls >= 4:
            raise StopIteration
        return self.calls
s = StopsThenResumes()
print(list(s), list(s))
g = (x for x in [1])
print(list(g), list(g))
print(list(enumerate(Countdown(3))), dict(zip("ab", Countdown(2))))
a, b, c = Countdown(3)
print(a, b, c)
print(max(Countdown(7)), sorted(Countdown(4)), tuple(OldStyle())[-1:])
print(list(map(lambda x, y: x * y, Countdown(3), OldStyle())))
