# Binary operator dispatch: forward, reflected, subclass-first rule, NotImplemented, messages.
log = []

def make(name, forward=True, reflected=True, result=None):
    ns = {}
    if forward:
        def fwd(self, other):
            log.append("%s.__add__" % name)
            return result if result is not None else "%s+" % name
        ns["__add__"] = fwd
    if reflected:
        def rev(self, other):
            log.append("%s.__radd__" % name)
            return result if result is not None else "+%s" % name
        ns["__radd__"] = rev
    return ns

class P:
    locals().update(make("P"))
class Q:
    locals().update(make("Q"))
class SubP(P):
    locals().update(make("SubP"))
class SubPNoOverride(P):
    pass
class Refuses:
    locals().update(make("Refuses", result=NotImplemented))
class OnlyForward:
    locals().update(make("OnlyForward", reflected=False))
class OnlyReflected:
    locals().update(make("OnlyReflected", forward=False))

def trial(label, a, b):
    log.clear()
    try:
        r = a + b
    except TypeError as e:
        r = "TypeError: %s" % e
    print("%-34s %-42s %s" % (label, r, log))

trial("P + Q", P(), Q())
trial("P + SubP (subclass overrides)", P(), SubP())
trial("SubP + P", SubP(), P())
trial("P + SubPNoOverride", P(), SubPNoOverride())
trial("Refuses + P", Refuses(), P())
trial("P + Refuses", P(), Refuses())
trial("Refuses + Refuses", Refuses(), Refuses())
trial("OnlyForward + OnlyForward", OnlyForward(), OnlyForward())
trial("OnlyReflected + OnlyReflected", OnlyReflected(), OnlyReflected())
trial("1 + OnlyReflected", 1, OnlyReflected())
trial("OnlyForward + 1", OnlyForward(), 1)
trial("1 + OnlyForward", 1, OnlyForward())
trial("[] + Refuses", [], Refuses())
trial("'s' + 1", "s", 1)
trial("1 + 's'", 1, "s")
trial("None + None", None, None)
trial("[] + ()", [], ())

class IntSub(int):
    def __radd__(self, other):
        return "IntSub.__radd__ wins over int.__add__"
    def __rsub__(self, other):
        return NotImplemented
print(5 + IntSub(1))
print(5 - IntSub(1))
print(IntSub(3) + 4, type(IntSub(3) + 4).__name__)

class FloatSub(float):
    def __rmul__(self, other):
        return "FloatSub.__rmul__"
print(2.0 * FloatSub(3), 2 * FloatSub(3), FloatSub(3) * 2)

ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
class Nothing:
    pass
for op in ops:
    try:
        eval("Nothing() %s 1" % op)
    except TypeError as e:
        print(op, "->", e)
try:
    pow(Nothing(), 2, 3)
except TypeError as e:
    print("pow3 ->", e)
try:
    divmod(Nothing(), 1)
except TypeError as e:
    print("divmod ->", e)
try:
    [1] * 2.5
except TypeError as e:
    print("seq*float ->", e)
try:
    "a" * "b"
except TypeError as e:
    print("str*str ->", e)
try:
    {1} + {2}
except TypeError as e:
    print("set+set ->", e)
print([1] * 3, 3 * "ab", (0,) * 2, b"x" * 3, [1] * -1, True * "yes")
class Power:
    def __pow__(self, other, mod=None):
        return "pow(%r, mod=%r)" % (other, mod)
    def __rpow__(self, other):
        return "rpow(%r)" % (other,)
print(Power() ** 2, pow(Power(), 2, 5), 2 ** Power())
try:
    pow(2, Power(), 5)
except TypeError as e:
    print("ternary rpow ->", e)
