def outer():
    v = 1
    def inner():
        return v
    return inner
f = outer()
def plain():
    return 2
try:
    f.__code__ = plain.__code__
except ValueError as e:
    print("ValueError", e)
try:
    del plain.__code__
except TypeError as e:
    print("TypeError", e)
def rec(n):
    if n == 0:
        rec.__code__ = (lambda n: "swapped").__code__
        return "done"
    return rec(n - 1)
print(rec(3), rec(5))
import sys
def where(depth):
    f = sys._getframe(depth)
    return f.f_code.co_name, f.f_lineno
def a():
    x = 1
    return where(1)
def b():
    y = [
        a(),
        where(2),
    ]
    return y
print(b())
print(sorted([3, 1, 2], key=lambda v: (where(1)[1], v)))
