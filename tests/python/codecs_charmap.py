# The charmap codecs (encodings.cp1252, koi8_r, cp437, mac_roman, iso8859_15).
import codecs


def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


samples = {
    'cp1252': 'Grüße € „quoted“ — ok',
    'koi8_r': 'Привет, мир!',
    'cp437': 'Ç ü é ░▒▓ │┤ ß',
    'mac_roman': 'Ä Å Ç É ∂ ∑ π',
    'iso8859_15': 'Œuvre € Š ž',
}
for enc, text in samples.items():
    b = text.encode(enc)
    print(enc, b, b.decode(enc) == text, len(b))
    every = bytes(range(256)).decode(enc, 'replace')
    print(' ', len(every), every.count('\ufffd'), repr(every[128:140]))

show('a€b'.encode, 'koi8_r')
show('a€€b'.encode, 'latin-1')
show('a€b'.encode, 'cp437', 'replace')
show('a€b'.encode, 'cp437', 'ignore')
show('a€😀b'.encode, 'cp437', 'xmlcharrefreplace')
show('a€b'.encode, 'cp437', 'backslashreplace')
show(b'a\x81b'.decode, 'cp1252')
show(b'a\x81b'.decode, 'cp1252', 'replace')
show(b'a\x81b'.decode, 'cp1252', 'ignore')
show(b'a\x81b'.decode, 'cp1252', 'backslashreplace')
try:
    b'a\x81\x8db'.decode('cp1252')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    'xyz€'.encode('koi8_r')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)

# charmap_decode / charmap_encode directly
table = 'abc\ufffe'
print(codecs.charmap_decode(b'\x00\x01\x02', 'strict', table))
show(codecs.charmap_decode, b'\x03', 'strict', table)
show(codecs.charmap_decode, b'\x09', 'replace', table)
print(codecs.charmap_decode(b'\x00\x01', 'strict', {0: 'xy', 1: 0x263a}))
show(codecs.charmap_decode, b'\x02', 'strict', {0: 'xy'})
show(codecs.charmap_decode, b'\x00', 'strict', {0: 0x110000})
show(codecs.charmap_decode, b'\x00', 'strict', {0: 1.5})
print(codecs.charmap_decode(b'\xe9'), codecs.charmap_decode(b'ab', None, None))
m = codecs.charmap_build('abc')
print(sorted(m.items()) if isinstance(m, dict) else m)
print(codecs.charmap_encode('cab', 'strict', codecs.charmap_build('abc')))
print(codecs.charmap_encode('ab', 'strict', {ord('a'): b'XY', ord('b'): 66}))
show(codecs.charmap_encode, 'c', 'strict', {ord('a'): 1})
show(codecs.charmap_encode, 'a', 'strict', {ord('a'): 300})
show(codecs.charmap_encode, 'a', 'strict', {ord('a'): 'x'})
show(codecs.charmap_encode, 'acca', 'replace', {ord('a'): 1, ord('?'): 2})
show(codecs.charmap_encode, 'acca', 'replace', {ord('a'): 1})
print(codecs.charmap_encode('é'), codecs.charmap_encode('ab', None, None))

# incremental and stream use of a charmap codec
enc = codecs.getincrementalencoder('cp1252')()
print(enc.encode('€'), enc.encode('x', True))
dec = codecs.getincrementaldecoder('koi8_r')()
print(dec.decode(b'\xf0'), dec.decode(b'\xd2', True))
