# Float formatting: f/e/g/%/n, precision, alignment, signs, round() half-even.
x = 1234.56789
for spec in ["", "f", ".0f", ".1f", ".3f", "10.2f", "<12.2f", "^12.2f", ">12.2f", "+.2f", " .2f", "012.2f",
             "e", ".2e", "E", ".0e", "g", ".3g", ".10g", "G", "%", ".1%", ",.2f", "_.3f", "*^15.1f", "#.0f",
             "#g", ".2", "12", "=+12.1f", "n", "#.3e", "-.1f", ".20f"]:
    print(repr(spec), repr(format(x, spec)), repr(format(-x, spec)))
for v in [0.0, -0.0, 1e-10, 1.5e-5, 0.0001, 123456789.0, 1e16, 1e17, 0.5, 1.0, 100.0, float("inf"), float("nan")]:
    print(repr(v), format(v, "g"), format(v, ".3g"), format(v, "e"), format(v, ".2f"), format(v, ""), format(v, "#g"))
print(format(float("inf"), "10.2f") + "|", format(float("-inf"), "<8") + "|", format(float("nan"), "+f"), format(float("nan"), "E"))
print(format(0.000001234, ".2g"), format(1234567.0, ".2g"), format(0.1, ".17g"), format(1 / 3, ".0%"), format(2 / 3, "%"))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(0.49999999999999994))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-2.5), round(3.14159, 3))
print(round(123.456, -1), round(123.456, -2), round(5e-324, 2), round(1e300, -299), round(1.5, 0), round(2.5, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(float("inf"), 2), round(float("nan"), 1), round(1e20, 5), round(-0.0, 1))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print("%.2f %5.1f %-8.3f| %+.1e %g %G %e %%" % (3.14159, 2.5, 1.0, 12345.678, 0.00001, 1e-20, 0.0))
print("%f %.0f %#.0f %10.4g| %-10g|" % (1.5, 2.5, 3.0, 3.14159265, 100000.0))
print("{:.3} {:.3f} {:10.3e} {:g} {!r}".format(3.14159, 2.0, 12345.6789, 1e100, 0.1))
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, ",_f")
except ValueError as e:
    print(type(e).__name__, e)
print(format(1e6, ","), format(1234567.125, ",.2f"), format(-0.0, ".1f"), format(-1e-9, ".3f"))
print(f"{1.0:z}" if False else "", format(123.0, "010"), format(1.5, "=10"), format(-1.5, "010.3f"))
print(str(1e-4), str(1e-5), str(123456789012345.6), str(1234567890123456.7), str(0.1 + 0.2))
