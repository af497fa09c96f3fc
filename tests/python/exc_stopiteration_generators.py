# PEP 479: StopIteration inside generators becomes RuntimeError; return values; StopIteration.value.
def leaky():
    yield 1
    raise StopIteration("leak")
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
def via_next():
    it = iter([])
    yield next(it)
try:
    list(via_next())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__context__))
def returns_value():
    yield "a"
    return "the result"
g = returns_value()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def returns_none():
    yield 1
g = returns_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value)
def returns_tuple():
    return (1, 2)
    yield
try:
    next(returns_tuple())
except StopIteration as e:
    print(e.value, e.args)
def returns_stopiteration_instance():
    return StopIteration("inner")
    yield
try:
    next(returns_stopiteration_instance())
except StopIteration as e:
    print(repr(e.value))
def delegator():
    value = yield from returns_value()
    yield "delegate got: " + value
print(list(delegator()))
async def coro_leak():
    raise StopIteration("in coroutine")
c = coro_leak()
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
async def agen_leak():
    yield 1
    raise StopAsyncIteration
ag = agen_leak()
aw = ag.__anext__()
try:
    aw.send(None)
except StopIteration as e:
    print("first value", e.value)
aw = ag.__anext__()
try:
    aw.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
class Manual:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("manual iterators may raise it")
print(list(Manual()))
def generator_close_returns():
    try:
        yield 1
    finally:
        return "value from finally"
g = generator_close_returns()
next(g)
print(g.close())
def gen_catch_generator_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses to close"
g = gen_catch_generator_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def gen_raise_in_close():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("raised during close")
g = gen_raise_in_close()
next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e)
def running_check():
    yield gen_self.gi_running
gen_self = running_check()
print(next(gen_self), gen_self.gi_running)
def reentrant():
    yield next(reent)
reent = reentrant()
try:
    next(reent)
except ValueError as e:
    print(type(e).__name__, e)
