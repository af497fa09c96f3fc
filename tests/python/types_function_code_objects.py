# Function, code, frame, traceback and cell objects: attributes available from Python code.
import sys

def sample(a, b=2, *args, c, d=4, **kwargs):
    """Sample docstring."""
    local_x = a + b
    def inner():
        return local_x
    return inner

co = sample.__code__
print(sample.__name__, sample.__qualname__, sample.__doc__, sample.__module__, sample.__defaults__, sample.__kwdefaults__)
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames, co.co_cellvars, co.co_freevars)
print(co.co_filename.endswith("types_function_code_objects.py"), co.co_firstlineno, type(co.co_code).__name__, co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0)
print(co.co_qualname if hasattr(co, "co_qualname") else "", sample.__code__.co_nlocals, "local_x" in co.co_varnames)
inner = sample(1, c=3)
print(inner.__code__.co_freevars, inner.__closure__[0].cell_contents, inner.__qualname__, inner())
print(sample.__globals__ is globals(), type(sample.__annotations__).__name__, sample.__dict__, callable(sample))
print(type(sample).__name__, type(co).__name__, type(inner.__closure__[0]).__name__)

def gen_func():
    yield 1
async def coro_func():
    pass
print(bool(gen_func.__code__.co_flags & 0x20), bool(coro_func.__code__.co_flags & 0x80), bool(sample.__code__.co_flags & 0x20))

def where_am_i():
    frame = sys._getframe()
    caller = frame.f_back
    return frame.f_code.co_name, caller.f_code.co_name, frame.f_lineno, type(frame).__name__, frame.f_globals is globals()
def caller_func():
    return where_am_i()
print(caller_func())
def show_locals(p, q=5):
    z = p * q
    return sorted(sys._getframe().f_locals.items())
print(show_locals(2))

def fail_deep(n):
    if n == 0:
        raise ValueError("bottom")
    fail_deep(n - 1)
try:
    fail_deep(3)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - fail_deep.__code__.co_firstlineno))
        tb = tb.tb_next
    print(type(e.__traceback__).__name__, names)

try:
    raise KeyError("k")
except KeyError as e:
    tb = e.__traceback__
    print(tb.tb_next is None, tb.tb_frame.f_code.co_name, tb.tb_lasti >= 0, type(tb.tb_frame.f_lineno).__name__)

f2 = sample
f2.custom = "attr"
print(sample.custom, sorted(vars(sample)))
sample.__doc__ = "changed"
print(sample.__doc__)
def no_doc():
    pass
print(no_doc.__doc__, no_doc.__defaults__, no_doc.__closure__, no_doc.__kwdefaults__)
try:
    sample.__code__ = 5
except TypeError as e:
    print(type(e).__name__, e)
def replacement(x):
    return "replaced body %r" % (x,)
def original(x):
    return "original"
original.__code__ = replacement.__code__
print(original(7), original.__name__)
bound = "abc".upper
print(type(bound).__name__, bound.__self__, bound.__name__, bound())
class K:
    def m(self):
        return self
k = K()
print(k.m.__func__ is K.m, k.m.__self__ is k, k.m.__name__, k.m.__qualname__, type(K.m).__name__)
print((lambda: 0).__code__.co_name, (lambda x, y: 0).__code__.co_argcount, compile("1+1", "<s>", "eval").co_name)
print(sys._getframe().f_code.co_name, sys._getframe(0).f_back)
cell_fn = sample(10, c=0)
cell = cell_fn.__closure__[0]
cell.cell_contents = "rebound"
print(cell_fn())
