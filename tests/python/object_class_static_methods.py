# classmethod and staticmethod: binding, inheritance, alternative constructors, wrapping.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)

class FancyDate(Date):
    pass

print(Date.from_string("2024-02-29"), FancyDate.from_string("1999-12-31"))
print(Date(2000, 1, 1).from_string("2001-1-1"))
print([y for y in (1900, 2000, 2023, 2024) if Date.is_leap(y)], Date(1, 1, 1).is_leap(4))
cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
bound = Date.from_string
print(type(bound).__name__, bound.__self__ is Date, FancyDate.from_string.__self__.__name__)
print(type(Date.is_leap).__name__, Date.is_leap is sm.__func__)
print(callable(sm), sm(2024))

class Counter:
    count = 0
    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter):
    pass
print(Counter.increment(), Counter.increment(), SubCounter.increment(), Counter.count, SubCounter.count)

def standalone(x):
    if isinstance(x, type):
        return "standalone class " + x.__name__
    if isinstance(x, Wrapped):
        return "standalone instance"
    return "standalone %r" % (x,)
class Wrapped:
    as_static = staticmethod(standalone)
    as_class = classmethod(standalone)
    as_plain = standalone
w = Wrapped()
print(w.as_static(1), w.as_class(), Wrapped.as_class())
print(w.as_plain())
print(Wrapped.as_plain("explicit"))

class Chain:
    @classmethod
    def create(cls):
        return cls.__name__
    @classmethod
    def via_super(cls):
        return "via " + cls.create()
class ChainChild(Chain):
    @classmethod
    def create(cls):
        return "child:" + super().create()
print(ChainChild.via_super(), Chain.via_super())

class StaticCallsStatic:
    @staticmethod
    def helper(n):
        return n * 2
    @staticmethod
    def main(n):
        return StaticCallsStatic.helper(n) + 1
print(StaticCallsStatic.main(5))
print(classmethod(standalone).__func__ is standalone, staticmethod(standalone).__wrapped__ is standalone)
print(Date.from_string.__name__, Date.from_string.__qualname__, Date.is_leap.__qualname__)
try:
    Date.from_string()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Date.is_leap()
except TypeError as e:
    print(type(e).__name__, e)
print(dict.fromkeys("ab", 0), type(dict.fromkeys).__name__, int.from_bytes(b"\x01\x00", "little"))
print(str.maketrans("ab", "xy") == {97: 120, 98: 121}, type(str.__dict__["maketrans"]).__name__)
class Alt:
    @classmethod
    @property
    def cls_prop(cls):
        return "class property of " + cls.__name__
print(Alt.cls_prop)
