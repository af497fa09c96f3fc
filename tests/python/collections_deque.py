# _collections.deque: methods, maxlen, iteration guards, comparisons, operators,
# repr (recursive), pickling support, subclassing and errors.
from _collections import deque
import copy

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

d = deque()
print(d, len(d), bool(d), d.maxlen)
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), bool(d))
print(d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); d.rotate(100); print(d)
d.rotate(-101); print(d)
print(d.count(2), d.count(99))
print(d.index(3), d.index(5, 2), d.index(-2, -8, -1))
show(d.index, 99)
show(d.index, 3, 5)
show(d.index, 3, 0, 2)
d.insert(2, 'x'); d.insert(-1, 'y'); d.insert(100, 'z'); d.insert(-100, 'w')
print(d)
d.remove('x'); print(d)
show(d.remove, 'nope')
d.reverse(); print(d)
print(d[0], d[-1], d[3])
show(d.__getitem__, 100)
show(d.__getitem__, -100)
show(d.__getitem__, 'a')
show(d.__getitem__, slice(1, 2))
d[0] = 'first'; d[-1] = 'last'; print(d)
show(d.__setitem__, 50, 1)
del d[1]; del d[-2]; print(d)
show(d.__delitem__, 50)
c = d.copy(); print(c, c == d, c is d)
d.clear(); print(d, len(d))
show(deque().pop)
show(deque().popleft)

# maxlen
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10); print(m)
m.appendleft(-1); print(m)
m.extend([20, 21]); print(m)
m.extendleft([30, 31, 32, 33]); print(m)
show(m.insert, 0, 'x')
z = deque(maxlen=0); z.append(1); z.extend([1, 2]); print(z, z.maxlen)
show(deque, [], -1)
show(deque, [], 'a')
show(lambda: deque([], maxlen=None))
show(deque, 5)
show(deque, [1], 2, 3)
show(lambda: deque(iterable=[1, 2], maxlen=1))
show(lambda: deque(foo=1))
m2 = deque([1, 2], 5)
m2.insert(0, 0); print(m2)
print(deque(maxlen=2).maxlen)

# iteration guards
d = deque([1, 2, 3])
it = iter(d)
print(next(it))
d.append(4)
show(next, it)
it = reversed(d)
print(next(it), list(it))
it = iter(d); d.popleft()
show(list, it)
d = deque([1, 2, 3])
it = iter(d); d[0] = 9
print(list(it))
print(list(reversed(deque('abc'))), iter(deque()).__length_hint__(), iter(deque([1, 2])).__length_hint__())
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)

# comparisons
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == deque([1, 2, 3]))
print(a == [1, 2, 3], deque() < deque([1]), deque([1, 2]) < deque([1]))
for f in [lambda: a < [1, 2], lambda: hash(a), lambda: setattr(m2, 'maxlen', 3)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__)

# operators
print(a + b, a * 2, 2 * a, a * 0, a * -1)
show(lambda: a + [1])
e = deque([1]); e += [2, 3]; print(e)
e *= 2; print(e)
e += e; print(e)
mm = deque([1, 2, 3], maxlen=4); print(mm + deque([4, 5]), (mm * 3), (mm + deque([4, 5])).maxlen)
mm *= 2; print(mm)
print(3 in a, 7 in a, len(a), bool(deque()))

# repr, recursion
r = deque([1, 'a', None])
r.append(r)
print(r)
print(deque([1], maxlen=5), deque('ab', 2))
class Sub(deque):
    pass
s = Sub([1, 2], 3)
print(s, type(s).__name__, isinstance(s, deque), s.maxlen)
s.attr = 5
print(s.attr, s + s, type(s + s).__name__, type(s.copy()).__name__, copy.copy(s), type(copy.copy(s)).__name__)
print(repr(Sub()))

# pickling support
def red(x):
    r = x.__reduce__()
    print(r[:3], type(r[3]).__name__, list(r[3]))
red(deque([1, 2]))
red(deque([1, 2], 3))
red(s)
red(Sub())
print(copy.deepcopy(deque([[1], [2]], 4)))
print(deque[int], deque.__class_getitem__(str))

# other
d = deque('abcdef')
del d[0]
print(d, d.index('f'))
print(deque(d), deque(x for x in range(3)))
d.__init__([9, 8]); print(d)
d.__init__('xy', 1); print(d, d.maxlen)
big = deque(range(200))
big.rotate(73); print(big[0], big[199], big[100])
big.rotate(-150); print(big[0], big[-1])
for i in range(100):
    big.popleft(); big.append(i)
print(sum(big), big[0], big[-1], len(big))
class Bad:
    def __eq__(self, other):
        dd.clear()
        return False
dd = deque([Bad(), 1, 2])
show(dd.count, 5)
dd = deque([Bad(), 1, 2])
show(dd.index, 5)
dd = deque([Bad(), 1, 2])
show(dd.remove, 5)
dd = deque([Bad(), 1, 2])
show(dd.__contains__, 5)
print(deque([1, 2, 3]).__copy__(), deque.__name__, deque.__module__)
show(deque.append)
show(deque().append)
show(deque().rotate, 'x')
show(deque().insert, 'a', 1)
