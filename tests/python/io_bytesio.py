# io.BytesIO: reading, writing, seeking, buffers, errors.
import io

b = io.BytesIO()
print(b.write(b'hello'), b.write(bytearray(b' world\n')), b.write(memoryview(b'!')), b.tell())
print(b.getvalue())
b.seek(0)
print(b.read(5), b.read1(3), b.read(), b.read())
b.seek(3)
b.write(b'L')
print(b.getvalue())
b.seek(20)
b.write(b'x')
print(b.getvalue(), b.tell())
print(b.truncate(5), b.getvalue(), b.tell())
print(b.seek(-2, 2), b.read(), b.seek(-1, 1), b.read(), b.seek(-100, 1))
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())

b = io.BytesIO(b'line1\nline2\nline3')
print(b.readline(), b.readline(3), b.readlines())
b.seek(0)
print(list(b))
b.seek(0)
print(b.readlines(7))
b.seek(0)
buf = bytearray(4)
print(b.readinto(buf), buf)
mv = memoryview(bytearray(3))
print(b.readinto(mv), bytes(mv))
b.seek(0)
print(b.read(-1), b.read(None))
print(bytes(b.getbuffer()[:5]), len(b.getbuffer()))

b = io.BytesIO()
b.writelines([b'a', bytearray(b'b'), b'c'])
print(b.getvalue())

with io.BytesIO(b'data') as b:
    print(b.closed, b.read())
print(b.closed)
for name, args in [('read', ()), ('write', (b'x',)), ('getvalue', ()), ('seek', (0,)),
                   ('tell', ()), ('readable', ()), ('truncate', ()), ('readline', ()),
                   ('getbuffer', ()), ('flush', ()), ('isatty', ()), ('readinto', (bytearray(1),))]:
    try:
        getattr(b, name)(*args)
    except ValueError as e:
        print(name, type(e).__name__, e)

b = io.BytesIO()
for args in [(-1,), (0, 3), (1.5,), ('x',)]:
    try:
        b.seek(*args)
    except Exception as e:
        print('seek', args, type(e).__name__, e)
for bad in ['x', 1, None]:
    try:
        b.write(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    b.truncate(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    io.BytesIO('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.readinto(b'abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.detach()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)

print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), isinstance(b, io.RawIOBase))


class MyBytesIO(io.BytesIO):
    def write(self, data):
        return super().write(data.upper())


m = MyBytesIO()
m.write(b'abc')
m.writelines([b'def'])
print(m.getvalue())

# TextIOWrapper over BytesIO
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding='utf-8', newline='\r\n')
t.write('a\nb\n')
t.flush()
print(raw.getvalue())
t.seek(0)
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO('x\u20acy\nz'.encode()), encoding='utf-8')
print(ascii(t.readline()), t.tell(), t.read(), t.encoding)
