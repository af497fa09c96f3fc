# Exact linear algebra with a hand-written Rational type: Gaussian elimination, inverse, determinant.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Q:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if isinstance(n, Q):
            n, d = n.n * 1, n.d * d
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    def _q(self, o):
        return o if isinstance(o, Q) else Q(o)
    def __add__(self, o):
        o = self._q(o); return Q(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._q(o); return Q(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return self._q(o) - self
    def __mul__(self, o):
        o = self._q(o); return Q(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._q(o); return Q(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Q(-self.n, self.d)
    def __eq__(self, o):
        o = self._q(o); return self.n == o.n and self.d == o.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __bool__(self):
        return self.n != 0
    def __abs__(self):
        return Q(abs(self.n), self.d)
    def __lt__(self, o):
        o = self._q(o); return self.n * o.d < o.n * self.d
    def __repr__(self):
        return str(self.n) if self.d == 1 else "%d/%d" % (self.n, self.d)

def show(m, title):
    print(title)
    width = max(len(repr(x)) for row in m for x in row)
    for row in m:
        print("  [" + " ".join(repr(x).rjust(width) for x in row) + "]")

def determinant(m):
    m = [[Q(x) for x in row] for row in m]
    n, det = len(m), Q(1)
    for col in range(n):
        pivot = next((r for r in range(col, n) if m[r][col]), None)
        if pivot is None:
            return Q(0)
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            det = -det
        det = det * m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            m[r] = [a - f * b for a, b in zip(m[r], m[col])]
    return det

def inverse(m):
    n = len(m)
    aug = [[Q(x) for x in row] + [Q(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if aug[r][col]), None)
        if pivot is None:
            raise ValueError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [x / p for x in aug[col]]
        for r in range(n):
            if r != col and aug[r][col]:
                f = aug[r][col]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]

def matmul(a, b):
    return [[sum((x * y for x, y in zip(row, col)), Q(0)) for col in zip(*b)] for row in a]

def solve(a, b):
    inv = inverse(a)
    return [sum((x * Q(y) for x, y in zip(row, b)), Q(0)) for row in inv]

A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
show(A, "A")
print("det(A) =", determinant(A))
Ainv = inverse(A)
show(Ainv, "inverse(A)")
show(matmul([[Q(x) for x in r] for r in A], Ainv), "A * inverse(A)")
print("solution of A x = [8, -11, -3]:", solve(A, [8, -11, -3]))
H = [[Q(1, i + j + 1) for j in range(4)] for i in range(4)]
show(H, "Hilbert(4)")
print("det(H) =", determinant(H))
show(inverse(H), "inverse(Hilbert(4))")
try:
    inverse([[1, 2], [2, 4]])
except ValueError as e:
    print(type(e).__name__, e)
print(determinant([[1, 2], [2, 4]]), determinant([[0, 1], [1, 0]]), determinant([[5]]))
print(Q(1, 3) + Q(1, 6), Q(3, 4) * 4, 1 - Q(1, 3), Q(2, -4), Q(6, 3) == 2, sorted([Q(1, 2), Q(1, 3), Q(2, 3)]))
