print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 10 - 4 - 3, 100 / 10 / 5)
print(7 // 2 * 2 + 7 % 2, 1 + 2 << 1, 1 | 2 & 3, 6 ^ 3 | 8, ~0 + 1, not 1 == 2, -(-3))
print(1 < 2 < 3, 3 > 2 > 1 > 0, 1 < 3 > 2, 1 == 1.0 == True, 1 is not None, "a" in "abc" in "xabcx")
print(True or False and False, (True or False) and False, not True or True, None or 0 or "" or "last")
print(1 if 0 else 2 if 0 else 3, [1, 2][1 if True else 0], 3 * "ab" + "c", "a" < "b" == True)
x = 5
x += 3; x -= 1; x *= 2; x //= 3; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 1; x &= 13; x ^= 5
print(x)
s = "ab"
s *= 2
s += "!"
print(s)
f = 1.5
f /= 2
print(f)
lst = [1]
lst *= 3
print(lst)
print(0.1 + 0.2 > 0.3, 1e308 * 10 == float("inf"), -7 % 3 == 2, 7 % -3 == -2)
print(5 & -5, -5 >> 1, 1 << 63, (1 << 64) - 1 & 0xFF)
a = b = c = 7
print(a, b, c)
n = 0
n = n + 1 if n < 5 else n
print(n, (lambda: 1)() + 1, [i for i in range(3)][-1] ** 2)
print(2 * 3 ** 2, (2 * 3) ** 2, 2 ** -1, 10 ** 2 % 7, -3 ** 2 + 1)
