# Recursion through native paths (__call__ chains, dunders, descriptors, nested
# containers, isinstance) raises RecursionError at the default limit, on the main thread
# and on a thread, instead of killing the process.
import sys, threading

def attempt(label, f):
    # Only the exception type: which counted call reaches the limit first (and so the
    # message suffix) depends on the depth the recursion starts at.
    try:
        f()
        print(label, "no error")
    except RecursionError as e:
        print(label, "RecursionError", str(e).startswith("maximum recursion depth exceeded"))
    except Exception as e:
        print(label, type(e).__name__, e)

def make_cases():
    cases = []
    class CallSelf: pass
    CallSelf.__call__ = CallSelf()
    cases.append(("call-instance", lambda: CallSelf()()))

    class GA:
        def __getattr__(self, n): return getattr(self, n)
    cases.append(("getattr", lambda: GA().x))

    class GAT:
        def __getattribute__(self, n): return getattr(self, n)
    cases.append(("getattribute", lambda: GAT().x))

    class EQ:
        def __eq__(self, o): return self == o
    cases.append(("eq", lambda: EQ() == 1))

    class H:
        def __hash__(self): return hash(self)
    cases.append(("hash", lambda: hash(H())))

    class R:
        def __repr__(self): return repr(self)
    cases.append(("repr", lambda: repr(R())))

    class S:
        def __str__(self): return str(self)
    cases.append(("str", lambda: str(S())))

    class D:
        def __get__(self, obj, t): return obj.d
    class HasD:
        d = D()
    cases.append(("descr-get", lambda: HasD().d))

    class Meta(type):
        def __instancecheck__(cls, o): return isinstance(o, cls)
    class IC(metaclass=Meta): pass
    cases.append(("instancecheck", lambda: isinstance(1, IC)))

    class Meta2(type):
        def __subclasscheck__(cls, o): return issubclass(o, cls)
    class SC(metaclass=Meta2): pass
    cases.append(("subclasscheck", lambda: issubclass(int, SC)))

    class B:
        def __bool__(self): return bool(self)
    cases.append(("bool", lambda: bool(B())))

    class L:
        def __len__(self): return len(self)
    cases.append(("len", lambda: len(L())))

    class I:
        def __iter__(self): return iter(self)
    cases.append(("iter", lambda: iter(I())))

    class N:
        def __iter__(self): return self
        def __next__(self): return next(self)
    cases.append(("next", lambda: next(N())))

    class Add:
        def __add__(self, o): return self + o
    cases.append(("add", lambda: Add() + 1))

    class GI:
        def __getitem__(self, k): return self[k]
    cases.append(("getitem", lambda: GI()[0]))

    class SA:
        def __setattr__(self, n, v): setattr(self, n, v)
    cases.append(("setattr", lambda: setattr(SA(), "x", 1)))

    class CT:
        def __contains__(self, x): return x in self
    cases.append(("contains", lambda: 1 in CT()))

    class Idx:
        def __index__(self): return [0][self]
    cases.append(("index", lambda: [1][Idx()]))

    class Fmt:
        def __format__(self, spec): return format(self, spec)
    cases.append(("format", lambda: format(Fmt(), "")))

    class Init:
        def __init__(self): Init()
    cases.append(("init", lambda: Init()))

    class New:
        def __new__(cls): return New()
    cases.append(("new", lambda: New()))

    class Prop:
        @property
        def p(self): return self.p
    cases.append(("property", lambda: Prop().p))

    class Cls:
        def __class_getitem__(cls, k): return Cls[k]
    cases.append(("class_getitem", lambda: Cls[0]))

    class Lt:
        def __lt__(self, o): return sorted([self, o])
    cases.append(("sorted-lt", lambda: Lt() < Lt()))

    class Del:
        def __delattr__(self, n): delattr(self, n)
    cases.append(("delattr", lambda: delattr(Del(), "x")))

    class MR:
        def __mro_entries__(self, b): return (type("X", (self,), {}),)

    def nested_list():
        l = []
        for _ in range(100000):
            l = [l]
        return repr(l)
    cases.append(("nested-list-repr", nested_list))

    def nested_eq():
        a = []; b = []
        for _ in range(100000):
            a = [a]; b = [b]
        return a == b
    cases.append(("nested-list-eq", nested_eq))

    def nested_tuple_isinstance():
        t = int
        for _ in range(100000):
            t = (t,)
        return isinstance(1, t)
    cases.append(("nested-tuple-isinstance", nested_tuple_isinstance))

    def nested_dict_repr():
        d = {}
        for _ in range(100000):
            d = {1: d}
        return repr(d)
    cases.append(("nested-dict-repr", nested_dict_repr))

    def nested_lambda():
        f = lambda: 1
        for _ in range(100000):
            f = (lambda g: lambda: g())(f)
        return f()
    cases.append(("lambda-chain", nested_lambda))

    def mro_deep():
        return sys.getrecursionlimit()
    return cases

def run_all(tag):
    for label, f in make_cases():
        attempt(tag + " " + label, f)


run_all("main")
t = threading.Thread(target=run_all, args=("thread",))
t.start()
t.join()

# The limit raised high: still an exception, not a crash (the native stack guard).
sys.setrecursionlimit(2500)
run_all("high")
sys.setrecursionlimit(1000)

# A non-function __call__ found on the type is called without the instance.
class Static:
    __call__ = staticmethod(lambda *a: ("static", a))
print(Static()(1, 2))
class CM:
    __call__ = classmethod(lambda cls, *a: (cls.__name__, a))
print(CM()(3))
