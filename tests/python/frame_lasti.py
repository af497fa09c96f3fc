# frame.f_lasti: an int offset of the last instruction run, growing as a frame runs.
import sys
def g():
    yield sys._getframe().f_lasti >= 0
it = g()
print(it.gi_frame.f_lasti)
print(next(it), it.gi_frame.f_lasti > 0)
def h():
    f = sys._getframe()
    a = f.f_lasti
    b = f.f_lasti
    return b > a
print(h())
f = sys._getframe()
print(type(f.f_lasti).__name__, f.f_lasti >= 0, f.f_lineno, f.f_code.co_name, f.f_back)
def g():
    return sys._getframe(1).f_lineno
print(g())
