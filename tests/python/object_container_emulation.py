# A full custom sequence and mapping: __getitem__ with slices, __setitem__, __delitem__, __len__.
class Ring:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def _norm(self, i):
        return i % len(self.items)
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self.items))
            return Ring(self.items[self._norm(i)] for i in range(start, stop, step))
        return self.items[self._norm(key)]
    def __setitem__(self, key, value):
        self.items[self._norm(key)] = value
    def __delitem__(self, key):
        del self.items[self._norm(key)]
    def __contains__(self, v):
        return v in self.items
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return reversed(self.items)
    def __repr__(self):
        return "Ring(%r)" % self.items
    def __eq__(self, other):
        return isinstance(other, Ring) and self.items == other.items
    def __add__(self, other):
        return Ring(self.items + list(other))

r = Ring("abcde")
print(len(r), r[0], r[7], r[-1], r[1:4], r[::-2], r[::2] == Ring("ace"))
r[6] = "B"
del r[10]
print(r, "c" in r, "z" in r, list(reversed(r)), sorted(r))
print(r + "xy", list(enumerate(r))[:2])
print(r.__getitem__(slice(None, None, 3)))

class Record:
    def __init__(self, **fields):
        self._data = dict(fields)
    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError("no field %r" % key) from None
    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("field names must be str")
        self._data[key] = value
    def __delitem__(self, key):
        del self._data[key]
    def __len__(self):
        return len(self._data)
    def __iter__(self):
        return iter(self._data)
    def keys(self):
        return self._data.keys()
    def __repr__(self):
        return "Record(%s)" % ", ".join("%s=%r" % kv for kv in self._data.items())

rec = Record(name="widget", qty=3)
rec["price"] = 9.5
print(rec, len(rec), rec["qty"], list(rec))
try:
    rec["missing"]
except KeyError as e:
    print(type(e).__name__, e, e.__suppress_context__)
try:
    rec[1] = 2
except TypeError as e:
    print(type(e).__name__, e)
del rec["qty"]
print(dict(rec), {**rec})
def takes_kwargs(**kw):
    return sorted(kw)
print(takes_kwargs(**rec))

class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell %r out of range" % (pos,))
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v):
        self[pos]
        self.cells[pos] = v
    def __str__(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))
g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = "*"
print(g)
try:
    g[4, 0] = "x"
except IndexError as e:
    print(type(e).__name__, e)

class Seq:
    def __getitem__(self, i):
        if i < 5:
            return i * i
        raise IndexError
print(list(Seq()), 16 in Seq(), 17 in Seq(), sorted(Seq(), reverse=True))
a, b, *rest = Seq()
print(a, b, rest)
class NoLen:
    def __getitem__(self, i):
        return i
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
class Sparse(dict):
    def __getitem__(self, k):
        return super().get(k, 0)
sp = Sparse({1: 10})
print(sp[1], sp[5], sp.get(5), list(sp.items()))
