# hash() and divmod() find their special methods on the type and bind descriptors that
# are not plain functions through __get__ (as unittest.mock's MagicProxy needs).
class D:
    def __get__(self, obj, cls):
        return lambda *a: ("bound", type(obj).__name__, a)


class H:
    def __get__(self, obj, cls):
        return lambda: 12345


class C:
    __hash__ = H()
    __divmod__ = D()
    __rdivmod__ = D()


c = C()
print(hash(c), divmod(c, 3), divmod(5, c))


class E:
    __hash__ = D()


try:
    hash(E())
except TypeError as e:
    print("TypeError:", e)


class N:
    def __get__(self, obj, cls):
        it = iter([1, 2])
        return lambda: next(it)


class It:
    __next__ = N()

    def __iter__(self):
        return self


print(next(It()), list(zip(It(), "ab")))
