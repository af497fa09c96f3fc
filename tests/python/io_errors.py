# Errors of the io stack: closed files, unsupported operations, bad modes and
# arguments, OSError subclasses with filenames.
import io

NAME = '_io_test_errors.txt'


def remove(name):
    try:
        import os
    except ImportError:
        return
    os.remove(name)


def attempt(label, fn, *args, **kw):
    try:
        r = fn(*args, **kw)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r) if not isinstance(r, io.IOBase) else type(r).__name__)
        if isinstance(r, io.IOBase):
            r.close()


with open(NAME, 'w') as f:
    f.write('content\n')

# bad modes
for mode in ['rw', 'rr', 'z', 'rbt', 'tb', '', '+', 'r+b+', 'wa', 'xr', 'bt', 'U', 'rU']:
    attempt('mode %r' % mode, open, NAME, mode)
attempt('mode int', open, NAME, 3)
attempt('binary+encoding', open, NAME, 'rb', encoding='utf-8')
attempt('binary+errors', open, NAME, 'rb', errors='strict')
attempt('binary+newline', open, NAME, 'rb', newline='')
attempt('unbuffered text', open, NAME, 'r', buffering=0)
attempt('bad newline', open, NAME, 'r', newline='x')
attempt('newline type', open, NAME, 'r', newline=5)
attempt('encoding type', open, NAME, 'r', encoding=5)
attempt('unknown encoding', open, NAME, 'r', encoding='no-such-codec')
attempt('buffering float', open, NAME, 'r', buffering=1.5)
attempt('file type', open, 3.5)
attempt('file type list', open, [])
attempt('no args', open)
attempt('too many', open, NAME, 'r', -1, None, None, None, True, None, 1)
attempt('bad kw', open, NAME, mod='r')
attempt('closefd name', open, NAME, closefd=False)
attempt('embedded null', open, 'a\0b')
attempt('negative fd', open, -1)

# missing files, directories
attempt('missing', open, '_io_test_no_such_file.txt')
try:
    open('_io_test_no_such_file.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
attempt('directory', open, '.')
attempt('directory w', open, '.', 'w')
attempt('x existing', open, NAME, 'x')

# operations on closed files
f = open(NAME)
f.close()
for name, args in [('read', ()), ('readline', ()), ('write', ('x',)), ('seek', (0,)),
                   ('tell', ()), ('flush', ()), ('truncate', ()), ('fileno', ()),
                   ('isatty', ()), ('readable', ()), ('writable', ()), ('seekable', ()),
                   ('__iter__', ()), ('__next__', ()), ('__enter__', ()), ('readlines', ())]:
    attempt('closed text ' + name, getattr(f, name), *args)
print(f.closed, f.close())
f = open(NAME, 'rb', buffering=0)
f.close()
for name, args in [('read', ()), ('readall', ()), ('write', (b'x',)), ('seek', (0,)),
                   ('tell', ()), ('fileno', ()), ('readinto', (bytearray(2),)),
                   ('readable', ()), ('truncate', ())]:
    attempt('closed raw ' + name, getattr(f, name), *args)
print(repr(f))

# unsupported operations
with open(NAME) as f:
    attempt('write on r', f.write, 'x')
    attempt('truncate on r', f.truncate)
with open(NAME, 'a') as f:
    attempt('read on a', f.read)
    attempt('readline on a', f.readline)
with open(NAME, 'rb', buffering=0) as f:
    attempt('raw write on rb', f.write, b'x')
    attempt('raw truncate on rb', f.truncate)
with open(NAME, 'wb', buffering=0) as f:
    attempt('raw read on wb', f.read)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.UnsupportedOperation.__module__, io.UnsupportedOperation.__mro__[1:])

# argument types
with open(NAME, 'w+') as f:
    attempt('write bytes to text', f.write, b'x')
    attempt('write int to text', f.write, 3)
    attempt('read str size', f.read, 'x')
    attempt('readline float', f.readline, 1.5)
    attempt('seek whence', f.seek, 0, 3)
    attempt('seek cur nonzero', f.seek, 1, 1)
    attempt('seek end nonzero', f.seek, -1, 2)
    attempt('seek negative', f.seek, -1)
    attempt('seek float', f.seek, 1.5)
    attempt('reconfigure after read', lambda: (f.read(), f.reconfigure(encoding='ascii')))
with open(NAME, 'rb') as f:
    attempt('readinto bytes', f.readinto, b'abc')
    attempt('read1 str', f.read1, 'x')
    attempt('seek str', f.seek, 'x')
with open(NAME, 'wb') as f:
    attempt('write str to binary', f.write, 'x')
    attempt('write int to binary', f.write, 5)
attempt('FileIO mode', io.FileIO, NAME, 'rw')
attempt('FileIO mode2', io.FileIO, NAME, 'rt')
attempt('FileIO mode3', io.FileIO, NAME, '')
attempt('opener negative', open, NAME, opener=lambda p, fl: -1)
attempt('TextIOWrapper no buffer', io.TextIOWrapper)
attempt('TextIOWrapper newline', io.TextIOWrapper, io.BytesIO(), newline='\t')
t = io.TextIOWrapper(io.BytesIO())
t.detach()
attempt('detached', t.read)
attempt('detached repr', repr, t)

# _IOBase defaults
b = io.IOBase()
for name in ['seek', 'truncate', 'fileno', 'tell']:
    attempt('IOBase ' + name, getattr(b, name))
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
attempt('checkReadable', b._checkReadable)
attempt('checkWritable', b._checkWritable)
attempt('checkSeekable', b._checkSeekable)
b.close()
attempt('IOBase closed flush', b.flush)
attempt('IOBase closed iter', iter, b)
attempt('RawIOBase readinto', io.RawIOBase().readinto, bytearray(1))
attempt('RawIOBase write', io.RawIOBase().write, b'')
attempt('BufferedIOBase read', io.BufferedIOBase().read)
attempt('BufferedIOBase write', io.BufferedIOBase().write, b'')
attempt('BufferedIOBase detach', io.BufferedIOBase().detach)
attempt('TextIOBase read', io.TextIOBase().read)
attempt('TextIOBase write', io.TextIOBase().write, '')
print(io.TextIOBase().encoding, io.TextIOBase().newlines, io.TextIOBase().errors)

# arity and keyword errors of the methods
f = open(NAME, 'w')
f.close()
f = open(NAME, 'rb')
for obj in [f, f.raw, io.StringIO(), io.BytesIO(), io.TextIOWrapper(io.BytesIO())]:
    for name, args, kw in [('write', (), {}), ('read', (1, 2), {}), ('seek', (), {}),
                           ('readline', (1, 2), {}), ('tell', (1,), {}), ('read', (), {'size': 1})]:
        attempt('%s.%s' % (type(obj).__name__, name), getattr(obj, name), *args, **kw)
f.close()
remove(NAME)
