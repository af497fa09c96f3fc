# An exception class whose constructor returns a non-exception: raise and throw() report it.
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


try:
    raise E
except TypeError as e:
    print(e)


def gen():
    yield


try:
    gen().throw(E)
except TypeError as e:
    print(e)
try:
    gen().throw(E, 1)
except TypeError as e:
    print(e)


def gen2():
    try:
        yield
    except TypeError as e:
        print("inside", e)
        yield 5


g = gen2()
next(g)
print(g.throw(E))
