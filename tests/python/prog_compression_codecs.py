# Run-length encoding, Huffman coding (deterministic tie-breaks), LZ77-style compression, base64.
def rle_encode(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append("%d%s" % (j - i, s[i]))
        i = j
    return "".join(out)
def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for text in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc"]:
    enc = rle_encode(text)
    print(enc, rle_decode(enc) == text, "%d -> %d" % (len(text), len(enc)))
def huffman_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(count, i, ch) for i, (ch, count) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort()
        a, b = nodes.pop(0), nodes.pop(0)
        nodes.append((a[0] + b[0], counter, (a, b)))
        counter += 1
    codes = {}
    def walk(node, prefix):
        payload = node[2]
        if isinstance(payload, tuple):
            walk(payload[0], prefix + "0")
            walk(payload[1], prefix + "1")
        else:
            codes[payload] = prefix or "0"
    walk(nodes[0], "")
    return codes, freq
text = "this is an example of a huffman tree built deterministically"
codes, freq = huffman_codes(text)
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), freq[ch], codes[ch])
bits = "".join(codes[ch] for ch in text)
print(len(bits), "bits vs", 8 * len(text), "bits; ratio %.3f" % (len(bits) / (8 * len(text))))
decode = {v: k for k, v in codes.items()}
out, cur = [], ""
for b in bits:
    cur += b
    if cur in decode:
        out.append(decode[cur])
        cur = ""
print("round trip:", "".join(out) == text)
def lz77(data, window=32):
    i, out = 0, []
    while i < len(data):
        best_len, best_off = 0, 0
        for off in range(1, min(i, window) + 1):
            length = 0
            while i + length < len(data) and data[i + length - off] == data[i + length] and length < 15:
                length += 1
            if length > best_len:
                best_len, best_off = length, off
        if best_len >= 3:
            out.append((best_off, best_len))
            i += best_len
        else:
            out.append(data[i])
            i += 1
    return out
def unlz77(tokens):
    out = []
    for t in tokens:
        if isinstance(t, tuple):
            off, length = t
            for _ in range(length):
                out.append(out[-off])
        else:
            out.append(t)
    return "".join(out)
sample = "abracadabra abracadabra abracadabra! blah blah blah blah"
tokens = lz77(sample)
print(tokens)
print(len(tokens), "tokens for", len(sample), "chars; round trip:", unlz77(tokens) == sample)
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        chars = [ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0)]
        out.append("".join(chars[:len(chunk) + 1]) + "=" * (3 - len(chunk)))
    return "".join(out)
def b64decode(text):
    text = text.rstrip("=")
    n_bits = "".join(format(ALPHABET.index(c), "06b") for c in text)
    usable = len(n_bits) // 8 * 8
    return bytes(int(n_bits[i:i + 8], 2) for i in range(0, usable, 8))
for raw in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo wörld".encode(), bytes(range(10))]:
    enc = b64encode(raw)
    print(repr(raw), enc, b64decode(enc) == raw)
