# Async generators driven by hand: asend, athrow, aclose, finalization, ag_* attributes.
def drive(aw):
    """Run an awaitable that never really suspends (or suspends with tags we print)."""
    it = aw.__await__()
    value = None
    while True:
        try:
            tag = it.send(value)
        except StopIteration as stop:
            return stop.value
        print("    (suspended with %r)" % (tag,))
        value = "resumed"

class Pause:
    def __await__(self):
        got = yield "pause"
        return got

async def ticker(limit):
    try:
        for i in range(limit):
            received = yield i
            if received is not None:
                print("  ticker received", received)
            await Pause()
    except ValueError as e:
        print("  ticker caught", e)
        yield "after ValueError"
    finally:
        print("  ticker finally")

ag = ticker(3)
print(type(ag).__name__, ag.__name__, ag.__qualname__, ag.ag_running, ag.ag_code.co_name)
print(drive(ag.__anext__()))
print(drive(ag.asend("hello")))
print(drive(ag.athrow(ValueError("injected"))))
try:
    drive(ag.__anext__())
except StopAsyncIteration as e:
    print("StopAsyncIteration", repr(e))
print(ag.ag_frame)

ag2 = ticker(5)
drive(ag2.__anext__())
print(drive(ag2.aclose()))
try:
    drive(ag2.__anext__())
except StopAsyncIteration:
    print("closed generator is exhausted")

async def refuses_close():
    try:
        yield 1
    except GeneratorExit:
        yield "nope"
ag3 = refuses_close()
drive(ag3.__anext__())
try:
    drive(ag3.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)

async def collect(agen):
    return [x async for x in agen]
print(drive(collect(ticker(2))))

async def squares(n):
    for i in range(n):
        yield i * i
async def pipeline():
    evens = [v async for v in squares(8) if v % 2 == 0]
    total = 0
    async for v in squares(4):
        total += v
    return evens, total
print(drive(pipeline()))

async def unstarted():
    yield 1
ag4 = unstarted()
try:
    drive(ag4.athrow(KeyError("before start")))
except KeyError as e:
    print("athrow on unstarted raises:", repr(e))
ag5 = unstarted()
print(drive(ag5.aclose()), "aclose on unstarted is fine")
try:
    drive(ag5.asend("x"))
except StopAsyncIteration:
    print("asend after close -> StopAsyncIteration")
async def bad_send():
    yield 1
ag6 = bad_send()
try:
    drive(ag6.asend("non-None first"))
except TypeError as e:
    print(type(e).__name__, e)
async def returns_in_agen():
    yield 1
    return
print(drive(collect(returns_in_agen())))
try:
    compile("async def f():\n    yield 1\n    return 5\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
aw = ag.__anext__()
print(type(aw).__name__, hasattr(aw, "send"), hasattr(aw, "throw"), hasattr(aw, "close"))
