# The builtin exception hierarchy of Python 3.11, printed as a tree from BaseException.
import builtins
classes = list({v.__name__: v for v in vars(builtins).values() if isinstance(v, type) and issubclass(v, BaseException)}.values())
names = sorted(c.__name__ for c in classes)
print(len(names))
def children(cls):
    return sorted((c for c in classes if c.__base__ is cls), key=lambda c: c.__name__)
def show(cls, depth=0):
    print("  " * depth + cls.__name__)
    for sub in children(cls):
        show(sub, depth + 1)
show(BaseException)
print([c.__name__ for c in ExceptionGroup.__mro__])
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(EnvironmentError is OSError, IOError is OSError, issubclass(TimeoutError, OSError), issubclass(RecursionError, RuntimeError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception), issubclass(SystemExit, BaseException))
print(issubclass(StopAsyncIteration, Exception), issubclass(BrokenPipeError, ConnectionError), issubclass(FloatingPointError, ArithmeticError))
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception), issubclass(EncodingWarning, Warning))
