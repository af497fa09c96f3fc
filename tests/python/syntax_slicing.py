# Slicing: extended slices, negative steps, clamping, assignment and deletion.
s = "abcdefghij"
lst = list(range(10))
for sl in [(None, None, None), (2, None, None), (None, 3, None), (-3, None, None),
           (None, -3, None), (1, 8, 2), (None, None, -1), (8, 1, -2), (-1, -5, -1),
           (100, None, None), (-100, 3, None), (None, None, 3), (5, 5, None), (7, 2, None),
           (None, None, -3), (3, None, -1)]:
    sli = slice(*sl)
    print(sl, repr(s[sli]), lst[sli], tuple(range(10))[sli] == tuple(lst[sli]))
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(range(10)[2:8:3], range(10)[::-1], range(0, 20, 3)[1:-1])
print(b"hello"[1:4], bytearray(b"hello")[::-1], b"hello"[1], b"hello"[-1:])
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][::-1], m[::-1][0][1:])
lst2 = list(range(8))
lst2[1:3] = "xyz"
print(lst2)
lst2[::2] = [0] * len(lst2[::2])
print(lst2)
lst2[5:2] = ["ins"]
print(lst2)
lst2[-1:] = []
print(lst2)
lst3 = list(range(6))
lst3[::-2] = "abc"
print(lst3)
try:
    lst3[::-2] = "ab"
except ValueError as e:
    print(type(e).__name__, e)
try:
    lst3[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
lst3[:] = lst3
print(lst3)
lst4 = [1, 2, 3]
lst4[1:1] = lst4
print(lst4)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(1, 2), slice(3), slice(None), slice(1, 2, 3).start, slice("a", "b").stop)
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))

class Sliceable:
    def __getitem__(self, key):
        return key
obj = Sliceable()
print(obj[1:2], obj[::], obj[1:2, 3], obj[..., 1], obj[:, None], obj["a":"b":"c"])
print(obj[()], obj[1,], obj[-1])
print("hello"[-1], "hello"[-5], "hello"[10:], "hello"[:-10])
try:
    "hello"[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [][0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1,)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    key = "a"
    "x"[key]
except TypeError as e:
    print(type(e).__name__, e)
try:
    idx = 1.0
    [1][idx]
except TypeError as e:
    print(type(e).__name__, e)
big = list(range(100))
print(big[10:90:17], big[-1:-100:-33], len(big[::7]))
print([1, 2, 3][True], "ab"[False])
print((2 ** 70 and "x")[0:10**30], "abc"[-(2 ** 80):2 ** 80])
