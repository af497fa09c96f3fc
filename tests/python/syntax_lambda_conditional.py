# Lambdas and conditional expressions in many positions.
square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
print((lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f))(1, d=4))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])))
print(list(filter(lambda v: v % 3 == 0, range(10))))
make_adder = lambda n: lambda m: n + m
print(make_adder(3)(4))
print((lambda: (lambda: (lambda: "deep")())())())
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print([(lambda i=i: i * 2)() for i in range(4)])
x = 5
print("big" if x > 3 else "small", "a" if x < 0 else "b" if x < 10 else "c")
print((1 if True else 2) + (3 if False else 4))
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
print(x if x else "falsy", 0 if 0 else "zero is falsy")
calls = []
def side(v):
    calls.append(v)
    return v
r = side("yes") if side(True) else side("no")
print(r, calls)
nested = lambda x: ("neg" if x < 0 else "zero") if x <= 0 else "pos"
print([nested(v) for v in (-1, 0, 1)])
print((lambda: 0) is not None)
print(type(lambda: 0).__name__, (lambda: 0).__code__.co_name)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print((lambda x: (x, x))(1))
print((lambda: (yield))().__class__.__name__)
point = (lambda **kw: kw)(x=1, y=2)
print(point)
compose = lambda f, g: lambda x: f(g(x))
print(compose(str.upper, str.strip)("  hi  "))
print(max(range(10), key=lambda v: (v % 4, v)))
print((lambda a, /, b: a - b)(10, b=3))
def returns_lambda():
    y = "captured"
    return lambda: y
print(returns_lambda()())
print([f(3) for f in [lambda v: v + 1, lambda v: v * 2, abs]])
print((lambda: x)(), (lambda x=x + 1: x)())
try:
    (lambda a: a)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print(type(e).__name__, e)
