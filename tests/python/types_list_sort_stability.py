# list.sort / sorted: stability, key, reverse (stable too), errors, in-place mutation detection.
records = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "SF"), ("dave", 30, "NY"), ("eve", 22, "LA"), ("frank", 25, "LA")]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: r[2]))
by_city_then_age = sorted(sorted(records, key=lambda r: r[1]), key=lambda r: r[2])
print(by_city_then_age)
print(sorted(records, key=lambda r: (-r[1], r[0])))
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
print(sorted(pairs, key=lambda p: p[0], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
nums_copy = nums[:]
result = nums.sort(key=abs)
print(result, nums, sorted(nums_copy, key=lambda n: (n < 0, n)))
print(sorted("hello world"), sorted({3: "a", 1: "b"}), sorted((3, 1, 2), reverse=True), sorted(range(5), key=lambda v: -v))
print(sorted([3.5, 1, 2.25, True, 0]), sorted([[2, 1], [1, 5], [1, 2]]), sorted([(1, "b"), (1, "a")]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
lst = [3, 1, 2]
def mutating_key(v):
    lst.append(v)
    return v
try:
    lst.sort(key=mutating_key)
except ValueError as e:
    print(type(e).__name__, e)
calls = []
def counting_key(v):
    calls.append(v)
    return v
sorted([3, 1, 2, 3], key=counting_key)
print("key called once per element:", calls)
big = [(i * 7919) % 1000 for i in range(1000)]
srt = sorted(big)
print(srt[:5], srt[-5:], all(a <= b for a, b in zip(srt, srt[1:])))
stab = sorted(range(100), key=lambda v: v % 3)
print(stab[:5], stab[33:38], stab[-3:])
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __lt__(self, other):
        return self.rank < other.rank
    def __repr__(self):
        return "%s%s" % (self.rank, self.suit)
print(sorted([Card(3, "h"), Card(1, "s"), Card(3, "d"), Card(2, "c"), Card(1, "h")]))
print(max([Card(3, "h"), Card(3, "d")], key=lambda c: c.rank), min([Card(3, "h"), Card(1, "s")]))
rev = [1, 2, 3]
rev.sort(reverse=True)
print(rev, list(reversed(rev)), sorted([], reverse=True), sorted([1]))
nan_list = [3.0, float("nan"), 1.0]
print(sorted([2, 1, 3], key=None), [1, 2].sort() is None)
already = list(range(20))
already.sort(reverse=True)
print(already[:5])
desc_with_ties = [("x", 1), ("y", 2), ("z", 1), ("w", 2)]
desc_with_ties.sort(key=lambda t: t[1], reverse=True)
print(desc_with_ties)
