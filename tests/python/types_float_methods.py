vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789.0, 1e-5, 1e-4, 5e-324, 1.7976931348623157e308,
        -0.0, 100.0, 2.5, 1e22, 1.0e-10, 3.141592653589793, float("inf"), float("-inf")]
for v in vals:
    print(repr(v), str(v))
print(float("nan"), float(" 1_000.5 "), float("1e3"), float("-Infinity"), float("+nan"))
for bad in ["", "1..2", "abc", "1e", "_1.0"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
print((1.0).is_integer(), (1.5).is_integer(), float.fromhex("0x1.8p1"), (3.0).hex(), (0.1).hex(), (-0.0).hex())
print(round(2.675, 2), round(1.5), round(2.5), round(-0.5), round(3.14159, 3), round(1234.5678, -2))
print(round(0.125, 2), round(0.375, 2), round(1e300, 2), round(5.5), round(6.5))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, -2), 2.0 ** 10, (-2.0) ** 2)
print(1.5.__floor__() if hasattr(1.5, "__floor__") else None, int(2.9), int(-2.9))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    10.0 ** 400
except OverflowError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
print(1e308 * 10, -1e308 * 10, 0.1 * 3, 1.1 * 1.1)
print(float.__repr__(1.5), format(1.5, ""), format(2.0, "g"), format(1e-10, "g"))
print(f"{0.1:.20f}", f"{1/3:.15e}", f"{1e6:g}", f"{123456789.0:.3g}")
print(hash(1.0) == hash(1), hash(0.5), hash(-0.5), hash(1e100) == hash(int(1e100)))
print(1.0 == 1, 0.1 + 0.2 == 0.3, 1e16 + 1 == 1e16, float(2**53) == 2**53, float(2**53 + 1) == 2**53 + 1)
print(max(1.5, 2), min(-0.0, 0.0), sorted([3.5, -1, 2]))
print(sum([0.1] * 10), 3 * 0.1, 0.1 + 0.7)
