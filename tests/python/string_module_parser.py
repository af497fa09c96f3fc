# _string: the parser behind string.Formatter, as CPython's C module exposes it.
import _string

for template in ["plain", "a{}b", "{0!r:>{width}}", "x{name.attr[0]}y{{z}}", "{:%Y-%m}", "}}{!s}", "", "{a[key]!a:^10}"]:
    print(repr(template), list(_string.formatter_parser(template)))

for name in ["", "0", "12.real", "name.attr[3][key]", "obj[x].y"]:
    first, rest = _string.formatter_field_name_split(name)
    print(repr(name), repr(first), list(rest))

for bad in ["{", "a}b", "{0!}", "{!x}"]:
    try:
        print(list(_string.formatter_parser(bad)))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)

for bad in ["a[", "a.", "0[x]y"]:
    try:
        first, rest = _string.formatter_field_name_split(bad)
        print(repr(bad), first, list(rest))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)

try:
    _string.formatter_parser(5)
except TypeError as e:
    print("TypeError", e)
