class Tracked:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
    def __getattribute__(self, name):
        if name == "magic":
            return "abracadabra"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"missing:{name}"
t = Tracked()
t.x = 1
del t.x
print(t.log, t.magic, t.nothing, t.log[0])
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))
class Dictish:
    def __init__(self):
        self.__dict__["data"] = {}
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        self.data[k] = v
    def __len__(self):
        return len(self.data)
    def __iter__(self):
        return iter(self.data)
d = Dictish()
d["a"] = 1
print(d["a"], len(d), list(d), bool(d))
class Cls:
    attr = "class"
o = Cls()
print(o.attr)
o.attr = "instance"
print(o.attr, Cls.attr)
del o.attr
print(o.attr)
try:
    del o.attr
except AttributeError as e:
    print(e)
print(o.__class__.__name__, o.__dict__)
class Other: pass
o.__class__ = Other
print(type(o).__name__)
try:
    (1).__class__ = str
except TypeError as e:
    print(e)
class Private:
    def __init__(self):
        self.__secret = 1
    def reveal(self):
        return self.__secret
pv = Private()
print(pv.reveal(), pv._Private__secret, hasattr(pv, "__secret"))
print(getattr(Cls, "attr"), getattr(Cls(), "zzz", None))
try:
    Cls().zzz
except AttributeError as e:
    print(e)
try:
    Cls.zzz
except AttributeError as e:
    print(e)
import math
try:
    math.nothing
except AttributeError as e:
    print(e)
