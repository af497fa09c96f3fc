# A generator's exception state sits above its caller's: while the generator handles
# nothing, sys.exc_info(), bare `raise` and implicit chaining see the caller's exception.
import sys


def show():
    e = sys.exc_info()[1]
    return None if e is None else repr(e)


def peek():
    yield show()
    try:
        raise ValueError("gen")
    except ValueError:
        yield show()
        yield repr(sys.exception())
    yield show()


# Outside any handler: nothing below.
print(list(peek()))

# Inside a handler: the generator sees the caller's exception when it handles none.
try:
    raise KeyError("caller")
except KeyError:
    print(list(peek()))
    print(show())
print(show())

# A suspended generator keeps its own state; resumed elsewhere it sees the new caller's.
g = peek()
try:
    raise IndexError("first")
except IndexError:
    print(next(g))
    print(next(g))
try:
    raise TypeError("second")
except TypeError:
    print(next(g))
    print(next(g))
print(next(g, "end"), show())


# Implicit chaining from inside a generator uses the caller's handled exception.
def fails():
    yield 1
    raise RuntimeError("in gen")


try:
    raise KeyError("outer")
except KeyError:
    try:
        for _ in fails():
            pass
    except RuntimeError as e:
        print(repr(e), repr(e.__context__))


# A bare raise inside a generator re-raises the caller's exception.
def reraise():
    yield 0
    raise


try:
    raise LookupError("to reraise")
except LookupError:
    try:
        list(reraise())
    except LookupError as e:
        print("reraised", repr(e))


# Nested generators: each level falls back to the next one down.
def inner():
    yield show()


def outer():
    try:
        raise ZeroDivisionError("outer gen")
    except ZeroDivisionError:
        yield from inner()
    yield from inner()


try:
    raise OSError("base")
except OSError:
    print(list(outer()))
print(list(outer()))
