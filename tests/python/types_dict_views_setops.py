# dict views: live updates, set operations, comparisons, reversed, mapping attribute, errors.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("b", 2), ("c", 0)}), sorted(it - {("b", 2)}), sorted(it | {("z", 26)}))
print(k == {"b", "c", "d"}, k != {"b"}, k < {"b", "c", "d", "e"}, k <= {"b", "c", "d"}, k > {"b"}, it == {("b", 2), ("c", 3), ("d", 4)})
print(k.isdisjoint({"x", "y"}), k.isdisjoint(["b"]), it.isdisjoint({("b", 2)}))
print(v == v, d.values() == d.values(), list(v) == [2, 3, 4])
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(k.mapping, type(k.mapping).__name__, k.mapping["b"])
try:
    k.mapping["new"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    v | {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
iterator = iter(d)
d["e"] = 5
try:
    next(iterator)
except RuntimeError as e:
    print(type(e).__name__, e)
vi = iter(d.values())
print(next(vi), type(vi).__name__, type(iter(k)).__name__, type(iter(it)).__name__, type(k).__name__, type(it).__name__, type(v).__name__)
d2 = {1: "x", 2: "y"}
print(sorted(d2.keys() & [2, 3]), {1, 5} & d2.keys(), {1, 5} - d2.keys(), [2] and d2.keys() | [9])
try:
    hash(k)
except TypeError as e:
    print(type(e).__name__, e)
common = {"a": 1, "b": 2, "c": 3}.keys() & {"b": 0, "c": 0, "d": 0}.keys()
print(sorted(common))
inventory = {"apples": 3, "pears": 0, "kiwis": 5}
print([name for name, qty in inventory.items() if qty], sum(inventory.values()), max(inventory.items(), key=lambda kv: kv[1]))
for key in list(inventory.keys()):
    if inventory[key] == 0:
        del inventory[key]
print(inventory, dict(zip(inventory.values(), inventory.keys())))
print(list(enumerate(d.items())), dict.fromkeys(d.keys(), 0))
a, b, c, e = d.values()
print(a, b, c, e)
items_list = sorted(d.items(), key=lambda kv: -kv[1])
print(items_list)
