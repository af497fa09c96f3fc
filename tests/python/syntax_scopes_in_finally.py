# Functions, lambdas, classes and comprehensions inside `finally` bodies, which the
# compiler emits more than once (normal exit, exception exit, return/break unwinding).
try:
    pass
finally:
    f = lambda: 1
    squares = [t * t for t in range(4)]
print(f(), squares)


def g(flag):
    for i in range(3):
        try:
            if flag == "return":
                return "returned"
            if flag == "break":
                break
            if flag == "raise":
                raise ValueError("boom")
        finally:
            def helper(v=i):
                return "helper %d" % v

            class Local:
                tag = {k: v for k, v in zip("ab", (i, i + 1))}

            print(flag, helper(), Local.tag, sorted({c for c in "cab"}), (lambda: i)())
    return "fell through"


print(g("return"))
print(g("break"))
try:
    g("raise")
except ValueError as e:
    print("ValueError", e)


def star():
    try:
        raise ExceptionGroup("eg", [KeyError(1), ValueError(2)])
    except* KeyError as eg:
        print("keys", [repr(e) for e in eg.exceptions], [x for x in (1, 2)])
    except* ValueError:
        print("values", (lambda: "lam")())
    finally:
        print("finally", sum(n for n in range(5)))


star()
