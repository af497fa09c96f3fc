# operator's functions come from _operator: CPython's argument checks, messages and
# results (index/length_hint/concat/countOf/indexOf/call and the in-place forms).
import operator, _operator

print(operator.add is _operator.add, operator.__add__ is _operator.add, operator.add.__module__)
print(operator.add(1, 2), operator.iadd([1], [2]), operator.ipow(2, 10), operator.matmul.__name__)
print(operator.lt(1, 2), operator.ne("a", "a"), operator.is_(None, None), operator.is_not(1, None))
print(operator.neg(5), operator.pos(-1.5), operator.inv(5), operator.abs(-3), operator.not_([]), operator.truth(3))
print(operator.index(7), operator.concat("ab", "c"), operator.iconcat([1], (2,)))
print(operator.countOf([1, 2, 1, float("nan")], 1), operator.indexOf("abc", "c"), operator.contains({1: 2}, 1))
d = {}
operator.setitem(d, "k", 1); print(d, operator.getitem(d, "k")); operator.delitem(d, "k"); print(d)
print(operator.call(dict, [(1, 2)], x=3))

class Hint:
    def __init__(self, v): self.v = v
    def __length_hint__(self):
        if isinstance(self.v, type): raise self.v
        return self.v

print(operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), operator.length_hint(Hint(4)),
      operator.length_hint(Hint(NotImplemented), 9), operator.length_hint(Hint(TypeError), 8),
      operator.length_hint(object(), 3))
for f, a in [(operator.add, (1,)), (operator.neg, ()), (operator.neg, (1, 2)), (operator.index, ("x",)),
             (operator.index, (1.5,)), (operator.concat, (1, 2)), (operator.concat, ({}, {})),
             (operator.indexOf, ([1], 2)), (operator.length_hint, ()), (operator.length_hint, (1, "x")),
             (operator.length_hint, (Hint("a"),)), (operator.length_hint, (Hint(-1),)),
             (operator.length_hint, (Hint(KeyError),)), (operator.countOf, (1, 2)),
             (operator.call, ()), (operator.setitem, (1, 2)), (operator.lt, (1, "a")),
             (operator.add, (1,), ), (operator.abs, ("s",)), (operator.invert, (1.0,))]:
    try:
        print(f.__name__, f(*a))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
try:
    operator.add(a=1, b=2)
except TypeError as e:
    print(e)
