# __class_getitem__ and builtin generic aliases (list[int], dict[str, int], ...).
class Box:
    def __class_getitem__(cls, item):
        return "Box[%s]" % (item.__name__ if isinstance(item, type) else repr(item))
print(Box[int], Box["str"], Box[1, 2])
print(type(Box.__dict__["__class_getitem__"]).__name__)

class Registry:
    items = {}
    def __class_getitem__(cls, key):
        return cls.items.setdefault(key, "entry-%s" % key)
print(Registry["a"], Registry["a"] is Registry["a"], sorted(Registry.items))

class Sub(Box):
    pass
print(Sub[float])

class Both:
    def __getitem__(self, k):
        return "instance getitem %r" % (k,)
    def __class_getitem__(cls, k):
        return "class getitem %r" % (k,)
print(Both[1], Both()[1])

class Meta(type):
    def __getitem__(cls, k):
        return "metaclass getitem %r" % (k,)
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, k):
        return "class getitem loses"
print(WithMeta[5])

try:
    int[0] if False else object[int]
except TypeError as e:
    print(type(e).__name__, e)
class NoGetitem:
    pass
try:
    NoGetitem[0]
except TypeError as e:
    print(type(e).__name__, e)

alias = list[int]
print(alias, repr(alias), alias.__origin__, alias.__args__, type(alias).__name__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
print(list[int]([1, 2]), dict[str, int](a=1), alias == list[int], alias != list[str])
print(isinstance([], list), list[int].__parameters__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
print(int | str, type(int | str).__name__, (int | str).__args__, int | None)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | str))
print((int | str) == (str | int), int | int)
print(set[int], frozenset[str], type[Box], range.__class_getitem__ if hasattr(range, "__class_getitem__") else "range has no __class_getitem__")
def f(x: list[int]) -> dict[str, int]:
    return {}
print(f.__annotations__)
