# Decorators: order of application, arguments, class decorators, arbitrary expressions.
order = []

def tag(name):
    order.append("factory " + name)
    def deco(fn):
        order.append("apply " + name)
        def wrapper(*args, **kwargs):
            return "%s(%s)" % (name, fn(*args, **kwargs))
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco

@tag("outer")
@tag("inner")
def greet(who):
    return "hi " + who
print(order)
print(greet("bob"), greet.__name__, greet.__wrapped__.__name__)

def plain(fn):
    fn.marked = True
    return fn
@plain
def marked():
    return 1
print(marked.marked, marked())

registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha(): return "a"
@register
def beta(): return "b"
print(sorted(registry), registry["beta"]())

def add_method(cls):
    cls.extra = lambda self: "extra on " + type(self).__name__
    return cls
@add_method
class Widget:
    pass
print(Widget().extra())

def replace_with_instance(cls):
    return cls()
@replace_with_instance
class singleton:
    value = 42
print(type(singleton).__name__, singleton.value)

decorators = [lambda f: (lambda: f() * 2), lambda f: (lambda: f() + 1)]
@decorators[0]
@decorators[1]
def number():
    return 10
print(number())

class Namespace:
    @staticmethod
    def deco(f):
        return lambda: "ns:" + f()
@Namespace.deco
def hello():
    return "hello"
print(hello())

@(lambda f: f.__name__.upper())
def become_string():
    pass
print(become_string)

def counting(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@counting
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(12), fib.calls)

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def slow_square(n):
    order.append("compute %d" % n)
    return n * n
order.clear()
print(slow_square(4), slow_square(4), slow_square(5), order)

def method_deco(fn):
    def wrapper(self, *a):
        return "[%s] %s" % (type(self).__name__, fn(self, *a))
    return wrapper
class Greeter:
    @method_deco
    def say(self, w):
        return "say " + w
    @property
    @method_deco
    def prop(self):
        return "prop"
print(Greeter().say("x"), Greeter().prop)

def class_decorator_order(label):
    def d(cls):
        cls.labels = getattr(cls, "labels", ()) + (label,)
        return cls
    return d
@class_decorator_order("first-listed")
@class_decorator_order("closest")
class Labeled:
    pass
print(Labeled.labels)
