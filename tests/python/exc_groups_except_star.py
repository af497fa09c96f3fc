def raiser():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
try:
    raiser()
except* ValueError as eg:
    print("values:", [e.args for e in eg.exceptions])
except* TypeError as eg:
    print("types:", eg.exceptions)
except* KeyError:
    print("keys handled")
try:
    try:
        raiser()
    except* ValueError:
        print("only values handled")
except ExceptionGroup as rest:
    print("rest:", repr(rest))
eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(TypeError)))
print(str(eg), len(eg.exceptions))
try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked wrapped:", repr(e))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
beg = BaseExceptionGroup("b", [ValueError(1)])
print(type(beg).__name__)
e = ValueError("with note")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
