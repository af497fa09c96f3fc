# pow (2- and 3-argument, negative exponents with modulus), round, divmod, abs across numeric types.
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 3), pow(4, 0.5), pow(0, 0), pow(-8, 1 / 3).real > 0)
print(pow(3, 4, 5), pow(10, 100, 7), pow(-3, 3, 5), pow(3, 3, -5), pow(2, 0, 1), pow(5, 1, 1), pow(0, 0, 7))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(2, -1, 9), pow(10, -3, 13), pow(123456789, -1, 10 ** 9 + 7))
print((pow(38, -1, 97) * 38) % 97, pow(2 ** 100, 2 ** 50, 10 ** 12 + 39), pow(7, 10 ** 20, 13))
for args in [(2, -1, 4), (0, -1, 5), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (2, -1, 1)]:
    try:
        print(args, pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
print(pow(base=2, exp=5), pow(base=3, exp=2, mod=4), 2 ** -1, (-1) ** 0.5 if False else "", 0.0 ** 0, (-2.0) ** 2)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0 ** -2.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.135, 2), round(12345, -2), round(12355, -1), round(-15, -1))
print(round(7), round(7, 2), round(7.0, 2), round(True), round(2 ** 100 + 0.5 if False else 2 ** 100, -30), type(round(7, 2)).__name__)
print(round(1.23456, 4), round(-1.23456, 1), round(0.5 + 1e-15), round(1e15 + 0.5), round(2.675, 2), round(float("1e-320"), 320))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3), round(R(), None))
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3), divmod(2 ** 70, 10 ** 10))
print(divmod(17.5, 5), divmod(-17.5, 5), divmod(1, 0.3), divmod(-1e-300, 1), divmod(5, 2.0), divmod(True, 2))
for a, b in [(1, 0), (1.0, 0), (0, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    divmod(1 + 1j, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(abs(-5), abs(5), abs(-0), abs(-2.5), abs(-0.0), abs(3 - 4j), abs(-(2 ** 100)), abs(True), abs(False), abs(float("-inf")))
class A:
    def __abs__(self):
        return "custom abs"
print(abs(A()))
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 1e300 % 7)
print(10 / 4, -10 / 4, 10 / -4, 1 / 3, 2 / 1, type(4 / 2).__name__, 10 ** 20 / 10 ** 19, (2 ** 53 + 1) / 2)
print(3 * 1.1, 0.1 * 3 == 0.3, 1.1 + 2.2 == 3.3, abs(1.1 + 2.2 - 3.3) < 1e-9, 2 ** 0.5 ** 2, (2 ** 0.5) ** 2)
