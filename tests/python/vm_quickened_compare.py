# Compare-and-branch sites specialized to int or float operands must keep CPython's
# results for every comparison kind, NaN, big ints, mixed and changing operand types.

import_free_nan = float("nan")
inf = float("inf")


def branches(a, b):
    out = []
    if a < b:
        out.append("lt")
    if a <= b:
        out.append("le")
    if a == b:
        out.append("eq")
    if a != b:
        out.append("ne")
    if a > b:
        out.append("gt")
    if a >= b:
        out.append("ge")
    if not a < b:
        out.append("!lt")
    if not a == b:
        out.append("!eq")
    return " ".join(out)


cases = [(1, 2), (2, 2), (3, 2), (-5, 5), (2**62, -2**62), (1.5, 2.5), (2.5, 2.5),
         (3.5, -1.0), (import_free_nan, 1.0), (1.0, import_free_nan),
         (import_free_nan, import_free_nan), (inf, inf), (-inf, inf), (0.0, -0.0)]
for _ in range(2):
    for a, b in cases:
        print(a, b, "|", branches(a, b))

# Operands that change type at already specialized sites.
for a, b in [(1, 2), (2**80, 1), (1, 2.5), (True, False), ("a", "b"), ((1, 2), (1, 3)),
             ([2], [1]), (1.5, 1), (3, 3)]:
    print(repr(a), repr(b), "|", branches(a, b))


class Weird(int):
    def __lt__(self, other):
        return "truthy"


print(branches(Weird(5), 1))
try:
    branches(1, "x")
except TypeError as e:
    print("TypeError:", e)

count = 0
i = 0
while i < 1000:
    i += 3
    if i % 7 == 0 and i > 500:
        count += 1
print(i, count)
x = 0.0
steps = 0
while x < 10.0:
    x += 0.7
    steps += 1
print(steps, round(x, 6))
n = 2**62
k = 0
while n < 2**70:
    n *= 2
    k += 1
print(k, n)
