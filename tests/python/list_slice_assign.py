# list slice assignment: same size, growing, shrinking, empty and reversed bounds,
# extended slices, self-assignment, failing iterables, and slicing reads.
base = list(range(10))
cases = [
    (slice(2, 5), [20, 30, 40]), (slice(2, 5), [7]), (slice(2, 5), [1, 2, 3, 4, 5, 6]),
    (slice(2, 5), []), (slice(5, 2), ["x", "y"]), (slice(None), ()), (slice(-3, None), "ab"),
    (slice(100, 200), [1]), (slice(-100, 2), (9, 9, 9)), (slice(None, None, 2), "abcde"),
    (slice(None, None, -3), [0, 0, 0, 0]), (slice(1, 8, 3), range(2)), (slice(0, 0), [5]),
    (slice(None, None, 2), [1]), (slice(4, 4), iter([1, 2])), (slice(1, 3), {7: 0}),
    (slice(2, 5), (x * x for x in range(3))), (slice(0, 10, 1), [1, 2]),
]
for sl, value in cases:
    l = base[:]
    try:
        l[sl] = value
        print(sl, l)
    except (ValueError, TypeError) as e:
        print(sl, type(e).__name__, e, l)

l = [1, 2, 3]
l[1:] = l
print(l)
l = [1, 2, 3]
l[::-1] = l
print(l)
for bad in (5, None, 1.5):
    for sl in (slice(1, 2), slice(None, None, 2)):
        try:
            base[:][sl] = bad
        except TypeError as e:
            print("TypeError", e)

def failing():
    yield 1
    raise TypeError("raised while iterating")
for sl in (slice(1, 2), slice(0, 4, 2)):
    l = base[:]
    try:
        l[sl] = failing()
    except TypeError as e:
        print("TypeError", e, l)


class It(list):
    def __iter__(self):
        return iter("sub")
l = base[:4]
l[1:2] = It([1, 2])
print(l)

# reads
t = (1, 2, 3, 4)
print(t[1:3], t[::-1], t[:] is t, t[0:4] is t, t[::1] is t, t[-100:100] is t, t[5:1])
class T(tuple):
    pass
print(type(T(t)[:]).__name__, T(t)[:] is t)
l = list(range(6))
print(l[2:5], l[::2], l[::-2], l[-2:], l[10:], l[:] is l)
