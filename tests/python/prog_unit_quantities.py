# Physical quantities with dimension checking: operator overloading, unit conversion, formatting, errors.
class DimensionError(TypeError):
    pass
BASE = ("m", "kg", "s", "A", "K")
class Quantity:
    __slots__ = ("value", "dims")
    def __init__(self, value, dims=(0, 0, 0, 0, 0)):
        self.value, self.dims = value, tuple(dims)
    def _check(self, other, op):
        if not isinstance(other, Quantity):
            other = Quantity(other)
        if self.dims != other.dims:
            raise DimensionError("cannot %s %s and %s" % (op, self.unit(), other.unit()))
        return other
    def __add__(self, other):
        other = self._check(other, "add")
        return Quantity(self.value + other.value, self.dims)
    __radd__ = __add__
    def __sub__(self, other):
        other = self._check(other, "subtract")
        return Quantity(self.value - other.value, self.dims)
    def __mul__(self, other):
        if isinstance(other, Quantity):
            return Quantity(self.value * other.value, [a + b for a, b in zip(self.dims, other.dims)])
        return Quantity(self.value * other, self.dims)
    __rmul__ = __mul__
    def __truediv__(self, other):
        if isinstance(other, Quantity):
            return Quantity(self.value / other.value, [a - b for a, b in zip(self.dims, other.dims)])
        return Quantity(self.value / other, self.dims)
    def __rtruediv__(self, other):
        return Quantity(other / self.value, [-a for a in self.dims])
    def __pow__(self, n):
        return Quantity(self.value ** n, [a * n for a in self.dims])
    def __neg__(self):
        return Quantity(-self.value, self.dims)
    def __eq__(self, other):
        return isinstance(other, Quantity) and self.dims == other.dims and abs(self.value - other.value) <= 1e-9 * max(1, abs(self.value))
    def __lt__(self, other):
        return self.value < self._check(other, "compare").value
    def __hash__(self):
        return hash((round(self.value, 6), self.dims))
    def __bool__(self):
        return self.value != 0
    def unit(self):
        named = {(0, 0, 0, 0, 0): "", (1, 1, -2, 0, 0): "N", (2, 1, -2, 0, 0): "J", (2, 1, -3, 0, 0): "W",
                 (0, 0, -1, 0, 0): "Hz", (-1, 1, -2, 0, 0): "Pa"}
        if self.dims in named:
            return named[self.dims]
        num = [b if d == 1 else "%s^%d" % (b, d) for b, d in zip(BASE, self.dims) if d > 0]
        den = [b if d == -1 else "%s^%d" % (b, -d) for b, d in zip(BASE, self.dims) if d < 0]
        return ("*".join(num) or "1") + ("/" + "/".join(den) if den else "")
    def __format__(self, spec):
        return "%s %s" % (format(self.value, spec or "g"), self.unit())
    def __repr__(self):
        return "Quantity(%r, %r)" % (self.value, self.dims)
    def to(self, unit):
        factor, dims = UNITS[unit]
        if dims.dims != self.dims:
            raise DimensionError("cannot convert %s to %s" % (self.unit(), unit))
        return self.value / factor
m = Quantity(1, (1, 0, 0, 0, 0))
kg = Quantity(1, (0, 1, 0, 0, 0))
s = Quantity(1, (0, 0, 1, 0, 0))
UNITS = {"km": (1000, m), "mi": (1609.344, m), "ft": (0.3048, m), "h": (3600, s), "min": (60, s), "g": (0.001, kg),
         "lb": (0.45359237, kg), "km/h": (1000 / 3600, m / s), "mph": (1609.344 / 3600, m / s), "kWh": (3.6e6, kg * m ** 2 / s ** 2)}
distance = 42.195 * 1000 * m
time = (2 * 3600 + 1 * 60 + 9) * s
speed = distance / time
print(format(distance, ".1f"), "|", format(time, ".0f"), "|", format(speed, ".4f"), "|", "%.3f km/h" % speed.to("km/h"), "|", "%.3f mph" % speed.to("mph"))
g = 9.81 * m / s ** 2
mass = 75 * kg
force = mass * g
height = 8848 * m
energy = force * height
print(format(g, ".2f"), "|", format(force, ".1f"), "|", format(energy, ".4e"), "|", "%.3f kWh" % energy.to("kWh"))
power = energy / (8 * 3600 * s)
print(format(power, ".2f"), "|", format(1 / s, ""), "|", format(force / m ** 2, ".3f"), "|", format((m / s) * (m / s), ""))
print(distance.to("mi"), time.to("h"), (5 * 1000 * m).to("ft"), (1 * kg).to("lb"))
for bad in [lambda: distance + time, lambda: speed - 5, lambda: time.to("km"), lambda: distance < mass]:
    try:
        bad()
    except DimensionError as e:
        print(type(e).__name__, e, isinstance(e, TypeError))
print(sorted([3 * m, 1 * m, 2 * m]), max([1 * s, 5 * s, 2 * s]), 2 * m == 200 * (m / 100), len({1 * m, 1.0 * m, 100 * (m / 100)}))
print(sum([1 * m, 2 * m, 3 * m], 0 * m), bool(0 * kg), -(3 * m), (2 * m) ** 3, repr(speed / speed))
laps = [Quantity(t, (0, 0, 1, 0, 0)) for t in (61.2, 59.8, 60.4, 58.9)]
print("total %s, best %s, mean %s" % (format(sum(laps, 0 * s), ".1f"), format(min(laps), ".1f"), format(sum(laps, 0 * s) / len(laps), ".2f")))
