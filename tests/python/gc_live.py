# The cycle collector never frees what is still in use: objects reachable only from a
# running frame's locals or value stack, a suspended generator, a native iterator's
# state, a bound method being called... Collections are forced often (explicit calls
# and a threshold of 1) while such objects are live.
import gc


class Node:
    def __init__(self, v):
        self.v = v
        self.me = self

    def get(self):
        return self.v


def cyc(v):
    n = Node(v)
    l = [n]
    l.append(l)
    return l


def locals_survive():
    a = cyc(1)
    b = {"k": cyc(2)}
    b["self"] = b
    gc.collect()
    return a[0].get() + b["k"][0].get() + len(a[1])


print("locals", locals_survive())


def value_stack():
    # Operands already pushed when gc.collect() runs: only the value stack holds them.
    return cyc(10)[0].v + (gc.collect() * 0) + cyc(20)[0].get()


print("value stack", value_stack())
print("bound method on the stack", Node(5).get.__self__.get(), Node(6).get(*[gc.collect() * 0][:0]))


def gen():
    mine = cyc(7)
    yield 1
    gc.collect()
    yield mine[0].get()
    yield len(mine[1])


g = gen()
print("generator", next(g))
gc.collect()
print("generator resumed", next(g), next(g))

items = [cyc(i) for i in range(5)]
it = iter(items)
del items
first = next(it)
gc.collect()
print("list iterator", first[0].v, [x[0].v for x in it])

m = map(lambda l: l[0].get(), [cyc(i) for i in range(3)])
z = zip([cyc(i) for i in range(3)], (cyc(i) for i in range(3)))
e = enumerate([cyc(9)])
f = filter(None, [cyc(1)])
gc.collect()
print("map", list(m))
print("zip", [(a[0].v, b[0].v) for a, b in z])
print("enumerate", [(i, x[0].v) for i, x in e])
print("filter", [x[0].v for x in f])

d = {i: cyc(i) for i in range(3)}
kv = iter(d.items())
del d
gc.collect()
print("dict items iterator", [(k, v[0].get()) for k, v in kv])


def closure():
    state = cyc(3)

    def inner():
        return state[0].get()
    return inner


fn = closure()
gc.collect()
print("closure", fn())


class Tree:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


gc.set_threshold(1)


def build(depth):
    root = Tree()
    level = [root]
    for _ in range(depth):
        level = [Tree(p) for p in level for _ in range(2)]
    return root


def count(t):
    return 1 + sum(count(c) for c in t.children)


total = 0
for i in range(30):
    t = build(6)
    total += count(t)
    exc = None
    try:
        raise ValueError(t)
    except ValueError as err:
        exc = err
    total += len(exc.args)
print("trees", total)


def collector_inside_calls(n):
    acc = []
    for i in range(n):
        acc.append(sorted([cyc(j) for j in range(4)], key=lambda l: -l[0].get())[0][0].v)
        acc.append(max([cyc(j) for j in range(3)], key=lambda l: l[0].get())[0].v)
    return sum(acc)


print("key functions", collector_inside_calls(200))


class Meta(type):
    pass


classes = []
for i in range(50):
    C = Meta("C%d" % i, (Node,), {"k": i, "get2": lambda self: self.v * 2})
    classes.append(C(i).get2())
print("classes", sum(classes))
gc.set_threshold(700, 10, 10)
print("done", gc.collect() >= 0)
