# __format__: format(), str.format and f-strings route to it; default object.__format__ rules.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return "$%d.%02d" % divmod(self.cents, 100)
        if spec == "cents":
            return "%d cents" % self.cents
        if spec.startswith("w"):
            return format(str(self), ">" + spec[1:])
        raise ValueError("bad money spec %r" % spec)
    def __str__(self):
        return "Money(%d)" % self.cents

m = Money(12345)
print(format(m), format(m, "cents"), f"{m}", f"{m:cents}", "{}|{:cents}|{!s}".format(m, m, m))
print(f"[{m:w15}]", "[{:w12}]".format(m))
try:
    format(m, "zzz")
except ValueError as e:
    print(type(e).__name__, e)

class Plain:
    def __str__(self):
        return "plain-str"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()), format(Plain(), ""))
try:
    format(Plain(), "10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{Plain():>10}"
except TypeError as e:
    print(type(e).__name__, e)

class BadReturn:
    def __format__(self, spec):
        return 42
try:
    format(BadReturn())
except TypeError as e:
    print(type(e).__name__, e)

class IntSub(int):
    def __format__(self, spec):
        return "IntSub<" + int.__format__(self, spec) + ">"
print(format(IntSub(255), "x"), f"{IntSub(7):03d}", "%d" % IntSub(5), str(IntSub(9)))
class FloatSub(float):
    pass
print(format(FloatSub(1.5), ".3f"), f"{FloatSub(2):e}")
class StrSub(str):
    def __format__(self, spec):
        return "S(" + str.__format__(self, spec) + ")"
print(format(StrSub("hi"), ">5"), "{:^6}".format(StrSub("x")))

print(format(3.14159, ".2f"), format(42, "08b"), format("text", "^10"), format(None), format(True))
print(format(1234567, ","), format(-1234567.891, ",.1f"), format(0.25, "%"), format(1e-10, "g"))
print(type(format(5, "")).__name__, format(5, "") == str(5), format(1.0), format(1e16), format(2.5, ""))
print(format([1, 2]), format((1,)), format({"a": 1}))
try:
    format([1], "10")
except TypeError as e:
    print(type(e).__name__, e)

class Nested:
    def __format__(self, spec):
        return "<spec=%s>" % spec
w = 8
print(f"{Nested():{w}.{w // 2}x}", "{0:{1}}".format(Nested(), "inner"), "{:{}{}}".format(Nested(), "a", "b"))
print("{0.cents} {0!s:>12} {1[0]} {1[k]}".format(m, {0: "zero", "k": "kay"}))
class Point:
    def __init__(self):
        self.x, self.y = 1, 2
print("({p.x}, {p.y})".format(p=Point()))
print(f"{object.__format__(Plain(), '')}")
try:
    object.__format__(Plain(), "x")
except TypeError as e:
    print(type(e).__name__, e)
print(format(complex(1, 2), "^12"), format(complex(1.5, -2), ".2f"))
print("{:,}".format(10 ** 12), "{:_x}".format(2 ** 40), "{:#_o}".format(8 ** 6))
