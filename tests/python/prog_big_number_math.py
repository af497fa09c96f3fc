# Arbitrary-precision integer programs: factorials, digits of pi and e, Collatz, perfect numbers.
def pi_digits(n):
    """Spigot (Gibbons) producing n decimal digits of pi."""
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "%d.%s" % (out[0], "".join(map(str, out[1:])))
print(pi_digits(60))
def e_digits(n):
    scale = 10 ** (n + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    s = str(total // 10 ** 10)
    return s[0] + "." + s[1:n]
print(e_digits(60))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
print("sqrt(2) =", "1." + str(isqrt(2 * 10 ** 100))[1:61])
fact = 1
for i in range(1, 101):
    fact *= i
s = str(fact)
print(len(s), s[:20], sum(map(int, s)), len(s) - len(s.rstrip("0")))
def collatz_len(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return length
best = max(range(1, 30000), key=collatz_len)
print("longest Collatz chain below 30000 starts at", best, "length", collatz_len(best))
def divisors_sum(n):
    total, d = 1, 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d != n // d:
                total += n // d
        d += 1
    return total
print("perfect numbers:", [n for n in range(2, 10000) if divisors_sum(n) == n])
mersenne = [p for p in range(2, 130) if all(p % d for d in range(2, p))]
def lucas_lehmer(p):
    if p == 2:
        return True
    m, s = 2 ** p - 1, 4
    for _ in range(p - 2):
        s = (s * s - 2) % m
    return s == 0
print("Mersenne prime exponents < 130:", [p for p in mersenne if lucas_lehmer(p)])
print("2^127-1 =", 2 ** 127 - 1)
print("digits of 2^1000:", sum(int(c) for c in str(2 ** 1000)), "fib(500) digits:", len(str(
    (lambda f: f(f, 500))(lambda self, n, a=0, b=1: a if n == 0 else self(self, n - 1, b, a + b)))))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print("fib(300) =", a)
def binomial_row(n):
    row = [1]
    for k in range(n):
        row.append(row[-1] * (n - k) // (k + 1))
    return row
print(binomial_row(10), max(binomial_row(100)))
print(pow(3, 10 ** 6, 10 ** 10), pow(2, 2 ** 20, 1000007), (7 ** 7 ** 2) % 10 ** 12)
catalan = [1]
for n in range(1, 25):
    catalan.append(catalan[-1] * 2 * (2 * n - 1) // (n + 1))
print(catalan[-5:])
