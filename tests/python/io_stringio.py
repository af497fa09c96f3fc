# io.StringIO: reading, writing, seeking, newline handling, errors.
import io

s = io.StringIO()
print(s.write('hello'), s.write(' world\n'), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(5)), repr(s.read()), repr(s.read()))
s.seek(6)
s.write('W')
print(repr(s.getvalue()))
s.seek(20)
s.write('x')
print(repr(s.getvalue()), s.tell())
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell())
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering)
print(s.encoding, s.errors)

s = io.StringIO('line1\nline2\nline3')
print(s.tell(), s.readline(), s.readline(3), s.readlines())
s.seek(0)
print([l for l in s])
s.seek(0)
print(s.readlines(7))
s = io.StringIO('\u20ac\U0001f600abc')
print(ascii(s.read(2)), s.tell(), s.read())

# newline handling
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\nb\r\nc\rd', newline=nl)
    print('newline=%r' % (nl,), repr(s.getvalue()), s.readlines(), s.newlines)
    s = io.StringIO(newline=nl)
    s.write('x\r')
    s.write('\ny\n')
    print('   ', repr(s.getvalue()), s.newlines)
s = io.StringIO('abc', newline=None)
print(s.newlines)

# context manager, closed
with io.StringIO('data') as s:
    print(s.closed, s.read())
print(s.closed)
for name, args in [('read', ()), ('write', ('x',)), ('getvalue', ()), ('seek', (0,)),
                   ('tell', ()), ('readable', ()), ('truncate', ()), ('readline', ()),
                   ('__next__', ())]:
    try:
        getattr(s, name)(*args)
    except ValueError as e:
        print(name, type(e).__name__, e)

# argument errors
s = io.StringIO()
for args in [(-1,), (1, 1), (1, 2), (0, 3), (1.5,), ('x',)]:
    try:
        s.seek(*args)
    except Exception as e:
        print('seek', args, type(e).__name__, e)
for bad in [b'x', 1, None]:
    try:
        s.write(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.truncate(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    io.StringIO(b'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    io.StringIO('', 'x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    io.StringIO('', 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.read('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.detach()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
print(io.StringIO(None).getvalue() == '', io.StringIO(initial_value='kw').read())

# isinstance / ABCs
s = io.StringIO()
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), isinstance(s, io.BufferedIOBase))


class MyStringIO(io.StringIO):
    def readline(self, size=-1):
        return super().readline(size).upper()


m = MyStringIO('ab\ncd\n')
print(list(m), m.getvalue())
m.x = 1
print(m.x)
print(s.writelines(['a', 'b', 'c']), s.getvalue())
