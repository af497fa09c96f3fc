def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(200)
print(len(ps), ps[:15], ps[-3:])
def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
for n in [12, 97, 360, 2 ** 31 - 1, 600851475143]:
    print(n, factorize(n))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(462, 1071), gcd(2 ** 40, 6 ** 20))
twins = [(p, p + 2) for p in ps if p + 2 in set(ps)]
print(twins[:8])
def is_prime(n):
    if n < 2:
        return False
    return all(n % d for d in range(2, int(n ** 0.5) + 1))
print([n for n in range(90, 110) if is_prime(n)])
print(sum(sieve(10000)))
