# An LRU cache class and a memoizing decorator built on it, with hit/miss statistics.
class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = self.evictions = 0
    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evictions += 1
        self.data[key] = value
    def __contains__(self, key):
        return key in self.data
    def __len__(self):
        return len(self.data)
    def keys(self):
        return list(self.data)
    def stats(self):
        total = self.hits + self.misses
        rate = self.hits / total if total else 0.0
        return "hits=%d misses=%d evictions=%d hit-rate=%.1f%%" % (self.hits, self.misses, self.evictions, rate * 100)

c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c.keys(), c.get("a"), c.keys())
c.put("d", 4)
print(c.keys(), "b" in c, c.get("b", "gone"))
c.put("c", 30)
c.put("e", 5)
print(c.keys(), len(c), c.stats())
try:
    LRUCache(0)
except ValueError as e:
    print(type(e).__name__, e)

def lru_cache(capacity):
    def decorator(fn):
        cache = LRUCache(capacity)
        def wrapper(*args):
            sentinel = object()
            result = cache.get(args, sentinel)
            if result is sentinel:
                result = fn(*args)
                cache.put(args, result)
            return result
        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorator

@lru_cache(capacity=64)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.__name__, fib.cache.stats())

@lru_cache(capacity=2)
def slow_square(n):
    print("  computing", n)
    return n * n
for n in [1, 2, 1, 3, 2, 1]:
    print(n, "->", slow_square(n))
print(slow_square.cache.stats(), slow_square.cache.keys())

@lru_cache(capacity=1000)
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), grid_paths.cache.stats())
@lru_cache(capacity=500)
def edit(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))
for x, y in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]:
    print(x, y, edit(x, y))
print(edit.cache.stats())
