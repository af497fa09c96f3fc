# Exceptions raised inside codecs are wrapped with the codec's name when nothing is lost;
# encoding names appear in messages as given.
import codecs

state = {}
def search(name):
    if name == "chain_test":
        def raiser(*a, **k):
            raise state["exc"]
        return codecs.CodecInfo(raiser, raiser, name="chain_test")
    return None
codecs.register(search)

class MyErr(RuntimeError):
    pass
class CustomInit(RuntimeError):
    def __init__(self):
        pass
attr = RuntimeError("attr")
attr.x = 1
for exc in [RuntimeError, RuntimeError("msg"), MyErr("sub"), CustomInit, attr, RuntimeError(1),
            RuntimeError("a", "b")]:
    state["exc"] = exc
    for f in (lambda: "s".encode("chain_test"), lambda: codecs.encode("s", "chain_test"),
              lambda: b"b".decode("chain_test"), lambda: codecs.decode(b"b", "chain_test")):
        try:
            f()
        except RuntimeError as e:
            print(type(e).__name__, repr(str(e)), type(e.__cause__).__name__)

for enc in ["base64_codec", "rot_13", "No_Such_Codec"]:
    try:
        "x".encode(enc)
    except LookupError as e:
        print(e)

# CPython's built-in fast paths (utf-8/16/32, ascii, latin-1) are not wrapped; the registry is.
for f in [lambda: codecs.encode("é", "ascii", "nosuch"), lambda: "é".encode("ascii", "nosuch"),
          lambda: "é".encode("US-ASCII", "nosuch"), lambda: b"\xff".decode("utf_8", "nosuch"),
          lambda: codecs.decode(b"\xff", "utf-8", "nosuch"), lambda: "\u20ac".encode("cp437", "nosuch"),
          lambda: b"\xed\xa0".decode("utf-8")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
d = codecs.getincrementaldecoder("utf-8")("surrogatepass")
print(ascii(d.decode(b"\xed\xa4")), ascii(d.decode(b"\x81", True)))
