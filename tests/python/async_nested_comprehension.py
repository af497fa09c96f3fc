# An async comprehension nested in a sync comprehension inside an async def
# makes the outer comprehension async too.
import asyncio


async def asynciter(it):
    for i in it:
        yield i


async def f():
    return [[i + j async for i in asynciter([1, 2])] for j in [10, 20]]


async def g():
    return {j: {i async for i in asynciter([j, j + 1])} for j in [1, 5]}


async def h():
    return [x for x in [[y async for y in asynciter(range(3))]]]


print(asyncio.run(f()))
print(asyncio.run(g()))
print(asyncio.run(h()))

try:
    compile("def s():\n    return [[i async for i in a] for j in b]\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
