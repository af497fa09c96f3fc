# _weakref: references, callbacks at death (refcount and cycle collector), shared plain
# references, subclasses with slots (weakref.KeyedRef's shape), proxies, helpers.
import _weakref, gc
class C:
    def __init__(self, n): self.n = n
    def __repr__(self): return "C(%d)" % self.n
c = C(1)
r = _weakref.ref(c)
print(r() is c, _weakref.ref(c) is r, _weakref.getweakrefcount(c), r.__callback__)
log = []
r2 = _weakref.ref(c, lambda ref: log.append(("dead", ref() is None)))
print(_weakref.getweakrefcount(c), len(_weakref.getweakrefs(c)), r2 is r, r == r2, hash(r) == hash(c))
del c
print(r(), r2(), log)
try:
    _weakref.ref(1)
except TypeError as e:
    print(e)
try:
    _weakref.ref("s")
except TypeError as e:
    print(e)
def f(): pass
rf = _weakref.ref(f)
print(rf() is f, type(rf).__name__, type(rf).__module__, _weakref.ref is _weakref.ReferenceType)
class K(_weakref.ref):
    __slots__ = ("key",)
    def __new__(cls, ob, cb, key):
        self = super().__new__(cls, ob, cb)
        self.key = key
        return self
    def __init__(self, ob, cb, key):
        super().__init__(ob, cb)
o = C(2)
k = K(o, None, "thekey")
print(k.key, k() is o, isinstance(k, _weakref.ref))
p = _weakref.proxy(o)
print(p.n, repr(p).startswith("<weakproxy at"), str(p), type(p).__name__)
p.n = 5
print(o.n)
del o
try:
    p.n
except ReferenceError as e:
    print("ReferenceError", e)
print(k(), hash(k) if False else "skip")
d = {"a": _weakref.ref(C(3))}
_weakref._remove_dead_weakref(d, "a")
print(d)
# cycles: gc clears and callbacks run
cyc = []
class N: pass
a = N(); b = N(); a.b = b; b.a = a
wa = _weakref.ref(a, lambda r: cyc.append("a gone"))
del a, b
gc.collect()
print(wa(), cyc)
