def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc), acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)
def guarded():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("handled", repr(e))
        yield "recovered"
    finally:
        print("cleanup")
g = guarded()
print(next(g), g.throw(KeyError("k")))
g.close()
g2 = guarded()
print(next(g2))
g2.close()
print("closed")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
def delegate():
    result = yield from accumulator()
    yield f"inner returned {result}"
d = delegate()
print(next(d), d.send(3), d.send(4), d.send(None))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def gen_with_return():
    yield 1
    return "value"
print(list(gen_with_return()))
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
gi = guarded()
print(gi.gi_running, gi.__name__, type(gi).__name__)
try:
    gi.send(1)
except TypeError as e:
    print(e)
def running():
    yield g_self.gi_running
g_self = running()
print(next(g_self))
def inner_throw():
    try:
        yield "a"
    except ValueError:
        yield "inner caught"
def outer_throw():
    yield from inner_throw()
ot = outer_throw()
print(next(ot), ot.throw(ValueError))
try:
    next(ot)
except StopIteration:
    print("done")
