def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("conversion failed") from e
try:
    convert("x")
except TypeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(e.__suppress_context__, repr(e.__context__), e.__cause__)
def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print("reraised", repr(e))
import sys
try:
    raise IndexError("idx")
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, sys.exception() is v)
print(sys.exc_info())
try:
    raise ValueError("tb")
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name)
e2 = ValueError("x").with_traceback(None)
print(e2.__traceback__)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(42)
except MyErr as e:
    print(e, e.code, e.args)
try:
    raise Exception
except Exception as e:
    print(repr(e))
print(issubclass(KeyError, LookupError), issubclass(ModuleNotFoundError, ImportError))
print(StopIteration(5).value, SystemExit(3).code, repr(KeyError("k")), str(KeyError("k")))
