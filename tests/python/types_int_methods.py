print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x00\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((0).bit_length(), (1).bit_length(), (255).bit_length(), (-256).bit_length(), (2**100).bit_length())
print((7).bit_count(), (-7).bit_count(), (2**64 - 1).bit_count())
print((10).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(int("1_000"), int("  -12  "), int("0o17", 0), int("z", 36), int("101", 2), int(b"42"))
for bad in ["", "1.5", "0x", "1__0", "_1"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
print(2 ** 64, -(2 ** 64), (2 ** 64) // 3, (2 ** 64) % 7, divmod(2 ** 70, 12345))
print(10 ** 20 + 1, 10 ** 20 - 10 ** 19, 123456789 * 987654321 * 1000000007)
print(-7 // 2, -7 % 2, 7 % -2, -(2**65) // 3, -(2**65) % 3)
print(1 << 70, (1 << 70) >> 68, -1 >> 3, 5 & 3, 5 | 3, 5 ^ 3, ~5, ~(2**70))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, -1, 7), pow(2, 100, 1000000007))
print(int(3.999), int(-3.999), int(1e20), round(123.456), round(-2.5), round(0.5))
print(abs(-2**70), +5, -(-5), int(True), True + True)
print(hex(2**64), oct(-8), bin(2**10))
print(int.__new__(int, 5), isinstance(5, int), type(2**100))
print(str(10**50), repr(-10**30))
import sys
print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(str(e)[:60])
try:
    int("1" * 5000)
except ValueError as e:
    print(str(e)[:60])
print(len(str(10 ** 4000)))
print(5 / 2, 6 / 3, 2 ** 0.5, 10 ** -2, (-8) ** (1/3))
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(e)
print(0 ** 0, 7 // 7, -0, 1_000_000)
print((123).__format__("05d"), format(-42, "x"), format(2**70, ","))
