# Recursion limit behaviour: RecursionError at the limit, recovery, raised limits, deep recursion.
import sys
print(sys.getrecursionlimit())
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
def measure():
    count = 0
    def go():
        nonlocal count
        count += 1
        go()
    try:
        go()
    except RecursionError:
        pass
    return count
base = measure()
print("recursion stopped near the limit:", 900 < base <= 1000)
sys.setrecursionlimit(3000)
raised = measure()
print("higher limit allows deeper recursion:", raised > base + 1500, sys.getrecursionlimit())
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(2500))
sys.setrecursionlimit(120000)
print(sum_to(100000))
def countdown(n):
    if n == 0:
        return "bottom"
    return countdown(n - 1)
print(countdown(100000))
sys.setrecursionlimit(1000)
try:
    sum_to(5000)
except RecursionError as e:
    print("limit lowered again:", e)
def recurse_in_except(n):
    try:
        return recurse_in_except(n + 1)
    except RecursionError:
        return n
print(900 < recurse_in_except(0) <= 1000)
class Node:
    def __init__(self, child=None):
        self.child = child
    def __repr__(self):
        return "Node(%r)" % (self.child,)
chain = None
for _ in range(5000):
    chain = Node(chain)
try:
    repr(chain)
except RecursionError as e:
    print(type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
nested = []
for _ in range(100000):
    nested = [nested]
try:
    str(nested)
except RecursionError as e:
    print("nested list repr:", type(e).__name__)
def mutual_a(n):
    return "done" if n == 0 else mutual_b(n - 1)
def mutual_b(n):
    return mutual_a(n)
print(mutual_a(400))
try:
    mutual_a(5000)
except RecursionError:
    print("mutual recursion also limited")
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print(type(e).__name__, e)
def gen_recursion(n):
    if n:
        yield from gen_recursion(n - 1)
    yield n
print(sum(gen_recursion(500)))
print(sys.getrecursionlimit(), "still works after errors:", sum_to(10))
