# float.hex/fromhex, as_integer_ratio, is_integer, inf/nan semantics, float <-> int comparisons.
for v in [0.0, -0.0, 1.0, 0.5, 0.1, -2.75, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.0, 1 / 3]:
    print(repr(v), v.hex(), float.fromhex(v.hex()) == v, v.as_integer_ratio(), v.is_integer())
for s in ["0x1p0", "0x1.8p1", "-0x.8p-1", "0X1.FFFFFFFFFFFFFP+1023", "0x1p-1074", "inf", "-nan", "0x10", "  0xAp0  ", "0x1.0000000000000001p0"]:
    print(repr(s), float.fromhex(s))
for bad in ["0x", "1p", "0x1p99999", "zz"]:
    try:
        float.fromhex(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, inf > 1e308, -inf < -1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 0, max(1, nan), max(nan, 1), min(nan, 1), sorted([3, nan, 1])[1:] if False else "")
print(nan is nan, [nan].count(nan), {nan: 1}.get(nan), float("nan") in [float("nan")])
print(inf.is_integer(), nan.is_integer(), (2.0 ** 60).is_integer(), 1e-300.is_integer())
print(0.0 == -0.0, str(-0.0), repr(0.0 * -1), -0.0 + 0.0, -0.0 - 0.0, -0.0 * 0.0, 1 / inf, -1 / inf)
import math
print(math.copysign(1, -0.0), math.copysign(1, 0.0), math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0))
for op in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: divmod(1.0, 0.0), lambda: 0.0 ** -1]:
    try:
        op()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-8.0) ** (1 / 3)
    print("complex result:", (-8.0) ** (1 / 3))
except ValueError as e:
    print(type(e).__name__, e)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 < 2.0 ** 53 + 2)
print(10 ** 16 + 1 > 1e16, 10 ** 16 + 1 == 1e16, (10 ** 16 + 1) - 1e16, 0.5 == 1 / 2, 1 == 1.0000000000000002)
print(-1 < -0.5 < 0, 2 ** 1024 > 1.7976931348623157e308, 2 ** 1024 == inf, -(2 ** 1024) > -inf)
print(float.__getformat__("double"), (1.5).__trunc__(), (-1.5).__floor__(), (-1.5).__ceil__(), (2.5).__round__())
print((7.5).conjugate(), (7.5).real, (7.5).imag, float.fromhex("0x1.999999999999ap-4") == 0.1)
print(math.isfinite(1e308), math.isinf(-inf), math.isnan(nan), math.fabs(-0.0), math.fmod(-7.0, 3.0), -7.0 % 3.0)
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.75), math.modf(inf), math.nextafter(1.0, 2.0), math.ulp(1.0))
print(sum([0.1] * 10), math.fsum([0.1] * 10), sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(float(True), float("  -3.5e-2 "), float(b"1.25") if False else float("1.25"), 1.5.__add__(1), (1.5).__radd__(2))
print(3.0 == 3, hash(3.0) == hash(3), {3.0: "x"}[3], 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)
