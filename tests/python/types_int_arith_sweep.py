# Big-int arithmetic sweep over pseudo-random operands: division, bit ops, shifts, pow/modpow, true division and int/float comparison, hashing, conversions.
state = 987654321
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
def big():
    n = rnd() % 5
    v = 0
    for _ in range(n + 1):
        v = v * 2**64 + rnd()
    v >>= rnd() % 64
    return -v if rnd() % 2 else v
out = []
for _ in range(150):
    a, b = big(), big()
    if b == 0: b = 7
    row = [a + b, a - b, a * b, a // b, a % b, divmod(a, b), a & b, a | b, a ^ b, ~a, a >> (rnd() % 130), a << (rnd() % 70), abs(a), -a]
    for f in (lambda: a / b, lambda: float(a), lambda: a / 3, lambda: b / a if a else 0, lambda: a ** 3, lambda: pow(a, 65537, abs(b) or 5), lambda: pow(a, -1, abs(b)), lambda: a == float(a), lambda: a < float(b), lambda: hash(a), lambda: hash(float(a) if abs(a) < 2**1023 else 0.5), lambda: round(a, -5), lambda: a.bit_length(), lambda: a.bit_count(), lambda: a.to_bytes(80, 'big', signed=True)[-10:], lambda: hex(a), lambda: oct(b), lambda: bin(a)[:20], lambda: str(a), lambda: format(a, ',')):
        try:
            row.append(f())
        except Exception as e:
            row.append(type(e).__name__ + ' ' + str(e))
    out.append(row)
for r in out:
    print(r)
