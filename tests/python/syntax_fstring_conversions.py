# f-strings: conversions, debug '=', nested specs, escapes and object __format__ calls.
class Thing:
    def __repr__(self):
        return "Thing<repr>"
    def __str__(self):
        return "Thing<str>"
    def __format__(self, spec):
        return "Thing<format %r>" % spec

t = Thing()
print(f"{t}|{t!s}|{t!r}|{t!a}|{t:spec}|{t!r:>15}|{t!s:*<12}")
name = "Zoë ☃"
print(f"{name!a} {name!r} {name!s:>10} {name:^11}")
print(f"{chr(9)!r} {chr(10)!r} {chr(0)!r} {chr(127)!a} {chr(233)!a}")
value = 3.14159
width = 10
precision = 3
print(f"[{value:{width}.{precision}f}]")
print(f"[{value:{'<' if width > 5 else '>'}{width}.{precision}}]")
spec = ".2e"
print(f"{value:{spec}} {12345.678:{','}.{1}f}")
fill = "#"
print(f"{'x':{fill}^{width}}")
print(f"{value=}")
print(f"{value = :.2f}")
print(f"{value=!r:>12}")
print(f"{1 + 1 = }")
print(f"{name=!a}")
print(f"{t=}")
items = {"a": [1, 2, {"deep": "yes"}]}
print(f"{items['a'][2]['deep']} {len(items)!r}")
print(f"{'{'}{'}'} {{}} {{{value:.1f}}}")
print(f"{(lambda x: x * 2)(21)}")
print(f"{[i ** 2 for i in range(4)]}")
print(f"{value if value > 3 else 0:.1f}")
print(f"{'a' 'b'}")
print(f"multi" f"{1}" "plain" f"{2}")
n = 42
print(f"{n:#06x} {n:<#8b}| {n:^+9d}| {n:=+8}| {-n:=8}|")
print(f"{n:c}{n + 1:c}", f"{1e6:_.0f}", f"{1234567.891:,.2f}")
print(f"{0.000012345:.3g} {123456789.0:.3g} {1.0:.0f} {2.5:.0f} {3.5:.0f}")
print(f"{True} {None} {True:d} {False:>5}")
print(f"{b'bytes'} {b'bytes'!r}")
print(f"{3+4j} {3+4j:.1f} {complex(1, -1)!r}")
print(f"{'%'}{12:%}"[0:5])
print(f"""triple {
    n
    + 1
}""")
x = 5
print(f"{x!r:>{x}}|{x:{x}}|")
print(rf"\n raw {x}", fr"\t{x}")
try:
    f"{x:invalid}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{'s':d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{object():d}"
except TypeError as e:
    print(type(e).__name__, e)
print(f"{'nested {braces}'}", f"{ {'k': 1}['k'] }")
print(f"{n!s:0>5}", f"{str(n):0>5}")
print(f"{3:{'0'}{'5'}}")
