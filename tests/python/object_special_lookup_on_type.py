# Special methods are looked up on the type, not the instance; __getattr__ is not consulted.
class C:
    def __len__(self):
        return 1
    def __getattr__(self, name):
        return lambda *a: "getattr provided " + name
c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())
try:
    c + 1
except TypeError as e:
    print("__getattr__ not used for operators:", e)
try:
    iter(c)
except TypeError as e:
    print("nor for iter:", e)
print(c.__add__(1))

class Dynamic:
    pass
Dynamic.__add__ = lambda self, o: "added later %r" % (o,)
Dynamic.__len__ = lambda self: 7
Dynamic.__getitem__ = lambda self, k: k * 2
Dynamic.__call__ = lambda self, *a: "called with %r" % (a,)
Dynamic.__repr__ = lambda self: "<Dynamic>"
Dynamic.__bool__ = lambda self: False
Dynamic.__iter__ = lambda self: iter("xyz")
Dynamic.__contains__ = lambda self, v: v == 42
Dynamic.__eq__ = lambda self, o: "eq!"
d = Dynamic()
print(d + 1, len(d), d[21], d(1, 2), repr(d), bool(d), list(d), 42 in d, d == 0)
del Dynamic.__len__
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
del Dynamic.__eq__
print(d == d, d == 1)

class Meta(type):
    def __len__(cls):
        return 1000
    def __iter__(cls):
        return iter([cls.__name__])
    def __invert__(cls):
        return "inverted class " + cls.__name__
    def __call__(cls, *args):
        return "instance creation intercepted"
class WithMeta(metaclass=Meta):
    def __len__(self):
        return 1
print(len(WithMeta), list(WithMeta), ~WithMeta, WithMeta())

class GetattributeTrap:
    def __getattribute__(self, name):
        print("  __getattribute__", name)
        return object.__getattribute__(self, name)
    def __repr__(self):
        return "Trap"
    def __len__(self):
        return 3
t = GetattributeTrap()
print(repr(t), len(t), str(t))
print(t.__len__())

class EnterViaInstance:
    pass
e = EnterViaInstance()
e.__enter__ = lambda: None
e.__exit__ = lambda *a: None
try:
    with e:
        pass
except TypeError as err:
    print(type(err).__name__, err)
class HashOnInstance:
    pass
h = HashOnInstance()
h.__hash__ = lambda: 5
print(hash(h) == object.__hash__(h))
class Str1:
    def __str__(self):
        return "type-level str"
s1 = Str1()
s1.__str__ = lambda: "instance str"
print(str(s1), s1.__str__())
class Swappable:
    def __neg__(self):
        return "original neg"
sw = Swappable()
print(-sw)
Swappable.__neg__ = lambda self: "patched neg"
print(-sw)
class IntLike:
    def __int__(self):
        return 5
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1j
    def __index__(self):
        return 3
il = IntLike()
print(int(il), float(il), complex(il), [0, 1, 2, 3][il], round(2.567, il))
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as err:
    print(type(err).__name__, err)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as err:
    print(type(err).__name__, err)
