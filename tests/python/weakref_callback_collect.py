# A weakref callback that runs the collector while its referent is being freed
# must not let the collector see (and free again) the dying object.
import gc
import weakref


class Obj:
    def __init__(self, arg):
        self.arg = arg


class WithDel(Obj):
    def __del__(self):
        pass


calls = []
for cls in (Obj, WithDel):
    x = cls(1)
    x.cycle = [x] if cls is Obj else None
    r = weakref.ref(x, lambda ref: (calls.append(ref() is None), gc.collect()))
    del x
    gc.collect()
    print(cls.__name__, calls, r() is None)
    calls.clear()

# Many objects with callbacks that collect.
objs = [WithDel(i) for i in range(50)]
refs = [weakref.ref(o, lambda ref: gc.collect()) for o in objs]
del objs
gc.collect()
print(all(r() is None for r in refs))
