# math: integer functions, special values, domain/range errors, argument types.
import math
print(math.gcd(), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 40), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6))
print(math.factorial(0), math.factorial(20), math.factorial(25), len(str(math.factorial(200))))
print(math.comb(5, 0), math.comb(5, 6), math.comb(50, 25), math.perm(5), math.perm(5, 0), math.perm(5, 6), math.perm(10, 3))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 30), math.isqrt(2 ** 127 - 1))
for bad in [lambda: math.comb(-1, 2), lambda: math.perm(3, -1), lambda: math.comb(3.0, 1), lambda: math.gcd(1.5, 2),
            lambda: math.factorial(True) and math.factorial(-2), lambda: math.isqrt(2.0), lambda: math.lcm("a")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.floor(-0.5), math.ceil(-0.5), math.floor(1e30), math.ceil(2 ** 70 + 0.0) == 2 ** 70, math.trunc(-1e20))
for f in [math.floor, math.ceil, math.trunc]:
    for v in [math.inf, math.nan]:
        try:
            f(v)
        except (ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
print(math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(math.inf), math.exp(-math.inf), math.log(math.inf), math.atan(math.inf))
print(math.log(1), math.log(2 ** 1000), math.log(10 ** 400, 10), math.log2(2 ** 64 + 1), math.log10(10 ** 500))
for bad in [lambda: math.sqrt(-1e-300), lambda: math.log(0.0), lambda: math.log(-1, 10), lambda: math.log(8, 1),
            lambda: math.log2(0), lambda: math.asin(1.0001), lambda: math.exp(710), lambda: math.pow(0, -1),
            lambda: math.pow(-8, 1 / 3), lambda: math.ldexp(1.0, 2000), lambda: math.fmod(1, 0), lambda: math.cosh(1000),
            lambda: math.sqrt("4"), lambda: math.gamma(0), lambda: math.log(0)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(math.pow(1, math.nan), math.pow(math.nan, 0), math.hypot(math.inf, math.nan), math.hypot(), math.fsum([]), math.prod([2.5, 2]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(math.inf, math.inf))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
print(math.copysign(0.0, -1), math.copysign(math.inf, -0.0), math.fabs(-math.inf), math.remainder(5, 2), math.remainder(-5, 2))
print(math.dist([1, 2, 3], [4, 6, 3]), math.hypot(*range(10)), round(math.degrees(1), 6), round(math.radians(57.29577951308232), 12))
print(math.trunc(3.9), math.floor(True), math.ceil(False), type(math.floor(2.0)).__name__, math.floor(-(2 ** 80) - 0.5) == -(2 ** 80))
class Floorable:
    def __floor__(self):
        return "custom floor"
    def __ceil__(self):
        return "custom ceil"
print(math.floor(Floorable()), math.ceil(Floorable()))
print(sorted(n for n in ("pi", "e", "tau", "inf", "nan") if hasattr(math, n)), math.e ** 1 == math.e, math.tau == 2 * math.pi)
print(sum(math.comb(10, k) for k in range(11)), math.fsum(1 / math.factorial(k) for k in range(20)), math.e)
