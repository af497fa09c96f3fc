# Chained comparisons evaluate each operand once and short-circuit.
trace = []

def v(x):
    trace.append(x)
    return x

def run(label, thunk):
    trace.clear()
    result = thunk()
    print(label, result, trace)

run("1<2<3", lambda: v(1) < v(2) < v(3))
run("1<3<2", lambda: v(1) < v(3) < v(2))
run("3<1<2", lambda: v(3) < v(1) < v(2))
run("eq chain", lambda: v(2) == v(2) == v(2.0))
run("mixed", lambda: v(1) < v(5) > v(2) != v(7))
run("in chain", lambda: v(1) in v([1, 2]) in v([[1, 2]]))
run("is chain", lambda: v(None) is v(None) is not v(0))
run("not in", lambda: v(5) not in v([1, 2]))
run("long", lambda: v(1) <= v(1) < v(2) <= v(2) < v(3))

class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("  %d < %d" % (self.n, other.n))
        return self.n < other.n
    def __bool__(self):
        print("  bool(%d)" % self.n)
        return True

print(Loud(1) < Loud(2) < Loud(3))
print(Loud(2) < Loud(1) < Loud(3))

class Weird:
    def __lt__(self, other):
        return "truthy-string"
    def __gt__(self, other):
        return 0
print(Weird() < 5)
print(Weird() < 5 < 6)
print(5 < Weird())
print(1 < 2 and Weird() > 3)

x = 5
print(0 < x < 10, 0 < x < 3, 10 > x >= 5, x == 5 == 5.0)
print(1 < 2 > 1 < 2, "a" < "b" < "c", [1] < [1, 0] < [2])
print((1, 2) < (1, 3) <= (1, 3), (1, "a") < (1, "b"))
try:
    print(1 < "a" < 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(3 < 1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
print(not 1 < 2, not (1 < 2 < 0))
print(1 == 1.0 == True, 0 == False == 0.0 == 0j)
values = [3, 1, 4, 1, 5, 9, 2, 6]
print([n for n in values if 2 <= n < 6])
print(all(a <= b for a, b in zip(values, values[1:])))
marker = None
print(sorted(values) == values, 1 < x is not marker)
