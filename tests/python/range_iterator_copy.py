# range iterators pickle and copy part-way through, and take __setstate__.
import copy, pickle
r = iter(range(0, 10, 3)); next(r)
c = copy.deepcopy(r); print(list(c), list(r))
r = iter(range(10**20, 10**20 + 5)); next(r)
print(list(pickle.loads(pickle.dumps(r))))
for k in (3, 30, -3, 0):
    r = iter(range(5)); r.__setstate__(k); print(k, list(r))
