# assert statements, message evaluation laziness, __debug__.
print(__debug__)
calls = []
def msg(text):
    calls.append(text)
    return text

assert True, msg("never evaluated")
assert 1 == 1
print(calls)
try:
    assert False, msg("evaluated")
except AssertionError as e:
    print(type(e).__name__, e, e.args, calls)
try:
    assert 1 > 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args[0])
try:
    assert 0, 42
except AssertionError as e:
    print(repr(e))
def check(value):
    assert isinstance(value, int), "expected int, got %s" % type(value).__name__
    return value * 2
for v in [3, "x", 2.0]:
    try:
        print(check(v))
    except AssertionError as e:
        print("assertion:", e)
if __debug__:
    print("debug branch")
else:
    print("optimized branch")
try:
    assert None
except AssertionError as e:
    print(repr(e), e.__cause__, e.__context__)
class Falsy:
    def __bool__(self):
        print("bool called")
        return False
try:
    assert Falsy(), "falsy object"
except AssertionError as e:
    print(e)
try:
    exec("__debug__ = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
