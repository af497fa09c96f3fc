# list()/tuple() refuse keywords, but a subclass with its own __new__/__init__ may take them.
for base in (list, tuple):
    class sub(base): pass
    print(type(sub([1, 2])).__name__, list(sub([1, 2])))
    try:
        sub(sequence=())
    except TypeError as e:
        print(e)
    try:
        base(sequence=())
    except TypeError as e:
        print(e)
    class with_init(base):
        def __init__(self, seq, newarg=None):
            if base is list:
                super().__init__(seq)
            self.newarg = newarg
    u = with_init([1, 2], newarg=3)
    print(type(u).__name__, list(u), u.newarg)
    class with_new(base):
        def __new__(cls, seq, newarg=None):
            self = super().__new__(cls, seq)
            self.newarg = newarg
            return self
    u = with_new([1, 2], newarg=3)
    print(type(u).__name__, list(u), u.newarg)
