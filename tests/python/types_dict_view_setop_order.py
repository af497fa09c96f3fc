# Set operations on dict views build their result as CPython does (a presized set from
# the dict, then an in-place update), so the resulting sets iterate in the same order.
d = {k: v for k, v in zip("abcdef", range(6))}
e = dict.fromkeys("defghij", 0)
k, i = d.keys(), d.items()
for r in [k - {"a"}, k | {"z", "y"}, k ^ {"a", "q"}, k & {"b", "c", "x"}, k & set("abcdefghijklmnop"),
          {"a", "q", "r"} - k, {"q"} | k, {"a", "b", "q"} ^ k, {"a", "x"} & k,
          k - e.keys(), k | e.keys(), k ^ e.keys(), k & e.keys(), e.keys() & k,
          i - {("a", 0)}, i | {("z", 9)}, i & {("b", 1), ("c", 0)}, k - ["a", "b"], k & ["f", "a", "zz"],
          k | range(3), k ^ "abz"]:
    print(type(r).__name__, r)
try:
    k - 5
except TypeError as e:
    print("TypeError", e)
try:
    d.values() - {1}
except TypeError as e:
    print("TypeError", e)
