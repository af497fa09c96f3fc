"""`__del__` runs when the last reference goes away (not only from the cycle collector),
once per object (PEP 442), with resurrection, errors reported not raised, and deep chains."""
import sys
log = []
class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

print("-- del statement")
x = C("x")
del x
print("after del x")

print("-- rebinding")
y = C("y1")
y = C("y2")
print("after rebinding")
del y

print("-- function locals")
def f():
    a = C("local_a")
    b = C("local_b")
    print("in f")
f()
print("after f")

def g():
    a = C("g_del")
    del a
    print("g after del")
g()

print("-- temporaries")
C("temp").name
print("after temp")

print("-- list and dict items")
lst = [C("l0"), C("l1")]
lst[0] = None
print("after list set")
lst.pop()
print("after pop")
d = {"k": C("dv")}
d["k"] = 1
print("after dict set")
d2 = {"k": C("dv2")}
del d2["k"]
print("after dict del")
del lst, d, d2

print("-- resurrection")
saved = []
class R:
    count = 0
    def __del__(self):
        R.count += 1
        print("R.__del__ call", R.count, self.v)
        saved.append(self)
r = R()
r.v = 42
del r
print("resurrected:", saved[0].v, R.count)
saved[0].v = 43
print("still usable:", saved[0].v)
saved.clear()
print("after clear, count", R.count)

print("-- exception in __del__")
class E:
    def __del__(self):
        raise ValueError("boom")
e = E()
del e
print("after exception del")

print("-- __del__ frees others")
class Chain:
    def __init__(self, name, nxt):
        self.name = name
        self.nxt = nxt
    def __del__(self):
        print("chain del", self.name, self.nxt.name if self.nxt else None)
c = Chain("a", Chain("b", Chain("c", None)))
del c
print("after chain")

class Holder:
    def __init__(self, inner):
        self.inner = inner
    def __del__(self):
        print("holder del; dropping inner")
        self.inner = None
        print("holder del done")
h = Holder(C("inner"))
del h

print("-- long chain")
class Node:
    n = 0
    def __init__(self, nxt):
        self.nxt = nxt
    def __del__(self):
        Node.n += 1
head = None
for i in range(10000):
    head = Node(head)
head = None
print("long chain freed:", Node.n)

print("-- exceptions in flight")
def raiser():
    c = C("in_raiser")
    raise KeyError("k")
try:
    raiser()
except KeyError:
    pass
print("after try")
class SwallowInDel:
    def __del__(self):
        try:
            raise RuntimeError("inner")
        except RuntimeError:
            pass
        print("del saw exc_info", sys.exc_info()[0])
try:
    raise IndexError("outer")
except IndexError:
    s = SwallowInDel()
    del s
    print("still handling", sys.exc_info()[0].__name__)

print("-- del sees attributes")
class A:
    def __init__(self):
        self.items = [1, 2, 3]
        self.d = {"a": 1}
    def __del__(self):
        print("attrs", self.items, self.d)
a = A()
a = None

print("-- subclass inherits __del__")
class Sub(C):
    pass
s = Sub("sub")
del s
class Late:
    pass
l = Late()
Late.__del__ = lambda self: print("late del")
del l

print("-- gc and refcount share the mark")
import gc
class Cyc:
    def __del__(self):
        print("cyc del")
        keep.append(self)
keep = []
o = Cyc()
o.self = o
del o
gc.collect()
print("kept", len(keep))
keep[0].self = None
keep.clear()
print("after keep clear")
gc.collect()
print("end")

print("-- finalizers that free the next object, 20000 deep")
class Releaser:
    n = 0
    def __init__(self, inner):
        self.inner = inner
    def __del__(self):
        Releaser.n += 1
        self.inner = None
chain = None
for i in range(20000):
    chain = Releaser(chain)
chain = None
print("released:", Releaser.n)

print("-- resurrected at refcount zero, later collected in a cycle: no second call")
class Once:
    calls = 0
    def __del__(self):
        Once.calls += 1
        revived.append(self)
revived = []
o = Once()
del o
o = revived.pop()
o.me = o
del o
print("collected:", gc.collect() > 0, "calls:", Once.calls)
