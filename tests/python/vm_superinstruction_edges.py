# Pairs the compiler fuses into one instruction (two local loads; a comparison and its
# branch) must still raise where CPython does, with the same line numbers and handlers.
import sys


def unbound_second():
    a = 1
    try:
        return a + b  # noqa: F821 - b is assigned below, so it is a local
    except UnboundLocalError as e:
        return "UnboundLocalError: %s" % e
    b = 2


def unbound_first():
    try:
        return c + d
    except UnboundLocalError as e:
        return "UnboundLocalError: %s" % e
    c = d = 0


class BadBool:
    def __bool__(self):
        raise ValueError("no truth")


class Weird:
    def __lt__(self, other):
        return BadBool()

    def __gt__(self, other):
        raise TypeError("gt refused")


def branch_on_weird(x, y):
    try:
        if x < y:
            return "taken"
        return "not taken"
    except ValueError as e:
        return "ValueError: %s (line %d)" % (e, sys.exc_info()[2].tb_next is None and sys.exc_info()[2].tb_lineno)


def compare_raises(x, y):
    try:
        if x > y:
            return "taken"
    except TypeError as e:
        return "TypeError: %s" % e


def loops():
    total = 0
    i = 0
    while i < 10:
        j = 0
        while j < i:
            if i % 2 == 0 and j != 3:
                total += i * j
            j += 1
        i += 1
    return total


print(unbound_second())
print(unbound_first())
print(branch_on_weird(Weird(), 1))
print(compare_raises(Weird(), 1))
print(loops())
print([x for x in range(20) if x > 5 if not x == 9])


def traceback_line():
    w = Weird()
    if w < 3:
        pass


try:
    traceback_line()
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("raised at line", tb.tb_lineno - traceback_line.__code__.co_firstlineno)


# A local load fused with the attribute or method load that follows it.
class Obj:
    def __init__(self):
        self.x = 1

    def m(self):
        return "m"

    def __getattr__(self, name):
        if name == "dyn":
            return "dynamic"
        raise AttributeError("no %s here" % name)


def attrs(o):
    out = [o.x, o.m(), o.dyn]
    try:
        out.append(o.missing)
    except AttributeError as e:
        out.append(str(e))
    try:
        out.append(o.missing_method())
    except AttributeError as e:
        out.append(str(e))
    return out


def unbound_attr():
    try:
        return later.x  # noqa: F821
    except UnboundLocalError as e:
        return type(e).__name__
    later = Obj()


def unbound_method():
    try:
        return later.m()
    except UnboundLocalError as e:
        return type(e).__name__
    later = Obj()


def multiline(o):
    return (o
            .missing)


print(attrs(Obj()))
print(unbound_attr(), unbound_method())
try:
    multiline(Obj())
except AttributeError as e:
    print("multiline", e, e.__traceback__.tb_next.tb_lineno - multiline.__code__.co_firstlineno)
class Obj2:
    pass
G = Obj2()
def multiline2():
    return (G
            .missing)
try:
    multiline2()
except AttributeError as e:
    print("multiline", e.__traceback__.tb_next.tb_lineno - multiline2.__code__.co_firstlineno)
def lines(tb):
    out = []
    while tb:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out
class O3:
    def m(self, x):
        raise ValueError(x)
o = O3()
def f():
    return (o
            .m(
                1))
try:
    f()
except ValueError as e:
    print(lines(e.__traceback__))
def g():
    return (o
            .missing(
                1))
try:
    g()
except AttributeError as e:
    print(lines(e.__traceback__))
def h():
    return (o.
            m)(2)
try:
    h()
except ValueError as e:
    print(lines(e.__traceback__))


# Stores fused with loads, local loads fused with constants and attribute stores.
class Frozen:
    __slots__ = ("a",)

    def __setattr__(self, name, value):
        if name != "a":
            raise AttributeError("frozen: %s" % name)
        object.__setattr__(self, name, value)


def stores():
    fz = Frozen()
    fz.a = 1
    out = [fz.a]
    try:
        fz.b = 2
    except AttributeError as e:
        out.append(str(e))
    x = 5
    y = x + 1
    out.append(y)
    try:
        z = y
        out.append(z + w)  # noqa: F821
    except UnboundLocalError as e:
        out.append(type(e).__name__)
    w = 0
    return out


def const_unbound():
    try:
        return q + 1  # noqa: F821
    except UnboundLocalError:
        return "q unbound"
    q = 0


def store_then_unbound():
    try:
        k = 1
        return m  # noqa: F821
    except UnboundLocalError:
        return "m unbound after k=%d" % k
    m = 0


print(stores(), const_unbound(), store_then_unbound())


# BuildTuple + UnpackSequence (`a, b = b, a`) is fused into an in-place reversal; the
# unpack stays a jump target for tuples built in other branches.
def swap_forms(c, x, y):
    a, b = (x, y) if c else (y, x)
    p, q, r = x, y, a
    p, q, r = r, p, q
    items = [1, 2, 3]
    items[0], items[2] = items[2], items[0]
    (single,) = (x,)
    return a, b, p, q, r, items, single


print(swap_forms(True, 1, 2), swap_forms(False, 1, 2))
for bad in ("a, b = 1, 2, 3", "a, b, c = 1, 2", "a, = 1, 2"):
    try:
        exec(bad)
    except ValueError as e:
        print(type(e).__name__, e)
