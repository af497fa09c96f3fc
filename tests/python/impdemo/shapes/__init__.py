from .circle import Circle
from .square import Square
from . import base
__all__ = ["Circle", "Square"]
registry = base.registry
