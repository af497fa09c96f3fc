# super(): zero-argument form, explicit two-argument form, in classmethods, properties, errors.
class A:
    def hello(self):
        return "A.hello"
    @classmethod
    def make(cls):
        return "A.make(%s)" % cls.__name__
    @property
    def prop(self):
        return "A.prop"
    def __repr__(self):
        return "<%s>" % type(self).__name__

class B(A):
    def hello(self):
        return "B.hello -> " + super().hello()
    @classmethod
    def make(cls):
        return "B.make -> " + super().make()
    @property
    def prop(self):
        return "B.prop -> " + super().prop

class C(B):
    def hello(self):
        return "C.hello -> " + super(C, self).hello()
    def skip(self):
        return super(B, self).hello()

c = C()
print(c.hello())
print(C.make(), B.make())
print(c.prop)
print(c.skip())
s = super(C, c)
print(type(s).__name__, s.hello(), s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is c)
print(super(B, C).make())
print(super(C, C).hello(c))

def outside():
    return super().hello()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__, e)

class D(A):
    def method(self):
        def inner():
            return super(D, self).hello()
        return inner()
    def via_lambda(self):
        return (lambda: super(D, self).hello())()
print(D().method(), D().via_lambda())

class E(A):
    def uses_class_cell(self):
        return __class__.__name__
print(E().uses_class_cell())

class F(A):
    def hello(self):
        self = "replaced"
        try:
            return super().hello()
        except TypeError as e:
            return "TypeError " + str(e)
print(F().hello())

class Init1:
    def __init__(self, **kw):
        self.seen = ["Init1"]
        super().__init__(**kw)
class Init2:
    def __init__(self, extra=None, **kw):
        self.extra = extra
        super().__init__(**kw)
class Both(Init1, Init2):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.seen.append("Both")
b = Both(extra="E")
print(b.seen, b.extra)
try:
    Both(unknown=1)
except TypeError as e:
    print(type(e).__name__, e)

class GetAttrViaSuper(A):
    def __getattribute__(self, name):
        if name == "magic":
            return "magic value"
        return super().__getattribute__(name)
g = GetAttrViaSuper()
print(g.magic, g.hello())
try:
    super(A, A()).hello()
except AttributeError as e:
    print(type(e).__name__, e)
class G(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
gd = G()
gd["a"] = 5
print(gd)
class Listy(list):
    def append(self, v):
        super().append(("wrapped", v))
lst = Listy()
lst.append(1)
print(lst, len(lst))
print(repr(super(C, c))[:40].split(",")[0])
