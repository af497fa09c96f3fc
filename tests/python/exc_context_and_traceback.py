# Implicit chaining (__context__), explicit (__cause__), suppression, traceback objects, sys.exc_info.
import sys
def chain_info(e):
    out = []
    while e is not None:
        out.append("%s(%s) cause=%s ctx=%s suppress=%s" % (type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None,
                                                         type(e.__context__).__name__ if e.__context__ else None, e.__suppress_context__))
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return out
def three_levels():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e1:
            raise KeyError("middle") from e1
    except KeyError:
        raise RuntimeError("top")
try:
    three_levels()
except RuntimeError as e:
    for line in chain_info(e):
        print(line)
try:
    try:
        raise ValueError("hidden")
    except ValueError:
        raise TypeError("shown") from None
except TypeError as e:
    print(chain_info(e), repr(e.__context__))
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = 5
except TypeError as err:
    print(type(err).__name__, err)
def same_exception_context():
    err = ValueError("self")
    try:
        raise err
    except ValueError:
        try:
            raise err
        except ValueError as again:
            return again.__context__
print(same_exception_context())
def context_cycle_broken():
    a = ValueError("a")
    b = TypeError("b")
    try:
        try:
            raise a
        except ValueError:
            raise b
    except TypeError:
        try:
            raise a
        except ValueError as final:
            return repr(final.__context__), repr(b.__context__)
print(context_cycle_broken())
print(sys.exc_info(), sys.exception())
try:
    raise IndexError("now")
except IndexError:
    etype, evalue, tb = sys.exc_info()
    print(etype.__name__, evalue, tb is evalue.__traceback__, sys.exception() is evalue)
    try:
        raise KeyError("nested")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def f1():
    f2()
def f2():
    f3()
def f3():
    raise LookupError("deep")
try:
    f1()
except LookupError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(frames)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
try:
    try:
        f3()
    except LookupError as inner:
        saved = inner
    raise saved
except LookupError as e:
    tb = e.__traceback__
    count = 0
    while tb:
        count += 1
        tb = tb.tb_next
    print("frames after re-raise:", count)
def gen_with_exc():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e) + " ctx=" + repr(e.__context__)
g = gen_with_exc()
next(g)
try:
    raise KeyError("outer context")
except KeyError:
    print(g.throw(ValueError("thrown in")))
def finally_context():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("from finally")
    except TypeError as e:
        return repr(e.__context__)
print(finally_context())
class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise OSError("cleanup failed")
try:
    with Resource():
        raise ValueError("body failed")
except OSError as e:
    print(repr(e), repr(e.__context__))
try:
    raise ValueError("x").with_traceback(None)
except ValueError as e:
    print(e.__traceback__ is not None, e.__traceback__.tb_next)
