# match: literal, capture, wildcard, sequence and star patterns, or-patterns, guards.
def describe(value):
    match value:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return "negative int %d" % n
        case "" | b"":
            return "empty string-like"
        case str() as s if len(s) == 1:
            return "char %r" % s
        case str(s):
            return "string of %d" % len(s)
        case []:
            return "empty sequence"
        case [x]:
            return "one item %r" % (x,)
        case [x, y]:
            return "pair %r %r" % (x, y)
        case [first, *middle, last] if len(middle) > 2:
            return "long: %r..%r (%d inside)" % (first, last, len(middle))
        case [first, *rest]:
            return "head %r rest %r" % (first, rest)
        case _:
            return "other %s" % type(value).__name__

tests = [None, True, False, 0, 0.0, -5, 7, "", b"", "a", "abc", [], (), [1], (1, 2),
         [1, 2, 3], list(range(6)), range(3), {"k": 1}, 3.5, "xy"]
for t in tests:
    print(repr(t), "->", describe(t))

def nested(cmd):
    match cmd:
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return "move " + direction
        case ["pick", "up", *items] if items:
            return "pick " + ",".join(items)
        case ["drop", [x, y]]:
            return "drop at %r,%r" % (x, y)
        case [("a" | "b") as letter, *_]:
            return "starts with " + letter
        case [[*inner], *outer]:
            return "nested %r / %r" % (inner, outer)
        case _:
            return "unknown"

for c in [["go", "north"], ["go", "up"], ["pick", "up", "key", "lamp"], ["pick", "up"],
          ["drop", (3, 4)], ["drop", "xy"], ["a", 1, 2], ["b"], [[1, 2], 3], "go"]:
    print(c, "->", nested(c))

def strings_are_not_sequences(v):
    match v:
        case [a, b, c]:
            return "seq3"
        case _:
            return "not matched"
print(strings_are_not_sequences("abc"), strings_are_not_sequences(b"abc"),
      strings_are_not_sequences(bytearray(b"abc")), strings_are_not_sequences((1, 2, 3)))

def iter_not_sequence(v):
    match v:
        case [*all_items]:
            return all_items
        case _:
            return "no"
print(iter_not_sequence(iter([1])), iter_not_sequence({1, 2}), iter_not_sequence([1, 2]))

x = 5
match x:
    case 1:
        print("one")
    case other:
        print("captured", other)
print("binding persists:", other)

match (1, 2):
    case (1, 2) | (2, 1):
        print("or of tuples")
match -3:
    case -3:
        print("negative literal")
match 2 + 3j:
    case 2 + 3j:
        print("complex literal")
match 1.0:
    case 1:
        print("1.0 matches 1 (equality)")
match True:
    case 1:
        print("True == 1")
    case True:
        print("identity")
match 1:
    case True:
        print("wrong")
    case _:
        print("1 does not match True (identity for singletons)")
