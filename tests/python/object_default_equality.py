# == and != between objects that inherit object's comparison, and every way a class
# can take over one side of it.


class Plain:
    pass


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("EqOnly.__eq__", type(other).__name__)
        return isinstance(other, EqOnly) and self.v == other.v

    __hash__ = None


class NeOnly:
    def __ne__(self, other):
        print("NeOnly.__ne__")
        return "ne-result"


class SubPlain(Plain):
    pass


class NotImpl:
    def __eq__(self, other):
        return NotImplemented


p, q = Plain(), Plain()
print(p == p, p == q, p != p, p != q)
print(p == None, None == p, p != None, None != p)
print(p == SubPlain(), SubPlain() != p)
a, b = EqOnly(1), EqOnly(1)
print(a == b, a != b, a != EqOnly(2))
print(p == a, a == p, p != a, a != p)
n = NeOnly()
print(n != p, p != n, n == n, n != n)
x = NotImpl()
print(x == x, x == p, x != x, x != p)
print(p == 1, 1 == p, p != "s", "s" != p)
print([p, q].count(q), p in [q], p in [p], [p] == [p], (p,) != (q,))


class Late(Plain):
    pass


l1, l2 = Late(), Late()
print(l1 == l2, l1 != l2)
Late.__eq__ = lambda self, other: "late-eq"
print(l1 == l2, l1 != l2)
del Late.__eq__
print(l1 == l2, l1 != l2)
Plain.__ne__ = lambda self, other: "plain-ne"
print(l1 != l2, p != q)
