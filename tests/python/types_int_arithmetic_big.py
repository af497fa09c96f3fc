# Big integer arithmetic: crossing the machine-word boundary, floor division signs, shifts.
M = 2 ** 63
print(M - 1 + 1, -M - 1, (M - 1) * 2, (M - 1) * (M - 1), -(-M), abs(-M), M // -1)
print(2 ** 64 - 1, (2 ** 64 - 1) & 0xFFFF, (2 ** 64) | 1, (2 ** 64) ^ (2 ** 63), ~(2 ** 64))
print(3 ** 100, 7 ** 77 % 1000000007, (10 ** 40) // (10 ** 20 + 7), (10 ** 40) % (10 ** 20 + 7))
for a in [7, -7, 2 ** 70 + 5, -(2 ** 70 + 5)]:
    for b in [2, -2, 3 ** 30, -(3 ** 30)]:
        q, r = divmod(a, b)
        assert q * b + r == a
        print(a // b, a % b, end=" | ")
    print()
print(1 << 0, 1 << 63, 1 << 64, 1 << 200, -1 << 100, (2 ** 200) >> 190, -(2 ** 200) >> 199, -5 >> 1, -1 >> 100)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print(0 << 10 ** 6, 5 >> 10 ** 6, -5 >> 10 ** 6)
print((2 ** 100) & (2 ** 100 - 1), (-(2 ** 100)) & 0xFF, (-(2 ** 100)) | 1, (-7) & (2 ** 70), -7 ^ 2 ** 70)
print(2 ** 0, 0 ** 0, (-2) ** 63, (-2) ** 64, (-1) ** 10 ** 6, 1 ** -1, 2 ** -2, (-2) ** -3)
print(pow(2, 10 ** 3) % 997, pow(3, 10 ** 18, 10 ** 9 + 7), pow(-3, 3, 7), pow(3, -2, 11), pow(2 ** 100, -1, 3 ** 50))
print(10 ** 30 / 10 ** 10, 2 ** 1000 / 2 ** 990, 1 / 3, 10 ** 20 / 3, (2 ** 53 + 1) / 1)
try:
    2 ** 10000 / 1
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 1023 * 1.0 > 0, float(2 ** 1023), float(-(2 ** 64)), float(2 ** 53 + 1), float(2 ** 54 + 3))
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23, 2 ** 63 < 9.3e18, 2 ** 64 > 1.8e19)
print(10 ** 400 > float("inf"), -(10 ** 400) < float("-inf"), 10 ** 400 == float("inf"), 2 ** 2000 > 1e308)
print(hash(2 ** 64), hash(-(2 ** 64)), hash(10 ** 100) % 1000, (2 ** 100).bit_length(), (-(2 ** 100)).bit_count())
fact = 1
for i in range(1, 31):
    fact *= i
print(fact, len(str(fact)), fact % (10 ** 9 + 7))
fib_a, fib_b = 0, 1
for _ in range(150):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(fib_a, fib_a % 1000000, sum(int(c) for c in str(fib_a)))
n = 2 ** 127 - 1
print(n, n % 7, n * n % 10 ** 9, (n + 1) // 2 ** 64, int(str(n)) == n)
print(-(2 ** 64) // 3, -(2 ** 64) % 3, (2 ** 64) // -3, (2 ** 64) % -3)
print(max(2 ** 64, 2 ** 64 + 1, -5), min(-(2 ** 65), 0), sum(range(10 ** 6)), sum([2 ** 62] * 8))
print(abs(-(2 ** 100)), round(2 ** 100 + 7, -2), round(1234567, -3), round(-1250, -2), round(1350, -2))
print((12345678901234567890).as_integer_ratio(), (2 ** 70).to_bytes(9, "big").hex())
print(int.from_bytes(bytes(range(1, 17)), "little"), int.from_bytes(b"\x80" + bytes(15), "big", signed=True))
