d = {}
for k in [5, 3, 9, 1]:
    d[k] = k * k
print(d, list(d), list(d.values()))
d[3] = "updated"
print(d)
del d[5]
d[5] = "readded"
print(d)
ks = d.keys()
d[100] = 0
print(ks, len(ks), 100 in ks)
print(d.keys() == {1, 3, 9, 5, 100}, d.items() >= {(1, 1)}, sorted(d.keys() ^ {1, 2}))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
it = iter(d.items())
print(next(it), next(it))
m = dict.fromkeys(range(4))
print(m, dict.fromkeys("ab", []))
n = {i: chr(65 + i) for i in range(5)}
print({v: k for k, v in n.items()})
print(sorted(n, reverse=True), max(n), min(n.values()), sum(n))
print(str(d.keys())[:10], type(d.keys()).__name__, type(d.items()).__name__, type(d.values()).__name__)
from_pairs = dict([(1, 2), (3, 4)], five=5)
print(from_pairs)
print(len({}), {1: 2} == {1: 2.0}, {1: [2]} != {1: [3]})
copy = n.copy()
copy[0] = "changed"
print(n[0], copy[0])
print({**n, 0: "zero"}, {0: "zero", **n})
