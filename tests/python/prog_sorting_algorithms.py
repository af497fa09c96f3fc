def bubble(xs):
    xs = list(xs)
    for i in range(len(xs)):
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs
def quick(xs):
    if len(xs) <= 1:
        return list(xs)
    pivot, *rest = xs
    return quick([x for x in rest if x < pivot]) + [pivot] + quick([x for x in rest if x >= pivot])
def merge_sort(xs):
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while left and right:
        out.append((left if left[0] <= right[0] else right).pop(0))
    return out + left + right
def insertion(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs
seed = 12345
data = []
for _ in range(60):
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    data.append(seed % 1000)
expected = sorted(data)
for fn in (bubble, quick, merge_sort, insertion):
    r = fn(data)
    print(fn.__name__, r == expected, r[:5])
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=lambda w: (len(w), w)), quick(words))
print(sorted(range(10), key=lambda v: v % 3))
