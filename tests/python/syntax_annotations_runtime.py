# Annotations without the __future__ import: evaluated eagerly and stored in __annotations__.
order = []
def note(x):
    order.append(x)
    return x

count: note("int") = 5
label: note("str")
print(__annotations__)
print("label" in globals(), count)

def func(a: note("A"), b: "literal" = 1, *args: note("ARGS"), c: note("C") = 2, **kw: note("KW")) -> note("RET"):
    local: note("never evaluated in function") = 3
    return local
print(func.__annotations__)
print(func(0), order)

class Model:
    name: str
    size: int = 10
    tags: list
    def method(self) -> None:
        pass
print(Model.__annotations__)
print(Model.size, hasattr(Model, "name"))
print(Model.method.__annotations__)

class Child(Model):
    extra: float = 1.5
print(Child.__annotations__)

x = {}
x["key"]: note("subscript target annotation")
print("key" in x, order[-1])
class Obj:
    pass
o = Obj()
o.attr: note("attr annotation") = 7
print(o.attr, order[-1])
(paren): int = 3
print("paren" in __annotations__, paren)
def no_ann(a, b):
    pass
print(no_ann.__annotations__)
lam = lambda q: q
print(lam.__annotations__)
def ret_only() -> "forward.Ref":
    pass
print(ret_only.__annotations__)
func.__annotations__ = {"replaced": True}
print(func.__annotations__)
def local_annotations():
    v: int
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError " + str(e)
print(local_annotations())
