# __call__, callable(), __repr__/__str__ fallbacks, repr of containers holding custom objects.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5))
print(callable(print), callable(lambda: 0), callable("str"), callable(str), callable(None))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
for obj in [5, "s", [1], None, (1,)]:
    try:
        obj()
    except TypeError as e:
        print(type(e).__name__, e)
inst = NotCallable()
inst.__call__ = lambda: "instance attribute"
print(callable(inst))
try:
    inst()
except TypeError as e:
    print(type(e).__name__, e)
class CallReturnsSelf:
    def __call__(self):
        return self
c = CallReturnsSelf()
print(c()()() is c)

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __init__(self, label):
        self.label = label
    def __str__(self):
        return "OnlyStr:" + self.label
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
print(str(OnlyRepr()), repr(OnlyRepr()), f"{OnlyRepr()}", "%s %r" % (OnlyRepr(), OnlyRepr()))
print(str(Both()), repr(Both()), [Both()], (Both(),), {"k": Both()}, {Both()}.pop())
print(str([Both(), OnlyRepr()]), "%s" % [Both()])
print(str(OnlyStr("x")), repr(OnlyStr("x")).startswith("<__main__.OnlyStr object at 0x"))
print(repr(NotCallable).startswith("<class"), str(NotCallable))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class StrSubReturn:
    def __repr__(self):
        class S(str):
            pass
        return S("subclass of str is fine")
print(repr(StrSubReturn()))
class Recursive:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return "Recursive(%r)" % (self.items,)
lst = [1]
lst.append(lst)
d = {"self": None}
d["self"] = d
print(lst, d)
t = ([],)
t[0].append(t)
print(t)
class ReprRaises:
    def __repr__(self):
        raise ValueError("repr failed")
try:
    print([ReprRaises()])
except ValueError as e:
    print(type(e).__name__, e)
print(ascii(Both()), ascii("ünï"), ascii(["é"]), repr("ünï"))
class StrFromRepr:
    def __repr__(self):
        return "R"
print(str(StrFromRepr()), format(StrFromRepr()), "{}".format(StrFromRepr()), "{!r:>3}".format(StrFromRepr()))
print(repr(1.0), str(1.0), repr("a'b"), str(None), repr(None), repr(...), repr(NotImplemented))
print(repr(int), repr(type), repr(object), str(ValueError), repr(ValueError("x")), str(ValueError("x")))
print(repr(b"\x00a'\""), repr(bytearray(b"z")), repr(range(2)), repr(slice(None)), repr(frozenset()), repr(set()))
