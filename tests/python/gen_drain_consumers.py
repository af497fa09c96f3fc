# Generators consumed whole by list/tuple/set/frozenset and friends.
import sys


def count(n):
    for i in range(n):
        yield i


print(list(count(5)), tuple(count(3)), sorted(set(count(4))), sorted(frozenset(count(3))))
print(list(count(0)), tuple(x * x for x in range(6)), set(str(i) for i in range(3)) == {"0", "1", "2"})


# The value of a yield expression is None, as with next().
def echo():
    x = yield 1
    yield x
    y = yield 2
    yield y


print(list(echo()))


# Partly consumed first, then the rest collected; an exhausted generator gives nothing.
g = count(6)
print(next(g), next(g), list(g), list(g), tuple(g))


# yield from generators, lists and iterators; the delegate's return value.
def inner():
    got = yield "a"
    yield got
    return "ret"


def outer():
    r = yield from inner()
    yield r
    yield from [1, 2]
    yield from iter((3, 4))
    yield from (c for c in "xy")


print(list(outer()), tuple(outer()))


# An exception in the middle: the consumer sees it, the generator is finished.
def boom():
    yield 1
    yield 2
    raise KeyError("k")


b = boom()
try:
    list(b)
except KeyError as e:
    print("KeyError", e, list(b))


# StopIteration raised inside becomes RuntimeError (PEP 479), with the cause kept.
def stops():
    yield 1
    raise StopIteration("inner")


try:
    tuple(stops())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))


# A generator that collects itself is already executing.
def selfish():
    yield 1
    yield list(me)


me = selfish()
try:
    list(me)
except ValueError as e:
    print("ValueError", e)


# Nested drains: each generator collects another.
def rows(n):
    for i in range(n):
        yield tuple(j for j in range(i))


print(list(rows(4)))


# set() of a generator meeting an unhashable value: TypeError, and the generator is
# suspended after that value (it goes on from there).
def mixed():
    yield 1
    yield "s"
    yield [2]
    yield 3


m = mixed()
try:
    set(m)
except TypeError as e:
    print("TypeError", e, list(m))


# Values other than ints and strs, and values with their own __hash__/__eq__ that look
# at the generator while the set is built.
class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return "Key(%r, running=%s)" % (self.v, watched.gi_running)


def keys():
    yield 1
    yield 1.5
    yield (1, 2)
    yield Key(1)
    yield Key(1)
    yield 2


watched = keys()
print(sorted(map(repr, set(watched))))
watched = keys()
print(len(frozenset(watched)))


# A Key whose __hash__ steps the generator being collected (allowed: it is suspended).
def stepped():
    yield 1
    yield Stepper()
    yield 5
    yield 6


class Stepper:
    def __hash__(self):
        print("stepping", next(st))
        return 7


st = stepped()
print(sorted(x for x in set(st) if isinstance(x, int)))


# Exception state inside a drained generator, and try/finally.
def handler():
    try:
        raise ValueError("inside")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[1].args[0]
    finally:
        yield "finally"


try:
    raise IndexError("outside")
except IndexError:
    print(list(handler()), sys.exc_info()[0].__name__)


# Sources that are not plain generators keep working: generator subclass impossible,
# so iterators, coroutine-like objects and async generators.
class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


print(list(It()), set(It()) == {1, 2, 3}, "".join(str(i) for i in range(5)))


# gi_frame / gi_running after collection.
g = count(2)
print(list(g), g.gi_running, g.gi_frame)
g = keys()
try:
    set(g)
except Exception as e:
    print(type(e))
print(next(g, "done"))

# The traceback of an error raised inside a drained generator names both frames.
def bad():
    yield 1
    1 / 0


try:
    list(bad())
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
