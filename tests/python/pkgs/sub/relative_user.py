from .helper import greet
from ..mathutil import square
from .. import INIT_VALUE
def use():
    return greet("rel"), square(3), INIT_VALUE
