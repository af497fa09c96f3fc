# A tiny event loop with virtual time: sleep, spawn, join, and a deterministic schedule.
class Sleep:
    def __init__(self, delay):
        self.delay = delay
    def __await__(self):
        yield ("sleep", self.delay)

class Join:
    def __init__(self, task):
        self.task = task
    def __await__(self):
        if not self.task.done:
            yield ("join", self.task)
        if self.task.error is not None:
            raise self.task.error
        return self.task.result

class Task:
    counter = 0
    def __init__(self, coro, name):
        Task.counter += 1
        self.id = Task.counter
        self.coro, self.name = coro, name
        self.done, self.result, self.error = False, None, None
        self.waiters = []
    def __repr__(self):
        return "<Task %s>" % self.name

class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.log = []
    def spawn(self, coro, name):
        t = Task(coro, name)
        self.ready.append((t, None))
        return t
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda item: (item[0], item[1].id))
                wake, task = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((task, None))
                continue
            task, value = self.ready.pop(0)
            try:
                cmd = task.coro.send(value)
            except StopIteration as stop:
                task.done, task.result = True, stop.value
                self.log.append("t=%d %s finished -> %r" % (self.now, task.name, stop.value))
                self.ready.extend((w, None) for w in task.waiters)
                continue
            except Exception as e:
                task.done, task.error = True, e
                self.log.append("t=%d %s failed: %s" % (self.now, task.name, e))
                self.ready.extend((w, None) for w in task.waiters)
                continue
            kind, arg = cmd
            if kind == "sleep":
                self.sleeping.append((self.now + arg, task))
            elif kind == "join":
                arg.waiters.append(task)

loop = Loop()
async def worker(name, delays):
    total = 0
    for d in delays:
        await Sleep(d)
        total += d
        loop.log.append("t=%d %s woke after %d" % (loop.now, name, d))
    return total
async def failing():
    await Sleep(4)
    raise ValueError("worker exploded")
async def supervisor():
    a = loop.spawn(worker("A", [3, 3, 3]), "A")
    b = loop.spawn(worker("B", [5, 1]), "B")
    c = loop.spawn(failing(), "C")
    results = [await Join(a), await Join(b)]
    try:
        await Join(c)
    except ValueError as e:
        results.append("C error: %s" % e)
    await Sleep(1)
    return results
main = loop.spawn(supervisor(), "main")
loop.run()
for line in loop.log:
    print(line)
print(main.result, loop.now)

loop2 = Loop()
async def ping_pong(name, n, step):
    seen = []
    for i in range(n):
        seen.append((loop2.now, name, i))
        await Sleep(step)
    return seen
p1 = loop2.spawn(ping_pong("ping", 4, 2), "ping")
p2 = loop2.spawn(ping_pong("pong", 3, 3), "pong")
loop2.run()
timeline = sorted(p1.result + p2.result)
print(timeline)
print(loop2.log)
