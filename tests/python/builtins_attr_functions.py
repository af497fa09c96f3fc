# getattr/setattr/delattr/hasattr with defaults, properties, __getattr__; vars/dir on objects.
class Thing:
    cls_attr = "class"
    def __init__(self):
        self.inst = "instance"
    @property
    def prop(self):
        return "property value"
    @property
    def broken(self):
        raise ValueError("property raised ValueError")
    def method(self):
        return "method result"

t = Thing()
print(getattr(t, "inst"), getattr(t, "cls_attr"), getattr(t, "prop"), getattr(t, "method")(), getattr(t, "nope", "default"))
print(hasattr(t, "inst"), hasattr(t, "nope"), hasattr(Thing, "prop"), hasattr(Thing, "inst"))
try:
    hasattr(t, "broken")
except ValueError as e:
    print("hasattr propagates non-AttributeError:", type(e).__name__, e)
try:
    getattr(t, "broken", "default not used")
except ValueError as e:
    print("getattr default only for AttributeError:", e)
try:
    getattr(t, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
for bad in [lambda: getattr(t, 5), lambda: setattr(t, 5, 1), lambda: delattr(t, None), lambda: hasattr(t, b"inst"), lambda: getattr(t)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
setattr(t, "dynamic", [1, 2])
setattr(Thing, "added_to_class", "via setattr")
print(t.dynamic, t.added_to_class, Thing().added_to_class)
delattr(t, "dynamic")
print(hasattr(t, "dynamic"))
try:
    delattr(t, "dynamic")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(t, "prop")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(t, "prop", 1)
except AttributeError as e:
    print(type(e).__name__, e)
name = "computed_" + "name"
setattr(t, name, 42)
print(getattr(t, name), vars(t))

class Dyn:
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"Dyn has no {name!r}")
d = Dyn()
print(getattr(d, "x_hello"), hasattr(d, "x_y"), hasattr(d, "other"), getattr(d, "other", "fallback"))
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(5, "real"), getattr("s", "upper")(), getattr([], "__len__")(), getattr(int, "from_bytes")(b"\x01", "big"))
print(sorted(vars(Thing).keys() - {"__dict__", "__weakref__", "__module__", "__doc__"}))
print([a for a in dir(t) if not a.startswith("__")])
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(WithDir()))
class Slots:
    __slots__ = ("a", "b")
print([a for a in dir(Slots) if not a.startswith("__")], hasattr(Slots(), "a"))
s = Slots()
setattr(s, "a", 1)
print(getattr(s, "a"), getattr(s, "b", "unset slot"))
import math
print(getattr(math, "pi"), hasattr(math, "tau"), getattr(math, "nope", None), "sqrt" in dir(math))
print(getattr(t, "__class__").__name__, getattr(Thing, "__name__"), getattr(Thing, "__mro__")[-1].__name__)
