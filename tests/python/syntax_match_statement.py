def describe(obj):
    match obj:
        case None:
            return "none"
        case True:
            return "true"
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case "quit" | "exit":
            return "command"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"pair {x} {y}"
        case [x, *rest] if len(rest) > 2:
            return f"long {x} +{len(rest)}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": t, **others}:
            return f"typed {t} {sorted(others)}"
        case _:
            return "other"
for v in [None, True, 0, -5, 7, 2.5, "quit", "hey", [], [1], [1, 2], [1, 2, 3, 4, 5], (1, 2, 3),
          {"type": "point", "x": 1, "y": 2}, {"type": "box", "w": 3, "h": 4}, {1, 2}]:
    print(describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    def __init__(self, r):
        self.r = r
def shape(s):
    match s:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point():
            return "point"
        case Circle(r=r) if r > 10:
            return "big circle"
        case Circle():
            return "circle"
for s in [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), Circle(20), Circle(1)]:
    print(shape(s))
match 42:
    case x:
        print("capture", x)
cmd = "go north"
match cmd.split():
    case ["go", direction]:
        print("going", direction)
    case ["look"]:
        print("looking")
