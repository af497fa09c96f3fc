# itertools: count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
# filterfalse, islice, pairwise, starmap, zip_longest; types, reprs and argument errors.
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile,
                       takewhile, filterfalse, islice, pairwise, starmap, zip_longest)
import operator


def err(f, *a, **k):
    try:
        r = f(*a, **k)
        if hasattr(r, '__next__'):
            r = list(r)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


names = ["count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile",
         "takewhile", "filterfalse", "islice", "pairwise", "starmap", "zip_longest",
         "groupby", "product", "permutations", "combinations",
         "combinations_with_replacement"]
for n in names:
    t = getattr(itertools, n)
    print(n, t, type(t) is type, t.__module__, t.__name__)

# count
c = count()
print(next(c), next(c), next(c), repr(c))
print(repr(count(5)), repr(count(5, 2)), repr(count(1.5)), repr(count(0, 1.0)), repr(count(-3, -1)))
print(list(islice(count(10, 5), 4)), list(islice(count(0.5, 0.25), 3)))
print(list(islice(count(start=2, step=3), 3)), list(islice(count(2**64), 2)))
print(type(count()) is count, isinstance(count(), count), iter(c) is c)
err(count, 'a')
err(count, 1, 'a')
err(count, x=1)
err(count, 1, 2, 3)
class MyCount(count):
    pass
mc = MyCount(3)
print(repr(mc), next(mc), isinstance(mc, count))

# cycle
cy = cycle("abc")
print([next(cy) for _ in range(7)])
print(list(cycle([])))
err(cycle)
err(cycle, 1, 2)
err(cycle, x=1)
err(cycle, 5)

# repeat
r = repeat(1, 3)
print(repr(r), r.__length_hint__(), list(r), repr(r), r.__length_hint__())
print(repr(repeat('a')), repr(repeat(None, -2)), list(repeat(7, 0)), list(repeat('x', times=2)))
r = repeat([1])
print(next(r) is next(r), list(islice(r, 3)))
err(repeat)
err(repeat, 1, 'a')
err(repeat, 1, 2, 3)
err(repeat, 1, x=2)
err(compress, [], [], x=1)
err(pairwise, [], x=1)
err(count, 1, start=2)
err(repeat(1).__length_hint__)
print(list(map(pow, range(5), repeat(2))))

# accumulate
print(list(accumulate([1, 2, 3, 4])), list(accumulate([])), list(accumulate([], initial=5)))
print(list(accumulate([1, 2, 3], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate(['a', 'b', 'c'])))
print(list(accumulate([1, 2], func=lambda a, b: a - b, initial=10)))
err(accumulate)
err(accumulate, [], None, None)
err(accumulate, [], initial=1, x=2)
err(accumulate, [1, 'a'])
err(accumulate, 3)

# chain
print(list(chain()), list(chain([1, 2], (), "ab", range(2))))
print(list(chain.from_iterable(["ab", [1], []])), list(chain.from_iterable([])))
ch = chain([1], [2])
print(iter(ch) is ch, next(ch), next(ch))
err(next, ch)
err(chain, x=1)
err(chain.from_iterable)
err(chain, 1)
print(type(chain.from_iterable([])) is chain)
def gen():
    yield 1
    yield 2
g = chain(gen(), gen())
print(next(g), list(g))

# compress
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress("abc", [1])), list(compress([], [])))
print(list(compress(data=range(5), selectors=[0, 1, 1])))
err(compress, [])
err(compress, 1, [])

# dropwhile / takewhile / filterfalse
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, [])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(bool, [1, 0, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, []])))
tw = takewhile(lambda x: x < 3, count())
print(list(tw), list(tw))
err(dropwhile, len)
err(takewhile)
err(filterfalse, None)
err(dropwhile, len, 1)
err(takewhile, None, [1])

# islice
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)))
print(list(islice("abcdefg", 0, None, 2)), list(islice("abcdefg", None)), list(islice("abc", None, None, None)))
print(list(islice(range(10), 1, 8, 3)), list(islice([], 3)), list(islice("ab", 5, 10)))
print(list(islice([], 2**63 - 1)), list(islice([], True)), list(islice(range(5), 1.0.__class__ and 1)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 1, 3)), list(it))
for a in [(-1,), ('a',), (-2, 3), ('a', 3), (1, -5), (1, 3, 0), (1, 3, 'x'), (1, 3, -1), (None, -3), (2**70,), (2**70, None), (0, 2**70),
          (0, 3, 2**70), (-2**70, None), (0, -2**70), (1.5, None)]:
    err(islice, [], *a)
err(islice, [])
err(islice, [], 1, 2, 3, 4)
err(islice, [], x=1)
err(islice, 1, 2)

# pairwise
print(list(pairwise("abcd")), list(pairwise("a")), list(pairwise([])))
pw = pairwise(count())
print(next(pw), next(pw))
err(pairwise)
err(pairwise, [], 1)

# starmap
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, [[1, 2], "ab"])))
print(list(starmap(lambda: 7, [(), ()])))
err(starmap, len)
err(lambda: list(starmap(len, [1])))

# zip_longest
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()))
print(list(zip_longest([1, 2], [])), list(zip_longest([], [])), list(zip_longest("ab")))
print(list(zip_longest(range(3), "a", [None, 2], fillvalue=0)))
err(zip_longest, x=1)
err(zip_longest, 1)
