# _collections.defaultdict, _count_elements and _tuplegetter (used directly; Counter
# and namedtuple build on them).
from _collections import defaultdict, _count_elements, _tuplegetter
import copy

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

d = defaultdict(list)
d['a'].append(1); d['a'].append(2); d['b'].append(3)
print(d, isinstance(d, dict), type(d).__name__, type(d).__module__, len(d))
print(d['zz'], 'zz' in d, d.get('yy'), 'yy' in d)
print(d.default_factory, sorted(d.keys()), list(d.items()))
n = defaultdict()
print(n, n.default_factory)
show(n.__getitem__, 'x')
n2 = defaultdict(None, {'a': 1}, b=2)
print(n2, n2['a'], n2['b'])
show(defaultdict, 5)
show(defaultdict, 'notcallable')
i = defaultdict(int, [('x', 1)])
i['x'] += 1; i['y'] += 5
print(i, i.__missing__('q'), i)
i.default_factory = lambda: 'L'
print(i['new'], i['new'])
print(repr(defaultdict(lambda: 1))[:30])
c = i.copy(); print(type(c).__name__, c == i, c is i, c.default_factory is i.default_factory)
c2 = copy.copy(i); print(type(c2).__name__, c2 == i)
dd = defaultdict(list, {'k': [1]})
dc = copy.deepcopy(dd); dc['k'].append(2); print(dd, dc)
r = dd.__reduce__()
print(r[:4], list(r[4]))
print(defaultdict().__reduce__()[:4])
u = defaultdict(int, {'a': 1}) | {'b': 2}
print(u, type(u).__name__)
u2 = {'z': 0} | defaultdict(str, {'a': 1})
print(u2, type(u2).__name__)
u3 = defaultdict(int, {'a': 1}); u3 |= {'c': 3}; print(u3)
try:
    defaultdict(int) | 5
except TypeError:
    print('TypeError')
rec = defaultdict(list)
class F:
    def __call__(self):
        return 0
    def __repr__(self):
        return 'F(' + repr(rec) + ')'
rec.default_factory = F()
rec['a']
print(repr(rec))
class Sub(defaultdict):
    def __missing__(self, key):
        return 'sub-' + key
s = Sub(int)
print(s['k'], s, dict(s))
class Sub2(defaultdict):
    pass
s2 = Sub2(list, a=[1])
print(s2, s2['b'], s2.copy(), type(s2.copy()).__name__)
print(defaultdict(int) == {}, defaultdict(int, a=1) == {'a': 1})
try:
    defaultdict(int).foo = 1
except AttributeError as e:
    print('AttributeError')
print(defaultdict[int, str])
g = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    g[k].append(v)
print(g, g.pop('a'), g.setdefault('q', 9), g)

# _count_elements
counts = {}
_count_elements(counts, 'abracadabra')
print(counts)
class M(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
m = M(a=10)
_count_elements(m, 'ab')
print(m)
show(_count_elements, {}, 5)
show(_count_elements, {})

# _tuplegetter
class P(tuple):
    __slots__ = ()
    x = _tuplegetter(0, 'Alias for field number 0')
    y = _tuplegetter(1, 'the y')
p = P((3, 4))
print(p.x, p.y, P.x.__doc__, P.y.__doc__, type(P.x).__name__)
P.x.__doc__ = 'changed'
print(P.x.__doc__)
show(setattr, p, 'x', 5)
show(delattr, p, 'x')
print(P.x.__reduce__())
show(P.x.__get__, 5)
print(P.x.__get__(None, P) is P.x)
q = P((1,))
show(getattr, q, 'y')
