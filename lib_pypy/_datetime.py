"""Fast implementation of the datetime module.

ferropy's `_datetime` provides CPython's datetime types from the pure-Python
implementation in the located standard library's `datetime.py` (read from there at
import time, never copied here). `datetime.py` ends with `from _datetime import *`,
so both names give the same classes, as with CPython's C module. The types are
created with `__module__ == 'datetime'`, so they pickle as CPython's do.

A native implementation can replace this module where it pays off; the classes and
their behaviour stay those of `datetime.py`.
"""

import sys as _sys


def _datetime_source():
    # CPython's Lib: sys._stdlib_dir, else the first datetime.py on sys.path that is
    # not beside this file.
    here = __file__.rpartition("/")[0]
    dirs = [getattr(_sys, "_stdlib_dir", None)] + [p for p in _sys.path if p != here]
    for d in dirs:
        if not d:
            continue
        path = d.rstrip("/") + "/datetime.py"
        try:
            with open(path, "rb") as f:
                return path, f.read()
        except OSError:
            continue
    raise ImportError("_datetime: CPython's datetime.py was not found", name="_datetime")


def _load():
    path, source = _datetime_source()
    # Everything before the tail that imports this module and deletes the helpers
    # the pure-Python classes still need.
    cut = source.find(b"\ntry:\n    from _datetime import *")
    if cut < 0:
        raise ImportError("_datetime: unexpected layout of " + path, name="_datetime")
    code = compile(source[:cut], path, "exec", dont_inherit=True)
    namespace = {"__name__": "datetime", "__builtins__": __builtins__}
    exec(code, namespace)
    return namespace


_ns = _load()
__all__ = _ns["__all__"]
for _name in __all__:
    globals()[_name] = _ns[_name]
__doc__ = _ns.get("__doc__") or __doc__
del _name, _ns, _load, _datetime_source, _sys
