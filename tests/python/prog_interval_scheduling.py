# Interval problems: merging, insertion, meeting rooms, free slots, weighted scheduling, calendar rendering.
def fmt(minutes):
    return "%02d:%02d" % divmod(minutes, 60)
def parse(span):
    a, b = span.split("-")
    to_min = lambda t: int(t[:2]) * 60 + int(t[3:])
    return to_min(a), to_min(b)
def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
def insert(intervals, new):
    return merge(intervals + [new])
def rooms_needed(intervals):
    events = sorted([(s, 1) for s, _ in intervals] + [(e, -1) for _, e in intervals])
    cur = best = 0
    for _, delta in events:
        cur += delta
        best = max(best, cur)
    return best
def assign_rooms(meetings):
    rooms = []
    assignment = {}
    for name, (s, e) in sorted(meetings.items(), key=lambda kv: (kv[1], kv[0])):
        for i, free_at in enumerate(rooms):
            if free_at <= s:
                rooms[i] = e
                assignment[name] = i
                break
        else:
            rooms.append(e)
            assignment[name] = len(rooms) - 1
    return assignment
def free_slots(busy, day=(parse("09:00-17:00"))):
    slots, cursor = [], day[0]
    for s, e in merge(busy):
        if s > cursor:
            slots.append((cursor, min(s, day[1])))
        cursor = max(cursor, e)
    if cursor < day[1]:
        slots.append((cursor, day[1]))
    return [(a, b) for a, b in slots if b > a]
meetings = {"standup": "09:00-09:15", "design": "09:10-10:30", "lunch": "12:00-13:00", "review": "10:00-11:00",
            "1on1": "10:30-11:00", "planning": "13:30-15:00", "retro": "14:00-15:30", "sync": "16:00-16:30"}
spans = {k: parse(v) for k, v in meetings.items()}
merged = merge(spans.values())
print("merged:", [fmt(s) + "-" + fmt(e) for s, e in merged])
print("rooms needed:", rooms_needed(list(spans.values())))
assignment = assign_rooms(spans)
for room in sorted(set(assignment.values())):
    names = sorted((n for n in assignment if assignment[n] == room), key=lambda n: spans[n])
    print("room", room, ":", ", ".join("%s %s-%s" % (n, fmt(spans[n][0]), fmt(spans[n][1])) for n in names))
print("free:", [fmt(s) + "-" + fmt(e) for s, e in free_slots(list(spans.values()))])
print(insert([(1, 3), (6, 9)], (2, 5)), insert([(1, 2), (3, 5), (6, 7), (8, 10), (12, 16)], (4, 8)), merge([]), merge([(5, 5), (5, 6)]))
jobs = [(1, 4, 5, "a"), (3, 5, 1, "b"), (0, 6, 8, "c"), (4, 7, 4, "d"), (3, 9, 6, "e"), (5, 9, 3, "f"), (6, 10, 2, "g"), (8, 11, 4, "h")]
def weighted_schedule(jobs):
    jobs = sorted(jobs, key=lambda j: j[1])
    best = [(0, [])]
    for i, (s, e, w, name) in enumerate(jobs):
        j = i - 1
        while j >= 0 and jobs[j][1] > s:
            j -= 1
        take = best[j + 1][0] + w, best[j + 1][1] + [name]
        best.append(max(best[-1], take, key=lambda t: (t[0], t[1])))
    return best[-1]
print("weighted schedule:", weighted_schedule(jobs))
def greedy_max_count(jobs):
    chosen, end = [], -1
    for s, e, _, name in sorted(jobs, key=lambda j: (j[1], j[0])):
        if s >= end:
            chosen.append(name)
            end = e
    return chosen
print("max non-overlapping:", greedy_max_count(jobs))
start, stop = parse("09:00-17:00")
print("      " + "".join("%-4s" % h for h in range(9, 17)))
for name in sorted(spans, key=lambda n: spans[n]):
    s, e = spans[name]
    line = "".join("#" if s <= t < e else "." for t in range(start, stop, 15))
    print("%-9s %s" % (name, line))
