# list[i], tuple[i] and list[i] = v for exact types and exact ints take an inline path;
# every other case must behave as CPython's general protocol.

l = [10, 20, 30]
t = (1, 2, 3)
for i in (0, 1, 2, -1, -2, -3):
    print(i, l[i], t[i])
for bad in (3, -4, 2**40, -2**40):
    for c in (l, t):
        try:
            c[bad]
        except IndexError as e:
            print(type(c).__name__, bad, "IndexError:", e)
try:
    l[2**70]
except IndexError as e:
    print("IndexError:", e)
print(l[True], t[False], l[-True])
for c in (l, t):
    try:
        c["x"]
    except TypeError as e:
        print("TypeError:", e)
    try:
        c[1.0]
    except TypeError as e:
        print("TypeError:", e)


class MyList(list):
    def __getitem__(self, i):
        return ("MyList", i)

    def __setitem__(self, i, v):
        print("MyList set", i, v)


class MyTuple(tuple):
    def __getitem__(self, i):
        return ("MyTuple", i)


class Index:
    def __index__(self):
        return 1


ml = MyList([1, 2])
print(ml[0], MyTuple((1,))[0], l[Index()], t[Index()])
ml[0] = 5
for i in (0, -1, 2):
    l[i] = i * 100
print(l)
for bad in (3, -4, 2**63):
    try:
        l[bad] = 0
    except IndexError as e:
        print("IndexError:", e)
l[Index()] = "via index"
l[True] = "via bool"
print(l)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)
d = {0: "zero", "k": "v"}
print(d[0], d["k"])
grid = [[0] * 3 for _ in range(3)]
for r in range(3):
    for c in range(3):
        grid[r][c] = r * 3 + c
print(grid, grid[-1][-1])
