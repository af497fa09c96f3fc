# min/max with key/default, sum with start, sorted with key/reverse, any/all short-circuit.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"), max((1, 2), (1, 3)))
print(min([], default=None), max([], default="empty"), min([7], default=0), max(iter([]), default=-1))
print(min(["aa", "b", "ccc"], key=len), max(["aa", "b", "ccc"], key=len), min([-3, 2, -1], key=abs), max([1, 2, 3], key=lambda v: -v))
print(max([("a", 2), ("b", 2), ("c", 1)], key=lambda t: t[1]), min([("a", 2), ("b", 1), ("c", 1)], key=lambda t: t[1]))
print(max(1, 2.5, True), min(False, 0, 0.0), max([1, 1.0]), max([1.0, 1]), min({3: "x", 1: "y"}), max("abc", key=ord))
for thunk in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1, "a"]), lambda: min(1, 2, default=0), lambda: max([], key=len)]:
    try:
        thunk()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([1, 2.5, 3j]), sum(range(1, 101)), sum([[1], [2]], []))
print(sum((x * x for x in range(10))), sum([True, True, False]), sum([], start=5), sum([2 ** 64, 2 ** 64]), sum([1e308, 1e308]))
for thunk in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([[1]]), lambda: sum(5), lambda: sum([1, "x"])]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sum([bytearray(b"a")], bytearray())
except TypeError as e:
    print(type(e).__name__, e)
print(sum([(1,), (2,)], ()), sum([[1], [2]], start=[0]))
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(sorted([-2, 1, -3], key=abs), sorted(["B", "a", "C"], key=str.lower), sorted([[3, 1], [2, 2]], key=sum), sorted([], key=len))
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda v: v)
except TypeError as e:
    print(type(e).__name__, e)
evaluated = []
def check(v):
    evaluated.append(v)
    return v
print(any(check(v) for v in [0, 0, 3, 4]), evaluated)
evaluated.clear()
print(all(check(v) for v in [1, 2, 0, 4]), evaluated)
print(any([]), all([]), any([0, None, ""]), all([1, "x", [0]]), any(iter([0, 1])), all(x > 0 for x in range(1, 5)))
scores = {"ann": 91, "bob": 78, "cid": 91, "dee": 85}
print(max(scores, key=scores.get), min(scores, key=scores.get), sorted(scores, key=lambda n: (-scores[n], n)))
print(max(scores.items(), key=lambda kv: (kv[1], kv[0])), sum(scores.values()) / len(scores))
print(round(sum([0.1, 0.2, 0.3]), 10), abs(sum([-1, -2])), max(map(len, ["x", "yyy", "zz"])), min(enumerate("zya"), key=lambda p: p[1]))
class Score:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "Score(%d)" % self.v
print(max([Score(3), Score(9), Score(1)]), min([Score(3), Score(9), Score(1)]), sorted([Score(2), Score(1)]))
print(max(Score(1), Score(1)).v, min([Score(5), Score(5)], key=lambda s: s.v))
