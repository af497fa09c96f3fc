# Elementary cellular automata (rules 30, 90, 110, 184) and a 1D traffic model with statistics.
def step(cells, rule):
    n = len(cells)
    return [(rule >> (cells[(i - 1) % n] << 2 | cells[i] << 1 | cells[(i + 1) % n])) & 1 for i in range(n)]
def run(rule, width=63, steps=24, seed=None):
    cells = seed[:] if seed else [0] * width
    if not seed:
        cells[width // 2] = 1
    rows = [cells]
    for _ in range(steps - 1):
        cells = step(cells, rule)
        rows.append(cells)
    return rows
for rule in (30, 90):
    print("rule", rule)
    for row in run(rule, steps=16):
        print("".join("#" if c else "." for c in row))
rows = run(30, width=101, steps=100)
center = [r[50] for r in rows]
print("rule 30 centre column bits:", "".join(map(str, center[:64])))
print("as an integer:", int("".join(map(str, center[:64])), 2))
print("density by generation (every 10th):", [sum(r) for r in rows[::10]])
rule110 = run(110, width=64, steps=20, seed=[0] * 63 + [1])
for row in rule110[:12]:
    print("".join("#" if c else " " for c in row).rstrip())
def traffic(density_pattern, steps):
    road = density_pattern[:]
    flows = []
    for _ in range(steps):
        moved = sum(1 for i in range(len(road)) if road[i] and not road[(i + 1) % len(road)])
        flows.append(moved)
        road = step(road, 184)
    return road, flows
road0 = [1 if (i * 7) % 10 < 4 else 0 for i in range(40)]
print("".join(".>"[c] for c in road0))
road, flows = traffic(road0, 30)
print("".join(".>"[c] for c in road), "cars:", sum(road0), sum(road), "flow per step:", flows[-5:])
def classify(rule):
    rows = run(rule, width=41, steps=40)
    last = rows[-1]
    if sum(last) == 0:
        return "dies"
    if rows[-1] == rows[-2]:
        return "fixed"
    if rows[-1] in rows[-10:-1]:
        return "periodic"
    return "complex"
summary = {}
for rule in range(0, 256, 15):
    summary.setdefault(classify(rule), []).append(rule)
print(sorted(summary.items()))
print("rule 30 table:", {format(k, "03b"): (30 >> k) & 1 for k in range(7, -1, -1)})
