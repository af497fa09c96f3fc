# Arithmetic sites that specialize themselves to int or float code must still give
# CPython's results when their operands change type, overflow or divide by zero.


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def div(a, b):
    return a / b


def iadd(a, b):
    a += b
    return a


def imul(a, b):
    a *= b
    return a


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"


class MyFloat(float):
    def __mul__(self, other):
        return "MyFloat.__mul__"


for _ in range(3):
    print(add(1, 2), add(2**62, 2**62), add(-2**63, -1), add(1.5, 2.25))
print(add("a", "b"), add([1], [2]), add(MyInt(1), 2), add(True, True), add(1, 2))
for _ in range(3):
    print(sub(10, 3), sub(-2**63, 1), sub(0.5, 0.25))
print(sub({1, 2}, {1}), sub(5, True), sub(5, 2))
for _ in range(3):
    print(mul(3, 4), mul(2**40, 2**40), mul(-1, -2**63), mul(1e308, 10.0), mul(0.1, 3.0))
print(mul("ab", 3), mul(MyFloat(2.0), 3.0), mul(2.0, 3), mul(7, 6))
for _ in range(3):
    print(div(1.0, 4.0), div(-0.0, 5.0), div(float("inf"), 2.0))
try:
    div(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(div(1.0, 3.0), div(7, 2), div(1, 3.0))

for _ in range(3):
    print(iadd(1, 2), iadd(0.5, 0.5), imul(3, 3), imul(2.0, 4.0))
lst = [1]
print(iadd(lst, [2]), lst, iadd((1,), (2,)), imul([0], 3), imul(2**62, 4))
print(iadd(5, 5), imul(1.5, 2.0))

total = 0
for i in range(10):
    total = total + i * i
    total -= 1
print(total)
f = 1.0
for i in range(10):
    f = f * 1.5 + 0.25
    f /= 1.25
print(f)
x = 2**61
for i in range(4):
    x = x + x
print(x, type(x).__name__)
vals = [1, 2.5, "s", [1], 3]
for v in vals:
    try:
        print(add(v, v), sub(v, v) if not isinstance(v, (str, list)) else "-")
    except TypeError as e:
        print("TypeError:", e)
