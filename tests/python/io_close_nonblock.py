# io close semantics (flush first, chained errors), BlockingIOError.characters_written
# from a buffered writer over a non-blocking raw stream, readinto1, weak references.
import io
import os
import weakref
import _thread


class Raw(io.RawIOBase):
    def __init__(self):
        self.chunks = []
        self.block_on = None

    def writable(self):
        return True

    def readable(self):
        return True

    def write(self, b):
        b = bytes(b)
        if self.block_on is not None and self.block_on in b:
            n = b.index(self.block_on)
            if n == 0:
                self.block_on = None
                return None
            self.chunks.append(b[:n])
            return n
        self.chunks.append(b)
        return len(b)


raw = Raw()
bw = io.BufferedWriter(raw, 8)
print(bw.write(b"abcd"), bw.write(b"efghi"))
raw.block_on = b"0"
try:
    bw.write(b"opqrwxyz0123456789")
except BlockingIOError as e:
    print("BlockingIOError", e.errno, e.characters_written, e.args)
print(b"".join(raw.chunks))

e = BlockingIOError(11, "x", 5)
print(e.characters_written, e.args, e.filename)
e = BlockingIOError(11, "x", "name")
print(e.args, e.filename)


# close(): flush errors chain into close errors; flush is looked up on the object.
def bad_flush():
    raise OSError("flush")


def bad_close():
    raise OSError("close")


raw = Raw()
raw.close = bad_close
b = io.BufferedWriter(raw)
b.flush = bad_flush
try:
    b.close()
except OSError as err:
    print("close error:", err.args, "context:", err.__context__.args)
raw.close = lambda: None
b.flush = lambda: None

f = open(__file__, "rb", buffering=0)
f.close()
f.close()
try:
    f.flush()
except ValueError as err:
    print("flush after close:", err)


# readinto1: buffered bytes, then one raw read
class Chunks(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)

    def readable(self):
        return True

    def readinto(self, b):
        if not self.chunks:
            return 0
        c = self.chunks.pop(0)
        b[: len(c)] = c
        return len(c)


br = io.BufferedReader(Chunks([b"fgh", b"jkl", b"mno"]), 10)
print(br.peek(3)[:3])
buf = bytearray(20)
print(br.readinto1(buf), bytes(buf[:6]))

# uninitialised after a failed __init__
try:
    br.__init__(Chunks([]), buffer_size=0)
except ValueError as err:
    print("init:", err)
try:
    br.read()
except ValueError as err:
    print("read:", err)

# weak references to io objects and locks
for obj in (io.BytesIO(), io.StringIO(), _thread.allocate_lock(), _thread.RLock()):
    r = weakref.ref(obj)
    print(type(obj).__name__, r() is obj)
    del obj
    print("  dead:", r() is None)

ba = bytearray(range(20))
del ba[2:15:3]
print(ba)
ba = bytearray(b"x" * 100000)
del ba[:65536]
print(len(ba))
