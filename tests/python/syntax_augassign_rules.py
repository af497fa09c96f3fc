# Augmented assignment: __iadd__ fallback to __add__, evaluation once, immutables.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("iadd", other)
        self.v += other
        return self
    def __add__(self, other):
        print("add", other)
        return Acc(self.v + other)
    def __repr__(self):
        return "Acc(%r)" % self.v

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("OnlyAdd.add")
        return OnlyAdd(self.v + other)
    def __repr__(self):
        return "OnlyAdd(%r)" % self.v

class IaddNotImpl:
    def __iadd__(self, other):
        print("iadd returns NotImplemented")
        return NotImplemented
    def __add__(self, other):
        print("falls back to add")
        return "added"

a = Acc(1)
b = a
a += 5
print(a, b, a is b)
o = OnlyAdd(1)
o2 = o
o += 2
print(o, o2, o is o2)
z = IaddNotImpl()
z += 1
print(z)

lst = [1, 2]
alias = lst
lst += (3, 4)
print(lst, alias is lst)
try:
    lst = lst + (5,)
except TypeError as e:
    print(type(e).__name__, e)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
s = "ab"
s *= 3
print(s)
lst *= 2
print(lst)

class Tracer:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, key):
        print("getitem", key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.data[key] = value

calls = 0
def key():
    global calls
    calls += 1
    return "k"
tr = Tracer()
tr[key()] += 10
print(tr.data, "key evaluated", calls, "time(s)")

class Holder:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        print("get x")
        return self._x
    @x.setter
    def x(self, v):
        print("set x", v)
        self._x = v
h = Holder()
h.x += 1
print(h._x)

tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tup)

n = 10
n -= 3; print(n)
n *= 4; print(n)
n //= 3; print(n)
n %= 5; print(n)
n **= 3; print(n)
n <<= 2; print(n)
n >>= 1; print(n)
n &= 0b1110; print(n)
n |= 0b10001; print(n)
n ^= 0b11; print(n)
f = 7.0
f /= 2; print(f)
class Mat:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, other):
        return Mat(self.v * other.v)
    def __repr__(self):
        return "Mat(%r)" % self.v
m = Mat(3)
m @= Mat(4)
print(m)
try:
    f @= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    s -= "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
def local_aug():
    try:
        v += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    v = 0
local_aug()
