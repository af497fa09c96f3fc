# break/continue in a finally body run by `return` drop the pending return value.
def g1(x):
    for count in [0, 1]:
        count2 = 0
        while count2 < 20:
            count2 += 10
            try:
                return count + count2
            finally:
                if x:
                    break
    return "end", count, count2


def g2(x):
    for count in [0, 1]:
        for count2 in [10, 20]:
            try:
                return count + count2
            finally:
                if x:
                    continue
    return "end", count, count2


print(g1(False), g1(True), g2(False), g2(True))


def f2bad():
    (no_such_global): int
    print(no_such_global)


try:
    f2bad()
except Exception as e:
    print(type(e).__name__, e)
