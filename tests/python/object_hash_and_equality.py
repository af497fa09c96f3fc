# __hash__ rules: __eq__ without __hash__ makes instances unhashable; hash of numbers.
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)

class EqAndHash:
    def __init__(self, key):
        self.key = key
    def __eq__(self, other):
        return isinstance(other, EqAndHash) and self.key == other.key
    def __hash__(self):
        return hash(self.key)
s = {EqAndHash(1), EqAndHash(1), EqAndHash(2)}
print(len(s), EqAndHash(2) in s, EqAndHash(3) in s)
d = {EqAndHash("k"): "v"}
print(d[EqAndHash("k")])

class Parent:
    def __hash__(self):
        return 42
class ChildEq(Parent):
    def __eq__(self, other):
        return False
print(hash(Parent()), ChildEq.__hash__)
class ChildKeepsHash(Parent):
    def __eq__(self, other):
        return False
    __hash__ = Parent.__hash__
print(hash(ChildKeepsHash()))

class BadHash:
    def __hash__(self):
        return "not an int"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100), hash(BigHash()))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))

for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30, 0.5, 1.5, -0.5, 1e100, 0.1,
          float("inf"), float("-inf"), 3 + 0j, 1 + 2j, True, False, 0.0, -0.0]:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(1 + 0j) == hash(True))
print(hash(2 ** 61 - 1), hash(2 ** 61 - 2), hash(-(2 ** 61 - 1)))
print(hash((1, 2)), hash((1, (2, 3))), hash(()), hash((0.5, True)))
print(hash(frozenset()) , hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})))
print(hash(range(3)) == hash(range(3)), hash(slice(1, 2)) if hasattr(slice, "__hash__") and slice.__hash__ else "slice unhashable")
for unhashable in [[], {}, set(), bytearray(), ([],), slice(1, 2)]:
    try:
        hash(unhashable)
        print(type(unhashable).__name__, "hashable")
    except TypeError as e:
        print(type(e).__name__, e)
print({1: "int", 1.0: "float", True: "bool"})
print({0.0: "a", -0.0: "b", 0: "c"})
print(len({float("nan"), float("nan")}), len({2 ** 61 - 1, 0}))
from_key = {}
from_key[(1, 2)] = "tuple key"
print(from_key[(1.0, 2.0)])
