# Classic ciphers: Caesar with brute-force cracking by letter frequency, Vigenere, Atbash, rail fence.
import math
ENGLISH = "etaoinshrdlcumwfgypbvkjxqz"
def shift_char(ch, k):
    if ch.isalpha():
        base = ord("A") if ch.isupper() else ord("a")
        return chr((ord(ch) - base + k) % 26 + base)
    return ch
def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)
def score(text):
    counts = {}
    for c in text.lower():
        if c.isalpha():
            counts[c] = counts.get(c, 0) + 1
    return sum(n * (26 - ENGLISH.index(c)) for c, n in counts.items())
plain = "Meet me near the old oak tree at seven; bring the map and the lantern."
secret = caesar(plain, 11)
print(secret)
ranked = sorted(range(26), key=lambda k: (-score(caesar(secret, -k)), k))
print("best key:", ranked[0], "| runner-up:", ranked[1])
print(caesar(secret, -ranked[0]))
def vigenere(text, key, decrypt=False):
    out, i = [], 0
    for ch in text:
        if ch.isalpha():
            k = ord(key[i % len(key)].lower()) - ord("a")
            out.append(shift_char(ch, -k if decrypt else k))
            i += 1
        else:
            out.append(ch)
    return "".join(out)
v = vigenere("Attack at dawn! Hold the bridge.", "LEMON")
print(v, "|", vigenere(v, "LEMON", decrypt=True))
def atbash(text):
    table = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                          "zyxwvutsrqponmlkjihgfedcbaZYXWVUTSRQPONMLKJIHGFEDCBA")
    return text.translate(table)
print(atbash("Wizard of Oz"), atbash(atbash("round trip")))
def rail_fence(text, rails):
    rows = [[] for _ in range(rails)]
    r, step = 0, 1
    for ch in text:
        rows[r].append(ch)
        if r == 0:
            step = 1
        elif r == rails - 1:
            step = -1
        r += step
    return "".join("".join(row) for row in rows)
def rail_fence_decode(cipher, rails):
    pattern, r, step = [], 0, 1
    for _ in cipher:
        pattern.append(r)
        if r == 0:
            step = 1
        elif r == rails - 1:
            step = -1
        r += step
    counts = [pattern.count(i) for i in range(rails)]
    rows, pos = [], 0
    for c in counts:
        rows.append(list(cipher[pos:pos + c]))
        pos += c
    return "".join(rows[p].pop(0) for p in pattern)
rf = rail_fence("WEAREDISCOVEREDFLEEATONCE", 3)
print(rf, rail_fence_decode(rf, 3))
def columnar(text, key):
    cols = len(key)
    rows = math.ceil(len(text) / cols)
    padded = text.ljust(rows * cols, "_")
    order = sorted(range(cols), key=lambda i: (key[i], i))
    return "".join(padded[i::cols] for i in order)
print(columnar("DEFENDTHEEASTWALLOFTHECASTLE", "GERMAN"))
def xor_hex(data, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data)).hex()
x = xor_hex(b"secret message", b"key")
print(x, bytes(b ^ b"key"[i % 3] for i, b in enumerate(bytes.fromhex(x))).decode())
freq = {}
for c in plain.lower():
    if c.isalpha():
        freq[c] = freq.get(c, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
print([caesar("abcxyz", k) for k in (1, 13, 25, -1)], caesar(caesar("Round Trip!", 7), 19))
