# Awaitable kinds, coroutine object API (send/throw/close), error messages, cr_* attributes.
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return iter([])  if False else self._gen()
    def _gen(self):
        if False:
            yield
        return self.value
class Suspends:
    def __await__(self):
        x = yield "suspend-point"
        return "got " + repr(x)
class BadAwait:
    def __await__(self):
        return 5
async def one():
    return 1
class AwaitReturnsCoroutine:
    def __init__(self):
        self.inner = one()
    def __await__(self):
        return self.inner
async def uses(aw):
    return await aw
def step(coro, *sends):
    out = []
    try:
        out.append(coro.send(None))
        for s in sends:
            out.append(coro.send(s))
    except StopIteration as e:
        out.append(("return", e.value))
    return out
print(step(uses(Ready(42))))
print(step(uses(Suspends()), "hi"))
for aw in [BadAwait(), AwaitReturnsCoroutine(), 5, None]:
    try:
        step(uses(aw))
    except TypeError as e:
        print(type(e).__name__, e)
    if isinstance(aw, AwaitReturnsCoroutine):
        aw.inner.close()
async def nested():
    a = await uses(Ready(1))
    b = await uses(Suspends())
    return a, b
print(step(nested(), 99))
co = nested()
print(type(co).__name__, co.__name__, co.__qualname__, co.cr_running, co.cr_await, co.cr_code.co_name, co.cr_frame is not None)
co.send(None)
print(type(co.cr_await).__name__, co.cr_frame.f_code.co_name)
co.close()
print(co.cr_frame, co.cr_await)
try:
    co.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
async def catches():
    try:
        await Suspends()
    except KeyError as e:
        return "handled " + repr(e)
c2 = catches()
c2.send(None)
try:
    c2.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
c3 = catches()
c3.send(None)
try:
    c3.throw(ValueError("unhandled"))
except ValueError as e:
    print(type(e).__name__, e)
async def finished():
    return "done"
c4 = finished()
step(c4)
try:
    c4.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
c5 = finished()
try:
    next(c5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(c5)
except TypeError as e:
    print(type(e).__name__, e)
c5.close()
async def await_twice():
    co_obj = finished()
    first = await co_obj
    try:
        await co_obj
    except RuntimeError as e:
        return first, str(e)
print(step(await_twice()))
w = finished().__await__()
print(type(w).__name__, next(w, "stop"))
class AwaitableViaGenerator:
    def __await__(self):
        yield from Suspends().__await__()
        return "delegated"
print(step(uses(AwaitableViaGenerator()), "x"))
async def cleanup_on_close():
    try:
        await Suspends()
    finally:
        print("  finally on close")
c6 = cleanup_on_close()
c6.send(None)
c6.close()
async def refuses_close():
    try:
        await Suspends()
    except GeneratorExit:
        await Suspends()
c7 = refuses_close()
c7.send(None)
try:
    c7.close()
except RuntimeError as e:
    print(type(e).__name__, e)
