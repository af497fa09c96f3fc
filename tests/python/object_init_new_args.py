# object.__init__/__new__ excess-argument rules through Class(...) and direct calls; builtin
# constructors whose __init__ is object.__init__ (not called for them).
class A:
    pass
for args in [(), (1,), ]:
    try:
        A(*args); print("ok", args)
    except TypeError as e:
        print(e)
class B:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(B(1, 2)).__name__)
class S(A):
    pass
class C:
    def __new__(cls, *a):
        return object.__new__(S)
try:
    print(type(C(1)).__name__)
except TypeError as e:
    print(e)
class T(tuple):
    pass
print(T([1, 2]), tuple([3]), set("ab") == {"a", "b"}, list(range(2)), dict(a=1))
class I:
    def __init__(self, *a):
        print("init", a)
class J(I):
    def __new__(cls, *a):
        return super().__new__(cls)
J(5)
try:
    object.__init__(A(), 1)
except TypeError as e:
    print(e)
