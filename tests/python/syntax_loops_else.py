# for/while with else, break, continue, nested loops, loop variable leakage.
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)

n = 0
while n < 3:
    n += 1
else:
    print("while else ran, n =", n)
n = 0
while True:
    n += 1
    if n > 4:
        break
else:
    print("never")
print("broke at", n)

primes = []
for candidate in range(2, 40):
    for d in range(2, candidate):
        if candidate % d == 0:
            break
    else:
        primes.append(candidate)
print(primes)

out = []
for i in range(10):
    if i % 3 == 0:
        continue
    if i == 8:
        break
    out.append(i)
print(out, "i after loop:", i)

for leaked in range(3):
    pass
print("leaked", leaked)
for never in []:
    pass
try:
    never
except NameError as e:
    print(type(e).__name__, e)

count = 0
for a in range(3):
    for b in range(3):
        if b > a:
            break
        count += 1
print("pairs", count)

def loop_return():
    for x in range(10):
        while True:
            return x * 100
print(loop_return())

lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.append(4)
print(lst)

d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(type(e).__name__, e)

total = 0
it = iter(range(10))
for v in it:
    if v == 3:
        next(it)
    total += v
print("total", total)

x = 10
while x:
    x -= 3
    if x < 0:
        print("went negative", x)
        break
else:
    print("hit zero")
y = 9
while y:
    y -= 3
else:
    print("hit zero, y =", y)

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)

for ch in "abc":
    print(ch, end=" ")
print()
for i, (a, b) in enumerate(zip("xy", [1, 2]), start=10):
    print(i, a, b)
results = []
for i in range(3):
    for j in range(3):
        if j == 2:
            continue
        if i == 2:
            break
        results.append((i, j))
    else:
        results.append("inner-else-%d" % i)
print(results)
