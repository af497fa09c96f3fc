z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(z + 1, z * 2j, z / (1 - 1j), z ** 2, (1j) ** 2, 2 ** (1j) == 2 ** 1j)
print(complex(1), complex(1, 2), complex("3+4j"), complex("-2j"), complex(2.5, -1), complex(), 1j)
print(repr(1 + 0j), repr(-0j), repr(complex(0, -1)), repr(complex(1.5, 2.25)), str(1e20j))
print(z == 3 + 4j, z != 3, (1 + 0j) == 1, hash(1 + 0j) == hash(1))
print(f"{z:.2f}", format(z, ""), format(1 + 2j, ">15"))
try:
    z < 1j
except TypeError as e:
    print(e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print(e)
try:
    complex("abc")
except ValueError as e:
    print(e)
print((1 + 2j) * (3 - 1j), 1j * 1j == -1, type(1j).__name__, isinstance(1j, complex))
