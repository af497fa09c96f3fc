# Closures and cells: late binding, nonlocal, __closure__, cell_contents.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
inc(); inc(5)
print(get(), inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
print(type(inc.__closure__).__name__, len(inc.__closure__), inc.__closure__[0].cell_contents)
print(type(inc.__closure__[0]).__name__)
print(make_counter.__closure__)

def late_binding():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]
print(late_binding())

def rebind_after_closure():
    x = 1
    def read():
        return x
    x = 2
    r1 = read()
    x = 3
    return r1, read()
print(rebind_after_closure())

def deep():
    a = "a"
    def level1():
        b = "b"
        def level2():
            c = "c"
            def level3():
                return a + b + c
            return level3
        return level2
    return level1()()()
print(deep())

def unbound_cell():
    def reader():
        return value
    try:
        reader()
    except NameError as e:
        print(type(e).__name__, e)
    value = 5
    print(reader())
unbound_cell()

def deleted_cell():
    v = 1
    def reader():
        return v
    del v
    try:
        reader()
    except NameError as e:
        print(type(e).__name__, e)
deleted_cell()

def nonlocal_chain():
    x = 0
    def middle():
        def inner():
            nonlocal x
            x += 10
        inner()
        inner()
    middle()
    return x
print(nonlocal_chain())

def shared_between():
    data = []
    def add(v):
        data.append(v)
    def snapshot():
        return list(data)
    return add, snapshot
add, snap = shared_between()
add(1); add(2)
print(snap(), add.__closure__[0] is snap.__closure__[0])

def param_cell(p):
    def g():
        return p * 2
    p += 1
    return g
print(param_cell(10)())

def class_in_function():
    secret = "closure"
    class Inner:
        attr = secret
        def method(self):
            return secret.upper()
    return Inner
I = class_in_function()
print(I.attr, I().method())

def class_scope_skip():
    x = "function"
    class C:
        x = "class"
        def m(self):
            return x
        y = x
    return C().m(), C.y
print(class_scope_skip())

def adder(n):
    return lambda m: n + m
add3 = adder(3)
print(add3(4), adder(10)(5), [adder(i)(i) for i in range(4)])

def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, abs, lambda v: v - 10)(3))
def acc_gen():
    total = 0
    def acc(v):
        nonlocal total
        total += v
        return total
    return acc
a = acc_gen()
print([a(v) for v in [1, 2, 3, 4]])
cell_fn = acc_gen()
cell_fn.__closure__[0].cell_contents = 100
print(cell_fn(1))
