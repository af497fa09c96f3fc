# map/filter refuse keywords unless a subclass defines its own __init__.
for base, args in ((map, (str, [1, 2])), (filter, (None, [0, 1, 2]))):
    class Plain(base): pass
    try:
        Plain(*args, newarg=3)
    except TypeError as e:
        print(e)
    class WithInit(base):
        def __init__(self, *a, newarg=None):
            self.newarg = newarg
    u = WithInit(*args, newarg=3)
    print(type(u).__name__, list(u), u.newarg)
    try:
        base(*args, newarg=3)
    except TypeError as e:
        print(e)
