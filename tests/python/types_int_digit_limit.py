# The 4300-digit limit on int <-> str conversion for non-power-of-two bases.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
ok = int("9" * 4300)
print(len(str(ok)), str(ok)[:10])
try:
    int("9" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
big = 10 ** 4300
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    repr(-big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{big}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    "%d" % big
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(big)), len(bin(big)), len(oct(big)), hex(big)[:12])
print(int("1" * 5000, 16) % 1000, int("1" * 5000, 2) % 1000, int("7" * 5000, 8) % 1000)
print(len(str(10 ** 4299)), str(10 ** 4299)[-3:])
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(big)))
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10 ** 6000)), int("5" * 7000) % 97)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
try:
    int("1" * 641)
except ValueError as e:
    print(type(e).__name__, e)
print(int("1" * 640) % 9, len(str(-(10 ** 639))))
try:
    str(-(10 ** 640))
except ValueError as e:
    print(type(e).__name__, e)
print(int(" " + "1" * 640 + " ") % 7, int("1_" * 639 + "1") % 7)
try:
    int("1_" * 640 + "1")
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(4300)
print(float("1" * 5000) > 1e300 if False else "float strings have no digit limit:", float("1" * 400))
