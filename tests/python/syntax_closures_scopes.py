counter_total = 0
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
inc(); inc(5)
print(get())
def bump_global():
    global counter_total
    counter_total += 1
for _ in range(3):
    bump_global()
print(counter_total)
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())
def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late_binding())
def unbound():
    try:
        print(val)
        val = 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
unbound()
def cell_after_del():
    v = 5
    def g():
        return v
    del v
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
cell_after_del()
class Outer:
    name = "class attr"
    def method(self):
        try:
            return name
        except NameError as e:
            return str(e)
print(Outer().method())
print(make_counter.__code__.co_varnames, inc.__code__.co_freevars)
