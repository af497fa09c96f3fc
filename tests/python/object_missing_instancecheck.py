# __missing__ on dict subclasses; __instancecheck__/__subclasscheck__ on metaclasses.
class DefaultZero(dict):
    def __missing__(self, key):
        return 0
d = DefaultZero(a=1)
print(d["a"], d["b"], "b" in d, d.get("b"), len(d))
try:
    print("dict.__getitem__ also uses __missing__:", dict.__getitem__(d, "b"))
except KeyError as e:
    print(type(e).__name__, e)

class AutoVivify(dict):
    def __missing__(self, key):
        value = self[key] = AutoVivify()
        return value
tree = AutoVivify()
tree["a"]["b"]["c"] = 1
tree["a"]["x"] = 2
print(tree)

class Loud(dict):
    def __missing__(self, key):
        print("  missing", repr(key))
        raise KeyError("custom: %s" % key)
try:
    Loud()["q"]
except KeyError as e:
    print(type(e).__name__, e)

class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(sorted(c.items()))
class NotDict:
    def __missing__(self, key):
        return "never"
    def __getitem__(self, key):
        raise KeyError(key)
try:
    NotDict()["k"]
except KeyError as e:
    print("__missing__ only for dict subclasses:", e)
class MissingAttrInstance(dict):
    pass
md = MissingAttrInstance()
md.__missing__ = lambda key: "instance attr"
try:
    md["z"]
except KeyError as e:
    print("instance __missing__ ignored:", e)

class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub in (bool, int)
class Even(metaclass=EvenMeta):
    pass
print(isinstance(4, Even), isinstance(3, Even), isinstance("x", Even), isinstance(Even(), Even))
print(issubclass(bool, Even), issubclass(str, Even), isinstance(2, (str, Even)))
print(issubclass(int, (str, Even)))

class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
class Quacker(metaclass=Duck):
    pass
class Mallard:
    def quack(self):
        return "quack"
print(isinstance(Mallard(), Quacker), isinstance(5, Quacker))
print(type(Mallard()) is Quacker)

class Everything(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__ called for", type(obj).__name__)
        return True
class Any_(metaclass=Everything):
    pass
a = Any_()
print(isinstance(a, Any_))
print(isinstance(5, Any_))

try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, (str, 5))
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, ()), isinstance(True, (str, (float, (int,)))))
class WithBases:
    __bases__ = (int,)
print(issubclass(bool, (int, str)), issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
class RaisesCheck(type):
    def __instancecheck__(cls, obj):
        raise RuntimeError("check failed")
class R(metaclass=RaisesCheck):
    pass
try:
    isinstance(1, R)
except RuntimeError as e:
    print(type(e).__name__, e)
print(isinstance(R(), R))
try:
    isinstance(1, list[int])
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance([], list | None) if hasattr(list, "__or__") or True else "", isinstance(None, int | None))
