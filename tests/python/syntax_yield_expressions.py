# yield as an expression: values sent in, yield in odd positions, generator-based coroutines.
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received

g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def yield_in_expressions():
    x = (yield 1) + (yield 2)
    y = [(yield "in list"), (yield "second")]
    z = {"k": (yield "in dict")}
    print("  inside:", x, y, z)
    yield "done"
g = yield_in_expressions()
print(next(g), g.send(10), g.send(20), g.send("l1"), g.send("l2"), g.send("dv"))

def yield_as_argument():
    print("  got", (yield))
    result = str((yield "ask"))
    yield result.upper()
g = yield_as_argument()
print(next(g))
print(g.send("first"))
print(g.send("second"))

def bare_yield():
    yield
    yield
print(list(bare_yield()))

def yield_tuple():
    yield 1, 2
    yield (3, 4)
    x = yield 5, 6
    yield x
g = yield_tuple()
print(next(g), next(g), next(g), g.send("sent"))

def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count
avg = running_average()
next(avg)
print([avg.send(v) for v in [10, 20, 30, 5]])

def yield_from_with_send():
    result = yield from echo()
    yield "sub returned %r" % (result,)
g = yield_from_with_send()
print(next(g), g.send(1), g.send(2), g.send(None))

def in_conditional(flag):
    v = (yield "a") if flag else (yield "b")
    yield v
print(list(in_conditional(True)), list(in_conditional(False)))

def lambda_gen():
    f = lambda: (yield 7)
    return f
print(list(lambda_gen()()))
print(type(lambda_gen()()).__name__)

def send_before_start():
    yield 1
g = send_before_start()
try:
    g.send("too early")
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))

try:
    compile("def f():\n    return list((yield i) for i in range(3))\n", "<gen>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
acc = accumulate()
next(acc)
for i in range(1, 5):
    acc.send(i)
try:
    next(acc)
except StopIteration as e:
    print("accumulated", e.value, e.args)
