# Graph algorithms on adjacency lists: BFS, DFS, topological sort, cycle detection, components.
edges = [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"), ("belt", "jacket"),
         ("shirt", "belt"), ("socks", "shoes"), ("undershorts", "pants"), ("undershorts", "shoes")]
graph = {}
for a, b in edges:
    graph.setdefault(a, []).append(b)
    graph.setdefault(b, [])
graph["watch"] = []
def topo_sort(g):
    indegree = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indegree[m] += 1
    ready = sorted(n for n, d in indegree.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in g[n]:
            indegree[m] -= 1
            if indegree[m] == 0:
                ready.append(m)
                ready.sort()
    if len(order) != len(g):
        raise ValueError("graph has a cycle")
    return order
print(topo_sort(graph))
def dfs_order(g, start):
    seen, order = set(), []
    def visit(n):
        seen.add(n)
        order.append(n)
        for m in sorted(g[n]):
            if m not in seen:
                visit(m)
    visit(start)
    return order
print(dfs_order(graph, "undershorts"))
grid_graph = {}
maze = ["S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E"]
for r, row in enumerate(maze):
    for c, ch in enumerate(row):
        if ch != "#":
            grid_graph[(r, c)] = [(r + dr, c + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0))
                                  if 0 <= r + dr < len(maze) and 0 <= c + dc < len(row) and maze[r + dr][c + dc] != "#"]
def bfs_path(g, start, goal):
    prev = {start: None}
    queue = [start]
    while queue:
        n = queue.pop(0)
        if n == goal:
            path = []
            while n is not None:
                path.append(n)
                n = prev[n]
            return path[::-1]
        for m in g[n]:
            if m not in prev:
                prev[m] = n
                queue.append(m)
    return None
path = bfs_path(grid_graph, (0, 0), (3, 7))
print(len(path) - 1, path[:4], path[-3:])
rendered = [list(row) for row in maze]
for r, c in path[1:-1]:
    rendered[r][c] = "*"
print("\n".join("".join(row) for row in rendered))
cyclic = {"a": ["b"], "b": ["c"], "c": ["a", "d"], "d": []}
try:
    topo_sort(cyclic)
except ValueError as e:
    print(type(e).__name__, e)
def find_cycle(g):
    WHITE, GRAY, BLACK = 0, 1, 2
    color = {n: WHITE for n in g}
    stack = []
    def visit(n):
        color[n] = GRAY
        stack.append(n)
        for m in g[n]:
            if color[m] == GRAY:
                return stack[stack.index(m):] + [m]
            if color[m] == WHITE:
                found = visit(m)
                if found:
                    return found
        color[n] = BLACK
        stack.pop()
        return None
    for n in sorted(g):
        if color[n] == WHITE:
            found = visit(n)
            if found:
                return found
    return None
print(find_cycle(cyclic), find_cycle(graph))
undirected = {}
for a, b in [(1, 2), (2, 3), (4, 5), (6, 6), (7, 8), (8, 9), (9, 7)]:
    undirected.setdefault(a, set()).add(b)
    undirected.setdefault(b, set()).add(a)
undirected[10] = set()
def components(g):
    seen, comps = set(), []
    for start in sorted(g):
        if start in seen:
            continue
        comp, stack = [], [start]
        seen.add(start)
        while stack:
            n = stack.pop()
            comp.append(n)
            for m in g[n]:
                if m not in seen:
                    seen.add(m)
                    stack.append(m)
        comps.append(sorted(comp))
    return comps
print(components(undirected))
degrees = {n: len(graph[n]) for n in graph}
print(sorted(degrees.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
reverse = {n: [] for n in graph}
for n in graph:
    for m in graph[n]:
        reverse[m].append(n)
print({n: sorted(v) for n, v in reverse.items() if len(v) > 1})
