# Producer/consumer over a bounded async queue, with a round-robin scheduler, a lock and async with.
class Yield:
    def __await__(self):
        yield

class Queue:
    def __init__(self, maxsize):
        self.items = []
        self.maxsize = maxsize
    async def put(self, item):
        while len(self.items) >= self.maxsize:
            await Yield()
        self.items.append(item)
    async def get(self):
        while not self.items:
            await Yield()
        return self.items.pop(0)

class Lock:
    def __init__(self):
        self.owner = None
        self.handoffs = 0
    async def __aenter__(self):
        while self.owner is not None:
            await Yield()
        self.owner = current[0]
        self.handoffs += 1
        return self
    async def __aexit__(self, *exc):
        self.owner = None
        return False

current = [None]
trace = []
def run(tasks):
    queue = [(name, coro) for name, coro in tasks]
    results = {}
    steps = 0
    while queue:
        name, coro = queue.pop(0)
        current[0] = name
        steps += 1
        try:
            coro.send(None)
        except StopIteration as stop:
            results[name] = stop.value
            continue
        queue.append((name, coro))
    return results, steps

q = Queue(maxsize=2)
lock = Lock()
shared = []
async def producer(name, items):
    for it in items:
        await q.put((name, it))
        trace.append("%s put %s" % (name, it))
    return "%s produced %d" % (name, len(items))
async def consumer(name, count):
    got = []
    for _ in range(count):
        item = await q.get()
        async with lock:
            shared.append(item)
            await Yield()
            trace.append("%s got %s" % (name, item[1]))
        got.append(item[1])
    return got

results, steps = run([("P1", producer("P1", ["a", "b", "c"])), ("P2", producer("P2", ["x", "y"])),
                      ("C1", consumer("C1", 3)), ("C2", consumer("C2", 2))])
for line in trace:
    print(line)
print(sorted(results.items()))
print(len(shared), sorted(i[1] for i in shared), lock.handoffs, steps)

class Transaction:
    def __init__(self, log):
        self.log = log
    async def __aenter__(self):
        self.log.append("begin")
        await Yield()
        return self
    async def __aexit__(self, et, ev, tb):
        await Yield()
        if et is None:
            self.log.append("commit")
        else:
            self.log.append("rollback (%s)" % et.__name__)
        return et is KeyError

async def transfer(log, fail_with=None):
    async with Transaction(log):
        log.append("work")
        if fail_with:
            raise fail_with("failure")
    return "finished"
for exc in [None, KeyError, ValueError]:
    log = []
    try:
        res, _ = run([("t", transfer(log, exc))])
        print(log, res)
    except ValueError as e:
        print(log, "raised", repr(e))
