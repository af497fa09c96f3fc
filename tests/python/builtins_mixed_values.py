import sys, math, time
print(sys.version_info[:2], sys.version_info.major, sys.maxsize, sys.byteorder)
print(math.sqrt(16), math.pi, math.floor(2.5), math.gcd(12, 18), math.factorial(20))
print(1.1 + 2.2, 1e16, 1e-5, 0.1, 1/3, -0.0, float('inf'), 2.5e300*1e10)
print(10**30, -7 // 2, -7 % 3, 7 // -2, 2 ** -1, 2 ** 100, divmod(-17, 5))
print(round(2.5), round(3.5), round(2.675, 2), round(1234, -2))
print(int("  42 "), int("0x1f", 16), int("0b101", 0), float(" 1.5e3 "), int(3.9), int(-3.9))
print(hex(255), oct(8), bin(5), hex(-255), abs(-3), abs(-2.5))
print(str(123), repr("a'b"), repr('a"b'), repr("x\ny"), ascii("é"))
print(len("héllo"), "héllo"[1], "abc"[::-1], "hello world".split(), "a,b,,c".split(","))
print("  x  ".strip(), "abc".upper(), "ABC".lower(), "hello".replace("l", "L"), "x".join(["a","b","c"]))
print(sorted([3,1,2]), sorted(["b","a"], reverse=True), sorted([(1,'b'),(1,'a'),(0,'z')]))
print(min(3,1,2), max([1,5,3]), sum([1,2,3]), sum([0.1]*10), any([0,1]), all([1,0]))
print(list(map(lambda x: x*2, [1,2])), list(filter(None, [0,1,2])), list(zip([1,2],[3,4])))
print(list(enumerate("ab", 1)), list(reversed([1,2,3])), list(range(10, 0, -3)))
d = {"a": 1}
d["b"] = 2
print(d, list(d.keys()), list(d.items()), d.get("z", 0), "a" in d, len(d))
s = {1, 2, 3}
print(s | {4}, s & {2, 3, 9}, s - {1}, {1,2} <= s, frozenset([1]))
t = (1, 2, 3)
print(t, t[1:], t.index(2), t.count(1), t + (4,), t * 2, (1,))
print(isinstance(True, int), issubclass(bool, int), type(1.0).__name__, type(None))
print(hash(1) == hash(1.0), hash((1, 2)) == hash((1, 2)), callable(len))
print(f"{3.14159:.2f} {42:05d} {'x':^5}|{255:#x} {1234567:,} {0.5:%}")
print("%5.1f|%-4d|%x|%r" % (3.14159, 7, 255, "s"))
x = [1, 2, 3]
x[1:2] = [9, 9]
del x[0]
print(x, x.pop(), x)
class P:
    __slots__ = ("a",)
    def __init__(self): self.a = 1
p = P()
try:
    p.b = 2
except AttributeError as e:
    print("AE", e)
print(getattr(p, "a"), hasattr(p, "b"))
import gc
print(gc.collect() >= 0)
print(type(time.time()).__name__)
print(chr(65), ord("A"), "é".encode(), b"abc".decode(), bytes([65, 66]), bytearray(b"xy"))
print(complex(1, 2), 1j * 1j, abs(3+4j))
print(int.__add__(1, 2), (5).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(str.format("{0}{1}{0}", "a", "b"), "{name}".format(name="n"))
print(0.1 + 0.2 == 0.3, 1 < 2 < 3, 1 < 2 > 3, not None)
