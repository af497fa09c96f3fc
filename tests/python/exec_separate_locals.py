# exec/eval with separate globals and locals: definitions go to locals, even when the
# module is a single statement without a trailing newline (dataclasses' __create_fn__).
for src in ["def g(): return 1", "def g(a): return a", "def g():\n  return 1",
            "def g():\n  return 1\n", "class C: pass", "x = 1", "async def g(): pass"]:
    g, ns = {}, {}
    exec(src, g, ns)
    print(repr(src), sorted(ns), sorted(k for k in g if k != "__builtins__"))

ns = {}
exec("def __create_fn__(a):\n def inner(): return a\n return inner", {}, ns)
print(ns["__create_fn__"](5)())
print(eval("lambda: 7")())
print(eval("lambda x: x * 2", {}, {})(4))
print((eval("(y for y in range(3))")).__next__())
g = {}
exec("y = 3\ndef f(): return y", g)
print(g["f"]())
