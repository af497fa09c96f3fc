# int(): parsing with bases, underscores, whitespace, errors; str/repr/format of ints.
for s, base in [("42", 10), ("-0x1F", 16), ("0x1F", 0), ("0o777", 0), ("0b1011", 0), ("z", 36), ("ZZ", 36),
                ("1_000_000", 10), ("  +17\n", 10), ("0", 0), ("00", 0), ("-0", 10), ("1_0", 0),
                ("10", 2), ("777", 8), ("ff", 16), ("FF", 16), ("0X_ff", 16), ("٣", 10), ("１２", 10)]:
    print(repr(s), base, int(s, base))
for s, base in [("0x", 16), ("1.0", 10), ("", 10), (" ", 10), ("12a", 10), ("08", 0), ("1__0", 10),
                ("_1", 10), ("1_", 10), ("2", 2), ("0b2", 0), ("-", 10), ("+-1", 10), ("0o8", 8)]:
    try:
        int(s, base)
    except ValueError as e:
        print(type(e).__name__, e)
for base in [1, 37, -1]:
    try:
        int("1", base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
print(int(), int(3.99), int(-3.99), int(1e18), int(2.0 ** 80), int(True), int(b" 12 "), int(bytearray(b"7")))
for f in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(f)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(str(0), str(-0), repr(10 ** 20), str(-(2 ** 63)), str(2 ** 63 - 1))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"), format(255, "#b"), format(255, "#o"), format(255, "#X"))
print(format(-255, "#x"), format(255, "010b"), format(255, "+d"), format(255, " d"), format(-5, "05d"), format(5, "<5d") + "|")
print(format(1234567890, ","), format(1234567890, "_"), format(0xdeadbeef, "_x"), format(12, "c"), format(10 ** 10, "e"))
print(format(42, "n"), format(42, ""), format(7, "%"), format(7, ".2f"), format(7, "g"), format(123456789, ".3e"))
print(format(5, "=+8"), format(-5, "=8"), format(5, "^8") + "|", format(5, "*>8"), format(5, "08,"))
print(format(2 ** 100, ","), format(-(2 ** 70), "x"), format(2 ** 64, "#b")[:10])
try:
    format(5, "s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(5, ",b")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(300000, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    format(5, ".2d")
except ValueError as e:
    print(type(e).__name__, e)
print(bin(0), bin(-5), oct(0), oct(-64), hex(0), hex(-255), hex(2 ** 64))
print(int("1" * 50), int("-" + "9" * 40) + 1)
print(int.__doc__ is not None, isinstance(int("5"), int), type(int("5")) is int)
class IntSub(int):
    pass
print(type(int(IntSub(5))).__name__, type(+IntSub(5)).__name__, type(IntSub(5) + 0).__name__, IntSub(5) == 5)
print(int("  \t 99 \n "), int("+0"), int("-00"), int("0_0"), int("0b_1", 0))
