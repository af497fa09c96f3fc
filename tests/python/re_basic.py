# re: match/search/fullmatch, groups, named groups, spans, Match and Pattern attributes.
import re

def show(m):
    if m is None:
        print(None)
        return
    print(repr(m), m.span(), m.groups(), m.lastindex, m.lastgroup)

p = re.compile(r'(\d+)-(\d+)')
show(p.match('12-345 rest'))
show(p.match('x12-345'))
show(p.search('x12-345'))
show(p.fullmatch('12-345'))
show(p.fullmatch('12-345 '))
show(p.search('no digits here'))

# pos and endpos
show(p.search('12-34 56-78', 3))
show(p.search('12-34 56-78', pos=3, endpos=8))
show(p.match('12-34 56-78', 6))
show(re.compile('^a').search('ba', 1))
show(re.compile('a$').search('ab', 0, 1))
show(re.compile('').match('abc', 2, 1))
show(re.compile('x*').search('abc', -5, 100))
m = re.compile('b').search('abcb', 2)
print(m.pos, m.endpos, m.string, m.re)

# groups and named groups
m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?', 'Jane Doe rest')
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'first', 2))
print(m.groups(), m.groups('dflt'), m.groupdict(), m.groupdict(default='-'))
print(m['first'], m[2], m[0], m['opt'])
print(m.start(), m.end(), m.start(2), m.end('last'), m.span('opt'), m.start(3))
print(m.regs)
print(m.lastindex, m.lastgroup)
print(m.group(True), m.span(False))
for bad in [4, -1, 'nope', 10**30]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m.start('zz')
except IndexError as e:
    print('IndexError', e)

# Pattern attributes
p = re.compile(r'(?P<y>\d{4})-(?P<m>\d\d)(-(\d\d))?', re.I | re.M)
print(p.pattern, p.flags, p.groups, p.groupindex, type(p.groupindex).__name__)
print(dict(p.groupindex), re.compile('a').groupindex)
print(repr(p))
print(repr(re.compile('a+', re.IGNORECASE)))
print(repr(re.compile('a', re.S | re.X | re.A)))
print(repr(re.compile(b'a', re.L)))
print(repr(re.compile('x' * 300))[:60], len(repr(re.compile('x' * 300))))
print(repr(re.compile('a', re.U)))
print(repr(re.match('x' * 100, 'x' * 100)))

# lastindex / lastgroup
for pat, s in [(r'(a)(b)', 'ab'), (r'((a)(b))', 'ab'), (r'(a)|(b)', 'b'), (r'(?P<n>a)(?:b)', 'ab'), (r'a', 'a')]:
    m = re.match(pat, s)
    print(pat, m.lastindex, m.lastgroup)

# equality, hashing, copying
import copy
a, b = re.compile('ab+'), re.compile('ab+')
print(a == b, a != b, hash(a) == hash(b), a == re.compile('ab+', re.I), a == 'ab+')
print(copy.copy(a) is a, copy.deepcopy(a) is a)
m = a.match('abb')
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(re.Pattern, re.Match, re.Pattern[str], re.Match[bytes])
print(type(a).__name__, type(m).__name__, type(a).__module__)

# Unicode strings
m = re.search(r'(\w+)\s(\w+)', 'ça va: été Ωμέγα 😀x')
print(m, m.groups(), m.span(2))
print(re.findall(r'\w+', 'ça va: été Ωμέγα 😀x'))
print(re.search('😀(.)', 'ab😀cd').span(), re.search('😀(.)', 'ab😀cd').group(1))
print(re.match('.', '\ud800x'), ascii(re.match('.', '\ud800x').group()))

# bool, expand
m = re.match(r'(\w+) (\w+)', 'hello world')
print(bool(m), m.expand(r'\2 \1'), m.expand(r'\g<2>-\g<1>'), m.expand('x\\n'))
m = re.match(r'(?P<a>x)(y)?', 'x')
print(repr(m.expand(r'[\g<a>][\2]')))
