# Classic dynamic programming: knapsack with reconstruction, LCS, LIS, coin change, matrix chain, rod cutting.
def knapsack(items, capacity):
    n = len(items)
    best = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i, (name, weight, value) in enumerate(items, 1):
        for c in range(capacity + 1):
            best[i][c] = best[i - 1][c]
            if weight <= c and best[i - 1][c - weight] + value > best[i][c]:
                best[i][c] = best[i - 1][c - weight] + value
    chosen, c = [], capacity
    for i in range(n, 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return best[n][capacity], chosen[::-1]
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60),
         ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30), ("beer", 52, 10),
         ("suntan", 11, 70), ("camera", 32, 30), ("tshirt", 24, 15), ("trousers", 48, 10), ("umbrella", 73, 40),
         ("wtrousers", 42, 70), ("woverclothes", 43, 75), ("notecase", 22, 80), ("sunglasses", 7, 20), ("towel", 18, 12),
         ("socks", 4, 50), ("book", 30, 10)]
print(knapsack(items, 400))
def lcs(a, b):
    m, n = len(a), len(b)
    t = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    out, i, j = [], 0, 0
    while i < m and j < n:
        if a[i] == b[j]:
            out.append(a[i]); i += 1; j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out) if isinstance(a, str) else out
print(lcs("AGGTAB", "GXTXAYB"), lcs("thisisatest", "testing123testing"), lcs([1, 3, 4, 1, 2, 3], [3, 4, 1, 2, 1, 3]))
def lis(seq):
    tails, prev, idx = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if seq[tails[mid]] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo > 0:
            prev[i] = tails[lo - 1]
        if lo == len(tails):
            tails.append(i)
        else:
            tails[lo] = i
    out, k = [], tails[-1] if tails else None
    while k is not None:
        out.append(seq[k]); k = prev[k]
    return out[::-1]
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]), lis([]))
def coin_change(coins, amount):
    INF = float("inf")
    best = [0] + [INF] * amount
    pick = [None] * (amount + 1)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a], pick[a] = best[a - c] + 1, c
    if best[amount] == INF:
        return None
    out = []
    while amount:
        out.append(pick[amount]); amount -= pick[amount]
    return sorted(out, reverse=True)
def count_ways(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
print(coin_change([1, 5, 10, 25], 63), coin_change([1, 3, 4], 6), coin_change([5, 10], 3), count_ways([1, 2, 5, 10, 20, 50, 100, 200], 200))
def matrix_chain(dims):
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = float("inf")
            for k in range(i, j):
                c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if c < cost[i][j]:
                    cost[i][j], split[i][j] = c, k
    def paren(i, j):
        return "M%d" % (i + 1) if i == j else "(%s %s)" % (paren(i, split[i][j]), paren(split[i][j] + 1, j))
    return cost[0][n - 1], paren(0, n - 1)
print(matrix_chain([40, 20, 30, 10, 30]), matrix_chain([10, 20, 30, 40, 30]), matrix_chain([30, 35, 15, 5, 10, 20, 25]))
def rod_cutting(prices, n):
    best, cut = [0] * (n + 1), [0] * (n + 1)
    for length in range(1, n + 1):
        for first in range(1, min(length, len(prices)) + 1):
            v = prices[first - 1] + best[length - first]
            if v > best[length]:
                best[length], cut[length] = v, first
    pieces = []
    while n:
        pieces.append(cut[n]); n -= cut[n]
    return best[-1] if False else sum(prices[p - 1] for p in pieces), pieces
print(rod_cutting([1, 5, 8, 9, 10, 17, 17, 20], 8), rod_cutting([3, 5, 8, 9, 10, 17, 17, 20], 8))
def partition_equal(nums):
    total = sum(nums)
    if total % 2:
        return False
    reachable = {0}
    for x in nums:
        reachable |= {r + x for r in reachable if r + x <= total // 2}
    return total // 2 in reachable
print([partition_equal(s) for s in ([1, 5, 11, 5], [1, 2, 3, 5], [2, 2, 3, 5], [3, 3, 3, 4, 5])])
tri = [[75], [95, 64], [17, 47, 82], [18, 35, 87, 10], [20, 4, 82, 47, 65], [19, 1, 23, 75, 3, 34]]
best = tri[-1][:]
for row in reversed(tri[:-1]):
    best = [v + max(best[i], best[i + 1]) for i, v in enumerate(row)]
print("max triangle path:", best[0])
