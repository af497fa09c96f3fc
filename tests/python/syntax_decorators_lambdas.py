def trace(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args} -> {result}")
        return result
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@trace
def add(a, b):
    return a + b
@repeat(3)
def hello(name):
    return f"hi {name}"
add(2, 3)
print(hello("bob"))
def class_deco(cls):
    cls.decorated = True
    return cls
@class_deco
class Thing:
    pass
print(Thing.decorated)
stack = []
def d1(f):
    stack.append("d1")
    return f
def d2(f):
    stack.append("d2")
    return f
@d1
@d2
def both():
    pass
print(stack)
square = lambda x: x * x
compose = lambda f, g: lambda x: f(g(x))
print(square(7), compose(square, lambda v: v + 1)(3), (lambda: "noargs")(), (lambda *a, **k: (a, k))(1, z=2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda p: p[0] * p[1], [(2, 3), (4, 5)])))
print((lambda x, y=10: x + y)(5), (lambda: (yield_ := 4))())
counter = (lambda: [0])()
inc = lambda: counter.__setitem__(0, counter[0] + 1) or counter[0]
print(inc(), inc(), inc())
def deco_with_args(prefix=">"):
    def deco(f):
        def w(*a):
            return prefix + str(f(*a))
        w.__wrapped__ = f
        return w
    return deco
@deco_with_args()
def one():
    return 1
@deco_with_args("#")
def two():
    return 2
print(one(), two(), one.__wrapped__())
class Cached:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Cached
def triple(x):
    return 3 * x
print(triple(3), triple(4), triple.calls, type(triple).__name__)
