# types.GenericAlias is subclassable (collections.abc's Callable alias does this) and
# forwards attribute lookups to its origin except for its own attributes.
GenericAlias = type(list[int])


class MyAlias(GenericAlias):
    def __new__(cls, origin, args):
        self = super().__new__(cls, origin, args)
        return self

    def __repr__(self):
        return "MyAlias(" + super().__repr__() + ")"


a = MyAlias(dict, (str, int))
print(repr(a), type(a).__name__, a.__origin__, a.__args__, isinstance(a, GenericAlias))
print(a.fromkeys(["x"], 0), a(x=1))
b = GenericAlias(tuple, (int,))
print(b, b.__origin__, b.__args__, b == tuple[int])
print(GenericAlias.__name__, issubclass(MyAlias, GenericAlias))
