# An uncaught ExceptionGroup is printed as a tree; the last stderr line is the tree's border.
def task(n):
    if n % 2:
        raise ValueError("task %d failed" % n)
    return n
errors = []
for n in range(4):
    try:
        print("task", n, "->", task(n))
    except ValueError as e:
        errors.append(e)
raise ExceptionGroup("some tasks failed", errors)
