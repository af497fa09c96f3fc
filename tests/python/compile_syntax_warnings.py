# Compile-time SyntaxWarnings, and SyntaxError when the warning filter says "error".
import warnings

sources = [
    "x is 1",
    "x is not 'a'",
    "1 is x",
    "x is y is 1",
    "x is None",
    "x is ...",
    "assert(x, 'msg')",
    "assert x, 'msg'",
    "[(1, 2) (3, 4)]",
    "[[1, 2] (3, 4)]",
    "[(lambda x: x) (3, 4)]",
    "[{1, 2} [i, j]]",
    "[123 [i, j]]",
    "[[1, 2] [i, j]]",
    "['abc' [1.5]]",
    "[[1, 2] [0]]",
    "[[1, 2] [i]]",
]
for src in sources:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always", SyntaxWarning)
        compile(src, "<testcase>", "exec")
    print(repr(src), [(str(x.message), x.category.__name__, x.lineno) for x in w])
    with warnings.catch_warnings():
        warnings.simplefilter("error", SyntaxWarning)
        try:
            compile(src, "<testcase>", "exec")
        except SyntaxError as e:
            print("  SyntaxError:", e.msg, e.lineno)

for src in ["print foo", "if 1: exec {1: foo}", "print (foo.)"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), e.msg)
