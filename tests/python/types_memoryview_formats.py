# memoryview: formats, shape/strides, cast, slicing, tolist/tobytes/hex, release, comparisons.
data = bytearray(range(16))
m = memoryview(data)
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.readonly, m.contiguous, m.c_contiguous, len(m))
print(m[0], m[-1], m[2:5].tolist(), m[::4].tolist(), m[::-5].tobytes(), m[1:3].hex(), m.obj is data)
m[0] = 255
m[1:3] = b"\xaa\xbb"
print(data[:4])
h = m.cast("H")
print(h.format, h.itemsize, len(h), h.shape, h.tolist()[:4], h.nbytes)
i = m.cast("i")
print(i.tolist(), i.strides)
q = m.cast("Q")
print(q.tolist())
grid = m.cast("B", shape=[4, 4])
print(grid.shape, grid.ndim, grid.strides, grid.tolist()[1], grid[1, 2], grid.tobytes()[:4])
f = memoryview(bytearray(8)).cast("d")
f[0] = 1.5
print(f.tolist(), f.format, bytes(f).hex())
c = memoryview(b"abc").cast("c")
print(c.tolist(), c[0], c.format)
b = memoryview(bytes([0, 1, 2])).cast("?")
print(b.tolist())
signed = memoryview(bytes([255, 128, 127])).cast("b")
print(signed.tolist(), signed[0])
ro = memoryview(b"readonly")
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[0:2] = b"abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    m.cast("H", shape=[3])
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    memoryview(bytes(3)).cast("H")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[100]
except IndexError as e:
    print(type(e).__name__, e)
print(memoryview(b"abc") == b"abc", memoryview(b"abc") == memoryview(bytearray(b"abc")), memoryview(b"a") == "a", memoryview(b"ab") != b"ab")
print(memoryview(b"x").tobytes(), bytes(memoryview(b"yz")[::-1]), list(memoryview(b"\x01\x02")), memoryview(b"").tolist())
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
try:
    cm.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
mv = memoryview(b"release")
mv.release()
mv.release()
try:
    len(mv)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(mv).startswith("<released memory"), memoryview(b"hash").__hash__() == hash(b"hash"))
try:
    hash(memoryview(bytearray(b"x")))
except ValueError as e:
    print(type(e).__name__, e)
sub = m[4:8]
sub[0] = 0
print(data[4], sub.obj is data, sub.tobytes(), sub.toreadonly().readonly)
print(memoryview(b"abcdef")[1:4].tobytes(), bytearray(memoryview(b"copy")), b"".join([memoryview(b"a"), b"b"]))
print(memoryview(bytearray(b"ab")).tobytes("A") if False else "", memoryview(b"\x01\x00\x02\x00").cast("h").tolist())
