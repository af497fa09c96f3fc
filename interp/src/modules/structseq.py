"""Struct sequences (the named tuples behind sys.version_info, time.struct_time, ...).

Executed once at start-up by ferropy's native modules; not importable by users.
"""


class structseq(tuple):
    n_sequence_fields = 0
    n_fields = 0
    n_unnamed_fields = 0
    _fields = ()
    _extra = ()

    def __new__(cls, sequence=(), dict=None):
        seq = tuple(sequence)
        n = cls.n_sequence_fields
        if len(seq) < n:
            if n == cls.n_fields:
                raise TypeError(f"{cls._qualname}() takes a {n}-sequence ({len(seq)}-sequence given)")
            raise TypeError(f"{cls._qualname}() takes an at least {n}-sequence ({len(seq)}-sequence given)")
        if len(seq) > cls.n_fields:
            if n == cls.n_fields:
                raise TypeError(f"{cls._qualname}() takes a {n}-sequence ({len(seq)}-sequence given)")
            raise TypeError(f"{cls._qualname}() takes an at most {cls.n_fields}-sequence ({len(seq)}-sequence given)")
        self = tuple.__new__(cls, seq[:n])
        extra = list(seq[n:])
        for name in cls._extra[len(extra):]:
            extra.append(dict.get(name) if dict else None)
        object.__setattr__(self, "_extra_values", tuple(extra))
        return self

    def __repr__(self):
        parts = ", ".join(f"{k}={v!r}" for k, v in zip(self._fields, self))
        return f"{self._qualname}({parts})"

    def __reduce__(self):
        return (type(self), (tuple(self), dict(zip(self._extra, self._extra_values))))

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")


def _getter(i):
    return property(lambda self: tuple.__getitem__(self, i))


def _extra_getter(i):
    return property(lambda self: self._extra_values[i])


def make(qualname, module, fields, n_sequence=None, extra=()):
    n_sequence = len(fields) if n_sequence is None else n_sequence
    ns = {
        "_fields": tuple(fields[:n_sequence]),
        "_extra": tuple(fields[n_sequence:]) + tuple(extra),
        "_qualname": qualname,
        "n_sequence_fields": n_sequence,
        "n_fields": len(fields) + len(extra),
        "n_unnamed_fields": 0,
        "__module__": module,
        "__slots__": ("_extra_values",),
        "__match_args__": tuple(fields[:n_sequence]),
    }
    for i, f in enumerate(fields[:n_sequence]):
        ns[f] = _getter(i)
    for i, f in enumerate(tuple(fields[n_sequence:]) + tuple(extra)):
        ns[f] = _extra_getter(i)
    name = qualname.rpartition(".")[2]
    cls = type(name, (structseq,), ns)
    cls.__qualname__ = name
    return cls
