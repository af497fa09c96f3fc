# A build/task scheduler: dependency resolution, priorities via a heap, parallel workers in virtual time.
class Task:
    def __init__(self, name, duration, priority=0, deps=()):
        self.name, self.duration, self.priority, self.deps = name, duration, priority, list(deps)
    def __repr__(self):
        return "Task(%s)" % self.name
def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i and heap[(i - 1) // 2] > heap[i]:
        heap[(i - 1) // 2], heap[i] = heap[i], heap[(i - 1) // 2]
        i = (i - 1) // 2
def heap_pop(heap):
    top = heap[0]
    last = heap.pop()
    if heap:
        heap[0] = last
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(heap) and heap[l] < heap[m]:
                m = l
            if r < len(heap) and heap[r] < heap[m]:
                m = r
            if m == i:
                break
            heap[i], heap[m] = heap[m], heap[i]
            i = m
    return top
def schedule(tasks, workers):
    by_name = {t.name: t for t in tasks}
    for t in tasks:
        for d in t.deps:
            if d not in by_name:
                raise KeyError("%s depends on unknown task %s" % (t.name, d))
    remaining = {t.name: len(t.deps) for t in tasks}
    dependents = {t.name: [] for t in tasks}
    for t in tasks:
        for d in t.deps:
            dependents[d].append(t.name)
    ready = []
    for t in tasks:
        if not t.deps:
            heap_push(ready, (-t.priority, t.name))
    running, time, timeline, free = [], 0, [], list(range(workers))
    finished = 0
    while ready or running:
        while ready and free:
            _, name = heap_pop(ready)
            w = free.pop(0)
            heap_push(running, (time + by_name[name].duration, w, name))
            timeline.append((time, w, "start " + name))
        if not running:
            break
        end, w, name = heap_pop(running)
        time = end
        free.append(w)
        free.sort()
        finished += 1
        timeline.append((time, w, "done  " + name))
        for dep in sorted(dependents[name]):
            remaining[dep] -= 1
            if remaining[dep] == 0:
                heap_push(ready, (-by_name[dep].priority, dep))
    if finished != len(tasks):
        stuck = sorted(n for n, r in remaining.items() if r > 0)
        raise RuntimeError("dependency cycle among: %s" % ", ".join(stuck))
    return time, timeline
tasks = [Task("fetch", 3, 5), Task("configure", 2, 1, ["fetch"]), Task("compile-core", 8, 9, ["configure"]),
         Task("compile-ui", 5, 2, ["configure"]), Task("compile-docs", 4, 0, ["fetch"]), Task("test-core", 6, 7, ["compile-core"]),
         Task("test-ui", 3, 1, ["compile-ui"]), Task("package", 2, 3, ["test-core", "test-ui", "compile-docs"]),
         Task("lint", 1, 0)]
for workers in (1, 2, 3):
    total, timeline = schedule(tasks, workers)
    print("workers=%d makespan=%d" % (workers, total))
    if workers == 2:
        for t, w, what in timeline:
            print("   t=%2d worker%d %s" % (t, w, what))
critical = {}
def longest(name, by_name={t.name: t for t in tasks}):
    if name not in critical:
        t = by_name[name]
        critical[name] = t.duration + max((longest(d) for d in t.deps), default=0)
    return critical[name]
print("critical path length:", max(longest(t.name) for t in tasks), sorted(critical.items(), key=lambda kv: -kv[1])[:3])
try:
    schedule([Task("a", 1, deps=["b"]), Task("b", 1, deps=["a"]), Task("c", 1)], 2)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    schedule([Task("a", 1, deps=["ghost"])], 1)
except KeyError as e:
    print(type(e).__name__, e)
h = []
for v in [5, 1, 9, 3, 7, 2, 8]:
    heap_push(h, v)
print([heap_pop(h) for _ in range(7)])
