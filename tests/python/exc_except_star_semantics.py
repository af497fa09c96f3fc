# except*: each clause sees a subgroup, unhandled parts re-raise, naked exceptions get wrapped.
def run(label, exc):
    print("--", label)
    try:
        try:
            raise exc
        except* ValueError as g:
            print("  ValueError clause:", repr(g))
        except* (TypeError, KeyError) as g:
            print("  Type/Key clause:", repr(g))
    except BaseException as leftover:
        print("  propagated:", repr(leftover))

run("mixed group", ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)]))
run("naked ValueError", ValueError("bare"))
run("naked OSError", OSError("bare os"))
run("nested", ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError("deep"), KeyError("k")]), ValueError("top")]))
run("only handled", ExceptionGroup("all", [KeyError(1), KeyError(2)]))

def raise_in_handler():
    try:
        raise ExceptionGroup("src", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise RuntimeError("handler failed")
    except* TypeError:
        print("  TypeError handler still runs")
try:
    raise_in_handler()
except Exception as g:
    print(repr(g), repr(g.__context__))
def raise_with_unhandled():
    try:
        raise ExceptionGroup("src", [ValueError("a"), OSError("unhandled")])
    except* ValueError:
        raise RuntimeError("handler failed")
try:
    raise_with_unhandled()
except ExceptionGroup as g:
    print(repr(g), [repr(e.__context__) for e in g.exceptions])

def reraise_in_handler():
    try:
        raise ExceptionGroup("src", [ValueError("x"), ValueError("y")])
    except* ValueError:
        raise
try:
    reraise_in_handler()
except ExceptionGroup as g:
    print("bare raise keeps group:", repr(g))

def else_finally():
    try:
        pass
    except* ValueError:
        print("never")
    else:
        print("else runs")
    finally:
        print("finally runs")
else_finally()

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as g:
        print("caught", type(g).__name__, g.exceptions)
except Exception:
    print("never")
try:
    compile("try:\n    pass\nexcept* (ValueError, ExceptionGroup):\n    pass\n", "<s>", "exec")
    exec("try:\n    raise ValueError\nexcept* (ValueError, ExceptionGroup):\n    pass\n")
except TypeError as e:
    print(type(e).__name__, e)
for src in ["try:\n    pass\nexcept*:\n    pass\n", "try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass\n",
            "for x in []:\n    try:\n        pass\n    except* ValueError:\n        break\n",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
def handled_count():
    seen = []
    try:
        raise ExceptionGroup("many", [ValueError(i) for i in range(4)] + [TypeError("t")])
    except* ValueError as g:
        seen.append(len(g.exceptions))
    except* TypeError as g:
        seen.append(str(g.exceptions[0]))
    return seen
print(handled_count())
