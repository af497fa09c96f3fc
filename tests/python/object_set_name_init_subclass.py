# __set_name__ and __init_subclass__: order, arguments, class keywords.
events = []

class Field:
    def __init__(self, default):
        self.default = default
    def __set_name__(self, owner, name):
        events.append("set_name %s.%s" % (owner.__name__, name))
        self.owner = owner
        self.name = name

class Base:
    registry = []
    def __init_subclass__(cls, /, kind="plain", **kwargs):
        events.append("init_subclass %s kind=%s fields=%s" % (
            cls.__name__, kind, sorted(k for k, v in vars(cls).items() if isinstance(v, Field))))
        super().__init_subclass__(**kwargs)
        cls.kind = kind
        Base.registry.append(cls.__name__)

class Record(Base, kind="record"):
    x = Field(0)
    y = Field(1)

for e in events:
    print(e)
events.clear()
class Plain(Base):
    pass
class Deeper(Record):
    z = Field(2)
print(events)
print(Base.registry, Record.kind, Plain.kind, Deeper.kind, hasattr(Base, "kind"))
try:
    class Bad(Base, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Late:
    pass
f = Field(9)
Late.attr = f
print(hasattr(f, "name"))
f.__set_name__(Late, "attr")
print(f.name, f.owner.__name__)

class ErrorInSetName:
    def __set_name__(self, owner, name):
        raise ValueError("refused " + name)
try:
    class Host:
        bad = ErrorInSetName()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)

class Plugin:
    plugins = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.plugins[name or cls.__name__.lower()] = cls
class CsvPlugin(Plugin, name="csv"): pass
class JsonPlugin(Plugin): pass
print(sorted(Plugin.plugins), Plugin.plugins["csv"].__name__)

class Mixin:
    def __init_subclass__(cls, **kw):
        events.append("Mixin hook for " + cls.__name__)
        super().__init_subclass__(**kw)
class Other:
    def __init_subclass__(cls, **kw):
        events.append("Other hook for " + cls.__name__)
        super().__init_subclass__(**kw)
events.clear()
class Combined(Mixin, Other): pass
print(events)
print(type(Base.__dict__["__init_subclass__"]).__name__)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        events.append("meta new " + name)
        return super().__new__(mcls, name, bases, ns, **kw)
class WithMeta(metaclass=Meta):
    def __init_subclass__(cls, flag=False):
        events.append("hook %s flag=%s" % (cls.__name__, flag))
    f = Field(1)
events.clear()
class Child(WithMeta, flag=True):
    g = Field(2)
print(events)
