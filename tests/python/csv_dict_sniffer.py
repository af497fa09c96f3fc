# csv.py over _csv: DictReader, DictWriter, Sniffer, csv.Dialect subclasses and
# registered dialects, as programs use them.
import csv
import io
from collections import OrderedDict


def show(label, f, *a, **k):
    try:
        print(label, "->", repr(f(*a, **k)))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(csv.__all__)
print(csv.list_dialects())
for n in csv.list_dialects():
    d = csv.get_dialect(n)
    print(n, repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
          repr(d.lineterminator), d.quoting, d.escapechar, d.strict)

# DictWriter
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=['a', 'b', 'c'])
print("writeheader", w.writeheader())
print("writerow", w.writerow({'a': 1, 'b': 'x,y', 'c': None}))
w.writerows([{'a': 'q"r'}, {'b': 2.5}, OrderedDict([('c', 'C'), ('a', 'A')])])
show("extra key", w.writerow, {'z': 1, 'a': 2})
show("bad extrasaction", csv.DictWriter, s, ['a'], extrasaction='raised')
w2 = csv.DictWriter(s, ['a'], extrasaction='ignore', restval='R', delimiter=';')
w2.writerow({'a': 1, 'zz': 2})
w2.writerow({})
print(repr(s.getvalue()))

# DictReader
s.seek(0)
r = csv.DictReader(s)
print(r.fieldnames)
for row in r:
    print(row, r.line_num)
r = csv.DictReader(io.StringIO("a,b\n1,2,3,4\n5\n\n6,7\n"), restkey='rest', restval='RV')
print(list(r))
r = csv.DictReader(io.StringIO("1,2\n3,4\n"), fieldnames=['x', 'y'])
print(list(r), r.line_num)
r = csv.DictReader(io.StringIO(""))
print(r.fieldnames, list(r))
r = csv.DictReader(io.StringIO("f1;f2\n\"a;b\";c\n"), delimiter=';')
print(list(r))
r = csv.DictReader(['a,b', '1,2'], fieldnames=('p', 'q'))
print(r.fieldnames, list(r))

# Sniffer
sn = csv.Sniffer()
samples = [
    "name;age;city\nBob;30;Paris\nAnn;25;'New York'\n",
    "'Harry''s':'Arlington Heights':'IL':'2/1/03':'Kimi Hayes'\n"
    "'Shark City':'Glendale Heights':'IL':'12/28/02':'Prezence'\n",
    "Harry's, Arlington Heights, IL, 2/1/03, Kimi Hayes\n"
    "Shark City, Glendale Heights, IL, 12/28/02, Prezence\n"
    "Tommy's Place, Blue Island, IL, 12/28/02, Blue Sunday/White Crow\n",
    "05/05/03?05/05/03?05/05/03?05/05/03\n05/05/03?05/05/03?05/05/03?05/05/03\n",
    "a|b|c\r\nd|e|f\r\n",
    "'a'|'b'|'c'\r\n'd'|e|f\r\n",
    "aaa\tbbb\r\nAAA\t\r\nBBB\t\r\n",
    '"venue","city","state"\n"a","b","c"\n',
]
for smp in samples:
    try:
        d = sn.sniff(smp)
        print("sniff", repr(d.delimiter), repr(d.quotechar), d.doublequote,
              d.skipinitialspace, repr(d.lineterminator), d.quoting)
        print("  rows", list(csv.reader(io.StringIO(smp), d)))
    except csv.Error as e:
        print("sniff !!", e)
    show("  has_header", sn.has_header, smp)
show("sniff empty", sn.sniff, "")
show("sniff delimiters", lambda: sn.sniff("a;b,c;d\ne;f,g;h\n", delimiters=',').delimiter)
print(sn.has_header('"time","forces"\n1,1.5\n0.5,5+0j\n0,0\n1+1j,6\n'))
print(sn.has_header('"time","forces"\n0,0\n1,2\na,b\n'))

# csv.Dialect subclasses
class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False


csv.register_dialect('semi', Semi)
print(csv.get_dialect('semi').delimiter)
s = io.StringIO()
csv.writer(s, 'semi').writerow(["a;b", "c'd", 'e"f'])
print(repr(s.getvalue()))
print(list(csv.reader(io.StringIO(s.getvalue()), 'semi')))
csv.unregister_dialect('semi')


class Tab(csv.excel):
    delimiter = '\t'


s = io.StringIO()
csv.writer(s, Tab).writerow([1, 2, 3])
csv.writer(s, dialect=Tab(), delimiter=';').writerow([1, 2, 3])
csv.writer(s, dialect=None).writerow([1, 2, 3])


class Unspecified:
    pass


csv.writer(s, dialect=Unspecified).writerow([1, 2, 3])
csv.writer(s, dialect=csv.unix_dialect).writerow([1, 'a', None])
print(repr(s.getvalue()))
show("incomplete", type('Incomplete', (csv.Dialect,), {'delimiter': '\t'}))
print(csv.field_size_limit(), csv.__version__, csv.__doc__.splitlines()[1])
