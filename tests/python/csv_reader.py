# _csv.reader (CPython's Modules/_csv.c parse_process_char): the parsing state machine,
# quoting, escapes, strict mode, NUL, QUOTE_NONNUMERIC, the field size limit, line_num
# and the errors of bad input.
import _csv
import csv
import io


def read(label, inp, **kw):
    try:
        print(label, "->", list(csv.reader(inp, **kw)))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


def show(label, f, *a, **k):
    try:
        print(label, "->", repr(f(*a, **k)))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


# argument errors
show("no args", csv.reader)
show("three args", csv.reader, [], 'excel', 3)
show("not iterable", csv.reader, 3)
show("bad kw", csv.reader, [], bad_attr=0)
show("bad dialect", csv.reader, [], 'foo')
show("delimiter None", csv.reader, [], delimiter=None)
show("quoting -1", csv.reader, [], quoting=-1)


class BadIterable:
    def __iter__(self):
        raise OSError("no iteration")


show("bad iterable", csv.reader, BadIterable())

read("empty", [])
read("one empty line", [''])
read("odd strict", ['"ab"c'], strict=1)
read("odd strict unicode delimiter", ['"ab"c'], strict=1, delimiter='\u039b')
read("odd strict other quote", ["'ab'c"], strict=1, quotechar="'")
read("odd lax", ['"ab"c'])
read("no doublequote", ['"ab"c'], doublequote=0)
read("bytes", [b'abc'])
read("int", [1])
for inp in [['a,b'], ['a,b\n'], ['a,b\r\n'], ['a,b\r'], ['a,b\rc,d'], ['a,b\nc,d'],
            ['a,b\r\nc,d'], ['\n', 'a'], ['\r\n'], ['\r'], ['', '', 'a'], ['a,'], [','],
            ['"'], ['""'], ['"a"'], ['a,"'], ['"a'], ['a, "b"'], ['"a"b"c"'],
            ['"a""b"'], ['""""'], ['"a\nb', 'c"d,e'], ['"a\r\nb",c\r\n', 'd\r\n'],
            ['1,",3,",5'], ['a,"b,c"d,e'], ['"abc" ,x'], ['a\0b'], ['\0'],
            ['a,\0b,c'], ['a,b\0,c'], ['a,"\0b",c'], ['a\udc80b,\ud800'],
            ['\u00e9,\u4e2d\u6587,\U0001f600']]:
    read(repr(inp), inp)
    read(repr(inp) + " strict", inp, strict=True)

# escapes
for inp in [['a,\\b,c'], ['a,b\\,c'], ['a,"b\\,c"'], ['a,"b,\\c"'], ['a,"b,c\\""'],
            ['a,"b,c"\\'], ['^'], ['a\\\n', 'b'], ['a\\\r\n', 'b'], ['a\\\r', 'b'],
            ['"a\\', 'b"'], ['a\\', 'b'], ['\\"a'], ['a,b\\\0,c'], ['\\']]:
    read(repr(inp) + " esc", inp, escapechar='\\')
    read(repr(inp) + " esc strict", inp, escapechar='\\', strict=True)
read("caret escape", ['a,^b,c'], escapechar='^')
read("NUL escape", ['a,\0b,c'], escapechar='\0')
read("no escape", ['a,\\b,c'], escapechar=None)
read("default no escape", ['a,\\b,c'])

# quoting
read("quotechar None", ['1,",3,",5'], quotechar=None, escapechar='\\')
read("QUOTE_NONE", ['1,",3,",5'], quoting=csv.QUOTE_NONE, escapechar='\\')
read("QUOTE_NONE quoted", ['"a"'], quoting=csv.QUOTE_NONE)
read("nonnumeric", [',3,"5",7.3, 9'], quoting=csv.QUOTE_NONNUMERIC)
read("nonnumeric bad", ['abc,3'], quoting=csv.QUOTE_NONNUMERIC)
read("nonnumeric forms", [' 1 ,1e3,inf,-nan,1_000,\u0661\u0662'], quoting=csv.QUOTE_NONNUMERIC)
read("nonnumeric hex", ['0x10'], quoting=csv.QUOTE_NONNUMERIC)
read("nonnumeric escaped", ['\\1,2'], quoting=csv.QUOTE_NONNUMERIC, escapechar='\\')
read("nonnumeric empty", ['1,,"",2'], quoting=csv.QUOTE_NONNUMERIC)
read("quote in field", ['a"b,c'])
read("other quotechar", ['1,@,3,@,5'], quotechar='@')
read("NUL quotechar", ['1,\0,3,\0,5'], quotechar='\0')
read("NUL quotechar mid", ['ab\0c'], quotechar='\0')
read("QUOTE_ALL read", ['a|"b"|c'], delimiter='|', quoting=csv.QUOTE_ALL)

# delimiters and spaces
read("semicolon", ['a;b;c'], delimiter=';')
read("NUL delimiter", ['a\0b\0c'], delimiter='\0')
read("unicode delimiter", ['a\u039bb'], delimiter='\u039b')
read("skipinitialspace", ['no space, space,  spaces,\ttab'], skipinitialspace=True)
read("skip quoted", ['" a "  , b,  "c"'], skipinitialspace=True)
read("space delimiter", ['a  b'], delimiter=' ', skipinitialspace=True)
read("space delimiter no skip", ['a  b'], delimiter=' ')
read("excel-tab", ['a\tb'], dialect='excel-tab')
read("unix", ['"a"\n'], dialect='unix')


class Space(csv.excel):
    delimiter = " "
    quoting = csv.QUOTE_NONE
    escapechar = "\\"


read("space dialect", io.StringIO("abc def\nc1ccccc1 benzene\n"), dialect=Space())

# end of data
read("eof quote", ['a,"'])
read("eof quote strict", ['a,"'], strict=True)
read("eof escape", ['^'], escapechar='^')
read("eof escape strict", ['^'], escapechar='^', strict=True)

# field size limit
old = csv.field_size_limit()
big = 'X' * 50000
r = list(csv.reader(['%s,%s' % (big, big)]))
print("big", len(r[0]), len(r[0][0]), len(r[0][1]))
csv.field_size_limit(5)
read("limit 5 ok", ['xxxxx,yyyyy'])
read("limit 5 long", ['xxxxxx'])
read("limit 5 quoted", ['"xxxxxx"'])
read("limit 5 multiline", ['"xxx', 'x"'])
csv.field_size_limit(0)
read("limit 0 empty", ['', ',', '""'])
read("limit 0", ['a'])
csv.field_size_limit(-1)
read("limit -1", ['a'])
csv.field_size_limit(old)
print("limit restored", csv.field_size_limit())

# line_num and iteration
r = csv.reader(['line,1', 'line,2', '"multi', 'line",3'])
print(r.line_num, iter(r) is r)
for row in r:
    print(row, r.line_num)
show("exhausted", next, r)
print(r.line_num)
show("set line_num", setattr, r, 'line_num', 3)
show("set dialect", setattr, r, 'dialect', 3)
print(type(r.dialect).__name__, r.dialect.delimiter, r.dialect.quoting)

r = csv.reader(['a,b', 1, 'c'])
show("next", next, r)
show("next", next, r)
show("next", next, r)
print("line_num", r.line_num)


class Flaky:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 2:
            raise ValueError("boom")
        if self.n > 5:
            raise StopIteration
        return '"a'


r = csv.reader(Flaky())
show("flaky", next, r)
show("flaky", next, r)
show("flaky", next, r)
show("flaky", next, r)


class StrSub(str):
    pass


read("str subclass lines", [StrSub('a,b'), StrSub('c')])

# round trips through files
import tempfile
with tempfile.TemporaryFile("w+", encoding="utf-8", newline='') as f:
    w = csv.writer(f)
    rows = [['a\nb', 'b'], ['c', 'x\r\nd'], ['"q"', ''], [1, 2.5, None]]
    w.writerows(rows)
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    r = csv.reader(f)
    for row in r:
        print(row, r.line_num)
with tempfile.TemporaryFile("w+", encoding="utf-8", newline='') as f:
    w = csv.writer(f, quoting=csv.QUOTE_NONE, escapechar="\\")
    w.writerows([['a\nb', 'b'], ['c', 'x\r\nd']])
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    print(list(csv.reader(f, quoting=csv.QUOTE_NONE, escapechar="\\")))
with tempfile.TemporaryFile("w+", encoding="utf-8") as f:
    f.write('"a\r\nb",c\r\n')
    f.seek(0)
    read("universal newlines", f)
