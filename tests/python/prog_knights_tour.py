# Knight's tour with Warnsdorff's heuristic (deterministic tie-breaking) and a closed-tour check.
MOVES = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]
def neighbours(n, r, c, board):
    for dr, dc in MOVES:
        nr, nc = r + dr, c + dc
        if 0 <= nr < n and 0 <= nc < n and board[nr][nc] == 0:
            yield nr, nc
def tour(n, start=(0, 0)):
    board = [[0] * n for _ in range(n)]
    r, c = start
    board[r][c] = 1
    path = [start]
    for step in range(2, n * n + 1):
        options = sorted(neighbours(n, r, c, board), key=lambda p: (len(list(neighbours(n, p[0], p[1], board))), p))
        if not options:
            return None, path
        r, c = options[0]
        board[r][c] = step
        path.append((r, c))
    return board, path
for n in (5, 6, 8):
    board, path = tour(n)
    if board is None:
        print("n=%d: heuristic got stuck after %d squares" % (n, len(path)))
        continue
    width = len(str(n * n))
    print("n=%d tour:" % n)
    for row in board:
        print("  " + " ".join(str(v).rjust(width) for v in row))
    last, first = path[-1], path[0]
    closed = (abs(last[0] - first[0]), abs(last[1] - first[1])) in ((1, 2), (2, 1))
    valid = all((abs(a[0] - b[0]), abs(a[1] - b[1])) in ((1, 2), (2, 1)) for a, b in zip(path, path[1:]))
    print("  valid moves:", valid, "closed:", closed, "visits:", len(set(path)))
starts = [(r, c) for r in range(5) for c in range(5)]
complete = [s for s in starts if tour(5, s)[0] is not None]
print("5x5 starts giving a full tour:", complete)
def count_reachable(n, start, k):
    frontier, seen = {start}, {start}
    for _ in range(k):
        frontier = {(r + dr, c + dc) for r, c in frontier for dr, dc in MOVES if 0 <= r + dr < n and 0 <= c + dc < n} - seen
        seen |= frontier
    return len(seen)
print("squares reachable from a corner within k moves on 8x8:", [count_reachable(8, (0, 0), k) for k in range(7)])
