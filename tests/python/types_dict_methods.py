d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), list(d), d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("d", 4), d.setdefault("a", 100), d)
print(d.pop("d"), d.pop("zz", None), d)
d.update({"e": 5}, f=6)
d.update([("g", 7)])
print(d)
print(d.popitem(), d)
keys = d.keys()
vals = d.values()
items = d.items()
d["new"] = 0
print(keys, vals, items)
print(sorted(keys & {"a", "b", "x"}), sorted(keys | {"q"}), sorted(keys - {"a"}), items & {("a", 1)})
print("a" in keys, 1 in vals, ("a", 1) in items)
print(dict(a=1, b=2), dict([("x", 1)]), dict({"y": 2}, z=3), dict.fromkeys("ab", 0))
print({1: "a"} | {2: "b"}, {1: "a", 2: "b"} == {2: "b", 1: "a"})
m = {"k": 1}
m |= {"j": 2}
print(m)
del m["k"]
print(m, list(reversed({"x": 1, "y": 2})))
print({True: 1, 1: 2, 1.0: 3})
counts = {}
for w in "the cat the dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
try:
    {}["missing"]
except KeyError as e:
    print(repr(e), str(e))
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    for k in d:
        d["added"] = 1
except RuntimeError as e:
    print(e)
print({k: v for k, v in zip("abc", range(3))}, dict(zip([1, 2], "xy")))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested)
print(d.copy() == d, d.copy() is d)
c = {}
c.clear()
print(c, bool(c), bool({0: 0}))
