# Python subclasses of every io class: overridden methods are honoured by the base
# classes' default methods; ABC registration; __del__ closes.
import io
import _io

NAME = '_io_test_subclass.txt'


def remove(name):
    try:
        import os
    except ImportError:
        return
    os.remove(name)


for cls in [io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase, io.FileIO,
            io.BytesIO, io.StringIO, io.BufferedReader, io.BufferedWriter,
            io.BufferedRandom, io.BufferedRWPair, io.TextIOWrapper,
            io.IncrementalNewlineDecoder]:
    sub = type('My' + cls.__name__, (cls,), {})
    print(cls.__name__, cls.__module__, sub.__mro__[1].__name__, [c.__name__ for c in cls.__mro__])

print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BytesIO, io.BufferedIOBase),
      issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.StringIO, io.IOBase),
      issubclass(io.BufferedRandom, io.BufferedIOBase), issubclass(_io.FileIO, _io._RawIOBase))


class Lines(io.IOBase):
    """readline from _IOBase over a read() override (no peek)."""

    def __init__(self, data):
        self.data = data
        self.calls = 0

    def readable(self):
        return True

    def read(self, n=-1):
        self.calls += 1
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk


l = Lines(b'ab\ncd\nef')
print(l.readline(), l.calls, l.readlines(), list(l))
l = Lines(b'ab\ncd\nef')
print(list(l), l.closed)
with Lines(b'') as l:
    print(l.closed)
print(l.closed)


class Peeker(Lines):
    def peek(self, n=0):
        return self.data[:4]


p = Peeker(b'abcdefgh\nrest')
print(p.readline(), p.calls, p.readline(3))


class Recorder(io.IOBase):
    def __init__(self):
        self.items = []

    def write(self, x):
        self.items.append(x)

    def flush(self):
        print('flush called', self.closed)
        super().flush()

    def close(self):
        print('close called')
        super().close()


r = Recorder()
r.writelines(['a', 'b'])
print(r.items)
r.close()
print(r.closed)
r.close()


class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


print(Raw(b'xyz').read(2), Raw(b'xyz').read(), Raw(b'xyz').readall())
print(io.BufferedReader(Raw(b'12345')).read(), io.TextIOWrapper(io.BufferedReader(Raw(b'a\nb'))).readlines())


class Buf(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data

    def read(self, n=-1):
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk

    def read1(self, n=-1):
        return self.read(min(n, 2))


b = Buf(b'abcdef')
ba = bytearray(4)
print(b.readinto(ba), ba, b.readinto1(ba), ba)


class Upper(io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())

    def readline(self, size=-1):
        line = super().readline(size)
        return '>' + line if line else line


with Upper(open(NAME, 'wb'), encoding='utf-8') as u:
    print(u.write('hello\n'), type(u).__name__)
with Upper(open(NAME, 'rb'), encoding='utf-8') as u:
    print(list(u))
    print(repr(u).startswith('<__main__.Upper'))


class MyFile(io.FileIO):
    def __init__(self, name):
        super().__init__(name, 'r')
        self.extra = 'attr'


with MyFile(NAME) as m:
    print(m.read(), m.extra, m.mode, repr(m).startswith('<__main__.MyFile'))


class MyReader(io.BufferedReader):
    def read(self, n=-1):
        return b'[' + super().read(n) + b']'


with MyReader(io.FileIO(NAME)) as m:
    print(m.read(2), m.readline())


class Closing(io.BytesIO):
    def close(self):
        print('Closing.close')
        super().close()


c = Closing(b'x')
del c
print('after del')


class Tracked(io.RawIOBase):
    def close(self):
        print('Tracked.close, closed =', self.closed)
        super().close()


t = Tracked()
del t
print('after del 2')


class S(io.StringIO):
    pass


s = S('abc')
s.attr = 5
print(s.read(), s.attr, isinstance(s, io.TextIOBase))

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode('a\r')), repr(d.decode('\nb\r')), repr(d.decode('', final=True)), d.newlines)
print(d.getstate())
d.reset()
print(d.newlines, repr(d.decode('x\r\ny\n')), d.newlines)
d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode('a\r\nb\rc\n', final=True)), d.newlines)
remove(NAME)
