# __index__: used for slicing, sequence repetition, bin/hex/oct, range, int(), operator math.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __repr__(self):
        return "Idx(%d)" % self.v

seq = list(range(10))
print(seq[Idx(3)], seq[Idx(-1)], seq[Idx(2):Idx(8):Idx(2)], "hello"[Idx(1)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), "%x %o" % (Idx(31), Idx(9)))
print(list(range(Idx(3))), range(Idx(1), Idx(10), Idx(3)), len(range(Idx(4))))
print([0] * Idx(3), "ab" * Idx(2), Idx(2) * "cd", (1,) * Idx(2))
print(int(Idx(42)), float(Idx(7)) if hasattr(Idx, "__float__") else "no __float__", complex(Idx(1)))
print(b"abc"[Idx(1)], bytes(Idx(3)), bytearray(Idx(2)))
print(seq.pop(Idx(0)), seq.insert(Idx(0), "new") or seq[:2])
print(round(3.14159, Idx(2)), pow(Idx(2), Idx(5)) if hasattr(Idx, "__pow__") else "no pow")
print((5).to_bytes(Idx(2), "big"), chr(Idx(65)), format(int(Idx(5)), "b"))
print(slice(Idx(1), Idx(5)).indices(Idx(3)))
print(divmod(17, 5), (17).__divmod__(Idx(5)))
try:
    Idx(1) + 1
except TypeError as e:
    print(type(e).__name__, e)
class NotIndex:
    def __int__(self):
        return 3
for thunk, label in [(lambda: [1, 2][NotIndex()], "list index"), (lambda: "x" * NotIndex(), "repeat"),
                     (lambda: bin(NotIndex()), "bin"), (lambda: range(NotIndex()), "range"),
                     (lambda: [1][1.0:], "float slice"), (lambda: hex(2.0), "hex float")]:
    try:
        thunk()
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
print(int(NotIndex()))
class BadIndex:
    def __index__(self):
        return "nope"
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
class BigIdx:
    def __index__(self):
        return 2 ** 100
try:
    [1][BigIdx()]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "x" * BigIdx()
except OverflowError as e:
    print(type(e).__name__, e)
print([1, 2, 3][BigIdx():], [1, 2, 3][:BigIdx()])
print(True.__index__(), (5).__index__(), [10, 20][True])
class IntSub(int):
    pass
print("abc"[IntSub(2)], range(10)[IntSub(3)])
print(list(range(10))[Idx(-3):], range(10)[Idx(-2)])
