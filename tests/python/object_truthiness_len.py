# __bool__ / __len__ protocol details and their error messages.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

for v in [True, False]:
    print("bool", v, bool(B(v)), not B(v), "yes" if B(v) else "no")
for bad in [1, 0, "x", None]:
    try:
        bool(B(bad))
    except TypeError as e:
        print(type(e).__name__, e)
for n in [0, 1, 10 ** 5]:
    print("len", n, bool(L(n)), len(L(n)))
for bad in [-1, 2 ** 70, 1.0, "3", None]:
    try:
        print(len(L(bad)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
    try:
        print(bool(L(bad)))
    except (TypeError, ValueError, OverflowError) as e:
        print("  bool:", type(e).__name__, e)

class IndexLen:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class ReturnsIndexable:
    def __len__(self):
        return IndexLen(7)
print(len(ReturnsIndexable()))
class BoolSub(int):
    pass
class LenBoolSub:
    def __len__(self):
        return BoolSub(3)
print(len(LenBoolSub()), type(len(LenBoolSub())).__name__)
class LenTrue:
    def __len__(self):
        return True
print(len(LenTrue()))

try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(iter([]))
except TypeError as e:
    print(type(e).__name__, e)
class InstanceLen:
    pass
obj = InstanceLen()
obj.__len__ = lambda: 5
try:
    len(obj)
except TypeError as e:
    print("instance attribute ignored:", e)
print(bool(obj))
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print(type(e).__name__, e)
class LenNoneBoolFallback:
    __bool__ = None
    def __len__(self):
        return 0
try:
    print(bool(LenNoneBoolFallback()))
except TypeError as e:
    print(type(e).__name__, e)
class Raises:
    def __bool__(self):
        raise RuntimeError("no truth for you")
try:
    if Raises():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    while Raises():
        pass
except RuntimeError as e:
    print("while:", e)
try:
    Raises() and 1
except RuntimeError as e:
    print("and:", e)
try:
    not Raises()
except RuntimeError as e:
    print("not:", e)
print([x for x in [B(True), B(False), L(0), L(2)] if x].__len__())
print(any([L(0), B(False)]), all([L(1), B(True)]), list(filter(None, [0, L(0), L(1), "", "a"]))[1:])
print(bool(0.0), bool(-0.0), bool(1e-300), bool(0j), bool(1j), bool(float("nan")))
print(bool(range(0)), bool(range(5, 5)), bool(range(1, 10, 20)), bool(memoryview(b"")), bool(b"\x00"))
class ListSub(list):
    pass
print(bool(ListSub()), bool(ListSub([0])))
class DictLen(dict):
    def __len__(self):
        return 0
print(bool(DictLen(a=1)), len(DictLen(a=1)), bool({**DictLen(a=1)}))
