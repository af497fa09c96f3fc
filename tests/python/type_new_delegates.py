# type(name, bases, ns, **kw) with a base whose metaclass is more derived: type.__new__
# hands the call to that metaclass's own __new__ (keywords included), as enum's
# _simple_enum does with `type(name, (etype,), body, boundary=...)`.
class Meta(type):
    def __new__(mcls, name, bases, ns, *, flag=None, **kw):
        print("Meta.__new__", name, flag, sorted(kw))
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.flag = flag
        return cls


class Base(metaclass=Meta, flag="base"):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw))


T = type("T", (Base,), {"x": 1}, flag="made")
print(type(T).__name__, T.flag, T.x, T.__mro__[1].__name__)
U = type("U", (Base,), {}, flag=2, extra=3)
print(U.flag)


class PlainMeta(type):
    pass


class P(metaclass=PlainMeta):
    pass


V = type("V", (P,), {})
print(type(V).__name__)
try:
    type("W", (P,), {}, unknown=1)
except TypeError as e:
    print("TypeError", e)
import enum
print(enum.FlagBoundary.STRICT, enum.EnumCheck.UNIQUE)
