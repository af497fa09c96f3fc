"""The order in which the items of a dying container are released, as finalizers see
it: lists and tuples (and list.clear) last to first, dicts and instance attributes first to last."""
class C:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
l = [C(1), C(2), C(3)]; del l
print("-- tuple")
t = (C(1), C(2), C(3)); del t
print("-- dict")
d = {1: C(1), 2: C(2)}; del d
print("-- instance")
class H: pass
h = H(); h.a = C("a"); h.b = C("b"); del h
print("-- nested")
n = [(C("t1"), C("t2")), [C("l1"), C("l2")]]; del n
print("-- list.clear")
l = [C(1), C(2), C(3)]; l.clear()
print("-- end")
