# _struct: every format character, byte orders, alignment, errors, iter_unpack, Struct.
import _struct as struct

def show(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for fmt in ['x', 'c', 'b', 'B', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q',
            'n', 'N', 'e', 'f', 'd', 's', 'p', 'P', '3s', '10p', '0s', '5x']:
    for pre in ['', '@', '=', '<', '>', '!']:
        show(struct.calcsize, pre + fmt)

for fmt in ['bi', 'ci', 'hq', 'iq', 'bd', 'bh', 'qb', 'bP', 'b3sq', '?e', 'bef', 'c0i',
            '<bi', '=hq', 'b 3h', ' i', 'i ', '2i3c', '0q', 'xi', '3x4i']:
    show(struct.calcsize, fmt)

# integers
for fmt in 'bBhHiIlLqQnN':
    for pre in ['', '<', '>', '=']:
        if pre and fmt in 'nN':
            continue
        for v in [0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 32768, -32768, -32769,
                  65535, 65536, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32,
                  2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64]:
            try:
                b = struct.pack(pre + fmt, v)
                print(pre + fmt, v, b.hex(), struct.unpack(pre + fmt, b))
            except Exception as e:
                print(pre + fmt, v, type(e).__name__, e)

class Idx:
    def __index__(self):
        return 7
class NoIdx:
    pass
for fmt in ['i', '<i', 'Q', '>q', 'P', 'n']:
    show(struct.pack, fmt, Idx())
    show(struct.pack, fmt, NoIdx())
    show(struct.pack, fmt, 1.5)
    show(struct.pack, fmt, '1')
    show(struct.pack, fmt, True)

# P
show(struct.pack, 'P', 0)
show(struct.pack, 'P', 123456)
show(struct.unpack, 'P', struct.pack('P', 123456))

# bool and chars
for v in [0, 1, 2, [], [1], None, '']:
    show(struct.pack, '?', v)
show(struct.unpack, '????', b'\x00\x01\x02\xff')
show(struct.pack, 'c', b'a')
show(struct.pack, 'c', b'ab')
show(struct.pack, 'c', 'a')
show(struct.pack, 'c', bytearray(b'a'))
show(struct.pack, '3c', b'a', b'b', b'c')
show(struct.unpack, '3c', b'xyz')

# strings
for fmt in ['s', '0s', '1s', '3s', '5s', 'p', '1p', '2p', '5p', '300p']:
    for v in [b'', b'abc', b'abcdefgh', bytearray(b'xy')]:
        try:
            b = struct.pack(fmt, v)
            print(fmt, v, b[:20], len(b), struct.unpack(fmt, b))
        except Exception as e:
            print(fmt, v, type(e).__name__, e)
show(struct.pack, '3s', 'abc')
show(struct.pack, '3p', 'abc')
show(struct.pack, '3s', 5)
show(struct.unpack, '5p', b'\x09abcd')
show(struct.unpack, '300p', b'\xff' + b'a' * 299)

# floats
for fmt in ['e', 'f', 'd']:
    for pre in ['', '<', '>']:
        for v in [0.0, -0.0, 1.0, -2.5, 0.1, 1/3, 65504.0, 65519.99, 65520.0, 1e-5, 6e-8,
                  2.9802322387695312e-08, 2.98023223876953125e-08, 5.960464477539063e-08,
                  1e-8, 3.4e38, 3.5e38, 1e300, float('inf'), float('-inf'), 7, 2**70,
                  1.0009765625, 1.00048828125, 1.00146484375]:
            try:
                b = struct.pack(pre + fmt, v)
                print(pre + fmt, v, b.hex(), struct.unpack(pre + fmt, b))
            except Exception as e:
                print(pre + fmt, v, type(e).__name__, e)
        b = struct.pack(pre + fmt, float('nan'))
        r = struct.unpack(pre + fmt, b)[0]
        print(pre + fmt, 'nan', r != r)
        show(struct.pack, pre + fmt, 'x')
        show(struct.pack, pre + fmt, None)
        show(struct.pack, pre + fmt, Idx())
# every half float bit pattern round-trips
ok = 0
for i in range(0, 65536, 7):
    b = i.to_bytes(2, 'little')
    v = struct.unpack('<e', b)[0]
    if v != v:
        continue
    if struct.pack('<e', v) == b:
        ok += 1
print('half roundtrip', ok)
# rounding between half values
import math
acc = []
for i in range(0, 2000, 3):
    x = i / 997.0 * 3.1
    acc.append(struct.pack('>e', x).hex())
    acc.append(struct.pack('<e', -x * 1e-4).hex())
print(' '.join(acc[:40]))
print(hash(tuple(acc)) == hash(tuple(acc)), len(set(acc)))
print(''.join(acc)[:300])

# mixed, alignment and padding
show(struct.pack, 'bi', 1, 2)
show(struct.pack, '<bi', 1, 2)
show(struct.pack, '>bi', 1, 2)
show(struct.pack, '!hxxq', 1, 2)
show(struct.pack, '@bhiq', 1, 2, 3, 4)
show(struct.pack, '@?d', True, 1.0)
show(struct.pack, 'b3x', 1)
show(struct.unpack, '@bhiq', struct.pack('@bhiq', 1, 2, 3, 4))
show(struct.pack, '2h2i', 1, 2, 3, 4)
show(struct.pack, '2h 2i', 1, 2, 3, 4)

# argument count and format errors
show(struct.pack, 'i')
show(struct.pack, 'i', 1, 2)
show(struct.pack, 'ii', 1)
show(struct.pack)
show(struct.pack, 5)
show(struct.pack, b'<h', 5)
show(struct.calcsize, 'y')
show(struct.calcsize, '<P')
show(struct.calcsize, '=n')
show(struct.calcsize, '3')
show(struct.calcsize, 'i3')
show(struct.calcsize, '99999999999999999999i')
show(struct.calcsize, 5)
show(struct.calcsize, b'ii')
show(struct.calcsize, '')
show(struct.unpack, 'i', b'abc')
show(struct.unpack, 'i', b'abcde')
show(struct.unpack, 'i', 'abcd')
show(struct.unpack, 'i', bytearray(b'abcd'))
show(struct.unpack, 'i', memoryview(b'xxabcd')[2:])
show(struct.unpack, 'i', 5)
show(struct.unpack, '', b'')

# unpack_from / pack_into
buf = bytearray(16)
show(struct.pack_into, '<hi', buf, 2, 1, -1)
print(buf.hex())
show(struct.pack_into, '<hi', buf, -6, 3, 4)
print(buf.hex())
show(struct.pack_into, '<hi', buf, -5, 3, 4)
show(struct.pack_into, '<hi', buf, 12, 3, 4)
show(struct.pack_into, '<hi', buf, -20, 3, 4)
show(struct.pack_into, '<hi', b'0123456789', 0, 3, 4)
show(struct.pack_into, '<hi', buf, 0, 3)
show(struct.pack_into, '<hi', buf)
show(struct.pack_into, '<hi')
show(struct.pack_into, '<hi', buf, 'x', 1, 2)
mv = memoryview(buf)
show(struct.pack_into, '>I', mv, 8, 0xdeadbeef)
print(buf.hex())
show(struct.unpack_from, '<hi', buf)
show(struct.unpack_from, '<hi', buf, 2)
show(lambda: struct.unpack_from('<hi', buf, offset=2))
show(struct.unpack_from, '<hi', buf, -6)
show(struct.unpack_from, '<hi', buf, -5)
show(struct.unpack_from, '<hi', buf, 11)
show(struct.unpack_from, '<hi', buf, -17)
show(struct.unpack_from, '<hi', b'ab', 0)
show(lambda: struct.unpack_from('<hi', buffer=bytes(6)))
show(lambda: struct.unpack_from('<hi', bytes(6), bad=1))

# iter_unpack
show(list, struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00'))
it = struct.iter_unpack('<hb', bytes(range(9)))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
show(struct.iter_unpack, '<h', b'abc')
show(struct.iter_unpack, '', b'abc')
show(struct.iter_unpack, 'i', 5)
print(type(it).__name__, type(it).__module__)

# Struct objects
s = struct.Struct('<hi3s')
print(s.format, s.size, type(s.format))
print(s.pack(1, 2, b'abc'))
print(s.unpack(s.pack(1, 2, b'abc')))
print(s.unpack_from(b'\x00' + s.pack(1, 2, b'abc'), 1))
print(list(s.iter_unpack(s.pack(1, 2, b'abc') * 2)))
b = bytearray(12)
s.pack_into(b, 1, 5, 6, b'xyz')
print(b)
s2 = struct.Struct(b'>q')
print(s2.format, s2.size)
show(struct.Struct)
show(struct.Struct, 5)
show(struct.Struct, 'z')
show(s.pack, 1)
show(s.unpack, b'')
print(type(s).__name__, type(s).__module__, struct.Struct.__name__)
class MyStruct(struct.Struct):
    pass
ms = MyStruct('ii')
print(ms.size, ms.pack(1, 2), isinstance(ms, struct.Struct))
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
try:
    struct.pack('b', 1000)
except struct.error as e:
    print('caught', e)
struct._clearcache()
print(struct.calcsize('i'))
print(s.__sizeof__() > 0)
