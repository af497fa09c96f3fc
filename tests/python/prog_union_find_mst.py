# Union-find with path compression and union by rank; Kruskal's MST, connected islands, percolation.
class DisjointSet:
    def __init__(self, items=()):
        self.parent, self.rank, self.size = {}, {}, {}
        for x in items:
            self.add(x)
    def add(self, x):
        if x not in self.parent:
            self.parent[x], self.rank[x], self.size[x] = x, 0, 1
    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True
    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(sorted(g) for g in out.values())
ds = DisjointSet(range(10))
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 7), (8, 9), (9, 5)]:
    print("union", a, b, ds.union(a, b))
print(ds.groups(), ds.find(3) == ds.find(0), ds.find(4) == ds.find(5), ds.size[ds.find(6)])
EDGES = [("A", "B", 7), ("A", "D", 5), ("B", "C", 8), ("B", "D", 9), ("B", "E", 7), ("C", "E", 5),
         ("D", "E", 15), ("D", "F", 6), ("E", "F", 8), ("E", "G", 9), ("F", "G", 11)]
def kruskal(vertices, edges):
    ds = DisjointSet(vertices)
    tree = []
    for a, b, w in sorted(edges, key=lambda e: (e[2], e[0], e[1])):
        if ds.union(a, b):
            tree.append((a, b, w))
    return tree
mst = kruskal("ABCDEFG", EDGES)
print(mst, "total weight", sum(w for _, _, w in mst))
GRID = """\
11000110
11000100
00100000
00011011
10011001
00000011"""
cells = [(r, c) for r, row in enumerate(GRID.splitlines()) for c, ch in enumerate(row) if ch == "1"]
isl = DisjointSet(cells)
for r, c in cells:
    for dr, dc in ((0, 1), (1, 0)):
        if (r + dr, c + dc) in isl.parent:
            isl.union((r, c), (r + dr, c + dc))
islands = isl.groups()
print("islands:", len(islands), "sizes:", sorted((len(g) for g in islands), reverse=True))
for g in islands:
    print("  ", g[0], "->", len(g), "cells")
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        yield seed
def percolation_threshold(n, seed):
    rng = lcg(seed)
    top, bottom = ("top",), ("bottom",)
    ds = DisjointSet([top, bottom])
    open_sites = set()
    order = list(range(n * n))
    for i in range(len(order) - 1, 0, -1):
        j = next(rng) % (i + 1)
        order[i], order[j] = order[j], order[i]
    for count, k in enumerate(order, 1):
        r, c = divmod(k, n)
        open_sites.add((r, c))
        ds.add((r, c))
        if r == 0:
            ds.union((r, c), top)
        if r == n - 1:
            ds.union((r, c), bottom)
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            if (r + dr, c + dc) in open_sites:
                ds.union((r, c), (r + dr, c + dc))
        if ds.find(top) == ds.find(bottom):
            return count / (n * n)
print(["%.3f" % percolation_threshold(12, s) for s in range(1, 8)])
words = ["great", "fine", "good", "excellent", "nice", "bad", "poor", "awful", "terrible", "okay"]
synonyms = [("great", "excellent"), ("good", "fine"), ("fine", "nice"), ("bad", "poor"), ("poor", "awful"), ("awful", "terrible")]
sds = DisjointSet(words)
for a, b in synonyms:
    sds.union(a, b)
print(sds.groups())
print([(a, b, sds.find(a) == sds.find(b)) for a, b in [("nice", "good"), ("great", "good"), ("terrible", "bad"), ("okay", "okay")]])
