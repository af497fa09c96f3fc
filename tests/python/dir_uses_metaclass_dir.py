# dir(cls) calls type(cls).__dir__(cls): a metaclass's __dir__ (enum's EnumType) is
# honoured, and type.__dir__ lists the class's and its bases' attributes.
import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(dir(Color))
print(dir(Color.RED)[-4:])

class Meta(type):
    def __dir__(cls):
        return ["zeta", "alpha"]
class C(metaclass=Meta):
    x = 1
print(dir(C), "x" in dir(C()))
print(sorted(type.__dir__(C))[-3:], "x" in type.__dir__(C))
class D(C):
    y = 2
print(dir(D), sorted(set(type.__dir__(D)) & {"x", "y"}))
try:
    type.__dir__(1)
except TypeError as e:
    print(e)
