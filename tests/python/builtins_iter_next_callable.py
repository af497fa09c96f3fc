# iter() one- and two-argument forms, next() with default, callable(), aiter/anext driven by hand.
class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def read(self):
        return self.chunks.pop(0) if self.chunks else ""
r = Reader(["ab", "cd", "", "never"])
print(list(iter(r.read, "")))
nums = [1, 2, 3, None, 4]
print(list(iter(nums.pop, 2)), nums)
calls = {"n": 0}
def tick():
    calls["n"] += 1
    if calls["n"] > 5:
        raise StopIteration
    return calls["n"]
print(list(iter(tick, object())))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
s_it = iter(lambda: 1, 1)
print(list(s_it), next(s_it, "exhausted after sentinel"))
class Raises:
    def __call__(self):
        raise ValueError("callable failed")
try:
    next(iter(Raises(), None))
except ValueError as e:
    print(type(e).__name__, e)
print(next(iter([]), "dflt"), next(iter("x")), next((i for i in range(5) if i > 2)), next(iter({}), None))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
print(callable(len), callable(Reader), callable(r), callable(r.read), callable("s".upper), callable(iter), callable(None.__class__))

class AsyncCounter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

async def use_aiter():
    it = aiter(AsyncCounter(3))
    got = [await anext(it), await anext(it), await anext(it)]
    got.append(await anext(it, "default at end"))
    try:
        await anext(it)
    except StopAsyncIteration:
        got.append("StopAsyncIteration")
    return got
print(drive(use_aiter()))

async def agen():
    yield "x"
    yield "y"
async def use_agen():
    g = agen()
    first = await anext(g)
    rest = [v async for v in g]
    return first, rest, await anext(g, "done")
print(drive(use_agen()))
try:
    aiter([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    anext(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
aw = anext(AsyncCounter(1))
print(type(aw).__name__ in ("coroutine", "anext_awaitable"), drive(aw.__await__()) if hasattr(aw, "__await__") else None)
print(type(anext(agen())).__name__, type(anext(agen(), 0)).__name__)
it = iter(range(3))
print(list(zip(it, iter(it.__next__, 2))))
lines = iter(["header", "a", "b", "END", "ignored"])
next(lines)
print(list(iter(lambda: next(lines), "END")))
