# The escape codecs: unicode_escape, raw_unicode_escape, escape_encode/escape_decode.
import codecs


def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


s = 'a\\b\t\n\r\x00\x7f\xe9\u20ac\U0001f600"\''
print(s.encode('unicode_escape'))
print(s.encode('raw_unicode_escape'))
print(s.encode('unicode_escape').decode('unicode_escape') == s)
print(s.encode('raw_unicode_escape').decode('raw_unicode_escape') == s)
print(codecs.unicode_escape_encode('é'), codecs.raw_unicode_escape_encode('é€'))

for data in [b'\\n\\t\\\\\\x41\\101\\u20ac\\U0001F600', b'\\a\\b\\f\\v\\\'\\"', b'\\q\\8',
             b'line\\\ncont', b'\\0\\12\\1234', 'str \\u00e9 input']:
    show(codecs.unicode_escape_decode, data)
for data in [b'\\x4', b'\\u12', b'\\U1234567', b'\\U00110000', b'ab\\', b'\\N{LATIN', b'\\Nx']:
    try:
        codecs.unicode_escape_decode(data)
    except UnicodeDecodeError as e:
        print(e.encoding, e.start, e.end, e.reason)
    show(codecs.unicode_escape_decode, data, 'replace')
    show(codecs.unicode_escape_decode, data, 'ignore')
print(codecs.unicode_escape_decode(b'ab\\u20', 'strict', False))
print(codecs.unicode_escape_decode(b'ab\\', 'strict', False))

for data in [b'\\u20ac', b'\\\\u20ac', b'\\\\\\u20ac', b'\\x41', b'\\U0001f600', b'a\\', b'\xe9']:
    show(codecs.raw_unicode_escape_decode, data)
for data in [b'\\u12', b'\\U00110000']:
    try:
        codecs.raw_unicode_escape_decode(data)
    except UnicodeDecodeError as e:
        print(e.encoding, e.start, e.end, e.reason)
    show(codecs.raw_unicode_escape_decode, data, 'replace')
print(codecs.raw_unicode_escape_decode(b'ab\\u20', 'strict', False))

print(codecs.escape_encode(b'a\'b"\\\t\n\r\x00\x7f\xff'))
show(codecs.escape_encode, 'str')
for data in [b'\\n\\x41\\101\\\\', b'\\q', b'a\\\nb', '\\x41 str']:
    show(codecs.escape_decode, data)
show(codecs.escape_decode, b'\\x4')
show(codecs.escape_decode, b'ab\\x')
show(codecs.escape_decode, b'\\x4g', 'replace')
show(codecs.escape_decode, b'\\x4g', 'ignore')
show(codecs.escape_decode, b'\\x4g', 'bogus')
show(codecs.escape_decode, b'abc\\')
print(codecs.readbuffer_encode(b'ab'), codecs.readbuffer_encode('é'), codecs.readbuffer_encode(bytearray(b'x')))
print(codecs.decode(b'\\xe9', 'unicode_escape'), codecs.encode('\xe9', 'unicode_escape'))
