x = 1
del x
try:
    x
except NameError as e:
    print(e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0], lst[-1]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, "attr"))
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
assert True
assert 1 + 1 == 2, "math works"
try:
    assert False
except AssertionError as e:
    print("empty assert", repr(e))
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
total = 0
def add_total(n):
    global total
    total += n
    return total
add_total(5)
add_total(7)
print(total)
def make_global():
    global created_later
    created_later = "yes"
make_global()
print(created_later)
def read_only_global():
    return total * 2
print(read_only_global())
g = 100
def shadow_local():
    g = 5
    return g
print(shadow_local(), g)
print(__debug__)
def nested_global():
    def inner():
        global total
        total = -1
    inner()
nested_global()
print(total)
