# Bit manipulation utilities: popcount, parity, reversal, Gray codes, subsets via masks, bitboards.
def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count
def reverse_bits(n, width=32):
    out = 0
    for _ in range(width):
        out = (out << 1) | (n & 1)
        n >>= 1
    return out
def parity(n):
    p = 0
    while n:
        p ^= n & 1
        n >>= 1
    return p
def lowest_set(n):
    return n & -n
def next_same_popcount(n):
    c = n & -n
    r = n + c
    return (((r ^ n) >> 2) // c) | r
for n in [0, 1, 6, 255, 2 ** 31 - 1, 0xDEADBEEF, 2 ** 100 + 5]:
    print(hex(n), popcount(n), n.bit_count(), parity(n), hex(lowest_set(n)) if n else "-", n.bit_length())
print([bin(reverse_bits(n, 8)) for n in (1, 2, 0b1011, 0xF0)], hex(reverse_bits(0x12345678)))
gray = [i ^ (i >> 1) for i in range(16)]
print([format(g, "04b") for g in gray])
print(all(popcount(a ^ b) == 1 for a, b in zip(gray, gray[1:])))
def gray_to_binary(g):
    b = 0
    while g:
        b ^= g
        g >>= 1
    return b
print([gray_to_binary(g) for g in gray] == list(range(16)))
n = 0b00111
seq = [n]
for _ in range(9):
    n = next_same_popcount(n)
    seq.append(n)
print([format(v, "07b") for v in seq])
items = ["a", "b", "c", "d"]
subsets = [[items[i] for i in range(4) if mask >> i & 1] for mask in range(16)]
print(subsets[:8], len(subsets))
def set_bit(n, i): return n | (1 << i)
def clear_bit(n, i): return n & ~(1 << i)
def toggle_bit(n, i): return n ^ (1 << i)
def test_bit(n, i): return (n >> i) & 1 == 1
v = 0
for i in (0, 3, 5, 64):
    v = set_bit(v, i)
print(bin(v)[:12], v.bit_length(), test_bit(v, 64), test_bit(v, 4), bin(clear_bit(v, 64)), bin(toggle_bit(0b1010, 1)))
print(-1 & 0xFF, ~0 & 0xFFFF, -5 & 0xFF, (-5) >> 1, -5 // 2, (1 << 64) - 1 == 0xFFFFFFFFFFFFFFFF)
def to_signed(n, bits):
    n &= (1 << bits) - 1
    return n - (1 << bits) if n >> (bits - 1) else n
print([to_signed(x, 8) for x in (0, 127, 128, 255, 256 + 5)], to_signed(0xFFFFFFFF, 32), to_signed(0x80000000, 32))
def knight_attacks(square):
    b = 1 << square
    not_a, not_ab = 0xFEFEFEFEFEFEFEFE, 0xFCFCFCFCFCFCFCFC
    not_h, not_gh = 0x7F7F7F7F7F7F7F7F, 0x3F3F3F3F3F3F3F3F
    moves = ((b << 17) & not_a) | ((b << 15) & not_h) | ((b << 10) & not_ab) | ((b << 6) & not_gh)
    moves |= ((b >> 17) & not_h) | ((b >> 15) & not_a) | ((b >> 10) & not_gh) | ((b >> 6) & not_ab)
    return moves & 0xFFFFFFFFFFFFFFFF
def board_str(bb):
    return "\n".join("".join("x" if bb >> (r * 8 + f) & 1 else "." for f in range(8)) for r in range(7, -1, -1))
print(board_str(knight_attacks(27)))
print([popcount(knight_attacks(s)) for s in (0, 1, 9, 27, 63)])
xor_swap_a, xor_swap_b = 12345, 67890
xor_swap_a ^= xor_swap_b; xor_swap_b ^= xor_swap_a; xor_swap_a ^= xor_swap_b
print(xor_swap_a, xor_swap_b, [n for n in range(1, 100) if n & (n - 1) == 0], 1000 & -1000, (1000).bit_length())
missing = 0
nums = [0, 1, 2, 4, 5, 6, 7]
for i, x in enumerate(nums):
    missing ^= i ^ x
missing ^= len(nums)
print("missing number:", missing, "single:", 3 ^ 5 ^ 3 ^ 9 ^ 5)
