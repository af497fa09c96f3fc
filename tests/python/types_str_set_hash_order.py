# Run with PYTHONHASHSEED=0 (the test harness and tests/bless set it): str hashing is
# then deterministic and sets of strings iterate in a fixed order.
words = {"apple", "kiwi", "fig", "banana", "cherry", "date"}
print(words)
print(hash("abc"), hash(""), hash("héllo"), hash("日本"), hash(b"abc"), hash("a" * 40))
letters = set("the quick brown fox")
print(letters)
print({w[0] for w in words}, frozenset({"x", "y", "z"}))
d = {}
for w in ["b", "a", "c"]:
    d[w] = len(w)
print(d, set(d))
print(words - {"fig"}, words & {"kiwi", "date", "zzz"}, {"z", "y"} | {"a"})
