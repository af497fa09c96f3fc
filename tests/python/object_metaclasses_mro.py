class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
try:
    class X(A, B): pass
except TypeError as e:
    print(e)
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.registered = True
class Plugin(metaclass=Registry): pass
class P1(Plugin): pass
class P2(Plugin): pass
print(Registry.classes, P2.registered, type(P1) is Registry, isinstance(P1, type))
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("init once")
print(Config() is Config())
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"__order__": []}
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class O(metaclass=Ordered):
    a = 1
print(O.__order__, O.a)
class Base:
    subclasses = []
    def __init_subclass__(cls, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.prefix = prefix
        Base.subclasses.append(cls.__name__)
class S1(Base, prefix="s1"): pass
class S2(S1): pass
print(Base.subclasses, S1.prefix, S2.prefix)
Dyn = type("Dyn", (A,), {"x": 5, "f": lambda self: self.x * 2})
print(Dyn.__name__, Dyn().f(), Dyn.__bases__, type(Dyn()).__mro__[1].__name__)
class Meta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        return sub is bool
class Intish(metaclass=Meta): pass
print(isinstance(5, Intish), isinstance("x", Intish), issubclass(bool, Intish), issubclass(int, Intish))
class Q:
    class Inner:
        def m(self): pass
print(Q.Inner.__qualname__, Q.Inner.m.__qualname__, Q.__module__)
def fn():
    class Local: pass
    return Local
print(fn().__qualname__, repr(fn())[:40])
print(A.__bases__, object.__bases__, B.__base__, type.__mro__)
class WithClassVar:
    count = 0
    def __init__(self):
        type(self).count += 1
WithClassVar(); WithClassVar()
print(WithClassVar.count)
