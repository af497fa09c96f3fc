# Buffered streams: peek/read1/raw, BufferedRWPair, Python raw streams under
# BufferedReader/BufferedWriter/TextIOWrapper.
import io

NAME = '_io_test_buffered.bin'


def remove(name):
    try:
        import os
    except ImportError:
        return
    os.remove(name)


with open(NAME, 'wb') as f:
    print(type(f).__name__, type(f.raw).__name__, f.raw.mode, f.name)
    f.write(b''.join(b'%05d\n' % i for i in range(3000)))

with open(NAME, 'rb') as f:
    print(len(f.peek()) > 0, f.peek(3)[:6], f.tell())
    print(f.read1(4), f.tell())
    print(f.read(8), f.tell())
    print(f.readline(), f.readline(2), f.tell())
    print(len(f.read1()) <= 8192, f.tell() > 0)
    f.seek(6 * 2000)
    print(f.readline(), f.tell())
    f.seek(-6, 2)
    print(f.read(), f.read(), f.peek(), f.read1(5))
    f.seek(0)
    buf = bytearray(10)
    print(f.readinto(buf), buf)
    print(f.readinto1(buf), buf)
    print(f.seek(3, 1), f.tell(), f.read(3))
    print(f.raw.tell() >= f.tell())
    print(len(f.read()), f.tell())
    print(f.seekable(), f.readable(), f.writable(), f.isatty(), f.closed)
    print(repr(f))

with open(NAME, 'rb+') as f:
    print(type(f).__name__, f.read(6))
    f.write(b'XXXXX\n')
    print(f.tell())
    f.seek(0)
    print(f.read(18))
    f.seek(0, 2)
    f.write(b'tail')
    f.seek(-4, 2)
    print(f.read())

with open(NAME, 'rb', buffering=16) as f:
    print(f.read(40))
    print(len(f.peek()) <= 16)

# detach
f = open(NAME, 'rb')
raw = f.detach()
print(type(raw).__name__, raw.closed)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
print(repr(f))
raw.close()

# BufferedReader/Writer over BytesIO
r = io.BufferedReader(io.BytesIO(b'abc\ndef\n'), buffer_size=2)
print(r.read(1), r.peek(1)[:1], r.readline(), list(r))
bio = io.BytesIO()
w = io.BufferedWriter(bio, 4)
w.write(b'ab')
print(bio.getvalue())
w.write(b'cdef')
print(bio.getvalue())
w.flush()
print(bio.getvalue(), w.tell())
print(w.raw is bio)


# BufferedRWPair
class Pipe(io.RawIOBase):
    def __init__(self, data=b''):
        self.data = bytearray(data)
        self.written = bytearray()

    def readable(self):
        return True

    def writable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data), 3)
        b[:n] = self.data[:n]
        del self.data[:n]
        return n

    def write(self, b):
        self.written += b
        return len(b)


src = Pipe(b'hello pair\nsecond\n')
dst = Pipe()
p = io.BufferedRWPair(src, dst)
print(p.read(5), p.peek(1)[:1], p.read1(2), p.readline(), p.readable(), p.writable())
print(p.write(b'out'), bytes(dst.written))
p.flush()
print(bytes(dst.written), p.closed, p.isatty())
p.close()
print(p.closed, src.closed, dst.closed)


# A Python raw stream (only readinto) under BufferedReader and TextIOWrapper
class Chunks(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        chunk = self.data[self.pos:self.pos + 5]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


c = Chunks(b'first line\nsecond line\nthird')
print(c.read(3), c.read(), c.read())
c = Chunks(b'first line\nsecond line\nthird')
print(c.readall())
c = Chunks(b'first line\nsecond line\nthird')
print(c.readline(), list(c))
br = io.BufferedReader(Chunks(b'first line\nsecond line\nthird'), 8)
print(br.readline(), br.read(4), br.read())
t = io.TextIOWrapper(io.BufferedReader(Chunks('h\xe9llo\nw\u20acrld\n'.encode())), encoding='utf-8')
print(ascii(list(t)))
t = io.TextIOWrapper(Chunks('abc\r\ndef\rghi'.encode()), encoding='ascii')
print(repr(t.read()), t.newlines)


class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b[:3]))
        return min(3, len(b))


s = Sink()
w = io.BufferedWriter(s, 5)
w.write(b'abcdefgh')
w.write(b'ij')
w.flush()
print(s.chunks)
s = Sink()
t = io.TextIOWrapper(io.BufferedWriter(s), encoding='latin-1', line_buffering=True)
t.write('caf\xe9\n')
print(s.chunks, t.line_buffering)
t.close()
print(s.closed)

# errors
try:
    io.BufferedReader(io.BytesIO(), 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    io.BufferedWriter(open(NAME, 'rb'))
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    io.BufferedReader(Sink())
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
b = io.BufferedReader.__new__(io.BufferedReader)
try:
    b.read()
except ValueError as e:
    print(type(e).__name__, e)
f = open(NAME, 'rb')
f.close()
for name, args in [('read', ()), ('peek', ()), ('read1', ()), ('readline', ()), ('seek', (0,))]:
    try:
        getattr(f, name)(*args)
    except ValueError as e:
        print(name, type(e).__name__, e)
f = open(NAME, 'wb')
f.close()
for name, args in [('write', (b'x',)), ('flush', ()), ('truncate', ())]:
    try:
        getattr(f, name)(*args)
    except ValueError as e:
        print(name, type(e).__name__, e)
with open(NAME, 'rb') as f:
    try:
        f.read(-2)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        f.seek(0, 5)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        f.write(b'x')
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
remove(NAME)
