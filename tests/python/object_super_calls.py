# super() and super(C, obj) method calls (served without a bound method by LoadMethod), class
# and static methods, properties, errors, super subclasses, non-function attributes.
class A:
    def m(self, x):
        return ("A.m", type(self).__name__, x)
    @classmethod
    def c(cls):
        return ("A.c", cls.__name__)
    @staticmethod
    def s(v):
        return ("A.s", v)
    @property
    def p(self):
        return ("A.p", type(self).__name__)
    def __init__(self, v):
        self.v = v
class B(A):
    def m(self, x):
        return super().m(x), super(B, self).m(x + 1)
    @classmethod
    def c(cls):
        return super().c(), super(B, cls).c()
    def s2(self):
        return super().s(5), super().p
    def __init__(self, v):
        super().__init__(v * 2)
class C(B):
    def m(self, x):
        return super().m(x), super(B, self).m(x)
b = B(1); c = C(2)
print(b.m(1), c.m(2), B.c(), C.c(), b.s2(), b.v, c.v)
print(super(B, b).m.__name__, super(B, B).m.__qualname__, super(B, b).__class__.__name__)
try:
    super(B, 5)
except TypeError as e:
    print(e)
try:
    super(5, b)
except TypeError as e:
    print(e)
try:
    super(B, b).nope()
except AttributeError as e:
    print(e)
class MySuper(super):
    pass
print(MySuper(B, b).m(3))
class D(A):
    def m(self, x):
        m = super().m
        return m(x)
print(D(0).m(9))
class E(A):
    m = 5
class F(E):
    def g(self):
        return super().m
print(F(0).g())
class G:
    def __init__(self):
        self.m = lambda: "inst"
class H(G):
    def m(self):
        return super().m
print(H().m())
