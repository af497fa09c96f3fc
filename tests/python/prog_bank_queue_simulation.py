# A discrete-event simulation of a bank with several tellers, driven by a deterministic LCG.
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33
    def uniform(self):
        return self.next() / 2 ** 31
    def randint(self, a, b):
        return a + self.next() % (b - a + 1)
    def exponential(self, mean):
        import math
        return -mean * math.log(1.0 - self.uniform())
class Customer:
    def __init__(self, cid, arrival, service):
        self.cid, self.arrival, self.service = cid, arrival, service
        self.start = self.end = None
        self.teller = None
def simulate(n_tellers, n_customers, seed, mean_gap=2.0, service=(2, 9)):
    rng = LCG(seed)
    t, customers = 0.0, []
    for cid in range(n_customers):
        t += rng.exponential(mean_gap)
        customers.append(Customer(cid, round(t, 2), rng.randint(*service)))
    free_at = [0.0] * n_tellers
    busy_time = [0.0] * n_tellers
    for c in customers:
        teller = min(range(n_tellers), key=lambda k: (free_at[k], k))
        c.start = max(c.arrival, free_at[teller])
        c.end = c.start + c.service
        c.teller = teller
        free_at[teller] = c.end
        busy_time[teller] += c.service
    return customers, busy_time
def report(n_tellers, seed):
    customers, busy = simulate(n_tellers, 40, seed)
    waits = [c.start - c.arrival for c in customers]
    horizon = max(c.end for c in customers)
    print("tellers=%d seed=%d: avg wait %.2f, max wait %.2f, waited>5: %d, finished at %.2f" % (
        n_tellers, seed, sum(waits) / len(waits), max(waits), sum(w > 5 for w in waits), horizon))
    print("   utilisation:", ["%.0f%%" % (100 * b / horizon) for b in busy])
    return customers
customers = report(2, 42)
print("%4s %8s %7s %8s %8s %6s" % ("id", "arrive", "serve", "start", "end", "teller"))
for c in customers[:10]:
    print("%4d %8.2f %7d %8.2f %8.2f %6d" % (c.cid, c.arrival, c.service, c.start, c.end, c.teller))
for tellers in (1, 3, 4):
    report(tellers, 42)
for seed in (1, 2, 3):
    report(2, seed)
timeline = [0] * 20
for c in customers:
    for minute in range(int(c.start), min(int(c.end), 20)):
        timeline[minute] += 1
print("busy tellers per minute (first 20):", timeline)
rng = LCG(7)
rolls = [rng.randint(1, 6) for _ in range(6000)]
print("dice counts:", [rolls.count(k) for k in range(1, 7)], "mean %.3f" % (sum(rolls) / len(rolls)))
