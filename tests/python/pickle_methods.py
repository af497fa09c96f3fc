# Bound methods pickle as getattr(instance, name); classmethod descriptors do not
# pickle; str subclasses support weak references (int/tuple/bytes subclasses do not).
import pickle
import weakref


class A:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    @classmethod
    def make(cls):
        return cls.__name__


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    m = pickle.loads(pickle.dumps(A(proto).get, proto))
    c = pickle.loads(pickle.dumps(A.make, proto))
    print(proto, m(), c())

r = A(3).get.__reduce__()
print(r[0] is getattr, r[1][1])
for d in (dict.__dict__["fromkeys"], bytearray.__dict__["maketrans"]):
    try:
        pickle.dumps(d)
    except TypeError as e:
        print("TypeError:", e)
print(pickle.loads(pickle.dumps(dict.fromkeys))("ab"))


class S(str):
    pass


class I(int):
    pass


class T(tuple):
    pass


class B(bytes):
    pass


s = S("x")
print(weakref.ref(s)() is s)
for cls in (I, T, B):
    try:
        weakref.ref(cls())
    except TypeError as e:
        print("TypeError:", e)
