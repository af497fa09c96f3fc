# Invalid escape sequences warn (DeprecationWarning) at compile time; as errors they are
# SyntaxErrors located at the literal.
import warnings

cases = [r"'\d'", r"b'\d'", r"f'\{6*7}'", r"f'{1}\d'", r"'\777'", r"b'\407'", r"'\N{DIGIT ONE}\q'",
         r"b'\N'", r"'\x41\u0041'", r"'''" + "\n" + r"\z'''", r"rb'\d'", r"'\é'", r"'\e' $"]
for s in cases:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always", category=DeprecationWarning)
        try:
            r = eval(s)
        except SyntaxError as e:
            r = "SyntaxError: " + e.msg
    print(repr(s), repr(r), [(str(x.message), x.category.__name__, x.filename, x.lineno) for x in w])
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("error", category=DeprecationWarning)
        try:
            eval(s)
            print("  no error")
        except SyntaxError as e:
            print("  ", e.msg, e.filename, e.lineno, e.offset)
