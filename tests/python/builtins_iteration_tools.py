class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), list(reversed([1, 2])))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Rev())), "".join(Rev()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
it = fib()
print([next(it) for _ in range(10)])
z = zip([1, 2, 3], "ab")
print(list(z), list(zip()))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
e = enumerate("xyz")
print(next(e), list(e))
m = map(lambda a, b: a * b, [1, 2, 3], [4, 5])
print(list(m))
f = filter(None, [0, "", "a", [], [1]])
print(list(f))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: t[1]))
print(min("hello"), max([[1, 2], [1, 3]]), sorted(set("hello")))
nums = iter(range(10))
print(list(x for x in nums if x % 3 == 0))
it2 = iter("ab")
print(iter(it2) is it2, list(it2), list(it2))
d = {"x": 1, "y": 2}
print(list(iter(d)), list(d.values()), [k for k in d.items()])
print(sum(1 for _ in range(1000)), len(list(range(0, 100, 7))))
print(all(isinstance(i, int) for i in range(3)), any(c.isupper() for c in "abC"))
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
