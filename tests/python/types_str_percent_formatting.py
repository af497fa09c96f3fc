# printf-style % formatting for str (and a bit of bytes).
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u %5d|%-5d|%05d %+d % d" % (42, -42, 7, 3, 3, 3, 3, 3))
print("%x %X %#x %#X %o %#o %08x %-#8o|" % (255, 255, 255, 255, 8, 8, 255, 8))
print("%f %.2f %10.3f| %-10.1f| %+.0f %e %.3E %g %G %#g" % (3.14159, 3.14159, 3.14159, 3.14159, 2.5, 12345.678, 0.000123, 1e-5, 1e20, 1.0))
print("%c%c%c %5s|%-5s|%.2s %5.1s|" % ("a", 98, 0x263A, "hi", "hi", "hello", "xyz"))
print("%%  %s%%" % 50, "%(name)s is %(age)d, %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f|%*.*f|" % (5, 42, 4, 7, 2, 3.14159, 8, 3, 2.71828))
print("%s" % (1, ) , "%s" % [1, 2], "%s %s" % (None, True), "%r" % ((1, 2),), "%s" % {"k": "v"})
print("%d" % 3.99, "%d" % True, "%x" % 2 ** 70, "%.3d" % 5, "%5.3d|" % -5, "%s" % 2 ** 100)
print("%(a)s-%(b)s" % {"a": 1, "b": 2, "c": 3}, "%s" % "only", "no args" % (), "%-6s|" % "ab")
errors = [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(key)s", {}), ("%c", "ab"), ("%c", -1),
          ("%x", 1.5), ("%(a)s %s", {"a": 1}), ("%", ()), ("%d", None), ("%*d", ("x", 1))]
for fmt, args in errors:
    try:
        fmt % args
        print("no error for", repr(fmt))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), "->", type(e).__name__, e)
print("%s" % {}, "%(x)s" % {"x": "mapping ok"}, "%s and %s" % ("a", "b"))
class Obj:
    def __str__(self):
        return "str-of-obj"
    def __repr__(self):
        return "repr-of-obj"
    def __index__(self):
        return 10
    def __float__(self):
        return 1.5
print("%s %r %x %d %f" % (Obj(), Obj(), Obj(), Obj(), Obj()))
print("%.1f%%" % 99.5, "%5.1f%%" % 3.14, "%3d%%" % 7)
print(b"%s %d %x %c %b %r" % (b"bytes", 5, 255, 65, b"buf", b"r"), b"%5s|%-5s|" % (b"ab", b"cd"), b"%%")
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
print(b"%a" % "é", bytearray(b"%d!") % 3)
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
print("%-12s %5s %8s" % ("item", "qty", "price"))
for name, qty, price in rows:
    print("%-12s %5d %8.2f" % (name, qty, price))
print("%-12s %5d %8.2f" % ("TOTAL", sum(r[1] for r in rows), sum(r[1] * r[2] for r in rows)))
