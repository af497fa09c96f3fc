# async def / await / async for / async with / async comprehensions, driven by send().
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        value = yield self.tag
        return "resumed(%s)" % value

def run(coro):
    """A tiny driver: sends back a transformed version of each yielded tag."""
    sent = None
    steps = []
    while True:
        try:
            tag = coro.send(sent)
        except StopIteration as stop:
            return steps, stop.value
        steps.append(tag)
        sent = str(tag).upper()

async def simple():
    a = await Suspend("x")
    b = await Suspend("y")
    return a + " " + b
print(run(simple()))

class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Suspend("tick%d" % self.i)
        self.i += 1
        return self.i * 10

async def use_async_for():
    out = []
    async for v in ARange(3):
        out.append(v)
    else:
        out.append("else")
    return out
print(run(use_async_for()))

class ACM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await Suspend("enter-" + self.name)
        return self.name
    async def __aexit__(self, et, e, tb):
        await Suspend("exit-" + self.name)
        return et is KeyError

async def use_async_with():
    async with ACM("a") as a, ACM("b") as b:
        log = [a, b]
    async with ACM("c"):
        raise KeyError("suppressed")
    return log
print(run(use_async_with()))

async def agen(n):
    for i in range(n):
        await Suspend("g%d" % i)
        yield i

async def comprehensions():
    squares = [x * x async for x in agen(3)]
    evens = {x async for x in agen(4) if x % 2 == 0}
    mapping = {x: await Suspend("v%d" % x) async for x in agen(2)}
    awaited = [await Suspend(t) for t in "pq"]
    return squares, sorted(evens), mapping, awaited
print(run(comprehensions()))

async def returns_early():
    return "no awaits"
print(run(returns_early()))

async def awaits_coroutine():
    inner = await simple()
    return "outer got " + inner
print(run(awaits_coroutine()))

async def raises():
    await Suspend("before")
    raise ValueError("inside coroutine")
try:
    run(raises())
except ValueError as e:
    print(type(e).__name__, e)

c = simple()
print(type(c).__name__, c.__name__, c.__qualname__)
c.close()
async def not_awaitable():
    await 5
try:
    run(not_awaitable())
except TypeError as e:
    print(type(e).__name__, e)
for src in ["def f():\n    await x\n", "def f():\n    async for a in b: pass\n",
            "def f():\n    async with a: pass\n", "async def f():\n    yield from x\n",
            "await x\n"]:
    try:
        compile(src, "<src>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
async def async_lambda_like():
    f = lambda: Suspend("from lambda")
    return await f()
print(run(async_lambda_like()))
