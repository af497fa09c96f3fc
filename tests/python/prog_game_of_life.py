# Conway's Game of Life on a torus, with a glider, a blinker, population stats and cycle detection.
class Life:
    def __init__(self, width, height, live=()):
        self.w, self.h = width, height
        self.cells = set(live)
        self.generation = 0
    @classmethod
    def from_pattern(cls, width, height, pattern, at=(0, 0)):
        live = set()
        for y, row in enumerate(pattern.strip("\n").splitlines()):
            for x, ch in enumerate(row):
                if ch == "#":
                    live.add(((x + at[0]) % width, (y + at[1]) % height))
        return cls(width, height, live)
    def neighbours(self, x, y):
        return sum(((x + dx) % self.w, (y + dy) % self.h) in self.cells
                   for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    def step(self):
        counts = {}
        for (x, y) in self.cells:
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    if dx or dy:
                        p = ((x + dx) % self.w, (y + dy) % self.h)
                        counts[p] = counts.get(p, 0) + 1
        self.cells = {p for p, n in counts.items() if n == 3 or (n == 2 and p in self.cells)}
        self.generation += 1
    def render(self):
        return "\n".join("".join("#" if (x, y) in self.cells else "." for x in range(self.w)) for y in range(self.h))
    def signature(self):
        return tuple(sorted(self.cells))
    def bounding_box(self):
        xs = [x for x, _ in self.cells]
        ys = [y for _, y in self.cells]
        return (min(xs), min(ys), max(xs), max(ys)) if self.cells else None

glider = Life.from_pattern(8, 8, """
.#.
..#
###
""", at=(1, 1))
for _ in range(3):
    print("generation", glider.generation, "population", len(glider.cells), "box", glider.bounding_box())
    print(glider.render())
    glider.step()
start = Life.from_pattern(8, 8, ".#.\n..#\n###", at=(1, 1)).signature()
g = Life.from_pattern(8, 8, ".#.\n..#\n###", at=(1, 1))
for _ in range(32):
    g.step()
print("glider returns to its start after 32 generations on an 8x8 torus:", g.signature() == start)
blinker = Life.from_pattern(5, 5, "###", at=(1, 2))
seen = {}
while blinker.signature() not in seen:
    seen[blinker.signature()] = blinker.generation
    blinker.step()
print("blinker period:", blinker.generation - seen[blinker.signature()])
r_pent = Life.from_pattern(40, 30, ".##\n##.\n.#.", at=(18, 13))
history = []
for _ in range(60):
    history.append(len(r_pent.cells))
    r_pent.step()
print("r-pentomino populations:", history[:20])
print("max population in 60 generations:", max(history), "at generation", history.index(max(history)))
block = Life.from_pattern(6, 6, "##\n##", at=(2, 2))
before = block.signature()
block.step()
print("block is a still life:", block.signature() == before, block.neighbours(2, 2), block.neighbours(0, 0))
