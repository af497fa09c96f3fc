# int.to_bytes/from_bytes, bit_length/bit_count, as_integer_ratio and friends.
for n, length, order, signed in [(0, 1, "big", False), (1, 4, "little", False), (65535, 2, "big", False),
                                 (-1, 1, "big", True), (-128, 1, "big", True), (127, 1, "little", True),
                                 (-32768, 2, "little", True), (2 ** 64 - 1, 8, "big", False),
                                 (-(2 ** 63), 8, "big", True), (1024, 5, "little", False), (0, 0, "big", False)]:
    b = n.to_bytes(length, order, signed=signed)
    print(n, b, int.from_bytes(b, order, signed=signed))
for n, length, signed in [(256, 1, False), (-1, 1, False), (128, 1, True), (-129, 1, True), (1, 0, False)]:
    try:
        n.to_bytes(length, "big", signed=signed)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(-1, "big")
except ValueError as e:
    print(type(e).__name__, e)
print((5).to_bytes(), (5).to_bytes(2), int.from_bytes(b"\x01\x02"), int.from_bytes([1, 2, 3], "little"))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\xff" * 3, "big", signed=True), int.from_bytes(bytearray(b"\x00\x80"), "big", signed=True))
print(int.from_bytes(memoryview(b"\x10\x00"), "little"), int.from_bytes(iter([255, 0]), "big"))
class IntSub(int):
    pass
print(type(IntSub.from_bytes(b"\x05", "big")).__name__, IntSub.from_bytes(b"\x05", "big"))
try:
    int.from_bytes("str", "big")
except TypeError as e:
    print(type(e).__name__, e)
for n in [0, 1, 2, 3, 7, 8, 255, 256, -1, -2, -255, -256, 2 ** 31, 2 ** 62, 2 ** 63, 2 ** 64 - 1, 10 ** 30, -(10 ** 30)]:
    print(n, n.bit_length(), n.bit_count(), bin(n).count("1") == n.bit_count())
for n in [0, 5, -5, 2 ** 100, -(3 ** 50)]:
    print(n.as_integer_ratio(), n.numerator, n.denominator, n.real, n.imag, n.conjugate(), n.is_integer() if hasattr(n, "is_integer") else "no is_integer")
print((10).__round__(), (15).__round__(-1), (25).__round__(-1), (-15).__round__(-1), (123).__round__(1))
print((7).__trunc__(), (7).__floor__(), (7).__ceil__(), (7).__index__(), (7).__int__(), (7).__float__())
print((6).__divmod__(4), (6).__rdivmod__(20), (3).__pow__(4), (3).__pow__(4, 5), (2).__rpow__(5))
print((5).__add__(2.0), (5).__eq__(5.0), (5).__lt__("x"), (5).__sizeof__() > 0)
print(int.__add__(2, 3), int.__mul__(True, 5), int.__neg__(True), bool.__and__(True, False), bool.__or__(True, 5) if False else "skip")
print(True & 3, True | 2, False ^ True, type(True & True).__name__, type(True & 1).__name__, type(True + True).__name__)
