# marshal: CPython's byte format for simple values (versions 0-4), round trips,
# sharing through references, dump/load on files, and code objects that still run.
import io
import marshal

print(marshal.version)


def show(v, versions=range(5)):
    for ver in versions:
        d = marshal.dumps(v, ver)
        back = marshal.loads(d)
        same = back == v or (back != back and v != v)
        print(ver, type(v).__name__, d.hex(), same, type(back).__name__)


# Singletons and numbers.
for v in [None, True, False, StopIteration, ..., 0, 1, -1, 255, 2**31 - 1, -2**31]:
    show(v)
for v in [2**31, -2**31 - 1, 2**62, 2**63, -2**63, 2**64 - 1, 2**100, -(2**100) + 12345, 10**40]:
    show(v)
for v in [1.5, -0.0, 0.1, 1e300, 1e-310, float("inf"), float("-inf"), 123456789.0, 1e16]:
    show(v)
show(float("nan"), [2])
print(marshal.dumps(float("nan"), 1))
for v in [3 + 4j, -1.5j, complex(1e300, -0.0)]:
    show(v)

# Strings: short and long ASCII, interned names, non-ASCII, surrogates.
for v in ["", "a", "abc", "hello world", "name_1", "é", "ü€😀", "\udc80", "a\ud800b"]:
    show(v)
long_ascii = "".join(["xy"] * 200)
show(long_ascii, [2, 3, 4])
show("".join(["é"] * 200), [4])

# Bytes and other bytes-like objects (written as bytes).
for v in [b"", b"abc", b"\x00\xff" * 3]:
    show(v)
print(marshal.dumps(bytearray(b"xy")).hex(), type(marshal.loads(marshal.dumps(bytearray(b"xy")))).__name__)
print(marshal.dumps(memoryview(b"mv")).hex())


class B(bytes):
    pass


print(marshal.dumps(B(b"q")).hex())

# Containers.
for v in [(), (1,), (1, "a", None), tuple([None] * 300), [], [1, [2, 3]], {}, {"a": 1, "b": [2]},
          {1}, frozenset(), frozenset({2}), {"k": [1, 2.5, b"z"]}]:
    show(v)
print(marshal.dumps(tuple([None] * 300), 4)[:12].hex())
big_set = set(range(50))
print(marshal.loads(marshal.dumps(big_set)) == big_set)
fs = frozenset(["a", "b", "c"])
print(marshal.loads(marshal.dumps(fs)) == fs, type(marshal.loads(marshal.dumps(fs))).__name__)

# Sharing: version 3+ writes a shared object once and refers back to it.
s = "shared string!"
t = (s, s, [s])
for ver in range(5):
    d = marshal.dumps(t, ver)
    back = marshal.loads(d)
    print(ver, d.hex(), back == t, back[0] is back[1] if ver >= 3 else "-")
inner = [1, 2]
outer = [inner, inner]
back = marshal.loads(marshal.dumps(outer))
print(back, back[0] is back[1])
rec = [1]
rec.append(rec)
back = marshal.loads(marshal.dumps(rec))
print(back[0], back[1] is back)
d = {}
d["self"] = d
back = marshal.loads(marshal.dumps(d))
print(back["self"] is back)

# Values computed at run time (not shared) and extra bytes after the value.
n = 7
print(marshal.dumps([n * 1000000007, str(n) * 3]).hex())
print(marshal.loads(marshal.dumps(42) + b"garbage"))
print(marshal.loads(bytearray(marshal.dumps("ba"))), marshal.loads(memoryview(marshal.dumps((1, 2)))))

# dump/load on files: load stops right after each value.
f = io.BytesIO()
print(marshal.dump([1, "x"], f), marshal.dump(2.5, f, 1), marshal.dump({"k": None}, f, 2))
f.seek(0)
print(marshal.load(f), marshal.load(f), marshal.load(f), f.tell() == len(f.getvalue()))

# Code objects: a round-tripped code object runs as the original does.
src = '''
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
class C:
    x = 1
    def m(self, *a, k=3, **kw):
        return (self.x, a, k, kw)
def gen():
    total = 0
    for i in range(5):
        try:
            total += (yield i) or i
        except ValueError:
            total = -1
        finally:
            pass
    return total
def outer():
    v = 10
    def inner(q):
        nonlocal v
        v += q
        return v
    return inner
squares = {i: i * i for i in range(4)}
print(fib(10), C().m(1, 2, z=5), list(gen()), outer()(5), squares, f"{3.5:>8}", 2**100)
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
match [1, (2, 3)]:
    case [a, (b, c)]:
        print("match", a, b, c)
async def co():
    return 5
try:
    co().send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
'''
code = compile(src, "<marshal-test>", "exec")
code2 = marshal.loads(marshal.dumps(code))
print(type(code2).__name__, code2.co_name, code2.co_filename, code2.co_firstlineno)
exec(code2, {"__name__": "copy"})
f = lambda x, y=2: x * y
g = lambda x, y=2: None
g.__code__ = marshal.loads(marshal.dumps(f.__code__))
print(g(3, 4), g(5))
nested = marshal.loads(marshal.dumps([f.__code__, {"c": f.__code__}]))
print(type(nested[0]).__name__, nested[1]["c"] is nested[0])
