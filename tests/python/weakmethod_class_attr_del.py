# Deleting or replacing a class attribute releases the old value at once: a weak
# reference to it (WeakMethod of a deleted method) dies. (Each attribute is read once
# here: the eval loop's inline attribute caches may still hold a value read repeatedly.)
import gc
import weakref


class Base:
    def m(self):
        return "base"


def make():
    class C(Base):
        def m(self):
            return "C"

    return C


C = make()
o = C()
r = weakref.WeakMethod(o.m)
print(r()())
del C.m
gc.collect()
print(r(), o.m())

D = make()
fr = weakref.ref(D.__dict__["m"])
D.m = lambda self: 2
gc.collect()
print(fr())
