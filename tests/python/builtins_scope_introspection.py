# globals(), locals(), vars(), dir() in module, function, class and comprehension scopes.
module_level = "m"
print(globals() is vars(), locals() is globals(), "module_level" in dir(), globals()["module_level"])
module_names = dir()
print([n for n in ["__name__", "__doc__", "__builtins__", "__spec__", "__file__", "__package__", "module_level"] if n in module_names])
print([n for n in dir() if not n.startswith("__")], module_names == sorted(module_names))
print(__name__, type(__builtins__).__name__ in ("module", "dict"), __doc__, __spec__, __package__)
def func(a, b=2):
    c = a + b
    snapshot = sorted(locals())
    return snapshot, sorted(dir())
print(func(1))
def func_vars(x):
    y = x * 2
    return vars() == locals(), sorted(vars())
print(func_vars(3))
def locals_is_snapshot():
    v = 1
    loc = locals()
    v = 2
    before = loc["v"]
    loc2 = locals()
    return before, loc2["v"], loc is loc2
print(locals_is_snapshot())
def modify_locals_no_effect():
    w = "original"
    locals()["w"] = "changed"
    return w
print(modify_locals_no_effect())
class Body:
    alpha = 1
    beta = alpha + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    has_module = "__module__" in locals()
    has_qualname = "__qualname__" in locals()
print(Body.names, Body.has_module, Body.has_qualname)
def closure_locals():
    outer = "captured"
    def inner():
        return sorted(locals()), outer
    return inner()
print(closure_locals())
def comprehension_locals():
    base = 10
    return [("_" in locals(), "base" in locals()) for _ in range(1)][0]
print(comprehension_locals())
globals()["injected"] = "via globals()"
print(injected)
def set_global_via_dict():
    globals()["from_function"] = 123
set_global_via_dict()
print(from_function)
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
class Obj:
    def __init__(self):
        self.a = 1
        self._b = 2
o = Obj()
print(vars(o), vars(o) is o.__dict__, [n for n in dir(o) if not n.startswith("__")])
print(sorted(set(dir([])) & {"append", "pop", "sort", "__len__"}), "keys" in dir({}), "upper" in dir(""))
print(dir(5)[:3] == sorted(dir(5))[:3], dir() == sorted(dir()))
import math
print(vars(math) is math.__dict__, "pi" in vars(math), math.__name__)
def count_args(*args, **kwargs):
    return len(locals()), sorted(locals())
print(count_args(1, 2, k=3))
def del_local():
    x = 1
    del x
    return "x" in locals()
print(del_local())
