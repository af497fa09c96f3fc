# Tic-tac-toe with a memoized minimax AI playing against itself and against scripted moves.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return None
cache = {}
def minimax(board, player):
    key = (board, player)
    if key in cache:
        return cache[key]
    w = winner(board)
    if w:
        result = (1 if w == "X" else -1, None)
    elif " " not in board:
        result = (0, None)
    else:
        best = None
        for i in range(9):
            if board[i] == " ":
                child = board[:i] + player + board[i + 1:]
                score, _ = minimax(child, "O" if player == "X" else "X")
                if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                    best = (score, i)
        result = best
    cache[key] = result
    return result
def show(board):
    rows = [" | ".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    print("\n---------\n".join(rows))
def play(first_moves=()):
    board, player, moves = " " * 9, "X", list(first_moves)
    history = []
    while winner(board) is None and " " in board:
        move = moves.pop(0) if moves else minimax(board, player)[1]
        board = board[:move] + player + board[move + 1:]
        history.append((player, move))
        player = "O" if player == "X" else "X"
    return board, history, winner(board) or "draw"
board, history, result = play()
show(board)
print("perfect play:", result, history)
print("value of empty board:", minimax(" " * 9, "X")[0], "positions cached:", len(cache))
for opening in [(4,), (0,), (1,), (0, 1), (4, 1), (0, 8, 4)]:
    board, history, result = play(opening)
    print("opening %-10s -> %-5s moves %s" % (opening, result, "".join(str(m) for _, m in history)))
blunder_board, _, res = play((0, 3, 1, 4))
show(blunder_board)
print("after scripted blunders:", res)
game_counts = {}
def count_games(board=" " * 9, player="X"):
    if winner(board) or " " not in board:
        return 1
    if board not in game_counts:
        game_counts[board] = sum(count_games(board[:i] + player + board[i + 1:], "O" if player == "X" else "X")
                                 for i in range(9) if board[i] == " ")
    return game_counts[board]
print("total possible games:", count_games())
terminal = [k for k in cache if winner(k[0]) or " " not in k[0]]
print("terminal positions seen:", len(terminal), "X wins:", sum(1 for k in terminal if winner(k[0]) == "X"))
