from . import base
from .. import VERSION
class Square(base.Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return float(self.side * self.side)
package_version = VERSION
