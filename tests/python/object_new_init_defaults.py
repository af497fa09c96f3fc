# object defaults, __new__ vs __init__, argument checking, immutable subclasses.
class Plain:
    pass
try:
    Plain(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)

class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(5).a)
class OnlyNew:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
print(OnlyNew(1, 2).args)
class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NewReturnsOther())
class NewReturnsSubclassInstance:
    def __new__(cls, flag):
        if flag:
            return super().__new__(Special)
        return super().__new__(cls)
    def __init__(self, flag):
        print("  __init__ on", type(self).__name__)
class Special(NewReturnsSubclassInstance):
    pass
print(type(NewReturnsSubclassInstance(True)).__name__, type(NewReturnsSubclassInstance(False)).__name__)

class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)

class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("hello")
print(u, type(u).__name__, u + "!", isinstance(u, str), len(u), u.lower(), type(u.lower()).__name__)
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
    def __repr__(self):
        return "Pos(%d)" % self
p = Pos(5)
print(p, p + 1, type(p + 1).__name__, repr(p), str(p), p * 2, -p)
try:
    Pos(-1)
except ValueError as e:
    print(type(e).__name__, e)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return "Point(%r, %r)" % self
pt = Point(3, 4)
print(pt, pt.x, pt[1], len(pt), pt == (3, 4), hash(pt) == hash((3, 4)), tuple(pt))

o = object()
print(o.__eq__(o), o.__eq__(1), o.__ne__(1), o.__lt__(o), type(o.__hash__()).__name__)
print(object.__eq__(1, 1), object.__ne__(1, 2))
print(Plain.__init__ is object.__init__, Plain.__new__ is object.__new__)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__new__(str)
except TypeError as e:
    print(type(e).__name__, e)
print(int.__new__(int, "7"), str.__new__(str, 8), float.__new__(float), tuple.__new__(tuple, "ab"))
class WithInitArgs:
    def __init__(self, a, b=2, *, c):
        self.vals = (a, b, c)
try:
    WithInitArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
print(WithInitArgs(1, c=3).vals)
class CountInstances:
    count = 0
    def __new__(cls, *a, **k):
        cls.count += 1
        return super().__new__(cls)
    def __init__(self, name):
        self.name = name
a, b = CountInstances("a"), CountInstances("b")
print(CountInstances.count, a.name, b.name)
class OverrideNewOnly:
    def __new__(cls, x):
        return super().__new__(cls)
try:
    OverrideNewOnly(1)
    print("__new__ override accepts args, object.__init__ tolerates them")
except TypeError as e:
    print(type(e).__name__, e)
class OverrideInitOnly:
    def __init__(self, x):
        self.x = x
print(OverrideInitOnly(9).x)
class Immutable:
    __slots__ = ()
    def __setattr__(self, name, value):
        raise AttributeError("immutable: cannot set %s" % name)
try:
    Immutable().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(list.__new__(list), dict.__new__(dict), set.__new__(set))
lst = list.__new__(list)
list.__init__(lst, [1, 2])
print(lst)
list.__init__(lst, [3])
print(lst)
