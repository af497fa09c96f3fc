# re: errors raised by _sre (argument types, str/bytes mix-ups, bad groups) and by the
# parser through re.error.
import re
import _sre

def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as x:
        print(type(x).__name__, x)

p = re.compile(r'(a)(?P<n>b)?')
pb = re.compile(rb'a')
e(lambda: p.match(5))
e(lambda: p.search(None))
e(lambda: p.findall(['a']))
e(lambda: p.match(b'a'))
e(lambda: pb.match('a'))
e(lambda: p.sub('x', b'a'))
e(lambda: pb.sub(b'x', 'a'))
e(lambda: p.split(bytearray(b'a')))
e(lambda: p.finditer(3.5))
e(lambda: p.scanner(b'x'))
e(lambda: re.match('a', 1))
e(lambda: re.compile(1))
e(lambda: re.compile(p, re.I))
e(lambda: p.match())
e(lambda: p.match('a', 1, 2, 3))
e(lambda: p.match('a', foo=1))
e(lambda: p.match('a', pos='x'))
e(lambda: p.match('a', endpos=1.5))
e(lambda: p.match('a', string='b'))
e(lambda: p.sub('a'))
e(lambda: p.sub('x', 'a', count='1'))
e(lambda: p.split('a', 1, 2))
e(lambda: p.split('a', maxsplit=None))
e(lambda: p.findall('a', pos=2**70))

m = p.match('ab')
e(lambda: m.group(3))
e(lambda: m.group('zz'))
e(lambda: m.group(-1))
e(lambda: m.group([1]))
e(lambda: m.group(1.0))
e(lambda: m['x'])
e(lambda: m.start(5))
e(lambda: m.span('nope'))
e(lambda: m.groups(1, 2))
e(lambda: m.groupdict(default=1, x=2))
e(lambda: m.expand(r'\5'))
e(lambda: m.expand(r'\g<zz>'))
e(lambda: m.start(1, 2))
e(lambda: m.group(x=1))
e(lambda: re.Match())
e(lambda: re.Pattern())
e(lambda: p.__deepcopy__())

# parser errors (re.error with position)
for pat in ['(', ')', 'a**', '[a-', '(?P<1a>x)', '(?<=a+)b', r'\1', '(?P=x)', 'x{2,1}', '(?z)', r'\p', '[b-a]']:
    try:
        re.compile(pat)
        print(repr(pat), 'compiled')
    except re.error as x:
        print(repr(pat), 'error:', x, '|', x.msg, x.pos)

# _sre module level
print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print(_sre.ascii_iscased(ord('a')), _sre.ascii_iscased(ord('1')), _sre.ascii_iscased(0xe9))
print(_sre.unicode_iscased(ord('ß')), _sre.unicode_iscased(ord('1')), _sre.unicode_iscased(0x130))
print(_sre.ascii_tolower(ord('A')), _sre.ascii_tolower(0xc9), _sre.unicode_tolower(0xc9), _sre.unicode_tolower(0x130), _sre.unicode_tolower(0x1e9e))
e(lambda: _sre.ascii_tolower('a'))
e(lambda: _sre.unicode_tolower(2**40))
e(lambda: _sre.compile('a', 0, [1, 2, 3], 0, {}, ()))
e(lambda: _sre.compile('a', 0, (1,), 0, {}, ()))
e(lambda: _sre.compile('a', 0, [2**40], 0, {}, ()))
e(lambda: _sre.compile('a', 0, [-1], 0, {}, ()))
e(lambda: _sre.compile(5, 0, [1], 0, {}, ()))
e(lambda: _sre.compile('a', 0, [17, 99, 1], 0, {}, ()))
e(lambda: _sre.compile('a', 0, [16, 97, 1], 0, {}, ()).match('a'))
e(lambda: _sre.compile(None, 0, [16, 97, 1], 0, {}, ()).match(b'a'))

# read-only attributes
def setter(obj, name):
    def f():
        setattr(obj, name, 1)
    return f
p = re.compile('(a)')
m = p.match('a')
for name in ['pattern', 'flags', 'groups', 'groupindex']:
    e(setter(p, name))
for name in ['string', 're', 'pos', 'endpos', 'lastindex', 'lastgroup', 'regs']:
    e(setter(m, name))
def store():
    re.compile('(?P<a>x)').groupindex['a'] = 2
e(store)
e(lambda: re.compile('(?P<a>x)').groupindex['b'])
print(re.compile('(?P<a>x)(?P<b>y)').groupindex == {'a': 1, 'b': 2})
