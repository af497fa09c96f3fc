# Deleting or replacing a class attribute releases the old value at once: a weak
# reference to it (WeakMethod of a deleted method) dies.
import gc
import weakref


class Base:
    def m(self):
        return "base"


class C(Base):
    def m(self):
        return "C"


o = C()
print(o.m(), C.m(o))
r = weakref.WeakMethod(o.m)
del C.m
gc.collect()
print(r(), o.m())


class D:
    def f(self):
        return 1


d = D()
d.f()
fr = weakref.ref(D.__dict__["f"])
D.f = lambda self: 2
print(fr(), d.f())
