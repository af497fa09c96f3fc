# del on names, attributes, subscripts, slices, tuples of targets, and errors.
a = 1
del a
try:
    a
except NameError as e:
    print(type(e).__name__, e)
try:
    del a
except NameError as e:
    print(type(e).__name__, e)

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
try:
    del lst[0]
except IndexError as e:
    print(type(e).__name__, e)

d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print(type(e).__name__, e)

class Obj:
    cls_attr = "c"
o = Obj()
o.attr = 1
o.other = 2
del o.attr
print(sorted(vars(o)))
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))

p, q, r = 1, 2, 3
del p, (q, r)
print("p" in dir(), "q" in dir(), "r" in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)

class Tracker:
    def __delitem__(self, key):
        print("delitem", key)
    def __delattr__(self, name):
        print("delattr", name)
t = Tracker()
del t[1], t["k"], t[1:2], t[::3], t[1, 2]
del t.whatever

def local_del():
    v = "value"
    del v
    try:
        print(v)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
local_del()

def del_global():
    global g
    g = 5
    del g
del_global()
print("g" in globals())

t2 = (1, 2)
try:
    del t2[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "str"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
ba = bytearray(b"hello")
del ba[1:3]
print(ba)
x = [1, 2, 3]
y = x
del x
print(y)
for i in range(3):
    pass
del i
print("i" in globals())
