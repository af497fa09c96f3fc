class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress
with Ctx("a") as v:
    print("body", v)
with Ctx("b") as x, Ctx("c") as y:
    print("two", x, y)
with Ctx("d", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with Ctx("e"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
def early():
    with Ctx("f"):
        return "returned"
print(early())
for i in range(2):
    with Ctx("loop%d" % i):
        if i == 0:
            continue
        break
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
