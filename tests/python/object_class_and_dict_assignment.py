# __class__ and __dict__ assignment rules, vars(), instance dict manipulation.
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
obj = A()
obj.data = 1
print(obj.who())
obj.__class__ = B
print(obj.who(), type(obj).__name__, isinstance(obj, B), obj.data)
for bad in [int, 5, "B"]:
    try:
        obj.__class__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
class Slotted:
    __slots__ = ("x",)
class Slotted2:
    __slots__ = ("x",)
class SlottedOther:
    __slots__ = ("y",)
s = Slotted()
s.x = 1
s.__class__ = Slotted2
print(type(s).__name__, s.x)
try:
    s.__class__ = SlottedOther
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.__class__ = A
except TypeError as e:
    print(type(e).__name__, e)

class Holder:
    pass
h = Holder()
h.a = 1
h.__dict__ = {"b": 2, "c": 3}
print(vars(h), hasattr(h, "a"), h.b)
h.__dict__["d"] = 4
print(h.d, sorted(vars(h)))
try:
    h.__dict__ = [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del h.__dict__
    print("dict deleted", vars(h))
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
shared = {"shared": True}
h1, h2 = Holder(), Holder()
h1.__dict__ = shared
h2.__dict__ = shared
h1.x = "set on h1"
print(h2.x, shared)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
print(vars(Holder) is not None, type(vars(Holder)).__name__, "a" in vars())

class Custom(dict):
    pass
h3 = Holder()
h3.__dict__ = Custom(z=26)
print(type(h3.__dict__).__name__, h3.z)
try:
    Holder.__dict__ = {}
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    5 .__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
class IntSub(int):
    pass
class IntSub2(int):
    pass
i = IntSub(4)
try:
    i.__class__ = IntSub2
    print("int subclass __class__ swapped:", type(i).__name__, i)
except TypeError as e:
    print(type(e).__name__, e)
class ListSub(list):
    pass
class ListSub2(list):
    pass
lst = ListSub([1])
lst.__class__ = ListSub2
print(type(lst).__name__, lst)
class Getter:
    @property
    def __class__(self):
        return int
g = Getter()
print(type(g).__name__, g.__class__.__name__, isinstance(g, int), isinstance(g, Getter))
class Env:
    def __init__(self):
        self.__dict__.update(alpha=1, beta=2)
print(sorted(vars(Env()).items()), Env().alpha)
o = Holder()
setattr(o, "with space", 1)
setattr(o, "123", 2)
print(sorted(vars(o)), getattr(o, "with space"))
try:
    setattr(o, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
