# LoadMethod caches for classmethods called on the class and for super().m():
# results must follow class changes, subclasses and metaclass attributes.


class Base:
    @classmethod
    def make(cls, x):
        return (cls.__name__, x)

    def greet(self):
        return "Base.greet " + type(self).__name__


class Child(Base):
    def greet(self):
        return "Child>" + super().greet()


class GrandChild(Child):
    def greet(self):
        return "GrandChild>" + super().greet()


def call_make(k, x):
    return k.make(x)


for k in [Base, Child, GrandChild, Base, Child] * 2:
    print(call_make(k, 1))

# Replacing the classmethod on the base is seen at the same call site.
Base.make = classmethod(lambda cls, x: ("new", cls.__name__, x))
print(call_make(Base, 2), call_make(GrandChild, 3))

# A subclass overriding with a staticmethod / plain function.
class Other(Base):
    make = staticmethod(lambda x: ("static", x))

print(call_make(Other, 4), call_make(Base, 5))


class Meta(type):
    def make(cls, x):
        return ("meta", cls.__name__, x)


class WithMeta(metaclass=Meta):
    pass


print(call_make(WithMeta, 6))
WithMeta.make = classmethod(lambda cls, x: ("own", x))
print(call_make(WithMeta, 7))

# super() at one site with several instance types.
for obj in [Child(), GrandChild(), Child(), GrandChild()]:
    print(obj.greet())

Base.greet = lambda self: "patched " + type(self).__name__
for obj in [Child(), GrandChild()]:
    print(obj.greet())

del Base.greet
try:
    Child().greet()
except AttributeError as e:
    print("AttributeError:", e)


# super() of a class (classmethod through super) and of a subclass of super.
class A:
    @classmethod
    def who(cls):
        return "A.who " + cls.__name__

    def m(self):
        return "A.m"


class B(A):
    @classmethod
    def who(cls):
        return "B>" + super().who()

    def m(self):
        return "B>" + super().m()


class C(B):
    pass


for _ in range(3):
    print(B.who(), C.who(), C().m())


class MySuper(super):
    pass


class D(A):
    def m(self):
        return "D>" + MySuper(D, self).m()


print(D().m(), D().m())


# Instance attribute shadowing does not affect super() lookups.
class E(A):
    def m(self):
        self.__dict__["m"] = lambda: "instance"
        return "E>" + super().m()


e = E()
print(e.m(), e.m(), E.m(e))
