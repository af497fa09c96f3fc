# collections and functools from CPython's Lib on the native _collections/_functools:
# Counter, namedtuple, deque/defaultdict re-exports, OrderedDict, lru_cache, partial.
import collections
import functools
import copy
from collections import Counter, namedtuple, deque, defaultdict, OrderedDict

c = Counter('abracadabra')
print(c, c.most_common(3), c['zzz'], c.total())
c.update(['a', 'z']); c.subtract('b')
print(sorted(c.items()), list(c.elements())[:6])
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3) - Counter(a=5), Counter(a=2) | Counter(a=3, b=1), Counter(a=2, b=2) & Counter(a=1))
print(repr(Counter()), Counter({'x': 2}) == Counter(x=2), +Counter(a=-1, b=2))

Point = namedtuple('Point', ['x', 'y'], defaults=[0])
p = Point(1)
print(p, p.x, p.y, p._fields, p._field_defaults, p._asdict(), p._replace(y=9), Point._make([3, 4]))
print(Point.x.__doc__, type(Point.x).__name__, Point.__doc__, Point.__module__)
try:
    p.x = 2
except AttributeError as e:
    print('AttributeError', e)
print(copy.copy(p), copy.deepcopy(p), p == (1, 0), hash(p) == hash((1, 0)))
x, y = p
print(x, y, Point(y=5, x=1), len(p), p[0], p[-1])
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
R = namedtuple('R', 'a b c', rename=False)
print(R(1, 2, 3), R.__new__.__doc__)
print(deque is collections.deque, defaultdict is collections.defaultdict)
d = defaultdict(Counter)
d['x']['y'] += 1
print(d)
od = OrderedDict.fromkeys('abc')
od.move_to_end('a'); od.popitem(last=False)
print(od, list(reversed(od)))

@functools.lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info(), fib.cache_parameters(), fib.__name__, fib.__doc__, fib.__wrapped__.__name__)
fib.cache_clear(); print(fib.cache_info())
@functools.cache
def sq(x):
    """Square."""
    return x * x
print([sq(i % 3) for i in range(6)], sq.cache_info(), sq.__doc__)
@functools.lru_cache(typed=True)
def ty(x):
    return type(x).__name__
print(ty(1), ty(1.0), ty(True), ty.cache_info())
class C:
    @functools.lru_cache()
    def m(self, v):
        return v + 1
print(C().m(1), C.m.cache_info().misses)
p2 = functools.partial(int, base=16)
print(p2('ff'), repr(p2), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]))
print(sorted(['b', 'a', 'c'], key=functools.cmp_to_key(lambda a, b: (a < b) - (a > b))))
@functools.wraps(fib)
def wrapper(*a):
    return fib(*a)
print(wrapper.__name__, wrapper(10))
pm = functools.partialmethod(lambda self, a, b: (a, b), 1)
class D:
    meth = pm
print(D().meth(2))
