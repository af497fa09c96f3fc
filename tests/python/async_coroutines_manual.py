class Future:
    def __init__(self):
        self.result = None
    def __await__(self):
        value = yield self
        return value
async def fetch(n):
    got = await Future()
    return got * n
async def main():
    a = await fetch(2)
    b = await fetch(3)
    return a + b
def run(coro, values):
    it = iter(values)
    try:
        fut = coro.send(None)
        while True:
            fut = coro.send(next(it))
    except StopIteration as e:
        return e.value
print(run(main(), [10, 20]))
async def simple():
    return "simple"
c = simple()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def agen(n):
    for i in range(n):
        yield i
        await Future()
async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(run(consume(), [None] * 10))
class AsyncCtx:
    async def __aenter__(self):
        print("aenter")
        return "ctx"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False
async def use_ctx():
    async with AsyncCtx() as v:
        print("inside", v)
    return "ok"
print(run(use_ctx(), []))
async def comp():
    return [x async for x in agen(4) if x % 2 == 0]
print(run(comp(), [None] * 10))
async def failing():
    raise ValueError("async fail")
try:
    run(failing(), [])
except ValueError as e:
    print("caught", e)
async def awaits_twice():
    c = simple()
    r = await c
    try:
        await c
    except RuntimeError as e:
        return r, str(e)
print(run(awaits_twice(), []))
ag = agen(2)
print(type(ag).__name__, hasattr(ag, "__anext__"))
async def get_first():
    return await ag.__anext__()
print(run(get_first(), []))
c2 = main()
c2.close()
print("closed coroutine")
