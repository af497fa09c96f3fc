async def ticker(n):
    for i in range(n):
        got = yield i
        if got:
            print("ticker got", got)
class Awaitable:
    def __await__(self):
        return (yield "suspended")
async def driver():
    results = []
    agen = ticker(3)
    results.append(await agen.__anext__())
    results.append(await agen.asend("hello"))
    results.append(await agen.__anext__())
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        results.append("exhausted")
    return results
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(driver()))
async def failing_agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
async def use_athrow():
    g = failing_agen()
    first = await g.__anext__()
    try:
        await g.athrow(ValueError("injected"))
    except ValueError as e:
        return first, str(e)
print(run(use_athrow()))
async def use_aclose():
    g = failing_agen()
    await g.__anext__()
    await g.aclose()
    return "closed"
print(run(use_aclose()))
async def waits():
    v = await Awaitable()
    return v
c = waits()
print(c.send(None))
try:
    c.send("resumed value")
except StopIteration as e:
    print("result", e.value)
async def gen_expr_async():
    return [x * 2 async for x in ticker(4)]
print(run(gen_expr_async()))
