b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], list(b[:3]))
print(b.upper(), b.split(), b.split(b"o"), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b.startswith(b"he"), b.endswith(b"ld"), b.strip(b"hd"), b"  x ".strip(), b.hex(), bytes.fromhex("41 42"))
print(b + b"!", b * 2, b"o" in b, 111 in b, b == b"hello world", b < b"z")
print(bytes(3), bytes([1, 2, 255]), bytes("é", "utf-8"), b"\x00\x7f\x80\xff", b"'", b'"', b"'\"")
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"))
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), ba.pop(), bytes(ba), ba.decode())
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba, bytearray(2), bytearray([1, 2]) + b"\x03")
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), b"\xff".decode("utf-8", "replace"))
print(b",".join([b"a", b"b"]), bytes(b"x"), bytes.__name__, type(ba).__name__)
