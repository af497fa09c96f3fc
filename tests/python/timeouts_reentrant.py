# lru_cache re-entered from a key's __eq__, MethodType construction, context cycles,
# sys._getframe identity and sys._current_frames across threads.
import functools
import sys
import threading
from types import MethodType


@functools.lru_cache(maxsize=10)
def cached(x):
    return x


class DoubleEq:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return self.x

    def __eq__(self, other):
        if self.x == 2:
            cached(DoubleEq(1))
        return self.x == other.x


cached(DoubleEq(1))
cached(DoubleEq(2))
print(cached(DoubleEq(2)).x, cached.cache_info())


@functools.lru_cache(maxsize=2)
def sq(n):
    return n * n


for n in [1, 2, 1, 3, 2, 1]:
    sq(n)
print(sq.cache_info())


class A:
    def f(self, *a):
        return (self, a)


m = MethodType(A.f, 5)
print(m(1, 2), m.__self__, m.__func__ is A.f)
for bad in [(1, 2), (A.f, None), (A.f,)]:
    try:
        MethodType(*bad)
    except TypeError as e:
        print("TypeError", e)


def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)


try:
    cycle()
except Exception as e:
    print(type(e).__name__, type(e.__context__).__name__, e.__context__.__context__ is e.__context__)


def here():
    return sys._getframe()


f = sys._getframe()
print(f is sys._getframe(), here().f_back is f)

entered = threading.Event()
leave = threading.Event()


def inner():
    entered.set()
    leave.wait()


t = threading.Thread(target=inner)
t.start()
entered.wait()
frames = sys._current_frames()
print(threading.get_ident() in frames, t.ident in frames)
print(frames[t.ident].f_code.co_name)
excs = sys._current_exceptions()
print(excs[threading.get_ident()])
leave.set()
t.join()
