# throw() into a generator that is handling an exception chains it as __context__;
# a delegating generator's frame stays on the stack while its delegate runs throw().
import sys


def f():
    try:
        raise KeyError("a")
    except Exception:
        yield


gen = f()
gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print(repr(e.__context__))


def names(frame):
    out = []
    while frame is not None and frame.f_code.co_name in ("inner", "outer"):
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out


def inner():
    try:
        yield
    except Exception:
        pass
    print(names(sys._getframe()))


def outer():
    yield from inner()


o = outer()
o.send(None)
try:
    o.throw(RuntimeError)
except StopIteration:
    pass

for attr in ("__name__", "__qualname__"):
    try:
        setattr(o, attr, 1)
    except TypeError as e:
        print(e)
    try:
        delattr(o, attr)
    except TypeError as e:
        print(e)
