"""At exit, objects held only by __main__'s globals are finalized (CPython releases the
module's globals at shutdown): their __del__ runs and suspended generators close."""
class C:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
x = C("global_x")
y = C("global_y")
def f():
    return C("returned")
z = f()
def gen():
    try:
        yield 1
    finally:
        print("generator closed at exit")
g = gen()
next(g)
print("end of program")
