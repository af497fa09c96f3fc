# _csv.Dialect (CPython's Modules/_csv.c dialect_new): options, defaults, validation
# messages, reuse of Dialect instances, the registry functions and field_size_limit.
import _csv
import copy
import csv
import io
import pickle


def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
        if isinstance(r, (_csv.Dialect, csv.Dialect)):
            r = describe(r)
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar',
         'quoting', 'skipinitialspace', 'strict')


def describe(d):
    return tuple(getattr(d, a) for a in ATTRS)


print(sorted(n for n in dir(_csv) if not n.startswith('__') or n in ('__doc__', '__version__')))
print(_csv.__version__, _csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC, _csv.QUOTE_NONE)
print(_csv.__doc__.splitlines()[0], len(_csv.__doc__))
print(repr(_csv.Dialect.__doc__))
print(_csv.Error.__mro__, _csv.Error.__module__)
print(_csv.Dialect, _csv.Reader, _csv.Writer, _csv.reader, _csv.writer)
for f in (_csv.reader, _csv.writer, _csv.register_dialect, _csv.unregister_dialect,
          _csv.get_dialect, _csv.list_dialects, _csv.field_size_limit):
    print(f.__name__, repr(f.__doc__.splitlines()[0]))
print(sorted(n for n in dir(_csv.Dialect) if not n.startswith('_')))

show("default", _csv.Dialect)
show("kw", _csv.Dialect, delimiter=':', doublequote=False, escapechar='\\',
     lineterminator='\r', quotechar='*', quoting=csv.QUOTE_NONE,
     skipinitialspace=True, strict=True)
show("positional", _csv.Dialect, 'excel', ';', 0, '^', '\n', "'", 1, 1, 1)
show("too many", _csv.Dialect, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
show("bad kw", _csv.Dialect, x=1)
show("name and position", _csv.Dialect, 'excel', ';', delimiter=',')
show("unknown name", _csv.Dialect, 'nonesuch')
for kw in [dict(delimiter=0), dict(delimiter='XX'), dict(delimiter=None), dict(delimiter=''),
           dict(delimiter=b','), dict(delimiter='\u039b'),
           dict(quotechar=1), dict(quotechar=''), dict(quotechar='ab'), dict(quotechar=None),
           dict(quotechar=None, quoting=0), dict(quotechar=None, quoting=csv.QUOTE_NONE),
           dict(escapechar=1), dict(escapechar='ab'), dict(escapechar=''), dict(escapechar=None),
           dict(lineterminator=None), dict(lineterminator=1), dict(lineterminator=''),
           dict(lineterminator='!@#'),
           dict(quoting=None), dict(quoting=True), dict(quoting=1.0), dict(quoting=-1),
           dict(quoting=4), dict(quoting=2 ** 40), dict(quoting=3),
           dict(quoting=csv.QUOTE_ALL, quotechar=''), dict(quoting=csv.QUOTE_ALL, quotechar=None),
           dict(quoting=csv.QUOTE_NONE, quotechar=''),
           dict(doublequote=0), dict(doublequote=[1]), dict(strict='yes'),
           dict(skipinitialspace=()), dict(delimiter='"'), dict(delimiter='\n'),
           dict(delimiter=',', escapechar=',')]:
    show(sorted(kw.items()), _csv.Dialect, **kw)


class NoBool:
    def __bool__(self):
        raise ValueError("no truth value")


show("bool error", _csv.Dialect, strict=NoBool())
show("bool error", _csv.Dialect, doublequote=NoBool())


class Attrs:
    delimiter = '-'
    doublequote = False
    escapechar = '^'
    lineterminator = '$'
    quotechar = '#'
    quoting = csv.QUOTE_ALL
    skipinitialspace = True
    strict = False


class Partial:
    delimiter = '|'


class NoQuote:
    quotechar = None


class RaisingAttr:
    @property
    def delimiter(self):
        raise OSError("ignored")


show("from class", _csv.Dialect, Attrs)
show("from instance", _csv.Dialect, Attrs())
show("partial", _csv.Dialect, Partial)
show("partial override", _csv.Dialect, Partial, delimiter=';', quoting=csv.QUOTE_ALL)
show("quotechar None", _csv.Dialect, NoQuote)
show("error ignored", _csv.Dialect, RaisingAttr())
show("None dialect", _csv.Dialect, None)
show("int dialect", _csv.Dialect, 5)

d = _csv.Dialect(delimiter=';')
print("reused", _csv.Dialect(d) is d, _csv.Dialect(d, delimiter=';') is d)
print("registry reused", _csv.Dialect('excel') is csv.get_dialect('excel'))
show("derived", _csv.Dialect, d, quotechar="'")

for name in ('delimiter', 'quoting', 'strict', 'doublequote', 'lineterminator'):
    show("set " + name, setattr, d, name, 1)
    show("del " + name, delattr, d, name)
show("copy", copy.copy, d)
show("deepcopy", copy.deepcopy, d)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    show("pickle %d" % proto, pickle.dumps, d, proto)


class Sub(_csv.Dialect):
    pass


s = Sub(delimiter='\t')
print("subclass", type(s).__name__, describe(s), isinstance(s, _csv.Dialect))
print("subclass reuses", type(Sub(csv.get_dialect('excel'))).__name__)
s.extra = 5
print("subclass attr", s.extra)

# csv.Dialect (pure Python) validates through _csv.Dialect.
for attr, values in [('quotechar', ['', "''", 4, None]), ('delimiter', [':::', '', b',', 4, None]),
                     ('escapechar', ['', '**', b'*', 4]), ('lineterminator', [':::', 4]),
                     ('quoting', [None, 7])]:
    for v in values:
        class My(csv.Dialect):
            delimiter = ';'
            escapechar = '\\'
            doublequote = False
            skipinitialspace = True
            lineterminator = '\r\n'
            quoting = csv.QUOTE_NONE
        setattr(My, attr, v)
        show("csv.Dialect %s=%r" % (attr, v), My)


class Incomplete(csv.Dialect):
    delimiter = '\t'


show("incomplete", Incomplete)

# registry
print(csv.list_dialects())
show("list args", csv.list_dialects, None)
show("get no args", csv.get_dialect)
show("get None", csv.get_dialect, None)
show("get list", csv.get_dialect, [])
show("get two", csv.get_dialect, 'a', 'b')
show("get kw", csv.get_dialect, name='excel-tab')
show("unregister no args", csv.unregister_dialect)
show("unregister None", csv.unregister_dialect, None)
show("unregister list", csv.unregister_dialect, [])
show("unregister missing", csv.unregister_dialect, 'nonesuch')
show("register no args", csv.register_dialect)
show("register None", csv.register_dialect, None)
show("register None None", csv.register_dialect, None, None)
show("register 3", csv.register_dialect, 'x', 0, 0)
show("register badarg", csv.register_dialect, 'x', badargument=None)
show("register bad quoting", csv.register_dialect, 'x', quoting=None)
show("register list", csv.register_dialect, [])
show("register kw", csv.register_dialect, 'semi', delimiter=';')
show("get semi", csv.get_dialect, 'semi')
show("register class", csv.register_dialect, 'attrs', Attrs, strict=True)
show("get attrs", csv.get_dialect, 'attrs')
show("register override", csv.register_dialect, 'semi', 'excel-tab', quoting=csv.QUOTE_ALL)
show("get semi", csv.get_dialect, 'semi')
print(sorted(csv.list_dialects()))
print(list(csv.reader(['X;Y;Z'], 'attrs')), list(csv.reader(['a\tb'], 'semi')))
csv.unregister_dialect('semi')
csv.unregister_dialect('attrs')
print(csv.list_dialects(), sorted(_csv._dialects))
for n in csv.list_dialects():
    show(n, csv.get_dialect, n)

# field_size_limit
show("limit", csv.field_size_limit)
show("limit None", csv.field_size_limit, None)
show("limit two", csv.field_size_limit, 1, None)
show("limit float", csv.field_size_limit, 1.0)
show("limit bool", csv.field_size_limit, True)
show("limit big", csv.field_size_limit, 2 ** 70)
show("limit kw", csv.field_size_limit, limit=5)
show("limit new_limit", csv.field_size_limit, new_limit=5)
show("limit restore", csv.field_size_limit, 131072)
show("limit now", csv.field_size_limit)

# Error
class MyError(csv.Error):
    pass


print(issubclass(MyError, Exception), repr(csv.Error('x')), csv.Error is _csv.Error)
show("reader type", _csv.Reader)
show("writer type", _csv.Writer)
show("reader type()", type(_csv.reader([])))
show("writer type()", type(_csv.writer(io.StringIO())))
