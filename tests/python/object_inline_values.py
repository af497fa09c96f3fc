# Instance attributes kept as inline values (no dict object until one is needed), and the
# switch to a real __dict__: identity, mutation through it, deletion, many attributes,
# non-str keys, slots, builtin subclasses, __class__ assignment, gc and __del__.
import gc


class P:
    pass


class Q:
    pass


# Attributes set in different orders; attribute access after each.
a = P(); a.x = 1; a.y = 2; a.z = 3
b = P(); b.z = 3; b.y = 2; b.x = 1
c = P(); c.x = 10; c.y = 20
for o in (a, b, c, a, b, c):
    print(o.x, o.y, getattr(o, 'z', None))
print(list(vars(a)), list(vars(b)), list(vars(c)))


def read_all(objs):
    return [(o.x, o.y) for o in objs]


print(read_all([a, b, c, a, b, c]))

# __dict__ identity and mutation through it.
o = P(); o.k = 'k'
d = o.__dict__
print(d is o.__dict__, d is vars(o), d)
d['x'] = 1
print(o.x, o.__dict__)
o.y = 2
print(d, d is o.__dict__)
del d['x']
print(hasattr(o, 'x'), getattr(o, 'x', 'gone'))
d['x'] = 5
print(o.x)
o.x = 6
print(d['x'])
d.clear()
print(hasattr(o, 'k'), o.__dict__)
o.k = 1
print(d)

# __dict__ assignment.
e = P(); e.a = 1
nd = {'b': 2, 'c': 3}
e.__dict__ = nd
print(e.__dict__ is nd, hasattr(e, 'a'), e.b, e.c)
e.d = 4
print(nd)
try:
    e.__dict__ = [1]
except TypeError as exc:
    print('TypeError', exc)
del e.__dict__
print(e.__dict__, hasattr(e, 'b'))
e.z = 26
print(e.__dict__)

# del then re-add, last and non-last.
f = P(); f.a = 1; f.b = 2; f.c = 3
del f.c
print(f.__dict__ if False else (f.a, f.b, hasattr(f, 'c')))
f.c = 33
print(f.a, f.b, f.c, list(vars(f)))
g = P(); g.a = 1; g.b = 2; g.c = 3
del g.a
print(hasattr(g, 'a'), g.b, g.c)
g.a = 11
print(list(g.__dict__.items()))
try:
    del g.nope
except AttributeError as exc:
    print('AttributeError', exc)
try:
    g.missing
except AttributeError as exc:
    print('AttributeError', exc, exc.name, exc.obj is g)

# Many attributes (past any layout size).
m = P()
for i in range(100):
    setattr(m, 'attr%d' % i, i * i)
print(len(vars(m)), m.attr0, m.attr64, m.attr99, sum(getattr(m, 'attr%d' % i) for i in range(100)))
m.attr50 = -1
del m.attr51
print(m.attr50, hasattr(m, 'attr51'), len(m.__dict__))

# Non-str keys through __dict__.
n = P(); n.s = 's'
n.__dict__[1] = 'one'
n.__dict__[('t',)] = 'tuple'
print(n.s, sorted(map(repr, n.__dict__)))
n.after = True
print(n.after, n.__dict__[1])


class S(str):
    pass


n2 = P()
setattr(n2, S('sub'), 5)
print(n2.sub, getattr(n2, 'sub'), list(n2.__dict__))


# __slots__ and __dict__ mixes.
class Slotted:
    __slots__ = ('a', 'b')


class SlottedDict:
    __slots__ = ('a', '__dict__')


class SlotChild(Slotted):
    pass


s1 = Slotted(); s1.a = 1
try:
    s1.c = 3
except AttributeError as exc:
    print('AttributeError', exc)
print(s1.a, hasattr(s1, 'b'), hasattr(s1, '__dict__'))
s2 = SlottedDict(); s2.a = 1; s2.x = 2
print(s2.a, s2.x, s2.__dict__)
s3 = SlotChild(); s3.a = 1; s3.b = 2; s3.c = 3
print(s3.a, s3.b, s3.c, s3.__dict__)
del s3.a
print(hasattr(s3, 'a'), s3.__dict__)


# Subclasses of builtins with attributes.
class L(list):
    pass


class D(dict):
    pass


class I(int):
    pass


lst = L([1, 2]); lst.tag = 'list'
dct = D(a=1); dct.tag = 'dict'
num = I(7); num.tag = 'int'
for x in (lst, dct, num):
    print(type(x).__name__, x, x.tag, x.__dict__)
dct.tag2 = 2
print(dct['a'], vars(dct))


# __class__ assignment between compatible classes.
class Base:
    def who(self):
        return 'base ' + str(self.v)


class Other:
    def who(self):
        return 'other ' + str(self.v)


h = Base(); h.v = 1
print(h.who())
h.__class__ = Other
print(h.who(), h.v, vars(h))
h.w = 2
h.__class__ = Base
print(h.who(), h.w)

# copy-style update between instances.
src = P(); src.a = 1; src.b = [2]
dst = P()
dst.__dict__.update(src.__dict__)
print(dst.a, dst.b is src.b, vars(dst))
dst2 = Q()
dst2.__dict__.update({'a': 3, 'b': 4})
print(dst2.a + dst2.b)

# setattr/getattr/hasattr/delattr.
t = P()
setattr(t, 'p', 1)
print(getattr(t, 'p'), hasattr(t, 'p'), hasattr(t, 'q'), getattr(t, 'q', 'dflt'))
delattr(t, 'p')
print(hasattr(t, 'p'))
try:
    delattr(t, 'p')
except AttributeError as exc:
    print('AttributeError', exc)
try:
    setattr(t, 1, 2)
except TypeError as exc:
    print('TypeError', exc)


# Methods shadowed by instance attributes, and un-shadowed.
class M:
    def f(self):
        return 'method'


mm = M()
print(mm.f())
mm.f = lambda: 'instance'
print(mm.f())
del mm.f
print(mm.f())
mm.__dict__['f'] = lambda: 'via dict'
print(mm.f())


# dir() and pickling-style state.
class St:
    def __init__(self):
        self.a = 1
        self.b = 2


st = St()
print([k for k in dir(st) if not k.startswith('__')])
print(st.__reduce_ex__(2)[2])
st.c = 3
print(st.__getstate__() if hasattr(st, '__getstate__') else vars(st))


# Cycles through attributes are collected; __del__ runs.
class Node:
    log = []

    def __del__(self):
        Node.log.append(self.name)


def make_cycle():
    x = Node(); x.name = 'x'
    y = Node(); y.name = 'y'
    x.other = y
    y.other = x


gc.collect()
make_cycle()
print(gc.collect() >= 2, sorted(Node.log))


def make_dict_cycle():
    x = P()
    x.__dict__['me'] = x


make_dict_cycle()
print(gc.collect() >= 1)

# Same code path, objects with different layouts (inline caches stay correct).
objs = []
for i in range(6):
    p = P()
    if i % 2:
        p.first = i
    p.x = i
    if i % 3 == 0:
        p.__dict__
    objs.append(p)
for _ in range(3):
    print([p.x for p in objs], [getattr(p, 'first', None) for p in objs])
for p in objs:
    p.x += 100
print([p.x for p in objs])

# Names built at run time (equal text, different str objects) find the same attribute.
o = P()
setattr(o, ''.join(['a', 'b']), 1)
print(o.ab, getattr(o, 'a' + 'b'))
setattr(o, ''.join(['a', 'b']), 3)
print(o.__dict__)


# __getattr__ fallback, __setattr__ overrides through super(), data descriptors win.
class GA:
    def __getattr__(self, n):
        return 'ga:' + n


ga = GA(); ga.x = 1
print(ga.x, ga.y)


class SA:
    def __setattr__(self, n, v):
        super().__setattr__(n, v * 2)


sa = SA(); sa.a = 1; sa.b = 2
print(sa.a, sa.b, vars(sa))


class Pr:
    @property
    def x(self):
        return 'prop'


pr = Pr(); pr.__dict__['x'] = 'dict'
print(pr.x, pr.__dict__)


# gc.collect() counts a materialized __dict__ (an object of its own), not inline values.
gc.collect()


def cycle_values():
    x = P(); y = P(); x.y = y; y.x = x


def cycle_dict():
    x = P(); x.me = x; x.__dict__


cycle_values()
print(gc.collect())
cycle_dict()
print(gc.collect())


# Class attribute, then shadowed by the instance, then visible again.
class T:
    x = 'cls'


def rd(o):
    return o.x


tt = T()
print(rd(tt), rd(tt))
tt.x = 'inst'
print(rd(tt), rd(tt))
del tt.x
print(rd(tt))
tt.__dict__['x'] = 'd'
print(rd(tt))


# Hot sites whose receivers switch to dict mode, get shadowed through __dict__, lose and
# regain an attribute, or get a new __dict__, between iterations.
class HP:
    y = 'cls-y'

    def m(self):
        return 'method'


def hot():
    out = []
    objs = [HP() for _ in range(5)]
    for i, o in enumerate(objs):
        o.x = i
    for it in range(6):
        for i, o in enumerate(objs):
            if it == 2 and i == 1:
                o.__dict__['y'] = 'dict-y'
            if it == 3 and i == 2:
                o.__dict__['m'] = lambda: 'shadow'
            if it == 4 and i == 3:
                del o.__dict__['x']
                o.x = 'readded'
            if it == 5 and i == 4:
                o.__dict__ = {'x': 'new', 'y': 'newy'}
            o.x = o.x if isinstance(o.x, str) else o.x + 1
            out.append((o.x, o.y, o.m()))
    return out


for r in hot():
    print(r)


def slots_and_dict():
    res = []
    for i in range(4):
        o = SlottedDict(); o.a = i; o.b = i * 2
        if i == 2:
            vars(o)['c'] = 5
        o.b += 1
        res.append((o.a, o.b, getattr(o, 'c', None), sorted(vars(o))))
    return res


print(slots_and_dict())


# Exceptions keep attributes too.
class E(Exception):
    pass


ex = E('msg'); ex.code = 3
print(ex.code, vars(ex), ex.args)
