# __slots__: no __dict__, inheritance, __dict__/__weakref__ slots, errors.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 10
print(p.x)

class Point3(Point):
    __slots__ = ("z",)
q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))

class NoSlotsChild(Point):
    pass
n = NoSlotsChild(1, 2)
n.anything = "allowed"
print(vars(n), n.x)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, vars(w))

class StringSlot:
    __slots__ = "only"
s = StringSlot()
s.only = "single string slot"
print(s.only, StringSlot.__slots__)

class Empty:
    __slots__ = ()
e = Empty()
try:
    e.x = 1
except AttributeError as err:
    print(type(err).__name__, err)

try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as err:
    print(type(err).__name__, err)

class Defaults:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = "set"
d = Defaults()
print(d.a, getattr(d, "b", "b unset"))

class PrivateSlot:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 42
    def reveal(self):
        return self.__secret
ps = PrivateSlot()
print(ps.reveal(), PrivateSlot.__slots__, hasattr(PrivateSlot, "_PrivateSlot__secret"))

class Base1:
    __slots__ = ("a",)
class Base2:
    __slots__ = ("b",)
try:
    class Multi(Base1, Base2):
        pass
except TypeError as err:
    print(type(err).__name__, err)

class SlotsAndProperty:
    __slots__ = ("_v",)
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value * 2
sp = SlotsAndProperty()
sp.v = 5
print(sp.v)

class DictSlots:
    __slots__ = {"k1": "doc one", "k2": "doc two"}
print(DictSlots.k1.__doc__, sorted(DictSlots.__slots__))
ds = DictSlots()
ds.k2 = "value"
print(ds.k2)
print(type(Point.x).__name__, Point.x.__name__, Point.x.__objclass__.__name__)
try:
    Point.x.__get__(5)
except TypeError as err:
    print(type(err).__name__, err)
print("__dict__" in dir(Point), "__weakref__" in dir(Point), "__weakref__" in dir(Empty))
class Sub(Point):
    __slots__ = ("x",)
sb = Sub(7, 8)
print(sb.x, sb.y)
