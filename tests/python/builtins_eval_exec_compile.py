# eval/exec/compile with explicit globals/locals, modes, flags, errors and namespace effects.
g = {"x": 10}
print(eval("x * 2", g), eval("x + y", g, {"y": 5}), eval("len('abc')"), sorted(k for k in g if k != "__builtins__"))
print("__builtins__" in g, eval("__name__", {}) if False else eval("__name__", {"__name__": "custom"}))
ns = {}
exec("a = 1\nb = a + 1\ndef f():\n    return a + b\nclass C:\n    attr = 'class attr'", ns)
print(ns["a"], ns["b"], ns["f"](), ns["C"].attr, ns["C"].__module__, ns["f"].__module__)
loc = {}
exec("z = 5\nw = z * 2", {}, loc)
print(loc)
glob = {"shared": 1}
exec("def read():\n    return shared\nshared = 2", glob)
print(glob["read"]())
def run_in_function():
    local_var = 3
    exec("local_var = 99\nnew_var = 1")
    return local_var, "new_var" in locals()
print(run_in_function())
def eval_sees_locals():
    hidden = "visible to eval"
    return eval("hidden")
print(eval_sees_locals())
print(eval("[i for i in range(3)]", {"range": range}), eval("(lambda q: q * 3)(4)"))
for mode, src in [("eval", "1 + 2"), ("exec", "r = 3 * 4"), ("single", "5 * 5")]:
    code = compile(src, "<%s>" % mode, mode)
    env = {}
    result = eval(code, env) if mode == "eval" else exec(code, env)
    print(mode, type(code).__name__, code.co_filename, result, env.get("r"))
code = compile("def sq(n):\n    return n * n\n", "<defs>", "exec")
env = {}
exec(code, env)
print(env["sq"](9), env["sq"].__code__.co_filename)
for bad_src, mode in [("1 +", "eval"), ("x = 1", "eval"), ("def f(:", "exec"), ("return 1", "exec"), ("a b", "single"), ("  1", "eval")]:
    try:
        compile(bad_src, "<bad>", mode)
        print("compiled", repr(bad_src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile("1", "<x>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    print(type(e).__name__, e)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("x = 1", [])
except TypeError as e:
    print(type(e).__name__, e)
print(eval("  3 + 4  "), eval("\t42\n"), eval(b"2 ** 5"), exec("pass"), eval(compile("7", "", "eval")))
restricted = {"__builtins__": {"len": len}}
print(eval("len('four')", restricted))
try:
    eval("print('x')", restricted)
except NameError as e:
    print(type(e).__name__, e)
class Mapping(dict):
    def __missing__(self, key):
        return "<%s>" % key
print(eval("missing_a + missing_b", {}, Mapping()))
counter_ns = {"count": 0}
for _ in range(3):
    exec("count += 1", counter_ns)
print(counter_ns["count"])
src = """
total = 0
for i in range(5):
    total += i
result = total
"""
ns2 = {}
exec(src, ns2)
print(ns2["result"], ns2["i"])
print(eval("__import__('math').sqrt(16)"), eval("abs(-3)", {}), eval("x", {"x": 1}, {"x": 2}))
expr = compile("a * b", "<calc>", "eval")
print([eval(expr, {"a": a, "b": b}) for a, b in [(1, 2), (3, 4)]], expr.co_names)
print(compile("x = 1", "<ast>", "exec", dont_inherit=True).co_names, compile("pass", "f.py", "exec").co_filename)
