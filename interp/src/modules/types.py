"""`types`: names for the interpreter's built-in types, found by asking live objects for
their type (the module holds no behaviour of its own)."""

import sys as _sys


def _function():
    pass


async def _coroutine():
    pass


def _generator():
    yield 1


async def _async_generator():
    yield 1


class _Holder:
    __slots__ = ("slot",)

    def method(self):
        pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)
CellType = type((lambda v: lambda: v)(0).__closure__[0])
GeneratorType = type(_generator())
AsyncGeneratorType = type(_async_generator())
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
GetSetDescriptorType = type(FunctionType.__dict__["__code__"])
MemberDescriptorType = type(_Holder.__dict__["slot"])
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


def resolve_bases(bases):
    """Replaces bases that define __mro_entries__ by the classes it returns."""
    out = []
    changed = False
    for base in bases:
        entries = getattr(base, "__mro_entries__", None) if not isinstance(base, type) else None
        if entries is None:
            out.append(base)
            continue
        new = entries(bases)
        if not isinstance(new, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        changed = True
        out.extend(new)
    return tuple(out) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, namespace and remaining keywords a class statement would use."""
    kwds = dict(kwds) if kwds is not None else {}
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        for base in bases:
            base_meta = type(base)
            if issubclass(meta, base_meta):
                continue
            if issubclass(base_meta, meta):
                meta = base_meta
                continue
            raise TypeError("metaclass conflict: the metaclass of a derived class must be "
                            "a (non-strict) subclass of the metaclasses of all its bases")
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class the way a class statement does."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


del _sys, _function, _coroutine, _generator, _async_generator, _Holder, _c
__all__ = [n for n in globals() if not n.startswith("_")]
