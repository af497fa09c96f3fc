# Pure-Python modules of CPython's standard library import from the located Lib and
# run unchanged (their optional C accelerators, _bisect/_heapq/_operator, are absent
# or present: the results are the same).
import bisect
import colorsys
import heapq
import keyword
import operator

print(keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
print([round(c, 4) for c in colorsys.rgb_to_hsv(0.2, 0.4, 0.4)])
print([round(c, 4) for c in colorsys.hls_to_rgb(0.5, 0.5, 0.5)])

scores = [10, 20, 20, 35, 50]
print(bisect.bisect_left(scores, 20), bisect.bisect_right(scores, 20))
bisect.insort(scores, 27)
print(scores, bisect.bisect(scores, 100, key=None))

h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, [4, 7, 1, 9]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))

get = operator.itemgetter(1, 0)
print(get("ab"), operator.attrgetter("real")(3 + 4j), operator.methodcaller("upper")("x"))
print(sorted([("b", 2), ("a", 3), ("c", 1)], key=operator.itemgetter(1)))
print(operator.index(7), operator.concat([1], [2]), operator.length_hint(iter(range(4))))
print(sorted(m.__name__ for m in (bisect, colorsys, heapq, keyword, operator)))
