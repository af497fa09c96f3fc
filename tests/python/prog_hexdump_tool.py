# A hexdump/xxd-style formatter and parser, checksums (CRC-32, Adler-32, Fletcher-16) and a simple binary record format.
def hexdump(data, width=16):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexes = " ".join("%02x" % b for b in chunk)
        if width > 8:
            hexes = hexes[:8 * 3] + " " + hexes[8 * 3:]
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append("%08x  %-*s  |%s|" % (off, width * 3, hexes, text))
    lines.append("%08x" % len(data))
    return "\n".join(lines)
def parse_hexdump(text):
    out = bytearray()
    for line in text.splitlines():
        if "|" not in line:
            continue
        hex_part = line[10:line.index("|")]
        out.extend(bytes.fromhex(hex_part))
    return bytes(out)
payload = b"Hello, ferropy!\n\x00\x01\x02\xff binary \x7f tail" + bytes(range(240, 256))
dump = hexdump(payload)
print(dump)
print("round trip:", parse_hexdump(dump) == payload)
def crc32(data):
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    crc = 0xFFFFFFFF
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF
def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
def fletcher16(data):
    s1 = s2 = 0
    for byte in data:
        s1 = (s1 + byte) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1
for sample in [b"", b"a", b"abc", b"The quick brown fox jumps over the lazy dog", payload]:
    print("%-12r crc32=%08x adler32=%08x fletcher16=%04x" % (sample[:10], crc32(sample), adler32(sample), fletcher16(sample)))
def pack_record(rec_id, name, score, flags):
    encoded = name.encode("utf-8")
    return (rec_id.to_bytes(4, "little") + len(encoded).to_bytes(1, "little") + encoded +
            score.to_bytes(2, "big", signed=True) + bytes([flags]))
def unpack_records(blob):
    out, i = [], 0
    while i < len(blob):
        rec_id = int.from_bytes(blob[i:i + 4], "little")
        n = blob[i + 4]
        name = blob[i + 5:i + 5 + n].decode("utf-8")
        score = int.from_bytes(blob[i + 5 + n:i + 7 + n], "big", signed=True)
        flags = blob[i + 7 + n]
        out.append((rec_id, name, score, [bit for bit in range(8) if flags >> bit & 1]))
        i += 8 + n
    return out
records = [(1, "ann", 1200, 0b101), (70000, "björk", -45, 0xFF), (3, "", 0, 0), (2 ** 32 - 1, "zoë", 32767, 0b10000000)]
blob = b"".join(pack_record(*r) for r in records)
print(hexdump(blob, width=8))
print(unpack_records(blob))
print(len(blob), crc32(blob) == crc32(bytes(bytearray(blob))), blob.count(0), max(blob), blob.hex()[:24])
