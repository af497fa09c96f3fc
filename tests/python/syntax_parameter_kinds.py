# Positional-only, keyword-only, defaults, *args/**kwargs and CPython's error messages.
def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, sorted(kw.items()))

print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 44, 55, 66, e=5, f=7, g=8))
print(f(1, 2, 3, e=5, a=100, b=200))

def pos_only(x, y, /):
    return x - y
def kw_only(*, key, flag=False):
    return key, flag
def plain(a, b=2):
    return a, b
def star(*args, **kwargs):
    return args, kwargs

cases = [
    ("pos_only(1)", lambda: pos_only(1)),
    ("pos_only(x=1, y=2)", lambda: pos_only(x=1, y=2)),
    ("pos_only(1, 2, 3)", lambda: pos_only(1, 2, 3)),
    ("kw_only(1)", lambda: kw_only(1)),
    ("kw_only()", lambda: kw_only()),
    ("kw_only(key=1, other=2)", lambda: kw_only(key=1, other=2)),
    ("plain()", lambda: plain()),
    ("plain(1, 2, 3)", lambda: plain(1, 2, 3)),
    ("plain(1, a=1)", lambda: plain(1, a=1)),
    ("plain(1, c=1)", lambda: plain(1, c=1)),
    ("f(1)", lambda: f(1)),
    ("f(1, 2, 3)", lambda: f(1, 2, 3)),
    ("f()", lambda: f()),
    ("star(1, x=2)", lambda: star(1, x=2)),
]
for label, thunk in cases:
    try:
        print(label, "->", thunk())
    except TypeError as e:
        print(label, "-> TypeError:", e)

def two_missing(a, b, c):
    pass
try:
    two_missing(1)
except TypeError as e:
    print(e)
try:
    two_missing()
except TypeError as e:
    print(e)
def kw_missing(*, a, b, c):
    pass
try:
    kw_missing(b=1)
except TypeError as e:
    print(e)
def zero():
    pass
try:
    zero(1)
except TypeError as e:
    print(e)
try:
    zero(x=1)
except TypeError as e:
    print(e)
def one_default(a, b=1):
    pass
try:
    one_default(1, 2, 3, 4)
except TypeError as e:
    print(e)
def with_kwonly(a, *, b):
    pass
try:
    with_kwonly(1, 2, b=3)
except TypeError as e:
    print(e)

class K:
    def method(self, x, /, y):
        return x, y
    @staticmethod
    def smeth(a):
        return a
    @classmethod
    def cmeth(cls, a, *, b):
        return cls.__name__, a, b
k = K()
print(k.method(1, y=2), K.smeth(3), K.cmeth(4, b=5))
try:
    k.method(1)
except TypeError as e:
    print(e)
try:
    K.cmeth(1, 2)
except TypeError as e:
    print(e)
try:
    k.method(x=1, y=2)
except TypeError as e:
    print(e)

def kwargs_accepts_posonly_name(a, /, **kw):
    return a, kw
print(kwargs_accepts_posonly_name(1, a=2))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames)
print(f.__defaults__, f.__kwdefaults__)
print(pos_only.__defaults__, kw_only.__kwdefaults__)
lam = lambda a, /, b=2, *, c=3: (a, b, c)
print(lam(1), lam(1, c=9), lam(1, 5))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=1, y=2))
