# Shortest routes with Dijkstra over a hand-written binary heap; path reconstruction and a table.
class MinHeap:
    def __init__(self):
        self.items = []
    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break
    def pop(self):
        a = self.items
        last = a.pop()
        if not a:
            return last
        top, a[0] = a[0], last
        i = 0
        while True:
            l, r, small = 2 * i + 1, 2 * i + 2, i
            if l < len(a) and a[l] < a[small]:
                small = l
            if r < len(a) and a[r] < a[small]:
                small = r
            if small == i:
                return top
            a[i], a[small] = a[small], a[i]
            i = small
    def __len__(self):
        return len(self.items)

ROADS = """
Amsterdam Berlin 655
Amsterdam Brussels 210
Brussels Paris 312
Paris Lyon 465
Lyon Milan 440
Berlin Prague 350
Prague Vienna 333
Vienna Milan 865
Paris Zurich 610
Zurich Milan 280
Berlin Munich 585
Munich Vienna 434
Munich Zurich 315
Brussels Luxembourg 213
Luxembourg Zurich 470
"""
graph = {}
for line in ROADS.strip().splitlines():
    a, b, km = line.split()
    graph.setdefault(a, []).append((b, int(km)))
    graph.setdefault(b, []).append((a, int(km)))

def dijkstra(source):
    dist = {source: 0}
    prev = {}
    heap = MinHeap()
    heap.push((0, source))
    visited = set()
    while heap:
        d, city = heap.pop()
        if city in visited:
            continue
        visited.add(city)
        for nxt, km in sorted(graph[city]):
            nd = d + km
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = city
                heap.push((nd, nxt))
    return dist, prev

def route(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]

dist, prev = dijkstra("Amsterdam")
for city in sorted(dist, key=lambda c: (dist[c], c)):
    print("%-11s %5d km  via %s" % (city, dist[city], " > ".join(route(prev, city))))
cities = sorted(graph)
print(" " * 11 + "".join("%6s" % c[:5] for c in cities))
all_dist = {c: dijkstra(c)[0] for c in cities}
for a in cities:
    print("%-11s" % a + "".join("%6d" % all_dist[a][b] for b in cities))
symmetric = all(all_dist[a][b] == all_dist[b][a] for a in cities for b in cities)
farthest = max(((a, b) for a in cities for b in cities if a < b), key=lambda p: (all_dist[p[0]][p[1]], p))
print("symmetric:", symmetric, "farthest pair:", farthest, all_dist[farthest[0]][farthest[1]])
h = MinHeap()
for v in [5, 3, 9, 1, 7, 2, 8]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
