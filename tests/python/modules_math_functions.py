import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.isqrt(99), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.factorial(10), math.comb(10, 3), math.perm(5, 2), math.gcd(48, 180, 12), math.lcm(4, 6, 10))
print(math.sin(math.pi / 2), math.cos(0), math.tan(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0), math.exp(0), math.expm1(0))
print(math.log(10 ** 1000), math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isfinite(1e308), math.isinf(-math.inf))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.75), math.modf(-2.5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 6), start=2))
print(math.pow(2, 10), math.pow(4, 0.5), math.erf(0), math.erfc(0), math.gamma(5), math.lgamma(1))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-5), lambda: math.acos(2),
            lambda: math.exp(1000), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.isqrt(-1)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.floor(3), math.ceil(3.0000001), type(math.floor(2.5)).__name__, math.trunc(9.99))
print(math.remainder(10, 3), math.remainder(11, 3), math.nextafter(1.0, 2.0) > 1.0, math.ulp(1.0))
print(round(math.sin(1), 12), round(math.cosh(1), 12), round(math.asinh(1), 12), round(math.atanh(0.5), 12))
