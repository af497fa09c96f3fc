# bytes()/bytearray() construction order and errors as CPython's bytes_new / bytearray_init.
import sys, copy, pickle

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)

class BadInt:
    def __index__(self):
        1 / 0
class IndexWithBytes:
    def __bytes__(self):
        return b"a"
    def __index__(self):
        return 42
class IntBlocked(int):
    __bytes__ = None
class ListBlocked(list):
    __bytes__ = None
class NonBytes:
    def __bytes__(self):
        return "x"
def gen():
    yield 1
    yield 2

for t in (bytes, bytearray):
    print("--", t.__name__)
    show(t, BadInt())
    show(t, IndexWithBytes())
    show(t, IntBlocked(3))
    show(t, ListBlocked([1, 2]))
    show(t, NonBytes())
    show(t, [-sys.maxsize - 2])
    show(t, [sys.maxsize + 1])
    show(t, [256])
    show(t, ["0"])
    show(t, 0.0)
    show(t, encoding="ascii")
    show(t, errors="ignore")
    show(t, 0, "ascii")
    show(t, b"", errors="ignore")
    show(t, "")
    show(t, "", errors="ignore")
    show(t, "é", "latin-1")
    show(t, 3)
    show(t, -1)
    show(t, gen())
    show(t, None)
    a = [0]
    class X:
        def __index__(self):
            a.clear()
            return 42
    a = [X(), X()]
    show(t, a)
    b = t(b"abc")
    for v in (97, 200, 300, -1, sys.maxsize + 1, None, 97.0, "a", b"bc", bytearray(b"ac")):
        show(lambda: v in b)
    show(lambda: b["x"])
    print(t.__doc__.splitlines()[0])

b = b"123abc1@"
print(b * 1 is b, 1 * b is b, b * 2 is b, b.__bytes__() is b)
ba = bytearray(b"ab")
print(ba * 1 is ba)

def setitem(o, k, v):
    o[k] = v
show(setitem, bytearray(b"abc"), "x", 1)
x = bytearray(b"abcdef")
x[1:-1:2] = b""
print(x)
m = memoryview(x)
show(setitem, x, slice(1, -1, 2), b"")
m.release()

it = iter(bytearray(b"ab"))
src = bytearray(b"ab")
it = iter(src)
print(list(it))
src.append(9)
print(list(it))

r = bytearray()
def g():
    for i in range(1, 6):
        yield i
        print(len(r), list(r))
r.__init__(g())
print(r, r.__alloc__() > len(r))

class Slotted(bytearray):
    __slots__ = ("x", "y")
s = Slotted(b"q")
s.x = 5
c = copy.copy(s)
print(c, c.x, type(c).__name__)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    p = pickle.loads(pickle.dumps(s, proto))
    print(proto, p, p.x, hasattr(p, "y"))
