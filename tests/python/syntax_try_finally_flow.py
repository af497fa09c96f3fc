# try/except/else/finally control flow: return/break/continue through finally.
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())

def finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows_exception())

def order():
    log = []
    try:
        log.append("try")
    except Exception:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(order())

def order_exc():
    log = []
    try:
        log.append("try")
        1 / 0
    except ZeroDivisionError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(order_exc())

def break_in_finally():
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
        finally:
            if i == 2:
                break
    return i
print(break_in_finally())

def continue_in_finally():
    seen = []
    for i in range(4):
        try:
            if i % 2:
                raise RuntimeError
            seen.append(i)
        finally:
            continue
    return seen
print(continue_in_finally())

def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated_before_finally())

def nested_finally():
    log = []
    try:
        try:
            try:
                raise ValueError("inner")
            finally:
                log.append("f1")
        finally:
            log.append("f2")
    except ValueError as e:
        log.append("caught " + str(e))
    finally:
        log.append("f3")
    return log
print(nested_finally())

def exception_in_else():
    try:
        try:
            pass
        except ValueError:
            return "wrong handler"
        else:
            raise ValueError("from else")
    except ValueError as e:
        return "outer caught: %s" % e
print(exception_in_else())

def exception_in_handler():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
        finally:
            print("  finally runs while IndexError propagates")
    except IndexError as e:
        return repr(e), repr(e.__context__)
print(exception_in_handler())

def except_var_cleared():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)
print(except_var_cleared())

def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")
g = generator_finally()
print(next(g))
g.close()
print("closed")

def while_with_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("  finally", n)
print(while_with_finally())

def multiple_handlers(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-ish " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
for exc in [KeyError, IndexError, ZeroDivisionError, OverflowError, ValueError, LookupError]:
    print(multiple_handlers(exc))

def bare_reraise():
    try:
        try:
            raise TypeError("original")
        except TypeError:
            raise
    except TypeError as e:
        return "re-raised: %s" % e
print(bare_reraise())

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def catch_base():
    try:
        raise SystemExit(4)
    except Exception:
        return "not here"
    except BaseException as e:
        return "BaseException handler got %s %r" % (type(e).__name__, e.code)
print(catch_base())
