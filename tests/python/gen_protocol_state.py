# Generator objects: states, gi_* attributes, close/throw on unstarted and finished generators.
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "finished"

g = counter(2)
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_running, g.gi_frame is not None)
print(g.gi_frame.f_lineno - counter.__code__.co_firstlineno, sorted(g.gi_frame.f_locals))
print(next(g), g.gi_frame.f_locals["i"], next(g), g.gi_frame.f_locals["i"])
print(next(g, "done"), g.gi_frame)
print(list(g), next(g, "still done"))
g2 = counter(5)
g2.close()
print("closed before start:", list(g2), g2.gi_frame)
g3 = counter(5)
try:
    g3.throw(ValueError("into unstarted"))
except ValueError as e:
    print("throw into unstarted raises at once:", e, g3.gi_frame)
g4 = counter(1)
list(g4)
try:
    g4.throw(TypeError("after finish"))
except TypeError as e:
    print("throw into finished:", e)
g4.close()
print("close on finished is fine")
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("  caught", e)
            yield "recovered from " + str(e)
c = catcher()
next(c)
print(c.throw(ValueError("first")))
next(c)
print(c.throw(ValueError, ValueError("second")))
next(c)
print(repr(c.throw(ValueError)))
def with_tb():
    try:
        yield
    except Exception as e:
        yield type(e).__name__ + (" with tb" if e.__traceback__ else "")
w = with_tb()
next(w)
print(w.throw(KeyError("k")))
def gen_expr_attrs():
    ge = (x for x in range(3))
    return type(ge).__name__, ge.__name__, ge.gi_code.co_name, next(ge), list(ge)
print(gen_expr_attrs())
def infinite():
    n = 0
    while True:
        yield n
        n += 1
inf = infinite()
print([next(inf) for _ in range(5)], next(inf))
inf.close()
print(next(inf, "after close"))
def yields_none():
    x = yield
    y = yield x
    return y
yn = yields_none()
print(next(yn), yn.send(5))
try:
    yn.send(6)
except StopIteration as e:
    print("returned", e.value)
def gen_in_class():
    class C:
        def items(self):
            yield from range(2)
    return list(C().items()), C.items.__qualname__
print(gen_in_class())
print(hasattr(g, "__next__"), hasattr(g, "send"), hasattr(g, "__iter__"), iter(g) is g, callable(counter))
gens = [counter(3) for _ in range(3)]
print([list(x) for x in gens])
def lazy_evaluation():
    print("  body starts only on first next()")
    yield 1
lz = lazy_evaluation()
print("created")
print(next(lz))
