"""A suspended generator whose last reference goes is closed at once (CPython's
_PyGen_Finalize): its finally blocks run; one ignoring GeneratorExit is reported."""
import gc
def counter(name):
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("finally", name)

print("-- break out of for over a temporary generator")
for v in counter("for_temp"):
    if v == 2:
        break
print("after for")

print("-- local generator released at return")
def use():
    g = counter("local")
    next(g)
    print("leaving use")
use()
print("after use")

print("-- never started / exhausted: nothing to run")
g = counter("unstarted")
del g
def short():
    try:
        yield 1
    finally:
        print("short finally")
g = short()
print(list(g))
del g

print("-- ignoring GeneratorExit")
def stubborn():
    try:
        yield 1
    finally:
        yield 2
g = stubborn()
next(g)
del g
print("after stubborn")

print("-- generator in a cycle closed by the collector")
def cyc():
    try:
        yield 1
    finally:
        print("cyc finally")
class Box: pass
b = Box()
b.g = cyc()
b.g.gi_frame  # touch
next(b.g)
b.me = b
del b
gc.collect()
print("after collect")

print("-- generator holding an object with __del__")
class D:
    def __del__(self):
        print("D del")
def holder():
    d = D()
    try:
        yield 1
    finally:
        print("holder finally")
g = holder()
next(g)
g = None
print("end")
