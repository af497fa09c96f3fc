# array.array: construction, items, slices, methods, repr, comparisons, pickling.
import array
import copy
import pickle

print(array.typecodes, array.ArrayType is array.array)
print(array.array, type(iter(array.array('b'))))

for tc in array.typecodes:
    a = array.array(tc)
    print(tc, a.typecode, a.itemsize, repr(a), len(a))

a = array.array('i', [1, 2, 3, 4, 5])
print(a, a[0], a[-1], a[1:3], a[::2], a[::-1], a[10:])
a[0] = 10
a[1:3] = array.array('i', [20, 30, 40])
print(a, len(a))
a[::2] = array.array('i', [7, 8, 9])
print(a)
del a[0]
del a[::2]
print(a)
a.append(6)
a.extend([7, 8])
a.extend(array.array('i', [9]))
a.insert(0, -1)
a.insert(-1, 100)
a.insert(1000, 200)
print(a, a.pop(), a.pop(0), a)
a.remove(100)
print(a, a.index(7), a.count(7), 7 in a, 99 in a)
a.reverse()
print(a, a.tolist())
b = array.array('i', [0, 0, 1, 0])
print(b.index(0, 1), b.index(0, -1), b.index(0, 2, 4))

print(array.array('u', 'hello'), array.array('u', 'hé\U0001f600').tounicode())
print(array.array('d', [1.5, -0.0, float('inf')]), array.array('f', [0.1]))
print(array.array('B', b'\x00\x7f\xff'), array.array('b', b'\x80'))
print(array.array('h', range(4)), array.array('Q', [2**64 - 1]), array.array('q', [-2**63]))
print(array.array('H', array.array('b', [1, 2])), array.array('l', (x * x for x in range(4))))

x = array.array('H', [1, 2, 256])
print(x.tobytes(), x.buffer_info()[1])
x.byteswap()
print(x)
y = array.array('H')
y.frombytes(b'\x01\x00\x02\x00')
y.fromlist([3, 4])
print(y)
u = array.array('u', 'ab')
u.fromunicode('cd')
print(u, u.tounicode())

p, q = array.array('i', [1, 2]), array.array('i', [1, 3])
print(p == q, p != q, p < q, p <= q, p > q, p >= q)
print(array.array('i', [1, 2]) == array.array('d', [1.0, 2.0]))
print(array.array('i', [1, 2]) < array.array('i', [1, 2, 0]))
n = array.array('d', [float('nan')])
print(n == n, n != n, n < n)
print(p + q, p * 3, 2 * p, p * 0)
r = p
r += q
r *= 2
print(r is p, p)

print(array.array('i', [1, 2]).__reduce_ex__(2))
print(array.array('i', [1, 2]).__reduce_ex__(4)[1])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for tc in 'bdu':
        init = 'xyz' if tc == 'u' else [1, 2, 3]
        c = array.array(tc, init)
        print(proto, tc, pickle.loads(pickle.dumps(c, proto)) == c)

class Sub(array.array):
    pass

s = Sub('i', [1, 2])
s.tag = 'x'
t = pickle.loads(pickle.dumps(s, 4))
print(repr(s), type(t).__name__, t.tag, t == s, type(s[:]).__name__, type(s + s).__name__)
print(copy.copy(s), copy.deepcopy(array.array('b', [1])))

it = iter(array.array('i', [1, 2, 3]))
next(it)
print(it.__reduce__()[2], list(pickle.loads(pickle.dumps(it))))
rv = reversed(array.array('i', [1, 2, 3]))
next(rv)
print(list(pickle.loads(pickle.dumps(rv))))

R = array._array_reconstructor
print(R(array.array, 'i', 8, b'\x01\x00\x00\x00'))
print(R(array.array, 'H', 0, b'\x01\x02'))
print(R(array.array, 'd', 17, b'?\xf0\x00\x00\x00\x00\x00\x00'))
print(R(array.array, 'u', 18, 'hi'.encode('utf-16-le')))
