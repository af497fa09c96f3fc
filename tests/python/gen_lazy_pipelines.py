# Generator pipelines over a log: parse, filter, window, group — all lazy, with tracing of pulls.
LOG = """\
2024-01-01 10:00:01 INFO  auth   user=ann action=login
2024-01-01 10:00:05 WARN  disk   usage=91
2024-01-01 10:01:10 INFO  auth   user=bob action=login
2024-01-01 10:02:00 ERROR db     code=1205 msg=deadlock
2024-01-01 10:02:30 INFO  auth   user=ann action=logout
2024-01-01 10:03:00 ERROR db     code=1062 msg=duplicate
2024-01-01 10:04:45 WARN  disk   usage=95
2024-01-01 10:05:00 INFO  auth   user=cid action=login
2024-01-01 10:06:00 ERROR api    code=500 msg=timeout
"""
pulled = []
def lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        pulled.append(n)
        yield line
def parse(rows):
    for row in rows:
        date, time, level, system, *pairs = row.split()
        fields = dict(p.split("=", 1) for p in pairs)
        yield {"time": time, "level": level, "system": system, **fields}
def only(level, records):
    return (r for r in records if r["level"] == level)
def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item
first_two_errors = take(2, only("ERROR", parse(lines(LOG))))
print("nothing pulled yet:", pulled)
for rec in first_two_errors:
    print(rec["time"], rec["system"], rec["code"], rec["msg"])
print("lines pulled:", pulled)
def window(iterable, size):
    buf = []
    for item in iterable:
        buf.append(item)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
usages = (int(r["usage"]) for r in parse(lines(LOG)) if r["system"] == "disk")
print(list(window([1, 2, 3, 4, 5], 3)), list(window(usages, 2)))
def group_consecutive(records, key):
    current, bucket = None, []
    for r in records:
        k = key(r)
        if bucket and k != current:
            yield current, bucket
            bucket = []
        current = k
        bucket.append(r)
    if bucket:
        yield current, bucket
for level, group in group_consecutive(parse(lines(LOG)), key=lambda r: r["level"]):
    print(level, len(group), [r["time"][3:] for r in group])
sessions = {}
for r in parse(lines(LOG)):
    if r["system"] == "auth":
        sessions.setdefault(r["user"], []).append(r["action"])
print(sessions)
def running_max(values):
    best = None
    for v in values:
        if best is None or v > best:
            best = v
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
print(list(take(15, fib())), list(take(15, primes())))
evens_squared = (n * n for n in fib() if n % 2 == 0)
print(list(take(6, evens_squared)))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], range(10, 14))))
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur
times = [r["time"] for r in parse(lines(LOG))]
def secs(t):
    h, m, s = map(int, t.split(":"))
    return h * 3600 + m * 60 + s
print([secs(b) - secs(a) for a, b in pairwise(times)])
counts = {}
for r in parse(lines(LOG)):
    counts[r["level"]] = counts.get(r["level"], 0) + 1
print(sorted(counts.items()), sum(1 for _ in lines(LOG)))
