a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, [t, u]] = [4, [5, 6]]
print(s, t, u)
print(*[1, 2], *(3, 4), 5)
print([*range(3), *"ab"], (*[1], 2), {*[1, 2], 3})
d1 = {"a": 1}
d2 = {**d1, "b": 2, **{"c": 3}}
print(d2)
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(), x=1, **{"y": 2}))
for i, (k, v) in enumerate(sorted(d2.items())):
    print(i, k, v)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
head, *_ = "hello"
print(head)
