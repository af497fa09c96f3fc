# match: mapping patterns, **rest, class patterns, __match_args__, value patterns.
class Color:
    RED = "red"
    GREEN = "green"

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class NoArgs:
    def __init__(self):
        self.value = 1

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return "click at %d,%d" % (x, y)
        case {"type": "key", "key": str(k), **rest} if rest:
            return "key %s extra %r" % (k, sorted(rest.items()))
        case {"type": "key", "key": k}:
            return "key %s" % k
        case {"color": Color.RED}:
            return "red thing"
        case {"color": Color.GREEN | "lime"}:
            return "greenish"
        case {}:
            return "some mapping with %d keys" % len(event)
        case _:
            return "not a mapping"

for ev in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": [3, 4], "x": 0},
           {"type": "key", "key": "a", "mod": "shift"}, {"type": "key", "key": "b"},
           {"type": "key", "key": 5}, {"color": "red"}, {"color": "lime"}, {"a": 1, "b": 2},
           {}, [("type", "click")]]:
    print(ev, "->", handle(ev))

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=zz) if zz > 0:
            return "above %d,%d by %d" % (x, y, zz)
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return "on y axis at %d" % y
        case Point(x, 0):
            return "on x axis at %d" % x
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case int() | float() as num:
            return "number %r" % num
        case _:
            return "?"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), Point3(0, 0, 0),
          Point3(1, 2, 3), Point3(1, 2, -1), 4, 2.5, "s"]:
    print(where(p))

def builtins(v):
    match v:
        case bool(b):
            return "bool %r" % b
        case int(i):
            return "int %r" % i
        case str(s):
            return "str %r" % s
        case list([a, b]):
            return "list of two"
        case tuple((a, *_)):
            return "tuple starting %r" % (a,)
        case dict({"k": val}):
            return "dict k=%r" % val
        case _:
            return "?"
for v in [True, 3, "x", [1, 2], [1], (9, 8), {"k": 0}, None]:
    print(builtins(v))

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
match NoArgs():
    case NoArgs(value=1):
        print("keyword pattern on class without __match_args__")
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)

class Tracking(dict):
    def __getitem__(self, key):
        print("  getitem", key)
        return super().__getitem__(key)
    def get(self, key, default=None):
        print("  get", key)
        return super().get(key, default)
match Tracking(a=1, b=2):
    case {"a": 1, "b": b}:
        print("matched b =", b)
