# Class bodies: executed top to bottom, their own namespace, locals(), name lookup rules.
trace = []
class Recorder:
    trace.append("body start")
    a = 1
    b = a + 1
    def method(self):
        return a_global_name
    trace.append("body end")
    names = sorted(k for k in locals() if not k.startswith("__"))
print(trace, Recorder.b, Recorder.names)
a_global_name = "global found from method"
print(Recorder().method())

x = "module x"
class Shadow:
    x = "class x"
    def get_x(self):
        return x
    def get_class_x(self):
        return self.x
    y = x
print(Shadow().get_x(), Shadow().get_class_x(), Shadow.y)

class Conditional:
    debug = True
    if debug:
        def mode(self):
            return "debug"
    else:
        def mode(self):
            return "release"
    for i in range(3):
        setattr_target = i
    del i
print(Conditional().mode(), Conditional.setattr_target, hasattr(Conditional, "i"))

class Docs:
    """The docstring."""
    def m(self):
        "method doc"
print(Docs.__doc__, Docs.m.__doc__)
class NoDoc:
    pass
print(NoDoc.__doc__)

def make(n):
    class Local:
        size = n
        doubled = [n * k for k in range(3)]
    return Local
print(make(4).size, make(4).doubled)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
c1, c2 = Counter(), Counter()
print(Counter.count, c1.id, c2.id)

class InstanceShadows:
    value = "class"
i = InstanceShadows()
i.value = "instance"
print(i.value, InstanceShadows.value, type(i).value)
del i.value
print(i.value)

class Mutable:
    shared = []
    def add(self, v):
        self.shared.append(v)
m1, m2 = Mutable(), Mutable()
m1.add(1); m2.add(2)
print(Mutable.shared, m1.shared is m2.shared)

class WithModuleAndQual:
    mod = __module__
    qual = __qualname__
print(WithModuleAndQual.mod, WithModuleAndQual.qual)

class ReturnsFromBody:
    try:
        exec("return 5")
    except SyntaxError as e:
        err = e.msg
print(ReturnsFromBody.err)

class EmptyBody: ...
print(EmptyBody.__name__, EmptyBody.__bases__, EmptyBody.__mro__ == (EmptyBody, object))

class Outer:
    value = 10
    class Inner:
        try:
            seen = value
        except NameError as e:
            seen = "NameError: " + str(e)
print(Outer.Inner.seen)
class ListComp:
    base = [1, 2]
    copy = [v for v in base]
    pairs = [(v, w) for v in base for w in [3]]
print(ListComp.copy, ListComp.pairs)
class LambdaInBody:
    k = 5
    f = lambda self: self.k * 2
print(LambdaInBody().f())
