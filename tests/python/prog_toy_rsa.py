# Toy RSA and number theory: Miller-Rabin, extended Euclid, modular inverse via pow, CRT, signatures.
def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
def next_prime(n):
    n += 1 + (n % 2 == 1)
    while not is_probable_prime(n):
        n += 2
    return n
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
p = next_prime(10 ** 20)
q = next_prime(3 * 10 ** 19 + 12345)
n, phi = p * q, (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
g, x, _ = egcd(e, phi)
print("p =", p)
print("q =", q)
print("n =", n, "bits:", n.bit_length())
print("d == egcd inverse:", d == x % phi, "e*d mod phi =", e * d % phi, "gcd:", g)
def encode(text):
    return int.from_bytes(text.encode(), "big")
def decode(m):
    return m.to_bytes((m.bit_length() + 7) // 8, "big").decode()
message = "hi ferropy!"
m = encode(message)
c = pow(m, e, n)
print("message int:", m, "cipher:", c)
print("decrypted:", decode(pow(c, d, n)))
dp, dq, qinv = d % (p - 1), d % (q - 1), pow(q, -1, p)
m1, m2 = pow(c, dp, p), pow(c, dq, q)
h = qinv * (m1 - m2) % p
print("CRT decryption matches:", m2 + h * q == m)
signature = pow(encode("signed"), d, n)
print("signature verifies:", pow(signature, e, n) == encode("signed"), "tampered:", pow(signature + 1, e, n) == encode("signed"))
print([n for n in range(2, 60) if is_probable_prime(n)])
carmichael = [561, 1105, 1729, 2465, 2821, 6601]
print("Carmichael numbers rejected:", [is_probable_prime(c) for c in carmichael])
print("Fermat fooled by 561:", pow(2, 560, 561) == 1, "Mersenne 2^89-1 prime:", is_probable_prime(2 ** 89 - 1), "2^91-1:", is_probable_prime(2 ** 91 - 1))
def crt(residues, moduli):
    total, prod = 0, 1
    for mod in moduli:
        prod *= mod
    for r, mod in zip(residues, moduli):
        part = prod // mod
        total += r * part * pow(part, -1, mod)
    return total % prod
print("CRT x=2 mod 3, 3 mod 5, 2 mod 7 ->", crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [5, 7, 9, 11]))
try:
    pow(6, -1, 9)
except ValueError as e:
    print(type(e).__name__, e)
print([pow(x, -1, 17) for x in range(1, 17)])
def totient(n):
    result, k = n, 2
    while k * k <= n:
        if n % k == 0:
            while n % k == 0:
                n //= k
            result -= result // k
        k += 1
    if n > 1:
        result -= result // n
    return result
print([totient(k) for k in range(1, 21)], sum(totient(k) for k in range(1, 101)))
print(egcd(240, 46), egcd(17, 5), pow(3, 200, 1000), pow(-7, 3, 10), pow(7, -3, 10))
