# Ten-pin bowling scoring with validation, frame-by-frame display and a game log summary.
class BowlingError(ValueError):
    pass
def frames_of(rolls):
    frames, i = [], 0
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError("incomplete game: frame %d missing" % (frame + 1))
        if frame < 9:
            if rolls[i] == 10:
                frames.append([10]); i += 1
            else:
                pair = rolls[i:i + 2]
                if len(pair) < 2:
                    raise BowlingError("incomplete game: frame %d unfinished" % (frame + 1))
                if sum(pair) > 10:
                    raise BowlingError("frame %d knocks down %d pins" % (frame + 1, sum(pair)))
                frames.append(pair); i += 2
        else:
            last = rolls[i:]
            bonus = len(last) == 3
            if len(last) < 2 or (bonus and last[0] != 10 and sum(last[:2]) != 10) or (not bonus and sum(last[:2]) >= 10) or len(last) > 3:
                raise BowlingError("invalid tenth frame %r" % (last,))
            if last[0] != 10 and sum(last[:2]) > 10:
                raise BowlingError("tenth frame knocks down %d pins" % sum(last[:2]))
            frames.append(last)
            i = len(rolls)
    return frames
def score(rolls):
    for r in rolls:
        if not isinstance(r, int) or not 0 <= r <= 10:
            raise BowlingError("invalid roll %r" % (r,))
    frames = frames_of(rolls)
    totals, running, i = [], 0, 0
    for n, frame in enumerate(frames):
        if n == 9:
            running += sum(frame)
        elif frame == [10]:
            running += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif sum(frame) == 10:
            running += 10 + rolls[i + 2]
            i += 2
        else:
            running += sum(frame)
            i += 2
        totals.append(running)
    return frames, totals
def symbols(frame, tenth=False):
    out, prev = [], None
    for k, r in enumerate(frame):
        if r == 10 and (prev is None or tenth and (prev == 10 or out[-1] == "/")):
            out.append("X")
        elif prev is not None and out[-1] not in ("X", "/") and prev + r == 10:
            out.append("/")
        else:
            out.append("-" if r == 0 else str(r))
        prev = r if out[-1] not in ("X", "/") else None
    return " ".join(out)
def show(name, rolls):
    frames, totals = score(rolls)
    cells = [symbols(f, tenth=(i == 9)).center(7) for i, f in enumerate(frames)]
    print("%-8s|%s|" % (name, "|".join(cells)))
    print("%-8s|%s|" % ("", "|".join(str(t).center(7) for t in totals)))
    return totals[-1]
games = {
    "perfect": [10] * 12,
    "gutter": [0] * 20,
    "spares": [5, 5] * 10 + [5],
    "nines": [9, 0] * 10,
    "mixed": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    "clutch": [3, 4, 10, 2, 8, 10, 10, 4, 5, 0, 10, 6, 2, 1, 1, 10, 9, 1],
}
results = {name: show(name, rolls) for name, rolls in games.items()}
print(sorted(results.items(), key=lambda kv: (-kv[1], kv[0])))
for bad in [[10] * 11, [5, 6] + [0] * 18, [0] * 19, [0] * 18 + [5, 5], [0] * 18 + [3, 3, 3], [11] + [0] * 19, [0] * 18 + [10, 10, 10, 10], ["x"] * 20]:
    try:
        score(bad)
    except BowlingError as e:
        print(type(e).__name__, e)
