# complex: construction, repr, arithmetic, special values, errors.
print(complex(), complex(2), complex(2, 3), complex(-0.0, -0.0), complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-1.5e3J"))
print(complex(1j, 1j), complex(1 + 2j, 3), complex(2.5), complex("inf+nanj"), complex(True, False))
for bad in ["1+", "2j+1j", "(1+2j", "1 + 2j", "", "j1"]:
    try:
        complex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [("1", 2), (None,), ([],)]:
    try:
        complex(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
z, w = 3 + 4j, 1 - 2j
print(z + w, z - w, z * w, z / w, z ** 2, z ** 0.5, z ** w, -z, +z, abs(z), z.conjugate())
print(z == 3 + 4j, z != w, z == complex(3, 4), 1 + 0j == 1, 1j * 1j == -1, (1 + 0j) == True)
print(repr(1j), repr(-1j), repr(1 + 1j), repr(0.5 - 0.25j), repr(1e20 + 1e-20j), repr(complex(0, 0)), repr(complex(-0.0, 0)))
print(repr(complex(1, float("inf"))), repr(complex(float("nan"), 1)), repr(complex(0, -0.0)), repr(-(0j)))
print(str(2 + 3j), format(2 + 3j, ""), format(2 + 3j, ".2f"), format(1.5 - 2.25j, "e"), format(1j, "g"), format(3 + 4j, ">16"))
print(z.real, z.imag, type(z.real).__name__, (5j).real, (2 + 0j).imag)
try:
    z < w
except TypeError as e:
    print(type(e).__name__, e)
try:
    z // w
except TypeError as e:
    print(type(e).__name__, e)
try:
    z % w
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int(1 + 2j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(1j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1j)
except TypeError as e:
    print(type(e).__name__, e)
print(hash(1 + 0j) == hash(1), hash(2j), hash(1.5 + 2.5j), {1: "int"}[1 + 0j])
print(0j ** 0, 2j ** 2, (1 + 1j) ** 8, pow(1j, 3), (-1) ** 0.5, (-4) ** 0.5)
print(sum([1j, 2, 3.5]), 2 * (1 + 1j), (1 + 1j) * 2.5, 1 / (1 + 1j), 1j / 2, 4 / 2j)
print(complex.__name__, isinstance(1j, complex), bool(0j), bool(0.0 + 1e-300j))
class C:
    def __complex__(self):
        return 7 + 7j
print(complex(C()), complex("1e-3+1e3j"), complex(1e308, 1e308) * 10)
print(abs(complex(3e200, 4e200)), abs(complex(float("inf"), float("nan"))))
