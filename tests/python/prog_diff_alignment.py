# Line diff via LCS producing unified-style hunks, plus word-level edit distance with operations.
OLD = """The quick brown fox
jumps over the lazy dog.
It was a sunny day.
Birds were singing.
The end.""".splitlines()
NEW = """The quick brown fox
leaps over the lazy dog.
It was a sunny day.
Children were playing.
Birds were singing.
THE END.""".splitlines()
def lcs_table(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    return t
def diff(a, b):
    t = lcs_table(a, b)
    i = j = 0
    ops = []
    while i < len(a) or j < len(b):
        if i < len(a) and j < len(b) and a[i] == b[j]:
            ops.append((" ", a[i])); i += 1; j += 1
        elif j < len(b) and (i == len(a) or t[i][j + 1] >= t[i + 1][j]):
            ops.append(("+", b[j])); j += 1
        else:
            ops.append(("-", a[i])); i += 1
    return ops
ops = diff(OLD, NEW)
for tag, line in ops:
    print(tag, line)
print("added %d, removed %d, kept %d" % tuple(sum(1 for t, _ in ops if t == k) for k in "+- "))
def edit_ops(a, b):
    m, n = len(a), len(b)
    d = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m + 1):
        d[i][0] = i
    for j in range(n + 1):
        d[0][j] = j
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
    i, j, out = m, n, []
    while i or j:
        if i and j and d[i][j] == d[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            if a[i - 1] != b[j - 1]:
                out.append("sub %r->%r" % (a[i - 1], b[j - 1]))
            i, j = i - 1, j - 1
        elif i and d[i][j] == d[i - 1][j] + 1:
            out.append("del %r" % (a[i - 1],)); i -= 1
        else:
            out.append("ins %r" % (b[j - 1],)); j -= 1
    return d[m][n], out[::-1]
for a, b in [("kitten", "sitting"), ("sunday", "saturday"), ("", "abc"), ("same", "same"), ("abc", "")]:
    print(a, b, edit_ops(a, b))
wa = "the cat sat on the mat".split()
wb = "the dog sat on a mat today".split()
print(edit_ops(wa, wb))
def similarity(a, b):
    dist = edit_ops(a, b)[0]
    return 1 - dist / max(len(a), len(b), 1)
words = ["apple", "apply", "ample", "maple", "applet", "pineapple", "grape"]
target = "appel"
print(sorted(words, key=lambda w: (-similarity(w, target), w))[:3], ["%.2f" % similarity(w, target) for w in words])
def side_by_side(a, b, width=24):
    for tag, line in diff(a, b):
        left = line if tag in " -" else ""
        right = line if tag in " +" else ""
        mark = {" ": "|", "-": "<", "+": ">"}[tag]
        print(left[:width].ljust(width), mark, right[:width])
side_by_side(OLD, NEW)
