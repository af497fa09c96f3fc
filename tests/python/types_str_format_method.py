# str.format and str.format_map: positional/keyword fields, attribute and index access, errors.
print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[0]} {0[1]} {1[key]} {1[key]!r}".format(["l0", "l1"], {"key": "val"}))
class P:
    x = 5
    def __init__(self):
        self.items = [10, 20]
print("{0.x} {0.items[1]} {p.x}".format(P(), p=P()))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}|{:+}|{:x}".format("r", "l", "c", "s", 3.14159, 5, 255))
print("{!r} {!s} {!a} {!r:>10}".format("é", "é", "é", "é"))
print("{{}} {{{}}} {{{}}}".format("in", "out"), "{{{0}}}".format(0))
print("{:{}}|{:{w}.{p}f}|{:>{}}".format("ab", 5, 3.14159, "z", 4, w=10, p=2))
print("{0:{1}{2}}".format(42, "<", 6) + "|", "{:{fill}{align}10}".format("x", fill="-", align="^"))
print("{}".format([1, 2]), "{}".format({"a": 1}), "{:10}".format(None.__class__.__name__), "{}".format(None))
print("{0}{1}{0}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}), "{0[1]}".format("xyz"), "{0[-1]}".format({"-1": "str key"}))
errors = ["{}{1}", "{0}{}", "{2}", "{x}", "{0.missing}", "{0[5]}", "{:d}", "{!z}", "{", "}", "{0:{1:{2}}}", "{0[}"]
for fmt in errors:
    try:
        fmt.format("s", "t")
        print("no error:", fmt)
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), "->", type(e).__name__, e)
class Default(dict):
    def __missing__(self, key):
        return "<%s?>" % key
print("{name} is {age} from {city}".format_map(Default(name="Ann", age=30)))
print("{a} {b}".format_map({"a": 1, "b": 2}))
try:
    "{a}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{0}".format_map({"0": "x"})
except (KeyError, ValueError, TypeError) as e:
    print(type(e).__name__, e)
class Logger:
    def __getitem__(self, key):
        return key.upper()
print("{hello} {world}".format_map(Logger()))
print("{:,} {:_} {:,.2f} {:e} {:.0%} {:#b} {:#o} {:c}".format(1234567, 1234567, 1234.5, 1234.5, 0.256, 5, 8, 9731))
print("{:^10.3}|{:.1}|{:10}|{:<4}|".format("abcdef", "xyz", "pad", 7))
print("{0:>5}{1:>5}{2:>5}".format(*range(3)), "{:=^20}".format(" centered "), "{:<03}".format(7), "{:03}".format(-7))
template = "{name:<10}{qty:>5}{price:>10.2f}"
for row in [dict(name="apple", qty=3, price=1.5), dict(name="pear", qty=10, price=0.333)]:
    print(template.format(**row))
print("{0!s:^7}|{0!r:^7}|".format("q"), format("q", "^7"), "{:s}".format("s"), "{:}".format(5))
print("Total: {total:>{width}}".format(total=42, width=8), "{0:{0}}".format(5) + "|")
