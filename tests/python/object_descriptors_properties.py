class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Person:
    name = Typed(str)
    age = Typed(int)
    nd = NonData()
    def __init__(self, name, age):
        self.name = name
        self.age = age
    @property
    def info(self):
        return f"{self.name} ({self.age})"
    @info.setter
    def info(self, v):
        self.name, age = v.split(":")
        self.age = int(age)
    @info.deleter
    def info(self):
        print("deleting info")
p = Person("Ann", 30)
print(p.name, p.age, p.info, p.nd)
p.info = "Bob:41"
print(p.info)
del p.info
p.__dict__["nd"] = "instance wins"
print(p.nd)
try:
    p.age = "old"
except TypeError as e:
    print(e)
print(type(Person.name).__name__, Person.info.__class__.__name__)
class RO:
    @property
    def x(self):
        return 1
try:
    RO().x = 5
except AttributeError as e:
    print(e)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, l.computed)
class WithSlots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
w = WithSlots()
print(w.a, hasattr(w, "b"), hasattr(w, "__dict__"))
w.b = 2
print(w.b)
try:
    w.c = 3
except AttributeError as e:
    print(e)
class Sub(WithSlots):
    pass
s = Sub()
s.c = 3
print(s.c, s.__dict__)
class CM:
    @classmethod
    def make(cls, v):
        o = cls()
        o.v = v
        return o
    @staticmethod
    def helper(a, b):
        return a + b
class CM2(CM):
    pass
print(type(CM2.make(1)).__name__, CM.helper(1, 2), CM().helper(3, 4), CM2.make(5).v)
print(isinstance(CM.__dict__["make"], classmethod), isinstance(CM.__dict__["helper"], staticmethod))
