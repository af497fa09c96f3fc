# atexit: callbacks run at exit, last registered first, with their arguments; one that
# raises is reported and the rest still run; unregister removes every registration.
import atexit
import sys


def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))


def boom():
    raise ValueError("boom in atexit")


def never():
    print("never printed")


atexit.register(show, "first")
atexit.register(boom)
atexit.register(show, 2, key="value")
atexit.register(never)
atexit.register(never)
atexit.unregister(never)
print(atexit.register(print) is print)
atexit.unregister(print)
try:
    atexit.register(1)
except TypeError as e:
    print("TypeError", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError", e)


@atexit.register
def decorated():
    print("decorated runs first")
    sys.stdout.flush()


print("end of program")
