def g():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except ValueError as e:
        print("caught in gen", e)
        yield 3
    return 99
it = g()
print(next(it), it.send("hi"), it.throw(ValueError("v")))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
def sub():
    r = yield from g()
    print("sub result", r)
    yield "end"
s = sub()
print(list(s) if False else [next(s), s.send(None)])
import sys
async def co(n):
    return n * 2
async def main():
    a = await co(3)
    b = await co(a)
    return a + b
c = main()
try:
    c.send(None)
except StopIteration as e:
    print("coro result", e.value)
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
async def agen():
    for i in range(3):
        yield i * 10
async def main2():
    out = []
    async for x in AIter():
        out.append(x)
    async for y in agen():
        out.append(y)
    out.append([z async for z in agen()])
    return out
c = main2()
try:
    c.send(None)
except StopIteration as e:
    print("async for", e.value)
def m(x):
    match x:
        case 0 | 1: return "small"
        case [a, b, *rest]: return f"seq {a} {b} {rest}"
        case {"k": v, **kw}: return f"map {v} {kw}"
        case str() as s if len(s) > 2: return "long str " + s
        case (1, 2): return "tuple12"
        case float(f): return f"float {f}"
        case _: return "other"
for v in [0, 1, [1, 2, 3, 4], {"k": 5, "z": 6}, "hello", "hi", 2.5, None]:
    print(m(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
match Point(1, 2):
    case Point(1, y=2): print("point matched")
try:
    raise ExceptionGroup("eg", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as e:
    print("VE", repr(e), e.exceptions)
except* TypeError as e:
    print("TE", e.exceptions)
with open("/dev/null") if False else __import__("contextlib").nullcontext() if False else type("CM", (), {"__enter__": lambda s: 5, "__exit__": lambda s, *a: False})() as v:
    print("with", v)
print((y := 5) + y)
lst = [1, 2]
lst += [3]
t = (1,)
t += (2,)
print(lst, t)
def kw(a, /, b, *, c=3, **rest): return (a, b, c, rest)
print(kw(1, 2), kw(1, b=2, c=4, d=5))
try:
    kw(1)
except TypeError as e:
    print(e)
