# property: getter/setter/deleter, docstrings, errors, subclass overrides, property() call.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        """Temperature in degrees Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("  deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
print(Temperature.celsius.__doc__)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
print(Temperature.fahrenheit.fset, Temperature.fahrenheit.fdel)

def get_x(self):
    return self._x
def set_x(self, v):
    self._x = v
class Classic:
    x = property(get_x, set_x, None, "the x property")
c = Classic()
c.x = 5
print(c.x, Classic.x.__doc__)

class Base:
    @property
    def name(self):
        return "base"
class Child(Base):
    @Base.name.getter
    def name(self):
        return "child of " + super().name
print(Child().name, Base().name)

class Ext(Base):
    @property
    def name(self):
        return "override"
    @name.setter
    def name(self, v):
        self._n = v
e = Ext()
e.name = "x"
print(e.name, e._n)

p = property()
class Holder:
    attr = p
try:
    Holder().attr
except AttributeError as err:
    print(type(err).__name__, err)
try:
    Holder().attr = 1
except AttributeError as err:
    print(type(err).__name__, err)

class PropDocFromGetter:
    @property
    def value(self):
        "getter doc"
        return 1
print(PropDocFromGetter.value.__doc__)

class Raises:
    @property
    def broken(self):
        raise AttributeError("inner attribute error")
    def __getattr__(self, name):
        return "__getattr__ fallback for " + name
print(Raises().broken)

class ReadOnly:
    __slots__ = ("_v",)
    def __init__(self, v):
        self._v = v
    v = property(lambda self: self._v)
r = ReadOnly(3)
print(r.v)
try:
    r.v = 4
except AttributeError as err:
    print(type(err).__name__, err)
pr = property(lambda s: 1)
pr2 = pr.setter(lambda s, v: None)
print(pr is pr2, pr.fset is None, pr2.fset is not None)
class Counter:
    _count = 0
    @property
    def count(self):
        type(self)._count += 1
        return type(self)._count
ct = Counter()
print(ct.count, ct.count, ct.count)
print(isinstance(Temperature.celsius, property), callable(Temperature.celsius.fget))
