class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag", "none")
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a, **k):
        print("meta call", cls.__name__)
        return super().__call__(*a, **k)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"prepared": True}
class Base(metaclass=Meta, tag="t1"):
    def __init_subclass__(cls, **kw):
        cls.sub = kw
        super().__init_subclass__()
class Child(Base, extra=1):
    pass
print(Base.tag, Base.prepared, Child.sub, type(Child).__name__)
Child()
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, typ=None): return f"get {self.name}" if obj else self
    def __set__(self, obj, v): obj.__dict__["_" + self.name] = v
class U:
    d = Desc()
u = U(); u.d = 5
print(u.d, u._d, U.d.name)
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.v)
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"V({self.v})"
    def __len__(self): return self.v
    def __getitem__(self, i):
        if i >= self.v: raise IndexError
        return i * 10
    def __contains__(self, x): return x == 42
    def __call__(self, *a): return a
print(V(1) + V(2), 3 + V(4), V(1) == V(1), V(1) != V(2), sorted([V(3), V(1)]), bool(V(0)))
print(list(V(3)), 42 in V(1), V(1)(1, 2), len(V(7)))
try:
    hash(V(1))
except TypeError as e:
    print(e)
try:
    V(1) - 1
except TypeError as e:
    print(e)
try:
    1 < "a"
except TypeError as e:
    print(e)
class G:
    def __class_getitem__(cls, item): return f"G[{item}]"
print(G[int], list[int], dict[str, int])
class WithGetattr:
    def __getattr__(self, name): return name.upper()
print(WithGetattr().foo)
class S(str):
    def shout(self): return self.upper() + "!"
print(S("hi").shout(), S("a") + "b", isinstance(S("x"), str), len(S("abc")))
class L(list):
    def total(self): return sum(self)
l = L([1, 2]); l.append(3)
print(l, l.total(), type(l).__name__)
class D(dict):
    def __missing__(self, k): return k * 2
print(D(a=1)["zz"], D(a=1)["a"])
class Cnt:
    count = 0
    def __init__(self): Cnt.count += 1
    @staticmethod
    def sm(x): return x + 1
    @classmethod
    def cm(cls): return cls.__name__
Cnt(); Cnt()
print(Cnt.count, Cnt.sm(1), Cnt.cm(), Cnt().cm())
print(Child.__mro__, Child.__qualname__, Child.__module__)
def deco(f):
    def w(*a, **k): return f(*a, **k) * 2
    w.__name__ = f.__name__
    return w
@deco
def five(): return 5
print(five(), five.__name__)
class A1:
    def f(self): return "A"
class B1(A1):
    def f(self): return "B" + super().f()
class C1(A1):
    def f(self): return "C" + super().f()
class D1(B1, C1):
    def f(self): return "D" + super().f()
print(D1().f(), [k.__name__ for k in D1.__mro__])
print(vars(u), dir(U)[-3:])
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(type(lambda: 0).__name__, (lambda: 0).__qualname__)
x = 5
print(eval("x + 1"), eval("y * 2", {"y": 4}))
exec("z = x * 3")
print(z)
ns = {}
exec("def fn(): return 7", ns)
print(ns["fn"]())
