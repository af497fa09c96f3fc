# An elevator controller simulation with the SCAN algorithm, a request log and per-passenger statistics.
class Elevator:
    def __init__(self, floors, capacity):
        self.floors, self.capacity = floors, capacity
        self.floor, self.direction = 0, 1
        self.riders, self.time, self.log = [], 0, []
        self.moves = 0
    def targets(self, waiting):
        stops = {r["to"] for r in self.riders}
        if len(self.riders) < self.capacity:
            stops |= {p["from"] for p in waiting}
        return stops
    def step(self, waiting, done):
        events = []
        for r in [r for r in self.riders if r["to"] == self.floor]:
            self.riders.remove(r)
            r["dropped"] = self.time
            done.append(r)
            events.append("drop %s" % r["name"])
        for p in sorted([p for p in waiting if p["from"] == self.floor], key=lambda p: (p["arrive"], p["name"])):
            if len(self.riders) >= self.capacity:
                events.append("full, %s waits" % p["name"])
                continue
            waiting.remove(p)
            p["picked"] = self.time
            self.riders.append(p)
            events.append("pick %s->%d" % (p["name"], p["to"]))
        if events:
            self.log.append("t=%3d floor %d: %s" % (self.time, self.floor, ", ".join(events)))
        stops = self.targets(waiting)
        if stops:
            ahead = [s for s in stops if (s - self.floor) * self.direction > 0]
            if not ahead:
                self.direction = -self.direction
            if any((s - self.floor) * self.direction > 0 for s in stops):
                self.floor += self.direction
                self.moves += 1
        self.time += 1
def simulate(requests, capacity=4, floors=10):
    e = Elevator(floors, capacity)
    pending = sorted(requests, key=lambda r: (r["arrive"], r["name"]))
    waiting, done = [], []
    while pending or waiting or e.riders:
        while pending and pending[0]["arrive"] <= e.time:
            waiting.append(pending.pop(0))
        e.step(waiting, done)
        if e.time > 500:
            raise RuntimeError("simulation did not finish")
    return e, done
people = [("ann", 0, 0, 7), ("bob", 0, 3, 0), ("cid", 2, 5, 9), ("dee", 3, 9, 1), ("eve", 4, 0, 4),
          ("fay", 4, 0, 8), ("gus", 6, 7, 2), ("hal", 10, 1, 6), ("ivy", 12, 6, 0), ("jon", 12, 6, 3),
          ("kim", 12, 6, 9), ("lou", 13, 6, 5), ("max", 13, 6, 8)]
requests = [{"name": n, "arrive": t, "from": f, "to": to} for n, t, f, to in people]
elevator, done = simulate(requests, capacity=3)
for line in elevator.log:
    print(line)
print("finished at t=%d after %d moves" % (elevator.time, elevator.moves))
print("%-5s %6s %6s %6s %6s" % ("who", "arrive", "wait", "ride", "total"))
for r in sorted(done, key=lambda r: r["name"]):
    wait, ride = r["picked"] - r["arrive"], r["dropped"] - r["picked"]
    print("%-5s %6d %6d %6d %6d" % (r["name"], r["arrive"], wait, ride, wait + ride))
waits = [r["picked"] - r["arrive"] for r in done]
print("average wait %.2f, worst %d (%s)" % (sum(waits) / len(waits), max(waits), max(done, key=lambda r: (r["picked"] - r["arrive"], r["name"]))["name"]))
for cap in (1, 2, 6):
    e, d = simulate([dict(r) for r in requests], capacity=cap)
    print("capacity %d: finished t=%d, moves %d, mean wait %.2f" % (cap, e.time, e.moves, sum(x["picked"] - x["arrive"] for x in d) / len(d)))
