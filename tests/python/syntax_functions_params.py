def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print(e)
def kw_only(*, x, y=1):
    return x, y
print(kw_only(x=5))
for call in [lambda: kw_only(1), lambda: kw_only(), lambda: f(), lambda: f(1, 2, c=1, a=3), lambda: f(1, c=1, zz=2, **{"zz": 3})]:
    try:
        call()
    except TypeError as e:
        print(e)
def defaults_evaluated_once(x, acc=[]):
    acc.append(x)
    return acc
print(defaults_evaluated_once(1), defaults_evaluated_once(2))
counter = 10
def default_time(v=counter):
    return v
counter = 20
print(default_time(), default_time.__defaults__, f.__kwdefaults__)
def annotated(a: int, b: "str" = "x") -> bool:
    return True
print(annotated.__annotations__)
def doc():
    """Docstring here."""
print(doc.__doc__, doc.__name__, doc.__qualname__, doc.__module__)
lam = lambda x, *y, **z: (x, y, z)
print(lam(1, 2, k=3), lam.__name__)
def takes_two(a, b):
    return a - b
args = (10, 3)
print(takes_two(*args), takes_two(**{"b": 1, "a": 5}), takes_two(*[8], **{"b": 2}))
try:
    takes_two(1, 2, 3)
except TypeError as e:
    print(e)
try:
    takes_two(1)
except TypeError as e:
    print(e)
def gen_default(n=3):
    yield from range(n)
print(list(gen_default()), list(gen_default(1)))
def recursive_sum(n):
    return 0 if n == 0 else n + recursive_sum(n - 1)
print(recursive_sum(500))
def outer_fn():
    def inner_fn():
        return inner_fn.__qualname__
    return inner_fn()
print(outer_fn())
def attrs():
    pass
attrs.custom = "value"
print(attrs.custom, attrs.__dict__)
