# Class(...) with a Python __init__ runs __init__ as a frame of the calling loop: results, errors,
# frames seen from __init__, defaults/keywords, metaclass __call__, custom __new__, abstract classes.
import sys
class P:
    def __init__(self, x, y):
        self.x = x; self.y = y
        self.caller = sys._getframe(1).f_code.co_name
def make():
    return P(1, 2)
p = make(); print(p.x, p.y, p.caller, type(p).__name__)
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print(e)
class Raises:
    def __init__(self, a):
        raise ValueError(a)
try:
    Raises(3)
except ValueError as e:
    print("VE", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
class Cl:
    def __init__(self, a):
        def inner():
            return a
        self.f = inner
print(Cl(7).f())
class Sub(P):
    pass
s = Sub(3, 4); print(s.x, type(s).__name__)
try:
    P(1)
except TypeError as e:
    print(e)
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
class Meta(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(M(5).v)
class N:
    def __new__(cls, v):
        print("new", v)
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
print(N(6).v)
class G:
    def __init__(self, x):
        yield x
try:
    G(1)
except TypeError as e:
    print(e)
class K:
    def __init__(self, a, b=2):
        self.s = a + b
print(K(1).s, K(1, 5).s, K(a=3).s)
def deep(n):
    return P(n, deep(n - 1)) if n else None
print(deep(50).x)
class R:
    def __init__(self, n):
        self.child = R(n - 1) if n else None
try:
    R(2000)
except RecursionError as e:
    print('RecursionError', e)
print(R(100).child is not None)
class Abs:
    def __init__(self, v):
        self.v = v
Abs.__abstractmethods__ = frozenset(["m"])
try:
    Abs(1)
except TypeError as e:
    print(e)
Abs.__abstractmethods__ = frozenset()
print(Abs(2).v)
