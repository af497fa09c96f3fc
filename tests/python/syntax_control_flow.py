for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print("loop", i)
else:
    print("never")
for i in range(3):
    pass
else:
    print("for-else ran", i)
n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print("while-else ran", n)
def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            return idx
    return -1
print(find("hello", "l"), find("hello", "z"))
x = 7
if x < 5:
    print("small")
elif x < 10:
    print("medium")
else:
    print("large")
print("even" if x % 2 == 0 else "odd")
def nested_loops():
    out = []
    for a in range(3):
        for b in range(3):
            if b == 2:
                break
            if a == b:
                continue
            out.append((a, b))
    return out
print(nested_loops())
def try_in_loop():
    res = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            res.append(i)
        finally:
            res.append("f%d" % i)
    return res
print(try_in_loop())
def ret_in_finally():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(ret_in_finally())
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())
i = 0
while True:
    i += 1
    if i > 3:
        break
print("i", i)
print(pass_ := None)
