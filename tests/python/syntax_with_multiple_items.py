# with: multiple items, exit order, exception arguments, suppression, parenthesized form.
log = []

class CM:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter
    def __enter__(self):
        log.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        desc = exc_type.__name__ if exc_type else None
        log.append("exit %s (%s, tb=%s)" % (self.name, desc, tb is not None))
        return self.suppress

def show(title):
    print(title)
    for line in log:
        print("   ", line)
    log.clear()

with CM("a") as a, CM("b") as b:
    log.append("body %s %s" % (a, b))
show("two items")

with (CM("x") as x,
      CM("y") as y,
      CM("z")):
    log.append("body " + x + y)
show("parenthesized")

try:
    with CM("outer"), CM("inner"):
        raise ValueError("boom")
except ValueError as e:
    log.append("caught " + str(e))
show("exception passes through both")

with CM("suppressor", suppress=True), CM("plain"):
    raise KeyError("hidden")
show("suppressed by outer")

try:
    with CM("first"), CM("second", fail_enter=True), CM("third"):
        log.append("never")
except RuntimeError as e:
    log.append("caught " + str(e))
show("enter fails in the middle")

def returns_inside():
    with CM("r"):
        return "returned"
print(returns_inside())
show("return inside with")

for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        break
show("continue/break")

class ExitReplaces:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise TypeError("from exit")
try:
    with ExitReplaces():
        raise ValueError("original")
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

class NotCM:
    pass
try:
    with NotCM():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Truthy:
    def __enter__(self):
        return [1, 2]
    def __exit__(self, *a):
        return "non-empty string is truthy"
with Truthy() as (p, q):
    print("unpacked target", p, q)
    1 / 0
print("ZeroDivisionError suppressed by truthy return")

class Store:
    pass
s = Store()
with CM("attr") as s.value:
    pass
print(s.value)
log.clear()
d = {}
with CM("item") as d["k"]:
    pass
print(d)
log.clear()
