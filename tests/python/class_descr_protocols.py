# Class and descriptor protocol details: non-function __call__/__new__/__getattribute__
# found on the class, comparison methods whose lookup fails, member descriptors,
# classmethod/staticmethod __dict__, types.MethodType, __bases__ reassignment.
import types


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def booh(self):
    raise AttributeError("booh")


class E:
    __eq__ = property(booh)


e = E()
show("eq-property", lambda: (e == e, E() == E()))


class CM:
    @classmethod
    def __new__(*args):
        return args


show("classmethod-new", lambda: CM(1, 2)[2:])


class Descriptor:
    def __get__(self, obj, objtype=None):
        def getter(name):
            raise AttributeError(name)
        return getter


class GA:
    __getattribute__ = Descriptor()


show("getattribute-descr", lambda: GA().x)

show("setattr-bytes", lambda: type.__setattr__(GA, b"x", 1))
show("getattribute-type-arg", lambda: type.__getattribute__(list, type))

sm = staticmethod(None)
print("sm dict", sm.__dict__)


def f(cls, arg):
    "f docstring"


cm = classmethod(f)
print("cm dict", sorted(cm.__dict__))
cm.x = 1
print("cm x", cm.x)


class Callable:
    def __call__(self, arg):
        return arg


m = types.MethodType(Callable(), object())
print("method repr", repr(m).split(" of ")[0])
show("method none", lambda: types.MethodType(len, None))

p = property(lambda self: 1, doc="hello")
print("property doc", p.getter(lambda self: 2).__doc__)
show("property fget readonly", lambda: setattr(p, "fget", None))
print("member types", type(property.fget).__name__, type(complex.real).__name__,
      type(types.FunctionType.__globals__).__name__)
print("objclass", [].__add__.__objclass__, [].append.__qualname__)
print("None doc", None.__doc__)


class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["a"] = value


class HasSet:
    a = SetOnly()


h = HasSet()
print("set-only before", type(h.a).__name__)
h.a = 42
print("set-only after", h.a)


class A:
    pass


class A2:
    def meth(self):
        return 1


class D(A):
    pass


class Sub(D):
    pass


D.__bases__ = (A2,)
print("bases", Sub().meth(), Sub.__mro__[1:3] == (D, A2))


class Meta(type):
    def mro(cls):
        if getattr(cls, "fail", False):
            raise RuntimeError("no mro")
        return type.mro(cls)


class X(A, metaclass=Meta):
    pass


X.fail = True
try:
    X.__bases__ = (A2,)
except RuntimeError as exc:
    print("failing mro", exc, X.__bases__ == (A,), X.__mro__[1] is A)


class Proxy:
    def __init__(self, obj):
        self._obj = obj

    def __getattribute__(self, name):
        if name == "_obj":
            return object.__getattribute__(self, name)
        return getattr(self._obj, name)


class B:
    def f(self):
        return "B.f"


class C(B):
    def f(self):
        return super(C, self).f() + "->C.f"


print("proxy super", C.__dict__["f"](Proxy(C())))


class mysuper(super):
    def __init__(self, *args):
        super(mysuper, self).__init__(*args)


class E2(C):
    def f(self):
        return "E2+" + mysuper(E2, self).f()


print("super subclass", E2().f())

print("base", type("T", (A, int), {}).__base__)
show("nul name", lambda: type("A\x00B", (), {}))
show("int slots", lambda: type("I", (int,), {"__slots__": "x"}))
import collections
od = collections.OrderedDict([("a", 1), ("b", 2)])
od.move_to_end("a")
print("ns order", [k for k in type("O", (), od).__dict__ if k in "ab"])


class Hint:
    def __iter__(self):
        return iter([1, 2])

    def __length_hint__(self):
        return -1


show("length hint", lambda: list(Hint()))
