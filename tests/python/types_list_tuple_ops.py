# list and tuple operations: methods, comparisons, copying, errors, identity of empties.
lst = [5, 3, 8]
lst.append([1, 2])
lst.extend((9, 9))
lst.insert(100, "end")
lst.insert(-100, "start")
print(lst, len(lst), lst.count(9), lst.index(8), lst.index(9, 5))
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(9)
print(lst)
for thunk in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].index(1, 1),
              lambda: (1, 2).index(3), lambda: [].insert()]:
    try:
        thunk()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = [1, [2, 3]]
shallow = a.copy()
shallow[1].append(4)
print(a, shallow, a == shallow, a is shallow, a[1] is shallow[1], list(a) == a[:])
lst2 = [1, 2, 3]
lst2.reverse()
print(lst2, lst2 * 2, [0] * 3, [[0]] * 2, lst2 + [4], lst2.clear(), lst2)
nested = [[0] * 2] * 2
nested[0][0] = "shared"
print(nested)
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:3], t[::-1], len(t), 2 in t, min(t), max(t), sum(t))
print((1,) == (1,), (1, 2) < (1, 2, 3), (2,) > (1, 9), () < (0,), (1, "a") == (1, "a"), [1, 2] == [1, 2], [1] != [1.0])
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}), list((1, 2)), list("xy"), list({"a": 1, "b": 2}.items()))
print(repr(()), repr((1,)), repr([]), str([1, "a", None, 2.5]))
x = [1, 2, 3]
y = x
x += [4]
print(y, x is y)
x = x + [5]
print(y, x is y)
t2 = (1, [2])
t2[1].append(3)
print(t2)
print([i * 2 for i in range(5)][::2], list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"])))
print(sum([[1], [2, 3]], []), [*range(3), *(4, 5)], [x for pair in [(1, 2), (3, 4)] for x in pair])
stack = []
for ch in "push":
    stack.append(ch)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in matrix], [list(r) for r in zip(*matrix)], [matrix[i][i] for i in range(3)])
print(list(range(10))[::-1][2:5], [1, 2, 3][-1:-4:-1], [1, 2, 3][5:], [][:])
lst3 = [3, 1, 2]
print(sorted(lst3), lst3, reversed(lst3).__class__.__name__, list(reversed(lst3)))
print([1, 2, 3].__len__(), [1, 2].__contains__(2), [1].__add__([2]), (1,).__mul__(3), [1, 2].__getitem__(slice(1, None)))
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print(list.__name__, type([]) is list, isinstance((), tuple), [] == (), list() == [], [None] * 0)
