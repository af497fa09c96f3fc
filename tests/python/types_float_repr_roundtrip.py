# float repr is the shortest string that round-trips; str == repr; arithmetic results.
vals = [0.1 * 3, 1.1 * 1.1, 2.675, 0.1 + 0.7, 1 / 7, 22 / 7, 1e-7, 1.5e-7, 123e-20, 9.999999999999999e22,
        1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 4.35, 0.3, 100.0, 1e16 - 2,
        123456789.123456789, 0.000123, 1e-4, 1e-5, 12345678901234567.0, 2 ** 0.5, 3.0 ** 40, -1.5e300 * 1e10,
        float("1e400") * 0, 0.1 ** 20, 1 - 1e-16, 7.0e15, 7.0e16, 0.5 ** 60]
for v in vals:
    r = repr(v)
    assert float(r) == v or v != v
    print(r, str(v) == r)
print(0.1 + 0.2, 0.3 - 0.1, 1.1 + 2.2, 3 * 1.1, 0.1 * 0.1, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(1.0 / 3 * 3, 2.0 ** 0.5 * 2.0 ** 0.5, 10.0 / 4, 7.0 // 2, -7.0 // 2, 7.0 % -3, -0.0 % 5, 5.5 % 2.5)
print(float("0.1"), float("-1.5E3"), float("  42  "), float("1_0.5"), float("inf"), float("-Infinity"), float("nAn"))
print(float(".5"), float("5."), float("+1e-3"), float(7), float(2 ** 60), float("0x10") if False else "no hex strings")
for bad in ["", "1.2.3", "1e", "e5", "0x10", "1_", "_1", "1__0", "inf inity", "--1", "1,5"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
print(1e22, 1e21, 1e16, 1e15, 123456789012345678901234567890.0, 0.0001, 0.00001, -0.0, 0.0 == -0.0)
print(float(10 ** 16), float(10 ** 15), 1.0e+16, 9007199254740993.0, 2.0 ** 63, 2.0 ** -10)
print(int(1e16), int(2.5e-3), 1e16 + 1 == 1e16, 1e16 + 2)
print(round(0.1 + 0.2, 10), round(1e16 / 3, -3), round(1.23456789e-5, 8))
