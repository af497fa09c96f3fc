# and/or return operands, short-circuit, not, truthiness of many objects.
def v(x):
    print("  eval", repr(x))
    return x

print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "x")
print(None or [] or {} or 0 or "last")
print(1 and "a" and [1] and (2,), 1 and 0 and 3)
print(v(0) and v(1))
print(v(1) or v(2))
print(v(0) or v(None) or v("found"))
print(v(1) and v(2) and v(0) and v(3))
print(not 0, not 1, not "", not "x", not None, not [], not [0])
print(not not "x", (not 1) == False)
values = [0, 0.0, 0j, "", b"", [], (), {}, set(), frozenset(), range(0), None, False,
          1, -1, 0.1, "0", b"\x00", [0], (None,), {0: 0}, {0}, range(1), True, ...]
print([bool(x) for x in values])

class Len:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__", self.n)
        return self.n
class Both:
    def __bool__(self):
        print("  __bool__ wins")
        return True
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(Len(0)), bool(Len(3)), bool(Both()), bool(Neither()))
print(Len(0) or "fallback")
x = Len(2) and "after"
print(x)
a, b = 5, 0
print(a and b or "alt", (a or b) and "yes")
print(b or a and "high", (b or a) and "p")
res = []
for cond in [True, False]:
    res.append(cond and "T" or "F")
print(res)
print(1 < 2 and 2 < 3 or 1 / 0)
print(True and not False or False)
print([] or None)
print(any([0, "", None]), all([1, "a", [0]]), all([]), any([]))
print((lambda: 0)() or "lambda returned falsy")
empty_dict = {}
print(empty_dict.get("k") or "missing", empty_dict or "empty")
if not (a and b):
    print("not both")
z = 0
z = z or 10
print(z)
print(0 == False and "" != False and None is not False)
