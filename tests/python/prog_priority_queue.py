class MinHeap:
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
        self._up(len(self.items) - 1)
    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top = items[0]
        items[0] = last
        self._down(0)
        return top
    def _up(self, i):
        items = self.items
        while i > 0:
            parent = (i - 1) // 2
            if items[i] < items[parent]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break
    def _down(self, i):
        items = self.items
        n = len(items)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and items[child] < items[smallest]:
                    smallest = child
            if smallest == i:
                return
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest
    def __len__(self):
        return len(self.items)
    def __bool__(self):
        return bool(self.items)
h = MinHeap()
for v in [5, 3, 8, 1, 9, 2, 7]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
tasks = MinHeap()
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    tasks.push((prio, name))
while tasks:
    print(tasks.pop())
def dijkstra(graph, start):
    dist = {start: 0}
    pq = MinHeap()
    pq.push((0, start))
    while pq:
        d, node = pq.pop()
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph.get(node, []):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                pq.push((nd, nxt))
    return dist
graph = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("c", 10), ("d", 15)], "c": [("d", 11), ("f", 2)], "d": [("e", 6)], "f": [("e", 9)]}
print(sorted(dijkstra(graph, "a").items()))
