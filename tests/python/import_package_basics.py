import pkgs.mathutil
from pkgs import mathutil as mu
from pkgs.mathutil import square, CONSTANT
from pkgs.sub import helper
from pkgs.sub.helper import greet
import pkgs.sub.helper as h2
print(pkgs.mathutil.square(4), mu.cube(2), square(5), CONSTANT)
print(helper.greet("x"), greet("y"), h2 is helper)
print(pkgs.__name__, mu.__name__, helper.__name__, helper.__package__)
print(pkgs.mathutil.__file__.endswith("mathutil.py"), hasattr(pkgs, "__path__"))
import sys
print("pkgs.mathutil" in sys.modules, sys.modules["pkgs.sub.helper"] is helper)
from pkgs.sub import relative_user
print(relative_user.use())
try:
    import does_not_exist
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from pkgs import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
from pkgs.star_mod import *
print(public_a, public_b)
print("_private" in dir(), "hidden" in dir())
import pkgs.counter
import pkgs.counter
print(pkgs.counter.loads)
print(__name__)
