# Import failures: missing modules/names, modules raising during import, circular partial imports.
import sys
for stmt in ["import nonexistent_module_abc", "import impdemo.nonexistent_sub", "from impdemo import nonexistent_name",
             "from impdemo.config import missing_attr", "import impdemo.config.deeper", "from . import something",
             "from .. import something_else"]:
    try:
        exec(stmt, {"__name__": "__main__"})
    except ImportError as e:
        print(type(e).__name__, "|", str(e).split(" (")[0], "| name =", e.name)
try:
    import impdemo.broken
except ValueError as e:
    print("first import:", type(e).__name__, e)
print("impdemo.broken" in sys.modules, hasattr(sys.modules["impdemo"], "broken"))
try:
    import impdemo.broken
except ValueError as e:
    print("second import re-executes:", e)
import impdemo.cyc_x
print(impdemo.cyc_x.x_value, impdemo.cyc_x.x_late, impdemo.cyc_y.y_value)
print("partial import error:", impdemo.cyc_y.partial_error)
import circ_a
print(circ_a.value, circ_a.circ_b.seen_from_b, circ_a.circ_b.value)
sys.modules["fake_module"] = "anything can live in sys.modules"
import fake_module
print(fake_module)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
class FakeModule:
    answer = 42
sys.modules["virtual"] = FakeModule()
from virtual import answer
print(answer)
try:
    from virtual import question
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import impdemo.config
del sys.modules["impdemo.config"]
import impdemo.config as fresh
print("re-executed after removal from sys.modules:", fresh.settings)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__("impdemo", level=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    exec("from impdemo import *", {})
    print("star import with __all__ fine")
except ImportError as e:
    print(e)
ns = {}
exec("from impdemo import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
