# Descriptor protocol: data vs non-data precedence, __get__ arguments, class access.
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata(%s, %s)" % ("instance" if obj is not None else "None", objtype.__name__)

class Data:
    def __init__(self):
        self.store = {}
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return "data(%r)" % self.store.get(id(obj), "unset")
    def __set__(self, obj, value):
        self.store[id(obj)] = value

class GetOnlyWithDelete:
    def __get__(self, obj, objtype=None):
        return "getter"
    def __delete__(self, obj):
        print("  __delete__ called")

class Host:
    nd = NonData()
    d = Data()
    gd = GetOnlyWithDelete()

h = Host()
print(h.nd, Host.nd)
h.__dict__["nd"] = "instance dict wins over non-data"
print(h.nd)
h.__dict__["d"] = "instance dict loses to data descriptor"
print(h.d)
h.d = 42
print(h.d, h.__dict__["d"])
print(type(Host.d).__name__)
h.__dict__["gd"] = "instance value"
print(h.gd)
del h.gd
try:
    h.gd = "set"
except AttributeError as e:
    print(type(e).__name__, e)

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
            raise TypeError("%s must be %s, got %s" % (self.name[1:], self.kind.__name__, type(value).__name__))
        setattr(obj, self.name, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)

class Method:
    def f(self):
        return "f of " + type(self).__name__
m = Method()
bound = Method.__dict__["f"].__get__(m, Method)
print(bound(), type(bound).__name__, bound.__self__ is m, bound.__func__ is Method.f)
print(Method.__dict__["f"].__get__(None, Method) is Method.f)

class CountAccess:
    def __init__(self):
        self.count = 0
    def __get__(self, obj, objtype=None):
        self.count += 1
        return self.count
class UsesCount:
    c = CountAccess()
u = UsesCount()
print(u.c, u.c, UsesCount.c, UsesCount.__dict__["c"].count)

class MetaDesc(type):
    meta_attr = Data()
class WithMeta(metaclass=MetaDesc):
    pass
WithMeta.meta_attr = "set through metaclass data descriptor"
print(WithMeta.meta_attr)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("  computing area")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, "area" in vars(c))

class Slotted:
    __slots__ = ("x",)
print(type(Slotted.__dict__["x"]).__name__)
s = Slotted()
s.x = 1
print(Slotted.x.__get__(s), s.x)
print(type(Person.__dict__["__init__"]).__name__, type(int.__dict__["bit_length"]).__name__)
print(type(str.__dict__["join"]).__name__, type(dict.__dict__["fromkeys"]).__name__)
print(type(Host.__dict__["__dict__"]).__name__, type(int.__dict__["real"]).__name__)
