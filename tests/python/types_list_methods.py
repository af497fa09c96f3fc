lst = [3, 1, 4, 1, 5, 9, 2, 6]
lst.append(5)
lst.extend([3, 5])
lst.insert(0, 0)
lst.insert(-1, 99)
print(lst, len(lst))
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(5), lst.count(5), lst.index(5, 5))
lst.reverse()
print(lst)
lst.sort()
print(lst)
lst.sort(reverse=True)
print(lst)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
print(sorted(pairs, key=lambda p: p[0]))
print(lst[1:3], lst[::-1], lst[::3], lst[-2:], lst[100:])
m = list(range(10))
m[2:5] = ["a", "b"]
print(m)
m[::2] = [0] * len(m[::2])
print(m)
del m[1:3]
print(m)
del m[::2]
print(m)
print([1, 2] + [3], [0] * 3, [[0] * 2] * 2, 2 in [1, 2], [1, [2]] == [1, [2]], [1, 2] < [1, 3])
a = [1, 2]
b = a
a += [3]
print(a is b, b)
a = a + [4]
print(a is b, a, b)
c = a.copy()
c.clear()
print(a, c)
nested = [1, [2, [3, [4]]]]
print(nested, str(nested), repr(nested))
rec = [1]
rec.append(rec)
print(rec)
print(list("abc"), list(range(3)), list({1: 2}), list((1, 2)))
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].remove(2)
except ValueError as e:
    print(e)
try:
    [1, 2][5]
except IndexError as e:
    print(e)
try:
    [3, "a"].sort()
except TypeError as e:
    print(e)
stable = sorted([("x", 2), ("y", 1), ("z", 2), ("w", 1)], key=lambda t: t[1])
print(stable)
print(max([3, 7, 2]), min(["b", "a"]), sum([1.5, 2.5]), list(reversed([1, 2, 3])))
