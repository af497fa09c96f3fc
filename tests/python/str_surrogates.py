# Lone surrogates in str: creation, the sequence protocol, methods, hashing and codecs.
s = '\ud800'
pair = '\ud83d\ude00'
print(len(s), len(pair), len('a\udcffb'), repr(s), repr(pair), ascii(pair), ascii('é\udc80'))
print([hex(ord(c)) for c in 'x\ud83d\ude00y'], ord(chr(0xDFFF)), chr(0xD800) == s)
print(repr('\U0000dc80'), repr(u'\udbff\udfff'), repr('a' '\udc00' 'b'), repr("q'\ud800"))
print(repr(f'x\udc80y' 'z'), len(f'{1}' '\ud800'))
# concatenation, repetition, slicing, indexing, iteration
t = 'ab' + s + 'cd' + pair
print(repr(t), len(t), repr(t[2]), repr(t[1:4]), repr(t[::-1]), repr(t[::2]), repr(t[-1]))
print(repr(s * 3), len(s * 3), repr(list(t)), repr(''.join(reversed(t))))
print(repr(pair[0] + pair[1]), (pair[0] + pair[1]) == pair, pair != '\U0001f600')
# comparison and hashing
print(s < '\ue000', s > '\ud7ff', '\udc00' > '\udbff', sorted(['\ue000', s, 'z', '\U00010000']) == ['z', s, '\ue000', '\U00010000'])
print(hash('\ud800') == hash(chr(0xd800)), hash('a\udc80') == hash('a' + '\udc80'), hash(s) == hash('\ud800'[:]))
d = {s: 1, pair: 2, 'x': 3}
print(d['\ud800'], d[chr(0xd83d) + chr(0xde00)], s in d, '\udfff' in d, len({s, '\ud800', chr(0xd800)}))
print(hash('\ud800'), hash('a\udc80b'), hash('\U0001f600\ud800'))
# in, find, count, replace, split, join, strip, partition, startswith
u = 'a\udc80b\udc80c'
print(s in t, '\udc80' in u, 'b\udc80' in u, '\udc81' in u, u.find('\udc80'), u.rfind('\udc80'), u.count('\udc80'))
print(u.index('c'), u.find('\udc80', 2), repr(u.replace('\udc80', '-')), repr(u.replace('b', '\ud800')))
print(repr(u.split('\udc80')), repr(u.rsplit('\udc80', 1)), repr('\ud800 x\tz'.split()), repr('\udc80'.join(['a', 'b', 'c'])))
print(repr(u.partition('\udc80')), repr(u.rpartition('\udc80')), repr('\udc80\udc80a\udc80'.strip('\udc80')))
print(u.startswith('a\udc80'), u.endswith(('x', '\udc80c')), repr(u.removeprefix('a\udc80')), repr(u.upper()), repr(u.title()))
print(repr(u.center(9, '\ud800')), repr(s.ljust(3)), repr(s.zfill(3)), repr('\ud800\n\ud801'.splitlines()))
print(s.isalpha(), s.isprintable(), s.isspace(), s.isidentifier(), s.isascii(), 'A\ud800'.isupper(), s.islower())
print(repr(u.translate({0xdc80: 'X', ord('a'): None})), repr('abc'.translate({ord('b'): 0xdc00})))
print(repr(str.maketrans('\udc80', 'x')), u.index('\udc80'), repr(s.expandtabs()), repr(u.swapcase()))
# str() and format of surrogate strings
print(repr(str(s)), repr(format(s)), repr(format(s, ">3")), repr("{:^5}|{}".format(s, pair)), repr('%r' % s), repr('%a' % s))
# codecs
for enc in ['utf-8', 'utf-16-le', 'utf-32-be', 'latin-1', 'ascii']:
    for errors in ['strict', 'surrogateescape', 'surrogatepass', 'backslashreplace', 'replace', 'ignore', 'xmlcharrefreplace']:
        try:
            r = repr(('a\ud800\udcff\xe9').encode(enc, errors))
        except UnicodeEncodeError as e:
            r = '%s: %s %r %r %r' % (type(e).__name__, e, e.start, e.end, e.object)
        print(enc, errors, r)
print(repr('\udcff'.encode('utf-8', 'surrogateescape')), repr('x\udc80y'.encode('ascii', 'surrogateescape')))
try:
    '\ud800'.encode('utf-8', 'nosuchhandler')
except LookupError as e:
    print(type(e).__name__, e)
for data, enc, errors in [(b'a\xff\xfeb', 'utf-8', 'surrogateescape'), (b'a\xed\xa0\x80b', 'utf-8', 'surrogatepass'),
                          (b'a\xed\xa0\x80b', 'utf-8', 'strict'), (b'\xe2\x82a', 'utf-8', 'strict'), (b'\xe2\x82', 'utf-8', 'strict'),
                          (b'\xc0\x80', 'utf-8', 'replace'), (b'\xff', 'utf-8', 'backslashreplace'), (b'\xff', 'utf-8', 'xmlcharrefreplace'),
                          (b'\x00\xd8', 'utf-16-le', 'surrogatepass'), (b'\x00\xd8\x00\x00', 'utf-32-le', 'surrogatepass'),
                          (b'\x00\xd8a\x00', 'utf-16-le', 'strict'), (b'a\x80', 'ascii', 'surrogateescape'),
                          (b'\xed\xb2\x80', 'utf-8', 'surrogateescape'), (b'\xff', 'utf-8', 'nosuchhandler')]:
    try:
        print(ascii(data.decode(enc, errors)))
    except (UnicodeDecodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
raw = b'caf\xc3\xa9 \xff\xfe'
text = raw.decode('utf-8', 'surrogateescape')
print(ascii(text), text.encode('utf-8', 'surrogateescape') == raw, len(text))
print(ascii(str(b'\xff', 'utf-8', 'surrogateescape')), ascii(bytes('\udcff', 'utf-8', 'surrogateescape')))
# surrogates where UTF-8 is required raise UnicodeEncodeError
for f in [lambda: print(s), lambda: s.encode(), lambda: compile(s, 'x', 'eval')]:
    try:
        f()
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
print(repr(rf'\ud800'), repr(f'{{\udc80}}{s!r}{s}'), len(f'\ud800{1}'))
class T:
    def __str__(self):
        return 'T\udc80'
print(ascii('%s|%5s|%-4s|%c|%r|%a' % (s, s, '\udc80', '\udfff', s, s)), ascii('\ud800%s' % 'x'))
print(ascii('%(k)s' % {'k': s}), ascii('{}'.format(T())), ascii(f'{T()}|{s:>3}'))
import sys
print('to stderr', s, file=sys.stderr)
try:
    print('partial', s)
except UnicodeEncodeError as e:
    print(type(e).__name__)
print(ascii('%c' % 0xd800), ascii('%c|%s' % (0xdc80, 'a')), ascii(eval("'\\ud800' + 'x'")))
def documented():
    """doc \udc80"""
print(ascii(documented.__doc__), ascii(compile("'\\ud800'", 'x', 'eval').co_consts))
print(ascii('{}\udc80{!r}'.format(1, s)), ascii('{:\udc80>4}|{:*<3}'.format('a', s)), ascii('\udfff{k}'.format_map({'k': s})))
print(ascii(format('ab', '\udc80^5')), ascii(f'{"x":\udc80<3}'))
print('done')
