# Pickling and copying of the itertools iterators: CPython's __reduce__ values (so pickles
# interoperate), __setstate__ with its checks, and round trips of fresh, partly consumed
# and exhausted iterators.
import copy
import itertools as it
import operator
import pickle


def norm(o, d=0):
    """A printable form of a reduce value without addresses (iterators by reduce)."""
    if d > 6:
        return "..."
    if isinstance(o, tuple):
        return "(" + ", ".join(norm(x, d + 1) for x in o) + (",)" if len(o) == 1 else ")")
    if isinstance(o, list):
        return "[" + ", ".join(norm(x, d + 1) for x in o) + "]"
    if isinstance(o, type):
        return o.__module__ + "." + o.__qualname__
    if isinstance(o, (int, str, float, type(None))):
        return repr(o)
    if callable(o) and hasattr(o, "__name__"):
        return "<fn " + o.__name__ + ">"
    return "<%s %s>" % (type(o).__name__, norm(o.__reduce__(), d + 1))


def show(label, o, steps=(0, 1, 2, 3, 100)):
    done = 0
    for s in steps:
        try:
            while done < s:
                next(o)
                done += 1
        except StopIteration:
            pass
        print(label, s, norm(o.__reduce__()))
        for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
            c = pickle.loads(pickle.dumps(o, proto))
            assert type(c) is type(o)
            print("   ", proto, list(it.islice(c, 8)))
        print("    deepcopy", list(it.islice(copy.deepcopy(o), 8)))


L = lambda *a: iter(list(*a))
show("count", it.count())
show("count3", it.count(3))
show("count2.5", it.count(2.5))
show("countstep", it.count(1, 2))
show("countstep1.0", it.count(1, 1.0))
show("countbool", it.count(True, True))
show("countbig", it.count(2**64))
show("cycle", it.cycle("abc"), steps=(0, 1, 2, 3, 4, 5, 7))
show("cycle_empty", it.cycle(""))
show("repeat", it.repeat(1))
show("repeat3", it.repeat(1, 3))
show("repeatneg", it.repeat(1, -3))
show("acc", it.accumulate(L(range(5))))
show("acc_init", it.accumulate(L(range(5)), initial=7))
show("acc_func", it.accumulate(L(range(5)), operator.mul))
print("acc_none", norm(it.accumulate([None, 1]).__reduce__()))
a = it.accumulate([None, 1])
next(a)
print("acc_none", norm(a.__reduce__()))
show("chain", it.chain("ab", "cd"), steps=(0, 1, 2, 3, 4, 5))
show("chain_fi", it.chain.from_iterable(["ab", "cd"]))
show("chain_empty", it.chain())
show("compress", it.compress("abcdef", [1, 0, 1, 0, 1]))
show("dropwhile", it.dropwhile(operator.not_, [0, 0, 1, 0, 2]))
show("takewhile", it.takewhile(bool, [1, 2, 0, 3]))
show("filterfalse", it.filterfalse(None, [0, 1, 0, 2, 0]))
show("starmap", it.starmap(pow, [(2, 3), (3, 2)]))
show("islice", it.islice(L(range(20)), 2, 15, 3), steps=(0, 1, 2, 3, 4, 5, 100))
show("islice_none", it.islice("abcdef", 3))
show("islice_inf", it.islice("abcdef", 1, None))
show("zl", it.zip_longest("ab", "wxyz", fillvalue="-"), steps=(0, 1, 2, 3, 4, 5))
show("zl0", it.zip_longest())
show("product", it.product("ab", [0, 1, 2]), steps=(0, 1, 2, 3, 4, 6, 7))
show("product_rep", it.product("ab", repeat=2))
show("product_empty", it.product("ab", ""))
show("product0", it.product())
show("comb", it.combinations("abcd", 2), steps=(0, 1, 2, 3, 6, 7))
show("comb_big", it.combinations("ab", 3))
show("comb0", it.combinations("ab", 0), steps=(0, 1))
show("cwr", it.combinations_with_replacement("abc", 2), steps=(0, 1, 2, 6, 7))
show("cwr_e", it.combinations_with_replacement("", 2))
show("perm", it.permutations("abc", 2), steps=(0, 1, 2, 6, 7))
show("perm3", it.permutations("abc"))
show("perm_big", it.permutations("ab", 3))

try:
    pickle.dumps(it.pairwise("abc"))
except TypeError as e:
    print("pairwise", e)

# groupby and its groups
for k, g in pickle.loads(pickle.dumps(it.groupby("aabbbc"))):
    print(k, list(g))
g = it.groupby("aAbBbc", str.lower)
print(norm(g.__reduce__()))
k, gr = next(g)
print(norm(g.__reduce__()))
print("grouper", norm(gr.__reduce__()))
next(gr)
print("grouper", norm(gr.__reduce__()), norm(g.__reduce__()))
print(list(pickle.loads(pickle.dumps(gr))), list(copy.deepcopy(gr)))
k2, gr2 = next(g)
print("old group", norm(gr.__reduce__()))
print("new group", norm(gr2.__reduce__()))
g = it.groupby([1, 1, 2])
g.__setstate__((5, 6, 5))
print([k for k, _ in g])

# tee: data objects of 57 values
a, b = it.tee("abc")
print("tee", norm(a.__reduce__()))
next(a)
print("tee", norm(a.__reduce__()), norm(b.__reduce__()))
a, b = it.tee(list(range(200)))
for i in range(60):
    next(a)
print("tee60", norm(a.__reduce__()))
print(list(pickle.loads(pickle.dumps(a)))[:3], list(copy.deepcopy(b))[:3], next(b))
print(list(copy.copy(a))[:3], next(a))
t = it._tee(())
t.__setstate__((it._tee_dataobject(iter("xyz"), [1, 2], None), 1))
print(list(t))
print(it.chain[int])

# __setstate__ checks
for f in [
    lambda: it.chain().__setstate__(()),
    lambda: it.chain().__setstate__([]),
    lambda: it.chain().__setstate__(([],)),
    lambda: it.chain().__setstate__((iter([]), [])),
    lambda: it.cycle("").__setstate__(()),
    lambda: it.cycle("").__setstate__(([], "x")),
    lambda: it.cycle("").__setstate__(((), 0)),
    lambda: it.cycle("").__setstate__([[], 0]),
    lambda: it.product("ab").__setstate__(0),
    lambda: it.product("ab").__setstate__(("x",)),
    lambda: it.permutations("ab").__setstate__(0),
    lambda: it.permutations("ab").__setstate__(((), ())),
    lambda: it.permutations("ab").__setstate__(((0, 1), [])),
    lambda: it.combinations("ab", 1).__setstate__((2.0,)),
    lambda: it.combinations("ab", 1).__setstate__((0, 0)),
    lambda: it.islice("ab", 1).__setstate__("x"),
    lambda: it.groupby("ab").__setstate__(1),
    lambda: it.groupby("ab").__setstate__((1,)),
    lambda: it.tee("ab")[0].__setstate__(1),
    lambda: it.tee("ab")[0].__setstate__((1, 2)),
    lambda: it.tee("ab")[0].__setstate__((it._tee_dataobject(iter([]), [], None), 58)),
    lambda: it._tee_dataobject(iter([]), [1] * 58, None),
    lambda: it._tee_dataobject(iter([]), [1] * 5, 3),
    lambda: it._tee_dataobject(iter([]), (1,), None),
    lambda: it._grouper(5, 1),
    lambda: it.accumulate("ab").__setstate__(),
]:
    try:
        print("ok", f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# __setstate__ effects
c = it.cycle("abc")
c.__setstate__((list("xyz"), True))
print(list(it.islice(c, 7)))
c = it.cycle("abc")
c.__setstate__((list("xyz"), 0))
print(list(it.islice(c, 7)))
p = it.product("ab", range(3))
p.__setstate__((0, 1))
print(list(p))
p = it.product("ab", range(3))
p.__setstate__((0, 0x1000))
print(list(p))
p = it.permutations("abcd", 2)
p.__setstate__(((3, 2, 1, 0), (9, -1)))
print(list(p))
p = it.combinations("abcd", 2)
p.__setstate__((0, 2))
print(list(p))
p = it.combinations_with_replacement("abcd", 2)
p.__setstate__((1, 9))
print(list(p))
a = it.accumulate([1, 2, 3])
a.__setstate__(10)
print(list(a))
d = it.dropwhile(operator.not_, [0, 0, 1, 0])
d.__setstate__([1])
print(list(d))
t = it.takewhile(bool, [1, 0, 2])
t.__setstate__(())
print(list(t))
z = it.zip_longest("a", "bc")
z.__setstate__("F")
print(list(z))
i = it.islice(L(range(10)), 2, 8, 2)
i.__setstate__(5)
print(list(i))
print(copy.copy(it.count(5)), copy.deepcopy(it.repeat([1], 2)), it.count(True), it.count(2, True))
