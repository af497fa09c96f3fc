# BaseExceptionGroup/ExceptionGroup: construction rules, split, subgroup, derive, nesting, notes.
eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ExceptionGroup("inner", [ValueError("v2"), KeyError("k")])])
print(repr(eg), str(eg), eg.message, len(eg.exceptions), type(eg.exceptions).__name__)
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(KeyError)), eg.subgroup(OSError))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and "2" in str(e))))
m2, r2 = eg.split((TypeError, KeyError))
print(repr(m2), repr(r2))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1], eg.subgroup(BaseException) is eg)
beg = BaseExceptionGroup("mixed", [ValueError(1), KeyboardInterrupt()])
print(type(beg).__name__, repr(beg))
only_exc = BaseExceptionGroup("auto", [ValueError(1)])
print(type(only_exc).__name__)
for bad_args in [("msg", []), ("msg", [1]), (5, [ValueError()]), ("msg", ValueError())]:
    try:
        ExceptionGroup(*bad_args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "*", excs)
mg = MyGroup("custom", [ValueError("a"), TypeError("b")])
mg.add_note("group note")
m, r = mg.split(ValueError)
print(type(m).__name__, repr(m), m.__notes__, r.message)
plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
plain.__cause__ = RuntimeError("cause")
plain.__context__ = LookupError("ctx")
pm, _ = plain.split(ValueError)
print(type(pm).__name__, repr(pm.__cause__), repr(pm.__context__), pm.__traceback__)
derived = plain.derive([KeyError("d")])
print(repr(derived), derived.__cause__)
def flatten(group):
    out = []
    for e in group.exceptions:
        if isinstance(e, BaseExceptionGroup):
            out.extend(flatten(e))
        else:
            out.append(e)
    return out
print([repr(e) for e in flatten(eg)])
def collect_errors(tasks):
    errors = []
    for name, task in tasks:
        try:
            task()
        except Exception as e:
            e.add_note("while running task %r" % name)
            errors.append(e)
    if errors:
        raise ExceptionGroup("%d of %d tasks failed" % (len(errors), len(tasks)), errors)
try:
    collect_errors([("ok", lambda: 1), ("div", lambda: 1 / 0), ("key", lambda: {}["x"]), ("int", lambda: int("?"))])
except ExceptionGroup as group:
    print(group)
    for e in group.exceptions:
        print("  ", type(e).__name__, e, e.__notes__)
e = ValueError("noted")
e.add_note("first")
e.add_note("second")
print(e.__notes__, str(e), repr(e))
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)
print(hasattr(ValueError(), "__notes__"))
