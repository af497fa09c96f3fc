from .base import Shape
from ..config import settings
import math
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
def debug_enabled():
    return settings["debug"]
