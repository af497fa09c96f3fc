class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[a * other for a in r] for r in self.rows])
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, other):
        return self * other
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def transpose(self):
        return Matrix(list(zip(*self.rows)))
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __str__(self):
        w = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join(" ".join(str(v).rjust(w) for v in r) for r in self.rows)
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[5, 6], [7, 8]])
print(a + b)
print(a * b)
print(a @ Matrix.identity(2) == a, 2 * a, a * 0.5)
print(a.transpose(), a[1, 0])
def power(m, k):
    result = Matrix.identity(m.n)
    while k:
        if k & 1:
            result = result * m
        m = m * m
        k >>= 1
    return result
fib = power(Matrix([[1, 1], [1, 0]]), 90)
print(fib[0, 1])
