# Attribute caches keyed by shared key layouts must see every way an instance dict or
# a class changes: deletion, __dict__ edits, shadowing methods, class attribute updates.

class P:
    kind = "class-level"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


def read(objs):
    return [(o.x, o.y, o.kind, o.norm()) for o in objs]


a, b = P(1, 2), P(3, 4)
print(read([a, b]))
# Same layout, then a different insertion order (another layout) at the same site.
c = P.__new__(P)
c.y = 5
c.x = 6
print(read([a, b, c]))
# Deleting a key and re-adding it must not leave a stale position behind.
del a.x
try:
    a.x
except AttributeError as e:
    print("AttributeError:", e)
a.x = 10
print(read([a, b, c]))
# Editing through __dict__.
b.__dict__["x"] = 30
b.__dict__.pop("y")
b.__dict__["y"] = 40
print(read([a, b, c]))
b.__dict__.clear()
b.x, b.y = 7, 8
print(read([a, b, c]))
# An instance attribute shadowing a class attribute and a method.
c.kind = "instance-level"
c.norm = lambda: "shadowed"
print(read([a, b, c]))
del c.norm
print(read([a, b, c]))
# Class attribute changes reach every cached site.
P.kind = "changed"
print([o.kind for o in (a, b, c)], P.kind)
P.norm = lambda self: -1
print(read([a, b]))
del P.kind
try:
    a.kind
except AttributeError as e:
    print("AttributeError:", e)
# Many attributes (past any small-layout limit) and non-str keys in __dict__.
big = P(0, 0)
for i in range(100):
    setattr(big, "a%d" % i, i)
print(sum(getattr(big, "a%d" % i) for i in range(100)), big.x, big.y)
big.__dict__[1] = "int key"
print(big.a99, big.__dict__[1])
# Replacing the whole __dict__.
d = P(1, 1)
d.__dict__ = {"y": 2, "x": 3}
print(d.x, d.y, d.norm())


# Class attributes read through the class object and through instances.
class Const:
    A = 1
    B = "b"

    @staticmethod
    def s():
        return "static"

    @classmethod
    def k(cls):
        return cls.__name__


class Sub(Const):
    pass


for _ in range(3):
    print(Const.A, Const.B, Sub.A, Const.s(), Sub.k(), Const().A)
Const.A = 2
Sub.A = 3
print(Const.A, Sub.A, Const().A, Sub().A)


# Native methods through the method cache, and a subclass shadowing one.
class L(list):
    pass


items = [[], L(), []]
for it in items:
    it.append(1)
items[1].append = lambda v: print("shadowed append", v)
for it in items:
    it.append(2)
print(items)
class S:
    @staticmethod
    def st(a):
        return ("st", a)
    @classmethod
    def cm(cls, a):
        return ("cm", cls.__name__, a)
    def plain(self, a):
        return ("plain", a)
    value = 3
class T(S):
    pass
out = []
for i in range(3):
    out.append((S.st(i), T.st(i), S.cm(i), T.cm(i), S.plain(S(), i), S.value))
    if i == 1:
        S.st = staticmethod(lambda a: ("new", a))
        T.cm = classmethod(lambda cls, a: ("tcm", a))
print(out)
