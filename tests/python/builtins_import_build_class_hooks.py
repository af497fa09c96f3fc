# __import__, __build_class__, breakpoint() via sys.breakpointhook, input() at EOF, print options.
import sys
m = __import__("math")
print(m.__name__, m.sqrt(9), __import__("sys") is sys)
pkg = __import__("pkgs.sub.helper")
print(pkg.__name__, pkg.sub.helper.__name__)
leaf = __import__("pkgs.sub.helper", fromlist=["greet"])
print(leaf.__name__, leaf.greet("import"))
try:
    __import__("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
import builtins
print(builtins.__build_class__ is __build_class__, type(builtins).__name__, builtins.len is len)
def body():
    pass
Built = __build_class__(body, "Built")
print(Built.__name__, Built.__bases__, type(Built).__name__)
Derived = __build_class__(body, "Derived", Built)
print(Derived.__mro__[1:], issubclass(Derived, Built))
class Meta(type):
    pass
Built2 = __build_class__(lambda: None, "Built2", object, metaclass=Meta)
print(type(Built2).__name__, Built2.__bases__)
try:
    __build_class__(5, "X")
except TypeError as e:
    print(type(e).__name__, e)
hook_calls = []
def my_hook(*args, **kwargs):
    hook_calls.append((args, kwargs))
    return "hook result"
sys.breakpointhook = my_hook
print(breakpoint(), breakpoint(1, key="v"), hook_calls)
sys.breakpointhook = sys.__breakpointhook__
try:
    input()
except EOFError as e:
    print(type(e).__name__, repr(str(e)))
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
print("a", "b", sep="")
print("x", "y", "z", sep=" -> ", end=" END\n")
print(end="")
print("multi\nline")
print(1, 2, 3, sep=None, end=None)
print("flushed", flush=True)
print(*[], sep="ignored")
print(*"abc")
print("to stdout", file=sys.stdout)
print("to stderr does not appear in .out", file=sys.stderr)
print(None, file=None)
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
print("captured", 42, sep=":", file=c)
print(c.parts)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
sys.stdout.write("written directly\n")
n = sys.stdout.write("count me\n")
print(n)
original = builtins.print
builtins.print = lambda *a, **k: original("patched:", *a, **k)
print("via builtins")
builtins.print = original
print("restored")
