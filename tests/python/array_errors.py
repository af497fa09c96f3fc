# array.array: exception types and messages, as CPython reports them.
import array


def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)


for tc in 'bBhHiIlLqQ':
    a = array.array(tc)
    for v in [-1, 128, 256, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, -2**31 - 1, -2**63 - 1]:
        check(lambda: a.append(v))
    check(lambda: a.append(1.5))
    check(lambda: a.append('1'))
for tc in 'fd':
    check(lambda: array.array(tc, ['x']))
    check(lambda: array.array(tc, [None]))
check(lambda: array.array('u', [1]))
check(lambda: array.array('u', ['ab']))

check(lambda: array.array())
check(lambda: array.array('x'))
check(lambda: array.array('xx'))
check(lambda: array.array(1))
check(lambda: array.array('i', [], []))
check(lambda: array.array('i', spam=1))
check(lambda: array.array('i', None))
check(lambda: array.array('i', 10))
check(lambda: array.array('i', 'abc'))
check(lambda: array.array('i', array.array('u', 'a')))
check(lambda: array.array('H', b'123'))

a = array.array('i', [1, 2, 3])
check(lambda: a + array.array('d'))
check(lambda: a + [1])
check(lambda: a.__iadd__([1]))
check(lambda: a.extend(array.array('b')))
check(lambda: a * 'x')
check(lambda: a.index(9))
check(lambda: a.remove(9))
check(lambda: array.array('i').pop())
check(lambda: a.pop(10))
check(lambda: a[10])
check(lambda: a['x'])
check(lambda: a.__setitem__(10, 1))
check(lambda: a.__delitem__(-10))
check(lambda: a.__setitem__(slice(0, 1), [1]))
check(lambda: a.__setitem__(slice(0, 1), array.array('b', [1])))
check(lambda: a.__setitem__(slice(0, 3, 2), array.array('i', [1])))
check(lambda: a.frombytes(b'x'))
check(lambda: a.frombytes('x'))
check(lambda: a.fromlist(5))
check(lambda: a.fromlist([1, 'x']))
print(a)
check(lambda: a.fromunicode('a'))
check(lambda: a.tounicode())
check(lambda: array.array('u').fromunicode(5))
check(lambda: a.fromfile(open(__file__, 'rb'), -1))
check(lambda: a.insert(0, 'x'))
check(lambda: a.insert('x', 0))
check(lambda: a.append())
check(lambda: a.tobytes(1))
check(lambda: array.array('u', 'a') < array.array('i', [1]))
check(lambda: array.array('u', b'\xff\xff\xff\xff').tounicode())
check(lambda: array.array('u', b'\xff\xff\xff\xff')[0])
check(lambda: array.array('d', [-1]) * (2**62))
for bad in [lambda: a < [1], lambda: hash(a)]:
    try:
        bad()
    except TypeError:
        print('TypeError')

R = array._array_reconstructor
check(lambda: R('', 'b', 0, b''))
check(lambda: R(str, 'b', 0, b''))
check(lambda: R(array.array, 'b', '', b''))
check(lambda: R(array.array, 'b', 0, ''))
check(lambda: R(array.array, '?', 0, b''))
check(lambda: R(array.array, 'b', -1, b''))
check(lambda: R(array.array, 'b', 22, b''))
check(lambda: R(array.array, 'd', 16, b'a'))
check(lambda: R(array.array, 'i', 0))
