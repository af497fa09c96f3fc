# A `global` declaration in a nested scope makes module-level code use the globals
# namespace for that name; a class-level `global` does not reach its methods.
local_ns = {}
global_ns = {}
exec("""if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    g, h = f()
    result9 = g()
    result2 = h()
    """, local_ns, global_ns)
print(global_ns["result2"], global_ns["result9"], "y" in local_ns, "y" in global_ns)


def test(x):
    class Foo:
        global x

        def __call__(self, y):
            return x + y

    return Foo()


x = 0
print(test(6)(2))
