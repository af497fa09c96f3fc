# Recursive generators: permutations, combinations, subsets, tree walks, partitions, n-queens.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [head] + rest
print(["".join(p) for p in permutations("abc")], sum(1 for _ in permutations(list(range(6)))))
def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items) - k + 1):
        for tail in combinations(items[i + 1:], k - 1):
            yield [items[i]] + tail
print(list(combinations([1, 2, 3, 4], 2)), len(list(combinations(list(range(10)), 4))))
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        yield []
        return
    for p in range(min(n, max_part), 0, -1):
        for rest in partitions(n - p, p):
            yield [p] + rest
print(list(partitions(5)), sum(1 for _ in partitions(20)))
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)
tree = Node("root", Node("a", Node("a1"), Node("a2", Node("a2x"))), Node("b"), Node("c", Node("c1")))
def preorder(node, depth=0):
    yield depth, node.value
    for child in node.children:
        yield from preorder(child, depth + 1)
def postorder(node):
    for child in node.children:
        yield from postorder(child)
    yield node.value
def leaves(node):
    if not node.children:
        yield node.value
    for child in node.children:
        yield from leaves(child)
for depth, value in preorder(tree):
    print("  " * depth + value)
print(list(postorder(tree)), list(leaves(tree)))
def paths(node, prefix=()):
    here = prefix + (node.value,)
    if not node.children:
        yield "/".join(here)
    for c in node.children:
        yield from paths(c, here)
print(list(paths(tree)))
def queens(n, row=0, cols=(), diag1=(), diag2=()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if c not in cols and row - c not in diag1 and row + c not in diag2:
            yield from queens(n, row + 1, cols + (c,), diag1 + (row - c,), diag2 + (row + c,))
first = next(queens(8))
print(first, sum(1 for _ in queens(6)), sum(1 for _ in queens(8)))
for r in range(8):
    print("".join("Q" if first[r] == c else "." for c in range(8)))
def gray_code(n):
    if n == 0:
        yield ""
        return
    prev = list(gray_code(n - 1))
    for code in prev:
        yield "0" + code
    for code in reversed(prev):
        yield "1" + code
print(list(gray_code(3)))
def hanoi(n, src="A", dst="C", via="B"):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield (n, src, dst)
        yield from hanoi(n - 1, via, dst, src)
moves = list(hanoi(4))
print(len(moves), moves[:5])
def balanced_parens(n, open_=0, close=0, s=""):
    if len(s) == 2 * n:
        yield s
        return
    if open_ < n:
        yield from balanced_parens(n, open_ + 1, close, s + "(")
    if close < open_:
        yield from balanced_parens(n, open_, close + 1, s + ")")
print(list(balanced_parens(3)), sum(1 for _ in balanced_parens(6)))
