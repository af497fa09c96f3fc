# Exceptions raised inside a codec are wrapped (same type, message naming the
# operation and codec, __cause__ the original) only when that is safe; codec names
# in messages are the caller's spelling.
import codecs

to_raise = None

def raiser(*args, **kwds):
    raise to_raise

def search(name):
    if name == "wrap_test":
        return codecs.CodecInfo(raiser, raiser, name="wrap_test")
    if name == "odd_test":
        return codecs.CodecInfo(lambda *a: ("str!", 0), lambda *a: (b"bytes!", 0), name="odd_test")
    return None

codecs.register(search)

class Sub(RuntimeError):
    pass

class Slotted(RuntimeError):
    __slots__ = ()

class WithSlot(RuntimeError):
    __slots__ = ("x",)

class OwnInit(RuntimeError):
    def __init__(self):
        pass

attr = RuntimeError("has attr")
attr.attr = 1

cases = [RuntimeError, RuntimeError("msg"), Sub("sub"), Slotted("slotted"), WithSlot("ws"),
         OwnInit, attr, RuntimeError(1), RuntimeError("a", "b"), ValueError("v"),
         KeyError("k"), OSError("os"), AttributeError("attr"), StopIteration("s")]
for exc in cases:
    to_raise = exc
    for op in (lambda: "x".encode("wrap_test"), lambda: codecs.encode("x", "wrap_test"),
               lambda: b"x".decode("wrap_test"), lambda: codecs.decode(b"x", "wrap_test"),
               lambda: "x".encode("Wrap Test")):
        try:
            op()
        except BaseException as e:
            c = e.__cause__
            print(type(e).__name__, repr(str(e)), type(c).__name__ if c else None,
                  c is not None and c.__traceback__ is not None)

for op in (lambda: "x".encode("no_such_codec"), lambda: b"x".decode("no_such-codec"),
           lambda: "x".encode("rot_13"), lambda: "x".encode("base64_codec"),
           lambda: b"x".decode("hex_codec"), lambda: "x".encode("odd_test"),
           lambda: b"x".decode("odd_test"), lambda: codecs.decode(b"zz", "hex_codec")):
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
print(codecs.encode(None, "odd_test"), codecs.decode(None, "odd_test"))
