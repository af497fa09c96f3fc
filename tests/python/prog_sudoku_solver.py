# A backtracking Sudoku solver with constraint propagation (naked singles) and pretty printing.
PUZZLES = [
    "530070000600195000098000060800060003400803001700020006060000280000419005000080079",
    "000000907000420180000705026100904000050000040000507009920108000034059000507000000",
]
def parse(s):
    return [int(c) for c in s]
def candidates(board, idx):
    r, c = divmod(idx, 9)
    used = set(board[r * 9:(r + 1) * 9]) | {board[i * 9 + c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {board[(br + i) * 9 + bc + j] for i in range(3) for j in range(3)}
    return [d for d in range(1, 10) if d not in used]
stats = {"guesses": 0, "singles": 0}
def propagate(board):
    changed = True
    while changed:
        changed = False
        for i in range(81):
            if board[i] == 0:
                cands = candidates(board, i)
                if not cands:
                    return False
                if len(cands) == 1:
                    board[i] = cands[0]
                    stats["singles"] += 1
                    changed = True
    return True
def solve(board):
    board = board[:]
    if not propagate(board):
        return None
    empties = [i for i in range(81) if board[i] == 0]
    if not empties:
        return board
    idx = min(empties, key=lambda i: (len(candidates(board, i)), i))
    for d in candidates(board, idx):
        stats["guesses"] += 1
        board[idx] = d
        result = solve(board)
        if result:
            return result
    return None
def show(board):
    lines = []
    for r in range(9):
        if r in (3, 6):
            lines.append("------+-------+------")
        row = board[r * 9:(r + 1) * 9]
        cells = [str(v) if v else "." for v in row]
        lines.append(" ".join(cells[0:3]) + " | " + " ".join(cells[3:6]) + " | " + " ".join(cells[6:9]))
    print("\n".join(lines))
def valid(board):
    groups = []
    for k in range(9):
        groups.append(board[k * 9:(k + 1) * 9])
        groups.append(board[k::9])
        br, bc = 3 * (k // 3), 3 * (k % 3)
        groups.append([board[(br + i) * 9 + bc + j] for i in range(3) for j in range(3)])
    return all(sorted(g) == list(range(1, 10)) for g in groups)
for p in PUZZLES:
    stats = {"guesses": 0, "singles": 0}
    board = parse(p)
    print("givens:", sum(1 for v in board if v))
    show(board)
    solved = solve(board)
    print("solution (valid=%s, guesses=%d, singles=%d):" % (valid(solved), stats["guesses"], stats["singles"]))
    show(solved)
    print()
bad = parse(PUZZLES[0])
bad[1] = 5
print("contradictory puzzle solvable:", solve(bad) is not None)
