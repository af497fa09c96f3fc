print(True + True, True * 3, False - 1, True / 2, int(True), float(False), str(True), repr(False))
print(True and 5, 0 or "default", None or [], not 0, not "x", 1 and 0 and 2, 0 or 0.0 or None)
print(bool(None), bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(-1), bool(0j), bool({}))
print(True & False, True | False, True ^ True, ~True, True << 2, -True)
print(isinstance(True, bool), isinstance(True, int), type(True) is bool, bool.__mro__)
print(None is None, None == None, type(None)(), repr(None), str(None), None.__class__.__name__)
print(NotImplemented, Ellipsis, ..., Ellipsis is ..., type(...).__name__, type(NotImplemented).__name__)
print(hash(True) == hash(1), {True: "a", 1: "b"}, {False, 0, 0.0})
print(sorted([True, False, True]), max(False, True), sum([True] * 5))
print(bool.__name__, bool(1) is True, bool(0) is False, True == 1.0, False == 0j)
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
x = None
print(x if x is not None else "was None")
def returns_none():
    pass
print(returns_none(), returns_none() is None)
print(f"{True!r} {None!s} {True:d} {False:>6}")
