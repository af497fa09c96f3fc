"""`types`: names for the interpreter's built-in types, found by asking live objects for
their type (the module holds no behaviour of its own)."""

import sys as _sys


def _function():
    pass


async def _coroutine():
    pass


def _generator():
    yield 1


class _Holder:
    def method(self):
        pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)
CellType = type((lambda v: lambda: v)(0).__closure__[0])
GeneratorType = type(_generator())
_c = _coroutine()
CoroutineType = type(_c)
_c.close()
MethodType = type(_Holder().method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)


class SimpleNamespace:
    """A plain attribute bag whose repr lists its attributes."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable, **kwargs))

    def __repr__(self):
        items = ", ".join("%s=%r" % kv for kv in self.__dict__.items())
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return "%s(%s)" % (name, items)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


SimpleNamespace.__module__ = "types"


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class the way a class statement does."""
    kwds = dict(kwds or {})
    meta = kwds.pop("metaclass", type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **kwds)


del _sys, _function, _coroutine, _generator, _Holder, _c
__all__ = [n for n in globals() if not n.startswith("_")]
