print({3, 9, 5, 100, 2}, {100, 2, 3}, set(range(20, 0, -3)), {0, 8, 16, 24, 1})
s = {1, 2, 3, 40, 50}
s.discard(2); s.add(66); s.add(2)
print(s, s.pop(), s)
a = {1, 2, 3, 17, 33}
b = {3, 4, 33, 100}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(frozenset([5, 1, 9]) | {7}, set("abc") == {"c", "b", "a"}, sorted({"x", "y"}))
big = set(range(100))
print(len(big), list(big)[:5], {-1, -2, 5}, {2**61, 1, 2**61 + 1})
t = set()
for i in [64, 32, 16, 8, 0]:
    t.add(i)
print(t, t.copy(), set(t), {x * 2 for x in t})
d = {10: 1, 3: 2, 7: 3}
print(set(d), set(d.keys()) | {1})
u = {1, 2, 3}
u.update([10, 20], {30})
print(u, u.intersection({1, 30, 99}), u.difference({1}), u.symmetric_difference({2, 77}))
u -= {10}
u |= {8}
u &= {1, 2, 3, 8, 20, 30}
u ^= {3, 99}
print(u, {1.5, 2.5, 1}, {True, 2, 0})
words = {"apple", "kiwi", "fig"}
print(sorted(words), len(words))
s2 = set()
for i in range(50):
    s2.add(i * 7 % 23)
print(s2)
s3 = set(range(0, 300, 37))
s3.discard(74)
s3.add(1000)
print(s3, s3.pop(), s3)
print({(1, 2), (3, 4)} == {(3, 4), (1, 2)}, {frozenset({1}), frozenset({2})} - {frozenset({1})})
