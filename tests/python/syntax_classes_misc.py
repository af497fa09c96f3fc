class Empty:
    pass
print(Empty, Empty.__name__, Empty.__qualname__, Empty.__doc__, Empty().__class__ is Empty)
class Documented:
    """Class docstring."""
    x: int = 5
    y: str
print(Documented.__doc__, Documented.__annotations__, Documented.x)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
    def __repr__(self):
        return f"Counter#{self.id}"
    def __eq__(self, other):
        return isinstance(other, Counter) and self.id == other.id
    def __hash__(self):
        return hash(self.id)
cs = [Counter() for _ in range(3)]
print(cs, Counter.instances, cs[0] == cs[0], cs[0] == cs[1], len({cs[0], cs[0]}))
class Shape:
    def area(self):
        raise NotImplementedError
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
for sh in [Square(2), Circle(1)]:
    print(sh.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError", e)
class WithStr:
    def __str__(self):
        return "str form"
print(str(WithStr()), f"{WithStr()}", "%s" % WithStr(), repr(WithStr())[:10])
class Bound:
    def method(self):
        return self
b = Bound()
m = b.method
print(m() is b, m.__self__ is b, m.__func__ is Bound.method, Bound.method(b) is b)
print(type(m).__name__, m == b.method, m is b.method)
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, x):
        self.ops.append(x)
        return self
print(Chain().add(1).add(2).ops)
class Temp:
    def __init__(self, c):
        self.c = c
    @property
    def f(self):
        return self.c * 9 / 5 + 32
    @f.setter
    def f(self, value):
        self.c = (value - 32) * 5 / 9
t = Temp(100)
print(t.f)
t.f = 32
print(t.c)
print(isinstance(t, object), issubclass(Temp, object), Temp.__bases__, Temp.__dict__["f"].__class__.__name__)
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __iter__(self):
        node = self
        while node:
            yield node.v
            node = node.nxt
print(list(Node(1, Node(2, Node(3)))))
