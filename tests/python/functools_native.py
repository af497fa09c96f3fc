# _functools: partial, reduce, cmp_to_key and _lru_cache_wrapper, used directly.
import _functools
from _functools import partial, reduce, cmp_to_key, _lru_cache_wrapper
import copy

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

def f(*args, **kw):
    return args, kw

# partial
p = partial(f, 1, 2, a=3)
print(p(4, b=5), p(a=9))
print(p.func is f, p.args, p.keywords, type(p).__name__, type(p).__module__)
print(repr(p).replace(hex(id(f)), 'ADDR'))
q = partial(p, 5, c=6)
print(q.func is f, q.args, q.keywords, q())
p.attr = 1
r = partial(p, 7)
print(r.func is p, r.args, r.attr if hasattr(r, 'attr') else 'no attr', p.__dict__)
show(partial)
show(partial, 5)
show(lambda: partial(func=f))
print(partial(int, base=2)('101'), partial(max, key=len)(['a', 'bbb', 'cc']))
print(partial(f)())
red = q.__reduce__()
print(red[0] is partial, red[1][0] is f, red[2][1:])
n = partial.__new__(partial, len)
n.__setstate__((f, (1,), {'k': 2}, {'d': 3}))
print(n(), n.d, n.args, n.keywords)
n.__setstate__((f, (8,), None, None))
print(n(), n.args, n.keywords, n.__dict__)
show(n.__setstate__, (f,))
show(n.__setstate__, [f, (), {}, None])
show(n.__setstate__, (5, (), {}, None))
show(n.__setstate__, (f, (), [], None))
c = copy.copy(q); print(c(), c is q)
dc = copy.deepcopy(partial(f, [1])); print(dc())
try:
    p.func = len
except AttributeError:
    print('AttributeError func')
class MyPartial(partial):
    pass
mp = MyPartial(f, 1)
print(repr(mp).replace(hex(id(f)), 'ADDR'), mp(2), type(mp).__name__)
rec = partial(f)
rec.__setstate__((f, (rec,), {}, None))
print(repr(rec).replace(hex(id(f)), 'ADDR'))
print(repr(partial(f, 'x', k='v', z=[1])).replace(hex(id(f)), 'ADDR'))
class A:
    m = partial(f, 'bound?')
print(A().m())
print(partial[int])
def kwonly(*, x):
    return x
print(partial(kwonly, x=1)(x=2))
show(partial(kwonly, x=1), 3)

# reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [], 10), reduce(operator.mul, range(1, 6), 1))
print(reduce(lambda a, b: a + b, ['a', 'b', 'c']), reduce(operator.add, [5]))
show(reduce, operator.add, [])
show(reduce, operator.add, 5)
show(reduce, operator.add)
show(reduce, operator.add, [1], 2, 3)
show(lambda: reduce(operator.add, [1], initial=3))
def bad(a, b):
    raise ValueError('boom')
show(reduce, bad, [1, 2])

# cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
key = cmp_to_key(cmp)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), type(key).__name__)
k1, k2 = key(1), key(2)
print(k1 < k2, k1 > k2, k1 == k2, k1 <= k1, k1 >= k2, k1 != k2, k1.obj)
show(lambda: k1 < 5)
try:
    hash(k1)
except TypeError:
    print("TypeError unhashable")
show(key)
show(key, 1, 2)
print(key(obj=7).obj)
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))

# _lru_cache_wrapper
class CacheInfo(tuple):
    def __new__(cls, *a):
        return tuple.__new__(cls, a)
    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % self
calls = []
def sq(x, y=0):
    calls.append(x)
    return x * x + y
c = _lru_cache_wrapper(sq, 2, False, CacheInfo)
print(c(1), c(2), c(1), c(3), c(2), c(1))
print(c.cache_info(), calls)
c.cache_clear(); print(c.cache_info())
print(c(2, y=1), c(2, y=1), c(y=1, x=2), c.cache_info())
u = _lru_cache_wrapper(sq, None, False, CacheInfo)
for i in [1, 2, 1, 1, 3, 2]:
    u(i)
print(u.cache_info())
z = _lru_cache_wrapper(sq, 0, False, CacheInfo)
z(1); z(1); print(z.cache_info())
neg = _lru_cache_wrapper(sq, -5, False, CacheInfo); neg(1); neg(1); print(neg.cache_info())
t = _lru_cache_wrapper(sq, 10, True, CacheInfo)
t(1); t(1.0); t(1); print(t.cache_info())
nt = _lru_cache_wrapper(sq, 10, False, CacheInfo)
nt(1); nt(1.0); nt(True); print(nt.cache_info())
show(_lru_cache_wrapper, 5, 1, False, CacheInfo)
show(_lru_cache_wrapper, sq, 'x', False, CacheInfo)
show(_lru_cache_wrapper, sq, 1, False)
show(u, [1])
print(type(c).__name__, type(c).__module__)
def fib(n):
    return n if n < 2 else fibc(n - 1) + fibc(n - 2)
fibc = _lru_cache_wrapper(fib, None, False, CacheInfo)
print(fibc(80), fibc.cache_info())
fibd = _lru_cache_wrapper(fib, 3, False, CacheInfo)
fibc = fibd
print(fibd(60), fibd.cache_info())
class K:
    def __init__(self):
        self.n = 0
    def meth(self, x):
        self.n += 1
        return (self.n, x)
    meth = _lru_cache_wrapper(meth, 8, False, CacheInfo)
k = K()
print(k.meth(1), k.meth(1), k.meth(2), K.meth.cache_info())
print(K.meth.__get__(None, K) is K.meth, copy.copy(c) is c, copy.deepcopy(c) is c)
c.__qualname__ = 'sq'
print(c.__reduce__())
c.__wrapped__ = sq
print(c.__wrapped__ is sq, c.__dict__.keys())
def raiser(x):
    raise KeyError(x)
rc = _lru_cache_wrapper(raiser, 4, False, CacheInfo)
show(rc, 1); print(rc.cache_info())
def kw(**k):
    return sorted(k.items())
kc = _lru_cache_wrapper(kw, 5, False, CacheInfo)
print(kc(a=1, b=2), kc(b=2, a=1), kc(a=1, b=2), kc.cache_info())

# recursion through the wrapper counts against the recursion limit as in CPython
def deep(k):
    return 0 if k == 0 else deepc(k - 1) + 1
deepc = _lru_cache_wrapper(deep, None, False, CacheInfo)
for n in (300, 497, 498, 499, 600):
    deepc.cache_clear()
    try:
        print(n, deepc(n))
    except RecursionError as e:
        print(n, 'RecursionError', e)
