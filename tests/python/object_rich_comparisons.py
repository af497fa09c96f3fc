# Rich comparisons: reflection (swapped operators), NotImplemented, default identity equality.
log = []
class Cmp:
    def __init__(self, name, v):
        self.name, self.v = name, v
    def __repr__(self):
        return self.name
    def __eq__(self, o):
        log.append("%s.__eq__(%r)" % (self.name, o))
        return NotImplemented if not isinstance(o, Cmp) else self.v == o.v
    def __lt__(self, o):
        log.append("%s.__lt__(%r)" % (self.name, o))
        return NotImplemented if not isinstance(o, Cmp) else self.v < o.v
    def __gt__(self, o):
        log.append("%s.__gt__(%r)" % (self.name, o))
        return NotImplemented if not isinstance(o, Cmp) else self.v > o.v

class SubCmp(Cmp):
    def __lt__(self, o):
        log.append("%s.SubCmp.__lt__" % self.name)
        return "sub-lt"
    def __gt__(self, o):
        log.append("%s.SubCmp.__gt__" % self.name)
        return "sub-gt"

def trial(label, thunk):
    log.clear()
    try:
        r = thunk()
    except TypeError as e:
        r = "TypeError: %s" % e
    print("%-14s %-58s %s" % (label, r, log))

a, b = Cmp("a", 1), Cmp("b", 2)
s = SubCmp("s", 3)
trial("a < b", lambda: a < b)
trial("a > b", lambda: a > b)
trial("a <= b", lambda: a <= b)
trial("a == b", lambda: a == b)
trial("a != b", lambda: a != b)
trial("a < s", lambda: a < s)
trial("s < a", lambda: s < a)
trial("a < 5", lambda: a < 5)
trial("5 < a", lambda: 5 < a)
trial("a == 5", lambda: a == 5)
trial("5 != a", lambda: 5 != a)
trial("a >= 'x'", lambda: a >= "x")

class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, p1 != p1)
for expr in ["p1 < p2", "p1 <= 1", "1 > p1", "None < None", "[] < ()", "{} < {}", "1j < 2j", "'a' >= 3"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)

class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))

class NeInverted:
    def __eq__(self, other):
        return "eq-result"
print(NeInverted() != 1, NeInverted() == 1)

class ExplicitNe:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return "custom ne"
print(ExplicitNe() != 0, ExplicitNe() == 0)

print([1, 2] < [1, 2, 0], (1, 2) < (1, 3), [3] > [2, 9], "abc" < "abd", "Z" < "a", b"a" < b"b")
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), frozenset({1}) == {1}, {1, 2} < {3})
print(1 == 1.0, 1 == True, 0.1 + 0.2 == 0.3, float("nan") == float("nan"), [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], (nan,) == (nan,), nan in [nan], nan != nan)
print(None == None, None == 0, None != False, NotImplemented == NotImplemented)
print(sorted([Cmp("x", 3), Cmp("y", 1), Cmp("z", 2)]))
class EqRaises:
    def __eq__(self, other):
        raise ValueError("eq blew up")
try:
    EqRaises() in [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
e_obj = EqRaises()
print(e_obj in [e_obj], [e_obj].count(e_obj), [e_obj].index(e_obj))
class AlwaysEqual:
    def __eq__(self, other):
        return True
    __hash__ = None
print([1, 2, 3].index(AlwaysEqual()), AlwaysEqual() in [5], [5, 6].count(AlwaysEqual()))
print(max([Cmp("p", 5), Cmp("q", 9)], key=lambda c: c.v), min("hello"), max([3, 1], [2, 9]))
