# C3 linearization: diamonds, complex hierarchies, inconsistent orders, super() chains.
def names(cls):
    return [c.__name__ for c in cls.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in (K1, K2, K3, Z):
    print(cls.__name__, names(cls))

class Base:
    def who(self):
        return ["Base"]
class Left(Base):
    def who(self):
        return ["Left"] + super().who()
class Right(Base):
    def who(self):
        return ["Right"] + super().who()
class Bottom(Left, Right):
    def who(self):
        return ["Bottom"] + super().who()
print(names(Bottom), Bottom().who())
print(Bottom.mro() == list(Bottom.__mro__), type(Bottom.mro()).__name__)

class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Wrong(Base, Left): pass
except TypeError as e:
    print(type(e).__name__, e)
class Fine(Left, Base): pass
print(names(Fine))

print(names(bool), names(int))
print([c.__name__ for c in KeyError.__mro__])
print(object.__mro__, object.__bases__, type.__mro__)
print(Z.__bases__ == (K1, K2, K3), Bottom.__base__.__name__)

class Attr1:
    value = "from Attr1"
class Attr2:
    value = "from Attr2"
    only2 = "only in Attr2"
class Combined(Attr1, Attr2): pass
print(Combined.value, Combined.only2)
Attr1.value = "changed"
print(Combined().value)
del Attr1.value
print(Combined().value)

class Meta(type):
    def mro(cls):
        default = super().mro()
        print("  custom mro for", cls.__name__)
        return default[:1] + default[:0:-1]
class P: pass
class Q: pass
class Custom(P, Q, metaclass=Meta): pass
print(names(Custom))

class Chain:
    def __init__(self):
        self.calls = []
        super().__init__()
class M1(Chain):
    def __init__(self):
        super().__init__()
        self.calls.append("M1")
class M2(Chain):
    def __init__(self):
        super().__init__()
        self.calls.append("M2")
class M3(M1, M2):
    def __init__(self):
        super().__init__()
        self.calls.append("M3")
print(M3().calls, names(M3))
print(issubclass(M3, Chain), issubclass(Chain, M3), M3.__subclasses__(), Chain.__subclasses__() == [M1, M2])
