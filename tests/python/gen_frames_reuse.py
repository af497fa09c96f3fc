# Generator and coroutine frames: made by the call instruction, recycled when they
# finish; nothing observable may change (locals in tracebacks, closures, reuse).


def gen(a, b):
    x = a + b
    yield x
    yield a * b


def gen_cells(a):
    def inner():
        return a * 10
    yield inner()
    a += 1
    yield inner()


def gen_fail(n):
    local_value = n * 2
    yield local_value
    raise ValueError("boom %d" % n)


def gen_defaults(a, b=5, *rest, key=None):
    yield (a, b, rest, key)


for i in range(3):
    print(list(gen(i, 2)), list(gen_cells(i)))
print(list(gen_defaults(1)), list(gen_defaults(1, 2, 3, key=4)))

try:
    list(gen_fail(7))
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    fr = tb.tb_frame
    print(fr.f_code.co_name, fr.f_lineno)

# Many finished generators in a row reuse frames; results stay independent.
gens = [gen(i, i) for i in range(5)]
print([next(g) for g in gens], [next(g) for g in gens])
for g in gens:
    print(next(g, "done"), g.gi_frame is None)

g = gen(1, 1)
print(g.gi_frame.f_locals)
next(g)
print(sorted(g.gi_frame.f_locals.items()))
g.close()
print(g.gi_frame)


async def coro(n):
    if n <= 1:
        return n
    return await coro(n - 1) + await coro(n - 2)


def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value


print(run(coro(15)))
c = coro(3)
print(type(c).__name__, c.cr_frame is not None)
print(run(c), c.cr_frame)
try:
    run(c)
except RuntimeError as e:
    print("RuntimeError:", e)


def stop_inside():
    yield 1
    raise StopIteration("inner")


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "|", repr(e.__cause__))

try:
    next(gen(1))
except TypeError as e:
    print("TypeError:", e)
