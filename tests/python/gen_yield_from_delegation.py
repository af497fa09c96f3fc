# yield from: value passing, send/throw/close forwarding, return values, iterables, nesting.
def inner():
    received = yield "inner-1"
    print("  inner got", received)
    try:
        received = yield "inner-2"
        print("  inner got", received)
    except KeyError as e:
        print("  inner caught", repr(e))
        yield "inner-recovered"
    return "inner-return"

def outer():
    result = yield from inner()
    print("  outer got result", result)
    yield "outer-after"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(next(g, "exhausted"))

g = outer()
next(g); next(g)
print(g.throw(KeyError("thrown")))
print(next(g))

def closable():
    try:
        yield 1
        yield 2
    finally:
        print("  closable cleanup")
def wrapper():
    yield from closable()
w = wrapper()
next(w)
w.close()
print("closed wrapper", w.gi_frame)

def from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from (x * 10 for x in range(2))
    yield from {"k": 1}
print(list(from_iterables()))

def depth(n):
    if n == 0:
        yield "leaf"
        return 0
    level = yield from depth(n - 1)
    yield "level %d" % (level + 1)
    return level + 1
print(list(depth(3)))

def send_to_plain_iterator():
    yield from iter([1, 2, 3])
g = send_to_plain_iterator()
next(g)
try:
    g.send("not None")
except AttributeError as e:
    print(type(e).__name__, e)

class Iter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("custom iterator value")
        return self.n
    def send(self, value):
        print("  Iter.send", value)
        return self.__next__()
    def throw(self, *args):
        print("  Iter.throw", args[0].__name__ if isinstance(args[0], type) else type(args[0]).__name__)
        return "thrown handled"
def deleg():
    r = yield from Iter()
    yield "returned %r" % r
g = deleg()
print(next(g), g.send("x"), g.throw(ValueError), next(g))

def throw_not_handled():
    yield from inner()
g = throw_not_handled()
next(g)
try:
    g.throw(IndexError("propagates"))
except IndexError as e:
    print(type(e).__name__, e, g.gi_frame)

def accumulator():
    total = 0
    while True:
        value = yield
        if value is None:
            return total
        total += value
def gather(results):
    while True:
        total = yield from accumulator()
        results.append(total)
results = []
g = gather(results)
next(g)
for batch in [[1, 2, 3], [10, 20], [5]]:
    for v in batch:
        g.send(v)
    g.send(None)
print(results)
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]])))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", [1], range(2))), sum(chain(range(5), range(5))))
g = outer()
print(g.gi_yieldfrom, next(g), type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_code.co_name)
