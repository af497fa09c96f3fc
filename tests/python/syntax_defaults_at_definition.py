# Default values are evaluated once, at definition time, left to right.
order = []
def make(tag, value):
    order.append(tag)
    return value

def f(a=make("a", 1), b=make("b", []), *, c=make("c", {})):
    b.append(a)
    c[len(c)] = a
    return b, c
order.append("defined")
print(order)
print(f())
print(f())
print(f(5, []))
print(f())
print(f.__defaults__[1] is f()[0])

def counter(n, cache={}):
    cache[n] = cache.get(n, 0) + 1
    return cache[n]
print([counter(x) for x in "abacab"])

def safe(items=None):
    if items is None:
        items = []
    items.append(1)
    return items
print(safe(), safe(), safe([0]))

x = 10
def capture(v=x):
    return v
x = 20
print(capture(), x)

def outer():
    results = []
    for i in range(3):
        def inner(i=i):
            return i * 10
        results.append(inner)
    return [g() for g in results]
print(outer())

f.__defaults__ = (100, ["replaced"])
print(f())
f.__kwdefaults__ = {"c": {"new": True}}
print(f())
def no_defaults(a):
    return a
print(no_defaults.__defaults__, no_defaults.__kwdefaults__)
try:
    no_defaults()
except TypeError as e:
    print(e)
no_defaults.__defaults__ = (7,)
print(no_defaults())

class Config:
    base = 3
    def scaled(self, k=base * 2):
        return k
print(Config().scaled())

lam = lambda n=make("lambda", 5): n
print(order[-1], lam())
def kwonly_defaults(*, a=make("kw1", 1), b=make("kw2", 2)):
    return a + b
print(order[-2:], kwonly_defaults(), kwonly_defaults(b=10))

def ann(a: make("ann_a", int) = make("def_a", 0)) -> make("ann_ret", str):
    return str(a)
print(order[-3:], ann())
