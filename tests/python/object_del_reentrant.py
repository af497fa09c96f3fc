"""__del__ run at refcount zero while the interpreter is replacing or removing the dying
object (container item, attribute, global, handled exception) may use that same
container or state: it must see a consistent state, never crash."""
lst = [None, None]
d = {}
s = set()
class Obj: pass
holder = Obj()
class P:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("P del", self.n, lst, sorted(d), len(s), vars(holder).keys())
        lst.append(0); lst.pop()
        d["tmp"] = 1; del d["tmp"]
        holder.tmp = 1; del holder.tmp
lst[0] = P("list setitem"); lst[0] = 1
lst.append(P("list pop")); lst.pop()
lst.append(P("list clear")); lst.clear()
lst.extend([P("slice"), 2]); lst[0:1] = []
lst.append(P("list del")); del lst[-1]
lst.append(P("list remove")); lst.remove(lst[-1])
lst[:] = [P("slice all")]; lst[:] = []
lst.append(P("sort")); lst.sort(key=lambda x: 0); lst.clear()
d["k"] = P("dict setitem"); d["k"] = 2
d["k"] = P("dict del"); del d["k"]
d["k"] = P("dict pop"); d.pop("k")
d["k"] = P("dict clear"); d.clear()
d["k"] = P("dict update"); d.update(k=3)
d.popitem()
holder.a = P("attr set"); holder.a = None
holder.a = P("attr del"); del holder.a
holder.__dict__["b"] = P("vars"); holder.__dict__.clear()
t = (P("tuple"),); t = None
g = {"x": P("global dict")}
exec("x = 1", g)
def f():
    p = P("local rebinding")
    p = 5
f()
print("done")
class K: pass
class P2:
    def __init__(self, n): self.n = n
    def __del__(self):
        global counter
        counter += 1
        print("del", self.n, counter, sorted(k for k in globals() if k.startswith("v")), vars(K).get("attr"))
        globals()["scratch"] = 1
        K.scratch = 2
counter = 0
v = P2("global rebinding"); v = None
v2 = P2("global del"); del v2
K.attr = P2("class attr"); K.attr = None
K.attr = P2("class attr del"); del K.attr
s = {1}
class Q:
    def __hash__(self): return 1
    def __eq__(self, o): return self is o
    def __del__(self): print("Q del", len(s))
s.add(Q()); s.clear()
import sys
sys.modules["fake"] = P2("sys.modules entry"); del sys.modules["fake"]
def outer():
    x = P2("closure cell")
    def inner(): return x
    return inner
fn = outer(); fn = None
try:
    raise ValueError(P2("exception arg"))
except ValueError:
    pass
print("done", counter)
class P3:
    reader = None
    def __init__(self, n): self.n = n
    def __del__(self):
        print("del", self.n, P3.reader() if P3.reader else None)
def outer():
    x = P3("cell")
    def reader():
        return type(x).__name__
    def setter():
        nonlocal x
        x = 1
    P3.reader = staticmethod(reader)
    setter()
    P3.reader = None
outer()
e = ValueError()
class Q:
    def __del__(self):
        print("Q del", e.__cause__, e.__context__)
e.__cause__ = Exception(Q()) ; e.__cause__ = None
lst2 = []
class L:
    def __del__(self):
        print("L del", len(lst2))
lst2.append(L()); lst2 *= 0
print("after imul")
def tb_holder():
    x = L()
    raise KeyError
ex = KeyError()
try:
    tb_holder()
except KeyError as caught:
    ex = caught
ex.__traceback__ = None
print("after traceback cleared")
