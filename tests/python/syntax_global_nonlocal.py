# global and nonlocal declarations in functions, nested functions and classes.
counter = 0
def increment():
    global counter
    counter += 1
increment(); increment()
print(counter)

def create_global():
    global created_later
    created_later = "made inside function"
create_global()
print(created_later)

def read_global_without_decl():
    return counter * 10
print(read_global_without_decl())

def shadow():
    counter = "local"
    return counter
print(shadow(), counter)

def unbound_because_assigned_later():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 1
unbound_because_assigned_later()

def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x
print(outer())

def nonlocal_skips_global():
    counter = "enclosing"
    def inner():
        nonlocal counter
        counter += "+"
        return counter
    return inner(), counter
print(nonlocal_skips_global(), counter)

def global_in_nested():
    counter = "enclosing-local"
    def inner():
        global counter
        counter = 100
    inner()
    return counter
print(global_in_nested(), counter)

class Holder:
    global counter
    counter = 200
    value = counter
print(counter, Holder.value)

def class_nonlocal():
    state = []
    class Inner:
        nonlocal state
        state = ["set from class body"]
    return state
print(class_nonlocal())

for source in ["def f():\n    x = 1\n    global x\n",
               "def f():\n    nonlocal y\n",
               "nonlocal z\n",
               "def f(a):\n    global a\n",
               "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n"]:
    try:
        compile(source, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)

def loop_global():
    global total
    total = 0
    for i in range(5):
        total += i
loop_global()
print(total)

def exec_global():
    exec("global from_exec\nfrom_exec = 'exec wrote global'")
exec_global()
print(from_exec)
g = globals()
g["dynamic"] = "set via globals()"
print(dynamic)
def modify_via_globals():
    globals()["counter"] = -1
modify_via_globals()
print(counter)
def deep_nonlocal():
    a = 0
    def l1():
        def l2():
            def l3():
                nonlocal a
                a += 1
            l3(); l3()
        l2()
    l1()
    return a
print(deep_nonlocal())
