# Numeric conversion protocols (__int__, __index__, __float__, __complex__, __trunc__) through int/float/complex/math/builtins, with bad return types.
import math
def t(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
class IntOnly:
    def __int__(self): return 7
class IndexOnly:
    def __index__(self): return 8
class FloatOnly:
    def __float__(self): return 2.5
class BadFloat:
    def __float__(self): return 'x'
class BadIndex:
    def __index__(self): return 1.5
class BadInt:
    def __int__(self): return 'x'
class TruncOnly:
    def __trunc__(self): return 9
class ComplexOnly:
    def __complex__(self): return 1+2j
class BadComplex:
    def __complex__(self): return 5
for cls in [IntOnly, IndexOnly, FloatOnly, BadFloat, BadIndex, BadInt, TruncOnly, ComplexOnly, BadComplex]:
    o = cls()
    print(cls.__name__)
    t(lambda: int(o)); t(lambda: float(o)); t(lambda: complex(o)); t(lambda: math.sqrt(o)); t(lambda: math.floor(o))
    t(lambda: round(o)); t(lambda: abs(o)); t(lambda: divmod(o, 2)); t(lambda: pow(o, 2)); t(lambda: hex(o)); t(lambda: chr(o) if cls is IndexOnly else 'skip')
    t(lambda: math.factorial(o)); t(lambda: math.gcd(o, 4)); t(lambda: math.ldexp(1.0, o)); t(lambda: complex(1, o)); t(lambda: range(o) if cls is IndexOnly else 'skip')
    t(lambda: (1.5).__round__(o)); t(lambda: (15).__round__(o)); t(lambda: [1,2,3][o] if cls is IndexOnly else 'skip'); t(lambda: int('5', o))
