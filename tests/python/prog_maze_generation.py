# Maze generation with a seeded LCG (randomized DFS), rendering, BFS solving and dead-end statistics.
class Rng:
    def __init__(self, seed):
        self.s = seed
    def below(self, n):
        self.s = (self.s * 1103515245 + 12345) & 0x7FFFFFFF
        return self.s % n
    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]
        return items
def generate(w, h, seed):
    rng = Rng(seed)
    walls = {(x, y): {"N", "S", "E", "W"} for x in range(w) for y in range(h)}
    moves = {"N": (0, -1, "S"), "S": (0, 1, "N"), "E": (1, 0, "W"), "W": (-1, 0, "E")}
    stack, seen = [(0, 0)], {(0, 0)}
    while stack:
        x, y = stack[-1]
        options = [d for d in rng.shuffle(["N", "S", "E", "W"])
                   if (x + moves[d][0], y + moves[d][1]) in walls and (x + moves[d][0], y + moves[d][1]) not in seen]
        if not options:
            stack.pop()
            continue
        d = options[0]
        dx, dy, back = moves[d]
        nx, ny = x + dx, y + dy
        walls[(x, y)].discard(d)
        walls[(nx, ny)].discard(back)
        seen.add((nx, ny))
        stack.append((nx, ny))
    return walls
def render(walls, w, h, path=()):
    path = set(path)
    lines = ["+" + "---+" * w]
    for y in range(h):
        row, below = "|", "+"
        for x in range(w):
            cell = " * " if (x, y) in path else "   "
            row += cell + ("|" if "E" in walls[(x, y)] else " ")
            below += ("---" if "S" in walls[(x, y)] else "   ") + "+"
        lines += [row, below]
    return "\n".join(lines)
def solve(walls, start, goal):
    moves = {"N": (0, -1), "S": (0, 1), "E": (1, 0), "W": (-1, 0)}
    prev, queue = {start: None}, [start]
    while queue:
        cur = queue.pop(0)
        if cur == goal:
            break
        for d, (dx, dy) in moves.items():
            if d not in walls[cur]:
                nxt = (cur[0] + dx, cur[1] + dy)
                if nxt not in prev:
                    prev[nxt] = cur
                    queue.append(nxt)
    path, node = [], goal
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1]
W, H = 12, 8
maze = generate(W, H, seed=2024)
path = solve(maze, (0, 0), (W - 1, H - 1))
print(render(maze, W, H, path))
print("path length:", len(path), "first steps:", path[:5])
dead_ends = sorted(c for c, ws in maze.items() if len(ws) == 3)
print("dead ends:", len(dead_ends), dead_ends[:6])
passages = sum(4 - len(ws) for ws in maze.values()) // 2
print("passages:", passages, "== cells - 1:", passages == W * H - 1)
for seed in (1, 2, 3, 4):
    m = generate(10, 10, seed)
    p = solve(m, (0, 0), (9, 9))
    print("seed", seed, "solution length", len(p), "dead ends", sum(1 for ws in m.values() if len(ws) == 3))
small = generate(4, 3, seed=7)
print(render(small, 4, 3))
