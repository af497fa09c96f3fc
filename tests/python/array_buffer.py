# array.array and the buffer protocol: memoryview, bytes(), struct.pack_into, readinto,
# recv_into, and the BufferError while a view is exported.
import array
import io
import operator
import socket
import struct
import weakref
import gc

a = array.array('i', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.shape, m.readonly, m.tolist(), m.obj is a)
m[0] = 100
print(a, bytes(a), bytearray(array.array('B', [1, 2])))
print(memoryview(array.array('d', [0.5])).tolist(), memoryview(array.array('u', 'x')).format)
print(m.cast('B').tolist()[:4], m[1:].tolist())
for op in [lambda: a.append(4), lambda: a.extend([4]), lambda: a.pop(),
           lambda: a.remove(2), lambda: a.frombytes(b'\0' * 4), lambda: a.fromlist([1]),
           lambda: operator.imul(a, 2), lambda: operator.imul(a, 0),
           lambda: operator.delitem(a, 0), lambda: operator.delitem(a, slice(0, 1)),
           lambda: operator.setitem(a, slice(0, 0), a), lambda: a.insert(0, 5)]:
    try:
        op()
        print('resized', a)
    except BufferError as e:
        print('BufferError:', e)
a[0] = 1
a[0:2] = array.array('i', [5, 6])
a.reverse()
print(a, m.tolist())
m.release()
a.append(4)
print(a)
with memoryview(a) as v:
    s = v[1:3]
    v.release()
    try:
        a.append(5)
    except BufferError as e:
        print('slice view still exports:', e)
    s.release()
a.append(5)
print(a)

b = array.array('B', bytes(8))
struct.pack_into('<HI', b, 1, 0x1234, 0xdeadbeef)
print(b, struct.unpack_from('<HI', b, 1), struct.unpack('<HI', bytes(b[1:7])))
f = io.BytesIO(b'abcdefgh')
c = array.array('B', bytes(4))
print(f.readinto(c), c)
print(io.BufferedReader(io.BytesIO(b'xyz')).readinto(c), c)
h = array.array('h', [0, 0])
print(io.BytesIO(b'\x01\x00\x02\x00').readinto(h), h)

s1, s2 = socket.socketpair()
s1.sendall(b'\x01\x02\x03')
r = array.array('B', bytes(5))
print(s2.recv_into(r), r)
s1.close()
s2.close()

w = array.array('d', [1.0])
ref = weakref.ref(w)
print(ref() is w)
del w
gc.collect()
print(ref())

with open(__file__, 'rb') as fh:
    t = array.array('B')
    t.fromfile(fh, 3)
    print(t.tobytes())
    try:
        t.fromfile(fh, 10**6)
    except EOFError as e:
        print('EOFError:', e, len(t) > 3)
bio = io.BytesIO()
array.array('h', [1, -1]).tofile(bio)
print(bio.getvalue())
