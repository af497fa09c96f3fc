# Iterating a dict while deleting and re-adding a key raises "keys changed"; a resize
# raises "changed size"; updating values in place is allowed.
for view in (lambda d: d, lambda d: d.items(), lambda d: d.values(), lambda d: d.keys()):
    d = {0: 0}
    try:
        for i in view(d):
            del d[0]
            d[0] = 0
        print("no error")
    except RuntimeError as e:
        print(e)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[3] = 3
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = 5
print(d)
it = iter({1: 2, 3: 4}); print(next(it), list(it), it.__length_hint__())
