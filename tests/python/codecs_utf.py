# The UTF codecs of _codecs: BOMs, surrogates, incremental decoding, error handlers.
import codecs


def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


def exc_info(f, *a):
    try:
        f(*a)
        print('no error')
    except UnicodeError as e:
        print(type(e).__name__, repr(e.encoding), repr(e.object), e.start, e.end, repr(e.reason))


text = 'aé€\U0001f600'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
            'utf-8-sig']:
    b = text.encode(enc)
    print(enc, b, b.decode(enc) == text, codecs.decode(b, enc) == text)

print(codecs.utf_8_encode('abc€'), codecs.utf_8_decode(b'abc\xe2\x82\xac'))
print(codecs.utf_16_encode('ab'), codecs.utf_16_encode('ab', None, -1), codecs.utf_16_encode('ab', None, 1))
print(codecs.utf_32_encode('a'), codecs.utf_16_le_encode('a'), codecs.utf_32_be_encode('a'))
print(codecs.utf_16_ex_decode(b'ab'), codecs.utf_16_ex_decode(b'\xfe\xff\x00a'),
      codecs.utf_16_ex_decode(b'\xff\xfea\x00'), codecs.utf_16_ex_decode(b'a'))
print(codecs.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00a'))
print(codecs.utf_16_decode(b'\xfe\xff\x00a\x00b'), codecs.utf_16_decode(b'a\x00b', None, False))

# incremental decoding: split multi-byte sequences
print(codecs.utf_8_decode(b'a\xe2\x82', None, False), codecs.utf_8_decode(b'a\xe2\x82'))
show(codecs.utf_8_decode, b'a\xe2\x82', None, True)
for enc in ['utf-8', 'utf-16', 'utf-32', 'utf-16-be', 'utf-8-sig']:
    data = text.encode(enc) * 2
    dec = codecs.getincrementaldecoder(enc)()
    out = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    out.append(dec.decode(b'', final=True))
    print(enc, repr(''.join(out)), sum(1 for o in out if o))
dec = codecs.getincrementaldecoder('utf-16')()
print(repr(dec.decode(b'\xff')), repr(dec.decode(b'\xfe')), repr(dec.decode(b'a\x00\x3d')),
      repr(dec.decode(b'\xd8')), repr(dec.decode(b'\x00\xde')))
show(dec.decode, b'\x00', True)

# surrogates
exc_info('a\ud800\udc00b'.encode, 'utf-8')
exc_info('a\ud800b'.encode, 'utf-16')
exc_info('a\ud800b'.encode, 'utf-16-be')
exc_info('\udfff'.encode, 'utf-32')
print('a\ud800b'.encode('utf-8', 'surrogatepass'), 'a\ud800b'.encode('utf-16-le', 'surrogatepass'),
      'a\ud800b'.encode('utf-32-be', 'surrogatepass'))
print(repr(b'a\xed\xa0\x80b'.decode('utf-8', 'surrogatepass')),
      repr(b'\x00\xd8'.decode('utf-16-le', 'surrogatepass')),
      repr(b'\x00\xd8\x00\x00'.decode('utf-32-le', 'surrogatepass')))
print(repr(b'a\xff\xfeb'.decode('utf-8', 'surrogateescape')),
      'a\udcff\udcfeb'.encode('utf-8', 'surrogateescape'))
exc_info('a\udc41'.encode, 'utf-8', 'surrogateescape')

# bad input with each handler
bad = [b'a\xffb', b'a\xe2\x28\xa1b', b'\xf0\x9f\x98', b'\xc0\xaf', b'\xed\xa0\x80', b'\xf4\x90\x80\x80']
for data in bad:
    exc_info(data.decode, 'utf-8')
    for h in ['ignore', 'replace', 'backslashreplace', 'surrogateescape']:
        show(data.decode, 'utf-8', h)
for data in [b'\x00\xdc', b'\x00\xd8\x41\x00', b'a', b'\x00\xd8']:
    exc_info(data.decode, 'utf-16-le')
    show(data.decode, 'utf-16-le', 'replace')
    show(data.decode, 'utf-16-le', 'backslashreplace')
for data in [b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00', b'abc']:
    exc_info(data.decode, 'utf-32-le')
    show(data.decode, 'utf-32-le', 'ignore')
for h in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
    show('x\ud800\udfffy'.encode, 'utf-8', h)
    show('x\ud800y'.encode, 'utf-16-le', h)
show(b'\xff'.decode, 'utf-8', 'xmlcharrefreplace')
show(b'\xff'.decode, 'utf-8', 'no-such-handler')
show(b'ok'.decode, 'utf-8', 'no-such-handler')
show('\ud800'.encode, 'utf-8', 'no-such-handler')

# argument errors
show(codecs.utf_8_encode, b'x')
show(codecs.utf_8_encode, 'x', 3)
show(codecs.utf_8_decode, 'x')
show(codecs.utf_8_decode)
show(codecs.utf_16_encode, 'x', None, 0, 1)
print(codecs.utf_8_decode(bytearray(b'xy')), codecs.utf_8_decode(memoryview(b'xyz')))
