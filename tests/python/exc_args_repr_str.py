# Exception construction: args, str() and repr() for 0/1/many args, special attributes of builtins.
for exc in [Exception(), Exception("one"), Exception("a", 2), Exception(None), Exception(""), ValueError([1, 2]),
            KeyError("key"), KeyError(), KeyError("a", "b"), KeyError(0), IndexError(5), AttributeError("attr msg"),
            StopIteration(), StopIteration(7), StopIteration(1, 2), SystemExit(), SystemExit(2), SystemExit("bye"), SystemExit(1, 2),
            OSError(), OSError("plain"), OSError(2, "No such file"), OSError(2, "No such file", "f.txt"), FileNotFoundError(2, "missing", "x"),
            UnicodeError("u"), RuntimeError(("tuple",)), ZeroDivisionError("division by zero"), NotImplementedError]:
    if isinstance(exc, type):
        exc = exc()
    print("%-22s args=%-40r str=%-28r repr=%r" % (type(exc).__name__, exc.args, str(exc), repr(exc)))
print(StopIteration(7).value, StopIteration().value, StopIteration(1, 2).value, SystemExit().code, SystemExit(5).code, SystemExit(1, 2).code)
e = OSError(13, "Permission denied", "secret.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args)
e2 = OSError(2, "msg", "a", None, "b")
print(type(e2).__name__, e2, e2.filename2)
for errno_value in [1, 2, 4, 11, 13, 17, 20, 21, 32, 110, 111, 999]:
    print(errno_value, type(OSError(errno_value, "x")).__name__)
ke = KeyError("k")
ke.args = ("changed", 2)
print(ke, repr(ke))
ae = AttributeError("m", name="attr", obj=5)
print(ae.name, ae.obj, ae)
ne = NameError("n", name="thename")
print(ne.name, ne)
ie = ImportError("cannot", name="mod", path="/p")
print(ie.name, ie.path, ie, repr(ie))
se = SyntaxError("bad", ("file.py", 3, 5, "x = = 1\n", 3, 7))
print(se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset, str(se))
se2 = SyntaxError("only message")
print(se2.msg, se2.filename, se2.lineno, str(se2))
ude = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(ude.encoding, ude.object, ude.start, ude.end, ude.reason, str(ude))
uee = UnicodeEncodeError("ascii", "héllo", 1, 2, "ordinal not in range(128)")
print(str(uee), uee.object[uee.start:uee.end])
class Custom(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
    def __str__(self):
        return "[%d] %s" % (self.code, self.args[1])
c = Custom(404, "not found")
print(c, repr(c), c.args, c.code)
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuperInit(3)
print(repr(n), n.args, str(n))
class ReprOverride(ValueError):
    def __repr__(self):
        return "ReprOverride!"
print(repr(ReprOverride("a")), str(ReprOverride("a")), [ReprOverride()])
try:
    raise Custom(500, "server")
except Exception as err:
    print(type(err).__name__, err)
print(BaseException.__new__(ValueError).args, ValueError.__name__, ValueError("x") == ValueError("x"))
try:
    raise ValueError
except ValueError as err:
    print(repr(err), err.args)
try:
    raise 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise ValueError from 5
except TypeError as err:
    print(type(err).__name__, err)
class NotAnException:
    pass
try:
    raise NotAnException
except TypeError as err:
    print(type(err).__name__, err)
