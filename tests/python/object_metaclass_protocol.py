# Metaclasses: __prepare__, __new__, __init__, __call__, keywords, inheritance of metaclass.
log = []

class Ordered(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            log.append("define " + key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        log.append("prepare %s %r" % (name, sorted(kwargs.items())))
        return Ordered()
    def __new__(mcls, name, bases, ns, **kwargs):
        log.append("new %s ns=%s" % (name, type(ns).__name__))
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.options = kwargs
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        log.append("init " + name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        log.append("call %s%r" % (cls.__name__, args))
        instance = super().__call__(*args, **kwargs)
        log.append("made instance")
        return instance

class Model(metaclass=Meta, table="models", strict=True):
    b = 1
    a = 2
    def method(self):
        return "method"
    def __init__(self, v):
        log.append("Model.__init__")
        self.v = v

for line in log:
    print(line)
log.clear()
m = Model(5)
print(log, m.v, Model.options)
log.clear()
class Sub(Model):
    c = 3
print(log, type(Sub).__name__, Sub.options)
print(type(Model) is Meta, isinstance(Model, type), isinstance(m, Model))

class Singleton(type):
    instances = {}
    def __call__(cls, *a):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*a)
        return Singleton.instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        self.loaded = True
print(Config() is Config(), len(Singleton.instances))

class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.classes.append(name)
class Plugin(metaclass=Registry): pass
class Alpha(Plugin): pass
class Beta(Plugin): pass
class Gamma(Alpha): pass
print(Registry.classes)

class MetaA(type): pass
class MetaB(type): pass
class UsesA(metaclass=MetaA): pass
class UsesB(metaclass=MetaB): pass
try:
    class Both(UsesA, UsesB): pass
except TypeError as e:
    print(type(e).__name__, e)
class MetaAB(MetaA, MetaB): pass
class Both(UsesA, UsesB, metaclass=MetaAB): pass
print(type(Both).__name__)
class Derived(UsesA, metaclass=MetaAB): pass
print(type(Derived).__name__)

Dynamic = type("Dynamic", (Plugin,), {"x": 1, "hello": lambda self: "hi"})
print(Dynamic.__name__, Dynamic.x, Dynamic().hello(), type(Dynamic).__name__, Registry.classes[-1])
Plain = type("Plain", (), {})
print(Plain.__bases__, Plain.__module__ if hasattr(Plain, "__module__") else None)
print(type(5), type("s") is str, type(type))
try:
    type("Bad", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("a", "b")
except TypeError as e:
    print(type(e).__name__, e)

class AttrMeta(type):
    def __getattr__(cls, name):
        return "meta-provided " + name
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class UsesAttrMeta(metaclass=AttrMeta):
    real = "real"
print(UsesAttrMeta.real, UsesAttrMeta.missing, UsesAttrMeta.upper_name)
print(hasattr(UsesAttrMeta(), "upper_name"))

def function_metaclass(name, bases, ns):
    return "not even a class: " + name
class Weird(metaclass=function_metaclass):
    pass
print(Weird)
class Repr(type):
    def __repr__(cls):
        return "<custom class %s>" % cls.__name__
class Shown(metaclass=Repr): pass
print(Shown, [Shown])
