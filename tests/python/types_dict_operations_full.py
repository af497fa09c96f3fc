# dict: construction forms, methods, merge operators, ordering on update/delete, errors.
print(dict(), dict(a=1), dict([("a", 1), ("b", 2)]), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])), dict.fromkeys("abc"), dict.fromkeys([1, 2], []))
for bad in [lambda: dict([1, 2]), lambda: dict([("a", 1, 2)]), lambda: dict(5), lambda: {[]: 1}, lambda: dict.fromkeys(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = {"one": 1, "two": 2, "three": 3}
d["four"] = 4
d["one"] = "uno"
print(d, list(d), len(d))
del d["two"]
d["two"] = 2
print(d)
print(d.get("x"), d.get("x", "dflt"), d.pop("four"), d.pop("nope", None), d.setdefault("five", 5), d.setdefault("one", "ignored"))
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[(1, [2])]
except TypeError as e:
    print(type(e).__name__, e)
d.update({"a": 1}, b=2)
d.update([("c", 3)])
print(d)
merged = {"x": 1, "y": 2} | {"y": 20, "z": 30}
print(merged, {"y": 20} | {"x": 1, "y": 2})
m2 = {"k": 0}
m2 |= [("k", 1), ("j", 2)]
print(m2)
try:
    {} | [("a", 1)]
except TypeError as e:
    print(type(e).__name__, e)
c = d.copy()
c["new"] = True
print("new" in d, "new" in c, c == d, {1: 2} == {1: 2.0}, {1: 2} == {1: 3}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
print(list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed({"a": 1}.items())), next(iter({"first": 1})))
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)
counts = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
print({k: v for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]})
print(dict(sorted({"b": 1, "a": 2}.items())), max(counts, key=counts.get), sorted(counts, key=len)[:3])
print({1: "a", True: "b", 1.0: "c"}, {(1, 2): "t", frozenset({1}): "f"}[frozenset({1})])
nested = {"a": {"b": {"c": 42}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"), "b" in nested["a"])
d3 = {i: i * i for i in range(6)}
for k in list(d3):
    if k % 2:
        del d3[k]
print(d3, d3.keys() - {0}, dict(d3.items()) == d3)
d4 = dict.fromkeys(range(3), 0)
d4.clear()
print(d4, len(d4), bool(d4), repr(d4), str({"q": "'"}))
print({"a": 1}.__contains__("a"), {"a": 1}.__getitem__("a"), dict.__len__({"a": 1}), {} is not {})
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __repr__(self):
        return "Key(%r)" % self.k
collide = {Key(1): "a", Key(2): "b", Key(3): "c"}
del collide[Key(2)]
collide[Key(4)] = "d"
print(collide, collide[Key(3)], Key(2) in collide)
