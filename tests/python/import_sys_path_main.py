# sys.path edits at runtime, the __main__ module, sys.modules bookkeeping and import caching.
import sys
here = __file__.replace("\\", "/").rsplit("/", 1)[0]
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path), sys.path[0].replace("\\", "/") == here)
try:
    import plainmod
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
sys.path.insert(0, here + "/extra_path")
import plainmod
import shadow_math_helper
print(plainmod.where, plainmod.imported_by, shadow_math_helper.VALUE)
marker_in_main = True
print(plainmod.main_globals_has("marker_in_main"), plainmod.main_globals_has("nothing"))
main_mod = sys.modules["__main__"]
print(main_mod.__name__, vars(main_mod) is globals(), main_mod.marker_in_main, main_mod.__spec__)
sys.path.remove(here + "/extra_path")
import plainmod as again
print(again is plainmod, "cached in sys.modules even after the path is removed")
del sys.modules["plainmod"]
try:
    import plainmod
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print("sys" in sys.modules, "builtins" in sys.modules, type(sys.modules).__name__)
import math
before = sys.modules["math"]
import math as m2
print(before is m2 is math)
count_before = len([k for k in sys.modules if k.startswith("impdemo")])
import impdemo
import impdemo
count_after = len([k for k in sys.modules if k.startswith("impdemo")])
print(count_before, count_after)
def import_in_function():
    import impdemo.config
    return impdemo.config.__name__
print(import_in_function(), "impdemo" in dir())
print(sys.argv[0].replace("\\", "/").split("/")[-1], len(sys.argv))
if __name__ == "__main__":
    print("running as __main__")
else:
    print("imported")
print(__builtins__.__name__ if hasattr(__builtins__, "__name__") else type(__builtins__).__name__)
