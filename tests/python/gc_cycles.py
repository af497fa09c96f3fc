# The cycle collector: gc.collect() frees reference cycles, finalizers run once, and
# collection also runs automatically (unless disabled).
import gc

gc.collect()


class Node:
    pass


def section(title):
    print("--", title)


section("basic cycles")
a = Node(); b = Node(); a.other = b; b.other = a
del a, b
print("instance pair", gc.collect())
l = []; l.append(l); del l
print("self list", gc.collect())
d = {}; d["me"] = d; del d
print("self dict", gc.collect())
x = [1, 2]; y = {"x": x}; x.append(y); del x, y
print("list/dict", gc.collect())
n = Node(); n.items = [n, (n, 1)]; del n
print("via list and tuple", gc.collect())
print("nothing left", gc.collect())


section("closures and methods")
def make():
    def rec(k):
        return rec(k - 1) if k else 0
    return rec
for i in range(5):
    make()
print("recursive closures", gc.collect())


class WithMethod:
    def m(self):
        return 1
o = WithMethod(); o.bound = o.m; del o
print("bound method", gc.collect())


class Logged:
    log = []

    def __del__(self):
        Logged.log.append(self.name)


def gen():
    k = Logged(); k.name = "in generator"; k.me = k
    me = yield
    yield me
g = gen(); next(g); g.send(g); del g
gc.collect()
print("generator", Logged.log)


section("finalizers")
class Fin:
    log = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        # Attributes are intact when the finalizer runs (before the cycle is broken).
        Fin.log.append((self.name, self.partner.name))


p = Fin("p"); q = Fin("q"); p.partner = q; q.partner = p
del p, q
print("collected", gc.collect())
print(sorted(Fin.log))

saved = []
class Phoenix:
    calls = 0

    def __del__(self):
        Phoenix.calls += 1
        saved.append(self)


r = Phoenix(); r.me = r; del r
print("resurrecting", gc.collect(), Phoenix.calls, len(saved))
print("resurrected alive", type(saved[0]).__name__, saved[0].me is saved[0])
saved.clear()
print("second time", gc.collect(), Phoenix.calls)


class Bad:
    def __del__(self):
        raise ValueError("ignored")
bad = Bad(); bad.me = bad; del bad
print("raising finalizer", gc.collect())


section("automatic collection")
class Counted:
    freed = 0

    def __del__(self):
        Counted.freed += 1


def churn(n):
    for i in range(n):
        c = Counted(); c.me = c


gc.collect()
gc.disable()
print("isenabled", gc.isenabled())
churn(5000)
print("disabled: freed", Counted.freed)
print("collect", gc.collect(), Counted.freed)
gc.enable()
print("isenabled", gc.isenabled())
churn(5000)
print("enabled: some freed automatically", Counted.freed > 5000)
gc.collect()
print("all freed", Counted.freed)

for i in range(200000):
    a = Node(); b = Node(); a.other = b; b.other = a
del a, b
gc.collect()
print("many pairs done")


section("api")
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(type(gc.get_count()).__name__, len(gc.get_count()))
print(gc.is_tracked([]), gc.is_tracked(Node()), gc.is_tracked(1), gc.is_tracked("s"))
print(gc.is_tracked(3.5), gc.is_tracked(None))
print(gc.garbage)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
print(gc.collect(generation=0) >= 0, gc.collect(1) >= 0)

events = []
def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))
gc.callbacks.append(cb)
l = []; l.append(l); del l
gc.collect()
gc.callbacks.remove(cb)
print(events)
print(any(o is gc.get_objects for o in gc.get_objects()) in (True, False))

section("referents and referrers")
class K:
    pass
x = [1, "a", (2, 3)]
print(sorted(map(repr, gc.get_referents(x))))
print(gc.get_referents(1, "s"))
k = K()
print(K in gc.get_referents(k))
holder = [x]
print(any(r is holder for r in gc.get_referrers(x)))
d = {"v": x}
print(any(r is d for r in gc.get_referrers(x)))
