# Comprehension scoping: own scope, outermost iterable evaluated in enclosing scope,
# walrus binds to the containing function, class-body rules.
x = "global x"
squares = [x for x in range(4)]
print(squares, x)
print({x: x * x for x in range(3)}, x)
print({x % 3 for x in range(10)} == {0, 1, 2}, x)
gen = (x for x in "ab")
print(list(gen), x)

class C:
    factor = 10
    values = [1, 2, 3]
    scaled = [v * 2 for v in values]
    try:
        broken = [v * factor for v in values]
    except NameError as e:
        error = str(e)
print(C.scaled, C.error)

class D:
    n = 3
    rows = [[j for j in range(i)] for i in range(n)]
print(D.rows)

def walrus_binds_outer():
    data = [1, 5, 8, 3]
    if any((big := v) > 4 for v in data):
        print("first big:", big)
    total = 0
    partial = [total := total + v for v in data]
    print(partial, total)
walrus_binds_outer()

def closures_capture_loop_var():
    funcs = [lambda: i for i in range(3)]
    print([f() for f in funcs])
    funcs = [lambda i=i: i for i in range(3)]
    print([f() for f in funcs])
closures_capture_loop_var()

def nested():
    return [(a, b) for a in range(3) for b in range(a) if (a + b) % 2]
print(nested())
print([[c for c in word] for word in ["hi", "yo"]])
print([y for row in [[1, 2], [3]] for y in row])

def outer_iter_evaluated_first():
    order = []
    def src():
        order.append("src")
        return range(2)
    g = (order.append("body") or i for i in src())
    order.append("created")
    list(g)
    print(order)
outer_iter_evaluated_first()

def lazy_error():
    g = (1 // v for v in [1, 0])
    print(next(g))
    try:
        next(g)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
lazy_error()

try:
    (i for i in 5)
except TypeError as e:
    print(type(e).__name__, e)

y = 100
print([y + k for k in range(2)])
def uses_enclosing():
    z = 7
    return [z * k for k in range(3)]
print(uses_enclosing())
print(sorted(name for name in locals() if name in ("x", "y", "C")))
print([(lambda q: q * 2)(k) for k in range(3)])
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print(sum(v for v in range(101)))
print([i for i in range(10) if i % 2 if i % 3])
