# Assignment targets: chained, attribute, subscript, slices, evaluation order.
log = []

def note(tag, value):
    log.append(tag)
    return value

class Box:
    def __init__(self):
        self.items = {}
    def __setattr__(self, name, value):
        log.append("setattr " + name)
        object.__setattr__(self, name, value)
    def __setitem__(self, key, value):
        log.append("setitem %r" % (key,))
        self.items[key] = value
    def __getitem__(self, key):
        return self.items[key]

a = b = c = [1, 2]
print(a is b, b is c, a)
a = b = 5
print(a, b)
x, y = y, x = 1, 2
print(x, y)

box = Box()
log.clear()
note("target", box)[note("key", "k")] = note("value", 10)
print(log)
log.clear()
box.attr = note("rhs", 3)
print(log, box.attr)

log.clear()
first = second = note("once", [0])
print(log, first is second)

lst = list(range(10))
lst[2:5] = ["a", "b"]
print(lst)
lst[::3] = [0, 0, 0]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
lst[len(lst):] = [99]
print(lst)
lst[:0] = ["start"]
print(lst)

i = 0
data = [10, 20, 30]
i, data[i] = 1, 99
print(i, data)

m = [[0] * 3 for _ in range(3)]
m[1][2] = 7
m[0][0], m[2][1] = "tl", "mid"
print(m)

d = {}
d["a"] = d["b"] = 1
print(sorted(d.items()))

class Point:
    pass
p = Point()
p.x, p.y = 3, 4
print(p.x, p.y, sorted(vars(p)))

t = (1, 2)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)

[q, r], s2 = "ab", "cd"
print(q, r, s2)
(((deep,),),) = (((42,),),)
print(deep)
for k, (v1, v2) in [("a", (1, 2)), ("b", (3, 4))]:
    print(k, v1 + v2)
n: int = 5
print(n, __annotations__["n"])
counter = 0
def bump():
    global counter
    counter += 1
    return counter
arr = [0, 0, 0, 0]
arr[bump()] = bump()
print(arr, counter)
