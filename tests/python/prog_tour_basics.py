def fib(n):
    return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(20))
class A:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"A({self.x!r})"
    @property
    def double(self):
        return self.x * 2
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
b = B(3, 4)
print(b, b.double, b.y, isinstance(b, A))
print([i*i for i in range(10) if i % 2])
print({k: v for k, v in zip("abc", range(3))})
def gen(n):
    for i in range(n):
        yield i
    return "done"
print(list(gen(5)), sum(gen(10)))
try:
    1/0
except ZeroDivisionError as e:
    print("caught", e)
try:
    raise ValueError("bad")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e.args)
finally:
    print("finally")
x = 10
def outer():
    y = 5
    def inner():
        nonlocal y
        y += 1
        return x + y
    return inner
f = outer()
print(f(), f())
a, *rest = [1, 2, 3, 4]
print(a, rest)
print("%s-%d-%.2f" % ("a", 3, 2.5), "{} {:>5}|{:.3f}".format(1, "ab", 3.14159))
