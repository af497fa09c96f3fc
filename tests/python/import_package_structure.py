# Importing a package with subpackages and relative imports; module attributes and sys.modules.
import sys
print("before:", "impdemo" in sys.modules)
import impdemo
print("after:", "impdemo" in sys.modules, impdemo.describe(), impdemo.VERSION)
print(impdemo.__name__, impdemo.__package__, impdemo.__doc__, impdemo.__file__.replace("\\", "/").split("/")[-2:])
print(type(impdemo.__path__).__name__, len(impdemo.__path__), impdemo.__path__[0].replace("\\", "/").split("/")[-1])
print(impdemo.__spec__.name, impdemo.__spec__.parent, impdemo.__spec__.submodule_search_locations is not None)
import impdemo.shapes
print("config loaded by relative import:", "impdemo.config" in sys.modules)
from impdemo.shapes import Circle, Square
from impdemo.shapes.circle import debug_enabled
import impdemo.shapes.square as sq
print(Circle(1).describe())
print(Square(3).describe())
print(impdemo.shapes.registry, sq.package_version, debug_enabled())
print(impdemo.shapes.__name__, impdemo.shapes.__package__, impdemo.shapes.circle.__package__, sq.__name__, sq.__spec__.parent)
print(hasattr(impdemo, "shapes"), impdemo.shapes.circle is sys.modules["impdemo.shapes.circle"], impdemo.config.settings)
from impdemo import config
config.set_option("debug", True)
print(debug_enabled(), impdemo.config.settings is config.settings)
print(sorted(name for name in sys.modules if name.startswith("impdemo")))
import impdemo.config as cfg_again
print(cfg_again is config, config.bump(), cfg_again.bump(), impdemo.config.load_count)
from impdemo.shapes import *
print(sorted(n for n in dir() if n in ("Circle", "Square", "base", "registry")))
from impdemo.nsdeep import leaf
import impdemo.nsdeep
print(leaf.LEAF, impdemo.nsdeep.__file__, type(impdemo.nsdeep.__path__).__name__, impdemo.nsdeep.__spec__.origin)
print(leaf.__name__, leaf.__package__, [p.replace("\\", "/").split("/")[-1] for p in impdemo.nsdeep.__path__])
import nspkg.mod
print(nspkg.mod.NAME, nspkg.__name__, getattr(nspkg, "__file__", "no file attr"))
print(sys.modules["impdemo.shapes"].Circle is Circle, type(sys.modules["impdemo"]).__name__)
print(sys.path[0].replace("\\", "/").split("/")[-1], __file__.replace("\\", "/").split("/")[-1], __name__)
