# weakref proxies: number operators, __next__, __reversed__, __bytes__, sharing of
# callback-less proxies, and ref's argument handling.
import weakref


class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))

    __radd__ = __add__

    def __matmul__(self, o):
        return ("matmul", o)

    def __floordiv__(self, o):
        return self.v // o

    def __neg__(self):
        return -self.v

    def __index__(self):
        return self.v

    def __bytes__(self):
        return b"N"

    def __reversed__(self):
        return iter("cba")


n = N(5)
p = weakref.proxy(n)
print((p + 1).v, (1 + p).v, p @ 3, p // 2, -p, [0] * 10 == [0] * 10, bytes(p))
print(list(range(10))[p], "".join(reversed(p)), divmod(weakref.proxy(7.5) if False else 7, 2))
x = weakref.proxy(n)
print(x is p, weakref.proxy(n, None) is p, weakref.proxy(n, lambda r: None) is p)


def gen():
    yield from [4, 5, 6]


it = gen()


class IteratesWeakly:
    def __iter__(self):
        return weakref.proxy(it)


print(list(IteratesWeakly()))
f = lambda: 0


class Bad:
    def __iter__(self):
        return weakref.proxy(f)


try:
    list(Bad())
except TypeError as e:
    print("TypeError:", e)


class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, value=42):
        self.value = value
        super().__init__(ob, callback)


r = MyRef(n, value=7)
print(r.value, r() is n)
for args, kw in [((n, None, 1), {}), ((), {}), ((n,), {"callback": None})]:
    try:
        weakref.ref(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
