# _csv.writer (CPython's Modules/_csv.c join_append_data): quoting styles, doubled and
# escaped quotes, the lineterminator, None and non-str fields, the single empty field,
# errors raised by the fields, the rows and the file, and writerows.
import _csv
import csv
import decimal
import fractions
import io


def write(label, row, **kw):
    s = io.StringIO()
    try:
        w = csv.writer(s, **kw)
        r = w.writerow(row)
        print(label, "->", repr(s.getvalue()), r)
    except Exception as e:
        print(label, "!!", type(e).__name__, e, repr(s.getvalue()))


def show(label, f, *a, **k):
    try:
        print(label, "->", repr(f(*a, **k)))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


show("no args", csv.writer)
show("three args", csv.writer, io.StringIO(), 'excel', 3)
show("no write", csv.writer, 3)


class NotCallable:
    write = 3


class RaisingWrite:
    @property
    def write(self):
        raise OSError("write property")


class AttrErrorWrite:
    @property
    def write(self):
        raise AttributeError("x")


show("write not callable", csv.writer, NotCallable())
show("write raises", csv.writer, RaisingWrite())
show("write attribute error", csv.writer, AttrErrorWrite())
show("bad kw", csv.writer, io.StringIO(), bad_attr=0)
show("delimiter XX", csv.writer, io.StringIO(), delimiter='XX')

write("None row", None)
write("int row", 3)
write("empty", ())
write("[None]", [None])
write("['']", [''])
write("['', '']", ['', ''])
write("[None, None]", [None, None])
write("[None] QUOTE_NONE", [None], quoting=csv.QUOTE_NONE)
write("[''] QUOTE_NONE", [''], quoting=csv.QUOTE_NONE)
write("['', None] QUOTE_NONE", ['', None], quoting=csv.QUOTE_NONE)
write("iter", iter(['a', 1, 'p,q']))
write("iter None", iter(['a', 1, None]))
write("iter empty", iter([]))
write("str row", "abc")
write("dict row", {'a': 1, 'b': 2})
write("bytes field", [b'x'])
write("list field", [[1, 2]])
write("big", ['X' * 50000, 'Y' * 3])

for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE):
    write("quoting %d" % q, ['a', 1, 'p,q'], quoting=q)
    write("quoting %d esc" % q, ['a', 1, 'p,q', 'r"s', '\\'], quoting=q, escapechar='\\')
    write("quoting %d none" % q, ['a', None, 'b'], quoting=q)
    write("quoting %d newline" % q, ['a\nb', 'c\rd', 'e\r\nf'], quoting=q)


class Idx:
    def __index__(self):
        return 3

    def __str__(self):
        return "idx"


class Flt:
    def __float__(self):
        return 3.0

    def __str__(self):
        return "flt"


class Plain:
    def __str__(self):
        return "plain"


class StrSub(str):
    def __str__(self):
        return "not used"


write("numbers", ['a', 1.5, True, None, 2 + 3j, 10 ** 30, -0.0, float('nan'), float('inf')],
      quoting=csv.QUOTE_NONNUMERIC)
write("number-like", [decimal.Decimal('1.5'), fractions.Fraction(1, 3), Idx(), Flt(), Plain()],
      quoting=csv.QUOTE_NONNUMERIC)
write("str subclass", [StrSub('y,z')])
write("str subclass nonnumeric", [StrSub('y')], quoting=csv.QUOTE_NONNUMERIC)

# quotes and escapes
write("quotes", ['a"b', '"', '""'])
write("no doublequote", ['a"b'], doublequote=False)
write("no doublequote esc", ['a"b'], doublequote=False, escapechar='\\')
write("quote esc minimal", ['"'], escapechar='\\', quoting=csv.QUOTE_MINIMAL)
write("quote esc no double", ['"'], escapechar='\\', doublequote=False)
write("quote QUOTE_NONE esc", ['"'], escapechar='\\', quoting=csv.QUOTE_NONE)
write("quote QUOTE_NONE", ['a"b'], quoting=csv.QUOTE_NONE)
write("escape itself", ['\\', 'a'], escapechar='\\', quoting=csv.QUOTE_NONE)
write("escape itself min", ['\\', 'a'], escapechar='\\')
write("escape itself all", ['\\', 'a'], escapechar='\\', quoting=csv.QUOTE_ALL)
write("escape space", ['\\ ', 'a'], escapechar='\\')
write("escape delim none", ['\\,', 'a'], escapechar='\\', quoting=csv.QUOTE_NONE)
write("escape delim min", [',\\', 'a'], escapechar='\\')
write("mixed", ['C\\', '6', '7', 'X"'], escapechar='\\')
write("hash escape", ['#', 'a'], escapechar='#', quoting=csv.QUOTE_NONE)
write("quotechar None", ['x' * 3, 'y'], quotechar=None)
write("quotechar None delim", ['x,y'], quotechar=None)
write("quotechar None esc", ['x,y', 'a\nb'], quotechar=None, escapechar='\\')
write("other quotechar", ['a"b', "c'd", 'e,f'], quotechar="'")
write("other quotechar esc", ["a'b", 'c'], quotechar="'", doublequote=False, escapechar='\\')
write("NUL", ['\0', 'a\0b'])
write("NUL quotechar", ['a\0b'], quotechar='\0')
write("surrogates", ['a\ud800', '\udc80,'])
write("unicode delimiter", ['\u039b,x', 'y\u039bz'], delimiter='\u039b')
write("space delimiter", ['a b', 'c'], delimiter=' ')
write("space skip", ['', 'x'], delimiter=' ', skipinitialspace=True)
write("space skip single", [''], delimiter=' ', skipinitialspace=True)
write("skipinitialspace", [' a'], skipinitialspace=True)

# lineterminators
for lt in ['\r\n', '\n', '\r', '!@#', '\0', 'x', '\ud800']:
    s = io.StringIO()
    w = csv.writer(s, lineterminator=lt)
    w.writerow(['a', 'b'])
    w.writerow([1, 2])
    w.writerow(['x!', 'y\n'])
    print("lineterminator", repr(lt), repr(s.getvalue()))
write("lt QUOTE_NONE", ['a\nb', 'x!'], lineterminator='!', quoting=csv.QUOTE_NONE, escapechar='\\')
write("lt in field", ['a\0b'], lineterminator='\0')

# errors from the row and the fields
class BadItem:
    def __str__(self):
        raise OSError("bad item")


class BadList:
    def __len__(self):
        return 10

    def __getitem__(self, i):
        if i > 2:
            raise OSError("bad list")
        return i


class BadIterable:
    def __iter__(self):
        raise OSError("bad iterable")


write("bad item", ['a', BadItem()])
write("bad list", BadList())
write("bad iterable", BadIterable())

# writerow / writerows arguments and results
s = io.StringIO()
w = csv.writer(s)
show("writerow()", w.writerow)
show("writerow(a, b)", w.writerow, [1], [2])
show("writerow(row=)", w.writerow, row=[1])
show("writerows(None)", w.writerows, None)
show("writerows(bad)", w.writerows, [[1], None, [3]])
show("writerows(iterable error)", w.writerows, BadIterable())
show("writerows", w.writerows, [['a', 'b'], ['c', 'd']])
show("writerows gen", w.writerows, ([i, i * i] for i in range(3)))
show("writerows None fields", w.writerows, [['a', None], [None, 'd'], [None], ['a']])
print(repr(s.getvalue()))
print(type(w.dialect).__name__, w.dialect.delimiter, repr(w.dialect.lineterminator))
show("set dialect", setattr, w, 'dialect', 3)
print(repr(type(w).writerow.__doc__))
print(repr(type(w).writerows.__doc__))


class Recorder:
    def write(self, x):
        print("write", repr(x))
        return 42


w = csv.writer(Recorder(), dialect='excel', delimiter=';')
show("writerow result", w.writerow, ['a', 'b'])
show("writerows result", w.writerows, [['a'], ['b']])


class Broken:
    def write(self, buf):
        raise OSError("broken file")


show("broken file", csv.writer(Broken()).writerows, [['a']])
w = csv.writer(io.StringIO(), 'excel-tab')
print(repr(w.dialect.delimiter))
