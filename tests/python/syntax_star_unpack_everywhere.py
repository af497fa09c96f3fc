# Star-unpacking in every position: targets, calls, displays, returns, for loops.
def show(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, sorted(kwargs.items()))

a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = (1, 2, 3, 4)
print(a, b)
a, *b, c = range(2)
print(a, b, c)
a, *b, c = "xyz"
print(a, b, c)
[a, *b] = iter([9])
print(a, b)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
a, (b, *c), d = 1, (2, 3, 4, 5), 6
print(a, b, c, d)
for first, *others in [(1, 2, 3), (4,), "ab"]:
    print(first, others)

print(show(*[1, 2], *(3,), *"ab"))
print(show(**{"x": 1}, y=2, **{"z": 3}))
print(show(1, *[], **{}))
print(show(*range(3), 10, *range(2), k=1))
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**[1])
except TypeError as e:
    print(type(e).__name__, e)

print([*"ab", *[1, 2], 3])
print((*range(3),))
print({*range(3), *[2, 3, 4]} == {0, 1, 2, 3, 4})
print({**{"a": 1, "b": 2}, "b": 3, **{"c": 4}})
print([*[], *()])

def returns():
    rest = [2, 3]
    return 1, *rest, 4
print(returns())

def yields():
    rest = [2, 3]
    yield 1, *rest
print(next(yields()))

x = *range(2), 5
print(x)
nested = [*[*[1, 2], 3], *[[4]]]
print(nested)
items = [(1, "a"), (2, "b")]
print(list(zip(*items)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print(max(*[3, 9, 2]), min(*"hello"))

def kwonly(a, *, b, **rest):
    return a, b, sorted(rest.items())
opts = {"b": 2, "c": 3}
print(kwonly(1, **opts))

def many(*args):
    return len(args)
big = list(range(300))
print(many(*big), many(*big, *big))

try:
    a, *b, c, d = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = {}
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(type(e).__name__, e)
head, *tail = {3: "x"}
print(head, tail)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
