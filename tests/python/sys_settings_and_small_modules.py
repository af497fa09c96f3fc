# sys's installation values and settings (prefix family, thread_info, switch interval,
# async-generator hooks, dlopen flags), a `__doc__` slot (typing's _SpecialForm), and
# _operator._compare_digest.
import os
import sys
import _operator

print(sys.prefix == sys.base_prefix == sys.exec_prefix == sys.base_exec_prefix)
print(os.path.isdir(os.path.join(sys._stdlib_dir, "encodings")), sys.platlibdir)
print(sys.thread_info.name, sys.thread_info.lock, len(sys.thread_info))
print(sys.getswitchinterval())
sys.setswitchinterval(0.002)
print(sys.getswitchinterval())
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError", e)
print(sys.get_asyncgen_hooks())
def first(agen):
    pass
sys.set_asyncgen_hooks(firstiter=first)
h = sys.get_asyncgen_hooks()
print(h.firstiter is first, h.finalizer, h[0] is first)
sys.set_asyncgen_hooks(finalizer=print)
print(sys.get_asyncgen_hooks().firstiter is first, sys.get_asyncgen_hooks().finalizer is print)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks().firstiter)
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print("TypeError", e)
print(sys.getdlopenflags())
sys.setdlopenflags(258)
print(sys.getdlopenflags())
print(sys.get_coroutine_origin_tracking_depth())
print(sys.call_tracing(divmod, (7, 2)))


class Special:
    __slots__ = ("_name", "__doc__")

    def __init__(self, f):
        self._name = f.__name__
        self.__doc__ = f.__doc__


def documented():
    "the doc"


s = Special(documented)
print(s.__doc__, s._name, type(Special.__dict__["__doc__"]).__name__)
try:
    class Clash:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError", e)
import typing
print(typing.Optional[int], typing.List[str], typing.Any)

print(_operator._compare_digest(b"abc", b"abc"), _operator._compare_digest("ab", "abc"))
print(_operator._compare_digest(bytearray(b"x"), memoryview(b"x")), _operator._compare_digest(b"", b""))
for a, b in [(1, 2), ("é", "e"), ("a", b"a")]:
    try:
        _operator._compare_digest(a, b)
    except TypeError as e:
        print("TypeError", e)
for a, b in [(b"a", "a"), ("a", 1), (1, "a"), (1, b"a"), (b"a", 1)]:
    try:
        _operator._compare_digest(a, b)
    except TypeError as e:
        print("TypeError", e)
