# The codec registry: lookup, name normalization, CodecInfo fields, search functions.
import codecs


def show(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for name in ['utf-8', 'UTF8', 'utf_8', 'U8', 'latin-1', 'Latin 1', 'cp1252',
             'koi8-r', 'ascii', 'US-ASCII', 'utf-16', 'utf_32_be', 'mac-roman',
             'iso8859_15', 'rot13']:
    try:
        info = codecs.lookup(name)
        print(name, '->', info.name, type(info).__name__, len(info),
              callable(info.encode), callable(info.decode),
              info.incrementalencoder is not None, info._is_text_encoding)
    except LookupError as e:
        print(name, 'LookupError', e)

show(codecs.lookup, 'no-such-codec')
show(codecs.lookup, 1)
show(codecs.lookup)
print(codecs.lookup('utf-8') is codecs.lookup('UTF-8'))

seen = []


def search(name):
    seen.append(name)
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)),
                                lambda b, e='strict': (bytes(b).decode().lower(), len(b)),
                                name='my-codec')
    if name == 'bad_codec':
        return 42
    return None


codecs.register(search)
for n in ['My Codec', 'my-codec', '  My--Codec!!', 'Ünknown X']:
    show(lambda: codecs.lookup(n).name)
print(seen)
print(codecs.encode('abc', 'my_codec'), codecs.decode(b'ABC', 'my_codec'))
print('abc'.encode('my-codec'), b'XYZ'.decode('my-codec'))
show(codecs.lookup, 'bad_codec')
show(codecs.register, 42)
codecs.unregister(search)
show(codecs.lookup, 'my_codec')  # cached
codecs._forget_codec('my_codec') if hasattr(codecs, '_forget_codec') else None
show(codecs.lookup, 'other_codec')

# encode/decode helpers
print(codecs.encode('é', 'latin-1'), codecs.decode(b'\xe9', 'latin-1'))
print(codecs.encode('abc', encoding='utf-16-be'), codecs.decode(b'\x00a', encoding='utf-16-be'))
print(codecs.encode('abc', 'rot13'), codecs.decode('nop', 'rot_13'))
show(lambda: 'x'.encode('rot13'))
show(lambda: b'x'.decode('rot13'))
show(lambda: 'x'.encode('no-such'))
show(lambda: b'x'.decode('no-such'))
show(codecs.encode, 'x', 'no-such')

# non-text results
def search2(name):
    if name == 'intcodec':
        return codecs.CodecInfo(lambda s, e='strict': (42, 1), lambda b, e='strict': (42, 1),
                                name='intcodec')
codecs.register(search2)
show(lambda: 'x'.encode('intcodec'))
show(lambda: b'x'.decode('intcodec'))
print(codecs.encode('x', 'intcodec'))

# CodecInfo and helpers of codecs.py
info = codecs.lookup('cp1252')
print(info.name, info.encode('€')[0], info.decode(b'\x80')[0])
print(codecs.getencoder('latin-1')('abc'), codecs.getdecoder('ascii')(b'abc'))
enc = codecs.getincrementalencoder('utf-8')()
print(enc.encode('a'), enc.encode('€', final=True))
print(list(codecs.iterencode(['a', 'b'], 'utf-16-le')))
print(''.join(codecs.iterdecode([b'\xe2', b'\x82', b'\xac'], 'utf-8')))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
