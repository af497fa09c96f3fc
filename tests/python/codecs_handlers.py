# Error handlers: the builtin ones as functions, custom ones via register_error, and
# handlers returning bad values.
import codecs


def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


for name in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace',
             'namereplace', 'surrogateescape', 'surrogatepass']:
    h = codecs.lookup_error(name)
    print(name, h.__name__, callable(h))
show(codecs.lookup_error, 'nope')
show(codecs.lookup_error, 3)
show(codecs.register_error, 'x', 3)
print(codecs.strict_errors is not None, codecs.ignore_errors.__name__)

enc_exc = UnicodeEncodeError('ascii', 'a\xe9\u20acb', 1, 3, 'ordinal not in range(128)')
dec_exc = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'invalid start byte')
tr_exc = UnicodeTranslateError('a\xe9b', 1, 2, 'no mapping')
for name in ['ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'surrogateescape',
             'surrogatepass']:
    h = codecs.lookup_error(name)
    for exc in [enc_exc, dec_exc, tr_exc]:
        show(h, exc)
show(codecs.strict_errors, enc_exc)
show(codecs.strict_errors, 42)
show(codecs.ignore_errors, ValueError('x'))
show(codecs.lookup_error('surrogateescape'), UnicodeEncodeError('utf-8', 'a\udc80\udcffb', 1, 3, 'x'))
show(codecs.lookup_error('surrogatepass'), UnicodeEncodeError('utf-16-be', 'a\ud800b', 1, 2, 'x'))
show(codecs.lookup_error('surrogatepass'), UnicodeDecodeError('utf-8', b'a\xed\xb0\x80', 1, 4, 'x'))

# custom handlers
calls = []


def handler(exc):
    calls.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason))
    if isinstance(exc, UnicodeEncodeError):
        return ('<%s>' % ','.join('%x' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    return ('[%s]' % exc.object[exc.start:exc.end].hex(), exc.end)


codecs.register_error('test.mine', handler)
print(codecs.lookup_error('test.mine') is handler)
print('a\xe9\u20acb'.encode('ascii', 'test.mine'))
print('a\xe9\u20acb\u20ac'.encode('latin-1', 'test.mine'))
print('a\u20acb'.encode('cp437', 'test.mine'))
print('a\ud800b'.encode('utf-8', 'test.mine'))
print(b'a\xff\xfeb'.decode('ascii', 'test.mine'))
print(b'a\xffb\xc3'.decode('utf-8', 'test.mine'))
print(b'a\x81b'.decode('cp1252', 'test.mine'))
print(b'\x00\xdc'.decode('utf-16-le', 'test.mine'))
print(b'\\x4'.decode('unicode_escape', 'test.mine'))
print(calls)

# bytes replacement, moving positions
codecs.register_error('test.bytes', lambda e: (b'\x01\x02', e.end))
print('a\xe9b'.encode('ascii', 'test.bytes'), 'a\u20acb'.encode('cp1252', 'test.bytes'))
show('a\ud800b'.encode, 'utf-16-le', 'test.bytes')
codecs.register_error('test.skip', lambda e: ('', e.end + 1))
print('a\xe9bc'.encode('ascii', 'test.skip'), b'a\xffbc'.decode('ascii', 'test.skip'))
codecs.register_error('test.back', lambda e: ('?', -1))
print('a\xe9bc'.encode('ascii', 'test.back'))
codecs.register_error('test.restart', lambda e: ('', 0) if e.start > 1 else ('X', e.start + 1))
print('a\xe9b'.encode('ascii', 'test.restart'))

# bad handler results
for name, f in [('bad1', lambda e: 42), ('bad2', lambda e: ('x',)), ('bad3', lambda e: (1, 2)),
                ('bad4', lambda e: ('x', 'y')), ('bad5', lambda e: ('x', 100)),
                ('bad6', lambda e: ('x', -100)), ('bad7', lambda e: (b'x', e.end)),
                ('bad8', lambda e: ['x', 1]), ('bad9', lambda e: ('\u20ac', e.end)),
                ('bad10', lambda e: 1 / 0)]:
    codecs.register_error('test.' + name, f)
    show('a\xe9b'.encode, 'ascii', 'test.' + name)
    show(b'a\xffb'.decode, 'ascii', 'test.' + name)
show('a\xe9b'.encode, 'ascii', 'no.such')
show(b'a\xffb'.decode, 'utf-8', 'no.such')
print('abc'.encode('ascii', 'no.such'), b'abc'.decode('cp1252', 'no.such'))

# overriding a builtin name does not change the codecs' fast paths
codecs.register_error('test.strict2', codecs.strict_errors)
show('\xe9'.encode, 'ascii', 'test.strict2')
