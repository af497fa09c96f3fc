# itertools.product, permutations, combinations, combinations_with_replacement:
# order, edge cases (empty pools, r = 0, r > n) and argument errors.
from itertools import (product, permutations, combinations,
                       combinations_with_replacement as cwr)


def err(f, *a, **k):
    try:
        r = f(*a, **k)
        if hasattr(r, '__next__'):
            r = list(r)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


print(list(product("ab", range(3))))
print(list(product()), list(product([])), list(product("ab", [])), list(product("ab", repeat=0)))
print(list(product([0, 1], repeat=3)))
print(list(product("ab", "c", repeat=2)))
p = product("ab", "xy")
print(next(p), iter(p) is p, list(p), list(p))
print(len(list(product(range(4), range(3), range(2)))))
err(product, x=1)
err(product, [], repeat=-1)
err(product, [], repeat='a')
err(product, 1)

print(list(permutations("abc")), list(permutations("abcd", 2)))
print(list(permutations(range(3), 0)), list(permutations([], 0)), list(permutations([])))
print(list(permutations("ab", 3)), list(permutations("abc", None)), list(permutations(iterable="ab", r=1)))
print(len(list(permutations(range(6)))), len(list(permutations(range(6), 4))))
err(permutations, [], -1)
err(permutations, [], 'a')
err(permutations, [], 1.0)
err(permutations)
err(permutations, 1)

print(list(combinations("abcd", 2)), list(combinations(range(4), 3)))
print(list(combinations("abc", 0)), list(combinations([], 0)), list(combinations("ab", 3)), list(combinations([], 1)))
print(list(combinations("abc", 3)), list(combinations(r=1, iterable="xy")))
print(len(list(combinations(range(10), 5))))
err(combinations, [])
err(combinations, [], -1)
err(combinations, [], 2, 3)
err(combinations, [], 'a')
err(combinations, 5, 1)
err(combinations, [], 1, x=1)
err(permutations, [], x=1)

print(list(cwr("abc", 2)), list(cwr(range(3), 0)), list(cwr([], 0)), list(cwr([], 2)))
print(list(cwr("ab", 3)), list(cwr("a", 4)))
print(len(list(cwr(range(5), 3))))
err(cwr, [], -1)
err(cwr, [])
err(cwr, [], 'x')
c = combinations([1, 2, 3], 2)
print(next(c), list(c), next(c, "done"))
print(type(c).__name__, type(c).__module__, isinstance(c, combinations))
