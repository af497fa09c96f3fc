# __qualname__, __name__ and __module__ of nested functions and classes.
def top():
    def inner():
        def innermost():
            pass
        return innermost
    return inner
print(top.__qualname__, top().__qualname__, top()().__qualname__)

class Outer:
    class Middle:
        class Inner:
            def method(self):
                pass
        def mid_method(self):
            def local():
                pass
            return local
    def method(self):
        class InMethod:
            pass
        return InMethod
    lam = lambda self: None
    @staticmethod
    def static():
        pass
    @classmethod
    def klass(cls):
        pass
    @property
    def prop(self):
        return 1

print(Outer.__qualname__, Outer.Middle.__qualname__, Outer.Middle.Inner.__qualname__)
print(Outer.Middle.Inner.method.__qualname__)
print(Outer.Middle().mid_method().__qualname__)
print(Outer().method().__qualname__, Outer().method().__name__)
print(Outer.lam.__qualname__, Outer.lam.__name__)
print(Outer.static.__qualname__, Outer.klass.__qualname__, Outer.prop.fget.__qualname__)
print(Outer.__module__, top.__module__, Outer.Middle.Inner.__module__)
print(Outer.__name__, Outer.Middle.Inner.__name__)
print(repr(Outer.Middle.Inner)[:50])
print((lambda: 0).__qualname__, (lambda: 0).__name__)
gen = (x for x in [])
print(gen.__qualname__, gen.__name__)
def make_gen():
    yield 1
print(make_gen().__qualname__)

def factory():
    class Made:
        def m(self):
            return self
    return Made
print(factory().__qualname__, factory().m.__qualname__)
print(repr(factory()).replace(" at ", "@")[:60])

class Renamed:
    pass
Renamed.__qualname__ = "Something.Else"
Renamed.__name__ = "Else"
print(Renamed.__qualname__, Renamed.__name__, repr(Renamed))
try:
    Renamed.__qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
def f():
    pass
f.__qualname__ = "custom"
print(f.__qualname__)
try:
    f.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
class WithQual:
    print("in body:", __qualname__, __module__)
    __qualname__ = "Overridden"
print(WithQual.__qualname__)
print(int.__qualname__, dict.fromkeys.__qualname__, str.join.__qualname__)
print(type.__qualname__, object.__init__.__qualname__)
print([].append.__qualname__, (1).bit_length.__qualname__)
