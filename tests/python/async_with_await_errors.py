# async with / async for errors name the method that returned a non-awaitable, and a
# finished coroutine refuses send() and throw().
import types


class CM:
    async def __aenter__(self):
        return self

    def __aexit__(self, *e):
        return 1


class BadEnter:
    def __aenter__(self):
        return 1

    def __aexit__(self, *e):
        return 1


async def use(cm):
    async with cm:
        pass


for cm in (BadEnter(), CM()):
    try:
        use(cm).send(None)
    except TypeError as e:
        print(e)
    except StopIteration:
        print("done")


class F:
    def __aiter__(self):
        return self

    def __anext__(self):
        return self

    def __await__(self):
        1 / 0


async def main():
    async for _ in F():
        pass


try:
    main().send(None)
except TypeError as e:
    print(e, repr(e.__cause__))


@types.coroutine
def nop():
    yield


async def send():
    await nop()
    return "spam"


c = send()
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
for op in (lambda: c.send(None), lambda: c.throw(Exception("wat"))):
    try:
        op()
    except RuntimeError as e:
        print(e)
c.close()
print("closed quietly")
