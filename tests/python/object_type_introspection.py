# type() and class attributes: __name__, __bases__, __dict__ contents, __module__, __doc__, dir().
class Animal:
    """An animal."""
    kind = "generic"
    def speak(self):
        return "..."
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "woof"
    def fetch(self):
        return "fetching"

d = Dog()
print(type(d), type(d).__name__, type(d) is Dog, d.__class__ is Dog, type(Dog), type(type))
print(Dog.__bases__, Dog.__base__, Animal.__bases__, Dog.__mro__)
print(Dog.__doc__, Animal.__doc__, Dog.__module__)
print(sorted(k for k in Dog.__dict__ if not k.startswith("__")), "speak" in Animal.__dict__)
print(type(Dog.__dict__).__name__, Dog.__dict__["kind"])
try:
    Dog.__dict__["new"] = 1
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in dir(Dog) if not n.startswith("_")])
print([n for n in dir(d) if not n.startswith("_")])
d.name = "rex"
print([n for n in dir(d) if not n.startswith("_")], vars(d))
print(sorted(n for n in dir(object) if n in ("__init__", "__repr__", "__eq__", "__hash__", "__class__")))
print(hasattr(d, "fetch"), hasattr(Animal(), "fetch"), getattr(d, "kind"), getattr(Animal, "kind"))
print(isinstance(d, Animal), isinstance(d, (int, Dog)), issubclass(Dog, Animal), issubclass(Dog, Dog))
print(Dog.speak(d), Animal.speak(d), super(Dog, d).speak())
print(type(Dog.speak).__name__, type(d.speak).__name__, d.speak.__func__ is Dog.speak, d.speak.__self__ is d)
print(d.speak == d.speak, d.speak is d.speak, Dog.speak is Dog.speak)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__, type(print).__name__)
print(type(len).__name__, type([].append).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
print(type(object.__init__).__name__, type(Dog.__init__).__name__, type(Dog().__init__).__name__)
print(type(type.__dict__["__name__"]).__name__, type(Animal.__dict__["__dict__"]).__name__)
def func():
    pass
print(type(func).__name__, type(lambda: 0).__name__, type((x for x in [])).__name__)
print(func.__name__, func.__module__, func.__doc__, func.__dict__, type(func.__code__).__name__)
func.attribute = "stored"
print(func.__dict__, func.attribute)
print(type(func.__globals__).__name__, func.__globals__ is globals())
print(int.__name__, int.__module__, type.__module__, type(str.__doc__).__name__)
class Empty:
    pass
print(sorted(Empty.__dict__.keys()))
print(Empty().__dict__, Empty.__weakref__.__class__.__name__ if hasattr(Empty, "__weakref__") else None)
NewCls = type("NewCls", (Dog,), {"extra": 1, "__doc__": "made by type()"})
print(NewCls.__name__, NewCls.__qualname__, NewCls.__doc__, NewCls().speak(), NewCls.extra, NewCls.__mro__[1:3])
print(type.__name__, type.__bases__, object.__class__, type.__class__)
print(Dog.__subclasses__(), Animal.__subclasses__(), bool in int.__subclasses__())
print(Dog.__name__, Dog.__qualname__)
Dog.__name__ = "Hound"
print(Dog, Dog.__qualname__, type(d).__name__)
try:
    Dog.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__name__ = "integer"
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(Dog.__bases__)
class Other:
    kind = "other"
Dog.__bases__ = (Other,)
print(Dog.__mro__, Dog.kind, isinstance(d, Animal), isinstance(d, Other), Animal.__subclasses__())
try:
    Dog.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
