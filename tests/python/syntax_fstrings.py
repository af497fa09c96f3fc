name = "World"
pi = 3.14159265
n = 255
print(f"Hello, {name}!")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:^10.1f}|")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{n:08d} {n:+d} {-n:+d} {n: d} {1234567:,} {1234567:_}")
width, prec = 12, 3
print(f"{pi:{width}.{prec}f}|")
print(f"{'nested ' + name:>{width + 8}}|")
print(f"{n=} {pi=:.2f} {name = }")
print(f"{{literal braces}} {n}")
items = [1, 2, 3]
print(f"{len(items)} items: {', '.join(str(i) for i in items)}")
print(f"{3.0:g} {1e20:g} {1.5e-7:g} {0.0001:g}")
print(f"{12.5:%} {0.125:.1%}")
print(f"{'left':<8}|{'right':>8}|{'mid':*^9}|")
print(f"{-0.0:+.1f} {1e100:.3e} {123.456:E}")
d = {"k": "v"}
print(f"{d['k']} {items[-1]} {pi if pi > 3 else 0}")
print(f"{name.upper()}" f" and {name.lower()}")
print(F"""{
    name
}""")
x = 42
print(f"{x:>{4}}|{x:<{4}}|")
print(format(1234.5678, ",.2f"), format(0.5, ".0%"), format(10, "5"))
