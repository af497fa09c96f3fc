# enumerate over builtin and subclassed sources (the eval loop steps list/range sources inline),
# counts crossing into big ints, and unpacking of exact and subclassed tuples/lists.
class L(list):
    pass
for src in ([1, 2], range(3), (4, 5), "ab", L([7]), iter([8, 9])):
    print(list(enumerate(src)), list(enumerate(src, 5)))
e = enumerate([1, 2, 3], 2**63 - 2)
print(next(e), next(e), next(e))
a, b = [1, 2]
try:
    a, b = [1, 2, 3]
except ValueError as ex:
    print(ex)
try:
    a, b = (1,)
except ValueError as ex:
    print(ex)
class T(tuple):
    def __iter__(self):
        return iter((9, 9))
a, b = T((1, 2)); print(a, b)
