# TextIOWrapper details: reconfigure, tell during iteration, detach, line buffering,
# chunk boundaries, BOMs, tell/seek cookies on small chunks, newlines record.
import io

# reconfigure
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding='ascii')
t.write('a\n')
t.reconfigure(newline='\r\n', line_buffering=True)
print(t.line_buffering, t.encoding, t.errors)
t.write('b\n')
print(raw.getvalue())
t.reconfigure(encoding='latin-1', errors='replace')
t.write('\xe9\n')
print(t.encoding, t.errors, raw.getvalue())
t.reconfigure(errors='ignore')
print(t.encoding, t.errors)
try:
    t.reconfigure(newline='x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.reconfigure('utf-8')
except TypeError as e:
    print(type(e).__name__)

# tell is disabled while iterating
t = io.TextIOWrapper(io.BytesIO(b'one\ntwo\nthree\n'), encoding='utf-8')
for line in t:
    try:
        t.tell()
    except OSError as e:
        print(repr(line), type(e).__name__, e)
        break
print(repr(t.readline()))
for line in t:
    pass
print(t.tell())

# small chunks: lines and multi-byte characters crossing chunk boundaries
data = ('\u20ac' * 3 + '\r\n' + 'x\r' + '\ny\u00e9\n' * 3 + 'end').encode('utf-8')
for size in [1, 2, 3, 5, 8]:
    t = io.TextIOWrapper(io.BytesIO(data), encoding='utf-8')
    t._CHUNK_SIZE = size
    lines = t.readlines()
    t.seek(0)
    positions = []
    while True:
        c = t.tell()
        line = t.readline()
        if not line:
            break
        positions.append(c)
    back = []
    for c in positions:
        t.seek(c)
        back.append(t.readline())
    print(size, ascii(lines) == ascii(back), positions, t._CHUNK_SIZE)
    t.seek(0)
    print(ascii(t.read(4)), t.tell(), ascii(t.read(2)), t.tell())

# tell/seek with newline='' and '\r'
for nl in ['', '\r', '\r\n', '\n']:
    t = io.TextIOWrapper(io.BytesIO(b'a\rb\r\nc\nd'), encoding='ascii', newline=nl)
    out = []
    while True:
        c = t.tell()
        line = t.readline()
        if not line:
            break
        out.append((c, line))
    back = []
    for c, line in out:
        t.seek(c)
        back.append(t.readline() == line)
    print(repr(nl), [line for c, line in out], back, [c for c, line in out] if nl else None)

# utf-8-sig: BOM skipped on read, written once
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding='utf-8-sig')
t.write('a')
t.write('b')
t.flush()
print(raw.getvalue())
t.seek(0)
print(repr(t.read()), t.tell())
t = io.TextIOWrapper(io.BytesIO(b'\xef\xbb\xbfline1\nline2\n'), encoding='utf-8-sig')
print(t.tell(), repr(t.readline()), t.tell(), repr(t.readline()))
t.seek(0)
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b'\xef\xbb\xbfx'), encoding='utf-8')
print(ascii(t.read()))

# detach and the buffer attribute
raw = io.BytesIO(b'data')
t = io.TextIOWrapper(raw, encoding='utf-8')
print(t.buffer is raw, t.read(2))
b = t.detach()
print(b is raw, b.read())
try:
    t.buffer
except ValueError as e:
    print(type(e).__name__, e)

# newlines record
t = io.TextIOWrapper(io.BytesIO(b'a\nb\r\nc\rd'), encoding='ascii')
print(t.newlines)
t.readline()
print(repr(t.newlines))
t.read()
print(t.newlines)
t = io.TextIOWrapper(io.BytesIO(b'a\r\nb'), encoding='ascii', newline='\n')
t.read()
print(t.newlines)

# write without translation, errors attribute, name missing
t = io.TextIOWrapper(io.BytesIO(), encoding='ascii', errors='xmlcharrefreplace', newline='')
print(t.write('\u20ac\r\n'), t.errors)
t.flush()
print(t.buffer.getvalue())
try:
    t.name
except AttributeError as e:
    print(type(e).__name__)
print(repr(t))
t.close()
print(t.closed)
try:
    t.write('x')
except ValueError as e:
    print(type(e).__name__, e)

# read with size counts characters
t = io.TextIOWrapper(io.BytesIO('\u00e9\u00e9\u00e9abc'.encode()), encoding='utf-8')
print(ascii(t.read(2)), ascii(t.read(0)), ascii(t.read(100)), ascii(t.read()))
t = io.TextIOWrapper(io.BytesIO(b'abc\ndef'), encoding='utf-8')
print(repr(t.readline(2)), repr(t.readline(0)), repr(t.readline(-1)))
try:
    t.readline(None)
except TypeError as e:
    print(type(e).__name__, e)

# print to a text file object
buf = io.StringIO()
print('x', 1, sep='-', end='!\n', file=buf)
t = io.TextIOWrapper(io.BytesIO(), encoding='utf-8')
print('to wrapper', file=t)
t.flush()
print(t.buffer.getvalue())

# instances carry a __dict__ (open() stores the text mode there)
NAME = '_io_test_textio.txt'
f = open(NAME, 'w')
f.note = 'x'
f.buffer.note = 'y'
f.buffer.raw.note = 'z'
print(sorted(f.__dict__.items()), f.buffer.note, f.buffer.raw.note)
s = io.StringIO()
s.attr = 1
print(s.__dict__)
f.close()
try:
    import os
except ImportError:
    pass
else:
    os.remove(NAME)
