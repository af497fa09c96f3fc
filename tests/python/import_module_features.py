# Module-level __getattr__/__dir__, star imports without __all__, __name__ guard, module objects.
import impdemo.lazy_attrs as lazy
print(lazy.real, lazy.computed_hello, getattr(lazy, "computed_x"), dir(lazy))
try:
    lazy.other
except AttributeError as e:
    print(type(e).__name__, e)
from impdemo.lazy_attrs import computed_via_from
print(computed_via_from)
from impdemo.noall import *
print(public_one, public_two, public_func(), PublicClass.__module__)
print("_private_one" in dir(), "_math_alias" in dir())
import impdemo.guarded as guarded
print(guarded.ran_as_main, guarded.whoami(), __name__ == "__main__")
import types
print(type(guarded).__name__, isinstance(guarded, type(types)), guarded.__name__)
import math
print(type(math).__name__, math.__name__, hasattr(math, "__file__") in (True, False))
m = type(math)("made_by_hand", "docstring here")
m.value = 5
print(m.__name__, m.__doc__, m.value, sorted(k for k in vars(m) if not k.startswith("__")))
print(repr(m))
import sys
sys.modules["made_by_hand"] = m
import made_by_hand
print(made_by_hand is m, made_by_hand.value)
try:
    type(math)()
except TypeError as e:
    print(type(e).__name__, e)
del m.value
try:
    m.value
except AttributeError as e:
    print(type(e).__name__, e)
try:
    math.no_such_function
except AttributeError as e:
    print(type(e).__name__, e)
def uses_module_global():
    import impdemo.config
    return impdemo.config.settings["debug"]
print(uses_module_global())
def local_import():
    from impdemo.shapes import Square as LocalSquare
    return LocalSquare(2).area()
print(local_import(), "LocalSquare" in globals())
import impdemo.shapes.circle, impdemo.shapes.square
print(impdemo.shapes.circle.__name__, impdemo.shapes.square.__name__)
from impdemo import (
    VERSION,
    describe as desc,
)
print(VERSION, desc())
import impdemo as top, impdemo.config as conf
print(top.__name__, conf.__name__)
