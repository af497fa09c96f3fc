# open() in every mode: text and binary types, seek/tell, truncate, append, x-mode,
# newline translation on read and write, encodings and error handlers.
import io

NAME = '_io_test_open_modes.txt'


def remove(name):
    try:
        import os
    except ImportError:
        return
    os.remove(name)


def show(label, f):
    print(label, type(f).__name__, f.mode, f.readable(), f.writable(), f.seekable())


with open(NAME, 'w') as f:
    show('w', f)
    print(f.write('line one\nline two\n'), f.tell())
    print(f.closed)
print(f.closed)

with open(NAME, 'r') as f:
    show('r', f)
    print(repr(f.read()))
    print(f.tell(), repr(f.read()))

with open(NAME, 'a') as f:
    show('a', f)
    print(f.tell())
    f.write('line three\n')

with open(NAME, 'rb') as f:
    show('rb', f)
    data = f.read()
    print(type(data).__name__, data)

with open(NAME, 'r+') as f:
    show('r+', f)
    print(repr(f.readline()))
    pos = f.tell()
    print(pos)
    f.seek(0)
    f.write('LINE')
    f.seek(0)
    print(repr(f.read()))

with open(NAME, 'w+') as f:
    show('w+', f)
    print(repr(f.read()))
    f.write('abc\ndef\n')
    f.seek(0)
    print(f.readlines())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(repr(f.read()))

with open(NAME, 'a+') as f:
    show('a+', f)
    f.write('xyz')
    f.seek(0)
    print(repr(f.read()))

with open(NAME, 'wb') as f:
    show('wb', f)
    print(f.write(b'\x00\x01\x02binary'), f.tell())
    print(f.write(bytearray(b'!')), f.write(memoryview(b'?')))

with open(NAME, 'rb+') as f:
    show('rb+', f)
    print(f.read(3), f.tell())
    print(f.seek(-2, 2), f.read())
    print(f.seek(1), f.seek(2, 1), f.read(2))
    f.seek(0)
    f.write(b'ZZ')
    f.seek(0)
    print(f.read())
    print(f.truncate(5))
    f.seek(0)
    print(f.read())

with open(NAME, 'ab') as f:
    show('ab', f)
    f.write(b'++')
with open(NAME, 'rb') as f:
    print(f.read())

with open(NAME, 'rb', buffering=0) as f:
    show('rb0', f)
    print(f.read(2), f.readall())

try:
    open(NAME, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    open(NAME, 'xb')
except OSError as e:
    print(type(e).__name__, e.strerror)

# Newline translation on write.
for nl in [None, '', '\n', '\r\n', '\r']:
    with open(NAME, 'w', newline=nl) as f:
        f.write('a\nb\r\nc\rd')
    with open(NAME, 'rb') as f:
        print('write newline=%r' % (nl,), f.read())

# Newline translation on read.
with open(NAME, 'wb') as f:
    f.write(b'one\ntwo\r\nthree\rfour\r\n\rfive')
for nl in [None, '', '\n', '\r\n', '\r']:
    with open(NAME, newline=nl) as f:
        lines = list(f)
        print('read newline=%r' % (nl,), lines, f.newlines)
    with open(NAME, newline=nl) as f:
        print('  read()', repr(f.read()))
    with open(NAME, newline=nl) as f:
        print('  read(5)', repr(f.read(5)), repr(f.readline()), repr(f.readline(3)))

# Encodings and error handlers.
text = 'caf\xe9 \u20ac \U0001f600'
for enc in ['utf-8', 'utf8', 'UTF-8', 'utf-8-sig']:
    with open(NAME, 'w', encoding=enc) as f:
        print(enc, f.encoding, f.errors, f.write(text))
    with open(NAME, 'rb') as f:
        print(' ', f.read())
    with open(NAME, encoding=enc) as f:
        print(' ', ascii(f.read()))

with open(NAME, 'w', encoding='latin-1') as f:
    f.write('caf\xe9 \xff')
with open(NAME, 'rb') as f:
    print('latin-1', f.read())
with open(NAME, encoding='iso-8859-1') as f:
    print(ascii(f.read()))

for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    try:
        with open(NAME, 'w', encoding='ascii', errors=errors) as f:
            f.write('a\xe9b\u20acc')
        with open(NAME, 'rb') as f:
            print('encode', errors, f.read())
    except UnicodeEncodeError as e:
        print('encode', errors, type(e).__name__, e)

with open(NAME, 'wb') as f:
    f.write(b'ok\xff\xfeend\n\xc3\xa9')
for errors in ['strict', 'ignore', 'replace', 'surrogateescape', 'backslashreplace']:
    try:
        with open(NAME, encoding='utf-8', errors=errors) as f:
            print('decode', errors, ascii(f.read()))
    except UnicodeDecodeError as e:
        print('decode', errors, type(e).__name__, e)
try:
    with open(NAME, encoding='ascii') as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)

# surrogateescape round trip
with open(NAME, 'rb') as f:
    raw = f.read()
with open(NAME, encoding='utf-8', errors='surrogateescape') as f:
    s = f.read()
with open(NAME, 'w', encoding='utf-8', errors='surrogateescape') as f:
    f.write(s)
with open(NAME, 'rb') as f:
    print('round trip', f.read() == raw)

# tell/seek cookies round-trip over multi-byte text.
with open(NAME, 'w', encoding='utf-8') as f:
    f.write('\xe9t\xe9\nna\xefve\r\n\u20ac\u20ac\nend\n')
with open(NAME, encoding='utf-8') as f:
    cookies = []
    while True:
        c = f.tell()
        line = f.readline()
        if not line:
            break
        cookies.append((c, line))
    print(cookies)
    for c, line in reversed(cookies):
        f.seek(c)
        print(c, ascii(f.readline()) == ascii(line))
    f.seek(0)
    print(ascii(f.read(2)), f.tell(), ascii(f.read(3)), f.tell())
    print(f.seek(0, 2), repr(f.read()))

# bytes, int, PathLike paths
class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


with open(NAME.encode(), 'w') as f:
    print(f.name, f.write('bytes path'))
with open(P(NAME)) as f:
    print(type(f.name).__name__, f.read())
fd_file = open(NAME, 'rb')
with open(fd_file.fileno(), 'rb', closefd=False) as f:
    print(f.name == fd_file.fileno(), f.read(5))
print(fd_file.closed, fd_file.read())
fd_file.close()

# encoding="locale", buffering=1 (line buffered), write_through
with open(NAME, 'w', encoding='locale', buffering=1) as f:
    print(f.line_buffering, f.write_through)
    f.write('abc\n')
    with open(NAME) as g:
        print(repr(g.read()))

# a file left open is closed (and flushed) when its last reference goes
f = open(NAME, 'w')
f.write('flushed on release')
del f
with open(NAME) as f:
    print(f.read())

remove(NAME)
