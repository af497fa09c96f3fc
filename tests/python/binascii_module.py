# binascii: every function, running checksums and errors.
import binascii as b
import random


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


samples = [b'', b'a', b'ab', b'abc', b'abcd', b'\x00\xff\x10', bytes(range(256)),
           b'hello world\n', b'The quick brown fox jumps over the lazy dog']
for s in samples:
    print(b.b2a_base64(s), b.b2a_base64(s, newline=False))
    print(b.a2b_base64(b.b2a_base64(s)) == s, b.hexlify(s)[:40], b.crc32(s), b.crc_hqx(s, 0))
    if len(s) <= 45:
        print(b.b2a_uu(s), b.b2a_uu(s, backtick=True))
        print(b.a2b_uu(b.b2a_uu(s)) == s, b.a2b_uu(b.b2a_uu(s, backtick=True)) == s)
    print(b.b2a_qp(s)[:60])

# base64 decoding details.
for d in [b'YQ==', b'YWI=', b'YWJj', b'YQ', b'YWI', b'Y', b'YQ==YQ==', b'Y Q = =', b'YQ=', b'=YQ==',
          b'YQ==\n', b'Y!Q==', b'YWJ=j', b'YW==Jj', 'YWJj', b'\xffYQ==', b'abcde', b'abcdef=', b'ab==cd',
          memoryview(b'YWJj'), bytearray(b'YWI=')]:
    show('a2b', lambda: b.a2b_base64(d))
    show('strict', lambda: b.a2b_base64(d, strict_mode=True))
show('a2b-nonascii', lambda: b.a2b_base64('é'))
show('a2b-int', lambda: b.a2b_base64(1))
show('a2b-none', lambda: b.a2b_base64())
show('a2b-kw', lambda: b.a2b_base64(data=b''))
show('a2b-badkw', lambda: b.a2b_base64(b'', foo=1))
show('a2b-flag', lambda: b.a2b_base64(b'YQ==', strict_mode=1.0))
show('b2a-str', lambda: b.b2a_base64('a'))
show('b2a-flag', lambda: b.b2a_base64(b'a', newline=[]))

# crc32: running values and masks.
crc = 0
for chunk in [b'abc', b'', b'defgh', bytes(1000)]:
    crc = b.crc32(chunk, crc)
    print('running', crc)
print(crc == b.crc32(b'abcdefgh' + bytes(1000)))
print(b.crc32(b'a', -1), b.crc32(b'a', 2**70 + 5), b.crc32(b'x' * 100000), b.crc32(bytearray(b'zz')))
print(b.crc_hqx(b'abc', 2**40 + 7), b.crc_hqx(b'123456789', 0xffff), b.crc_hqx(b'', 0x12345))
show('crc-none', lambda: b.crc32())
show('crc-3', lambda: b.crc32(b'', 1, 2))
show('crc-float', lambda: b.crc32(b'a', 1.0))
show('crc-str', lambda: b.crc32('a'))
show('hqx-1', lambda: b.crc_hqx(b'a'))

# hex.
for sep, per in [(':', 1), (b'-', 2), ('.', -2), (' ', 3), ('_', -4), ('|', 100), ('+', 0), ('é', 1)]:
    show('hex', lambda: b.hexlify(b'\x01\x02\x03\x04\x05\x06\x07', sep, per))
show('hex-kw', lambda: b.b2a_hex(data=b'abcde', sep='-', bytes_per_sep=2))
show('hex-sepint', lambda: b.hexlify(b'abc', 1))
show('hex-seplen', lambda: b.hexlify(b'abc', '::'))
show('hex-sepba', lambda: b.hexlify(b'abc', bytearray(b':')))
show('hex-sepwide', lambda: b.hexlify(b'abc', '\u20ac'))
show('hex-perfloat', lambda: b.hexlify(b'abc', ':', 1.0))
show('hex-none', lambda: b.hexlify())
show('hex-badkw', lambda: b.hexlify(b'a', x=1))
show('hex-str', lambda: b.hexlify('abc'))
for h in ['616263', b'DEADbeef', '', 'abc', 'zz', b'0g', 'é0']:
    show('unhex', lambda: b.unhexlify(h))
    show('a2b_hex', lambda: b.a2b_hex(h))
show('unhex-none', lambda: b.unhexlify())
show('unhex-int', lambda: b.unhexlify(5))

# uuencode.
show('uu-empty', lambda: b.a2b_uu(b''))
show('uu-empty-str', lambda: b.a2b_uu(''))
show('uu-short', lambda: b.a2b_uu(b'#86)C'))
show('uu-trail', lambda: b.a2b_uu(b'!80  \n'))
show('uu-garbage', lambda: b.a2b_uu(b'!80xyz'))
show('uu-illegal', lambda: b.a2b_uu(b'$\x7f\x7f'))
show('uu-back', lambda: b.a2b_uu(b'!80``\n'))
show('uu-46', lambda: b.b2a_uu(b'a' * 46))
show('uu-flag', lambda: b.b2a_uu(b'', backtick=2.0))
show('uu-none', lambda: b.a2b_uu())

# quoted-printable.
qp_inputs = [b'hello=world', b'tab\tend\t', b'space end ', b'line1\nline2 \nline3',
             b'crlf\r\nline\r\n', b'.\n', b'.', b'a' * 200, b'x' * 75 + b'=', b'under_score here',
             bytes(range(0, 256, 7)), b'\r\n\r\n', b'a\rb', b'trailing\t\nnext']
for s in qp_inputs:
    for kw in [{}, {'quotetabs': True}, {'istext': False}, {'header': True}]:
        enc = b.b2a_qp(s, **kw)
        print(kw, enc, b.a2b_qp(enc, header=kw.get('header', False)) == s)
for s in [b'=41=42', b'soft=\nbreak', b'soft=\r\nbreak', b'a==b', b'=4', b'=zz', b'a_b', b'=', b'x=\r y']:
    print(b.a2b_qp(s), b.a2b_qp(s, header=True), b.a2b_qp(s.decode()))
show('qp-none', lambda: b.a2b_qp())
show('qp-flag', lambda: b.a2b_qp(b'a', header=1.5))
show('qp-5', lambda: b.b2a_qp(b'a', 1, 2, 3, 4))
show('qp-str', lambda: b.b2a_qp('a'))

# Random round trips.
rng = random.Random(5)
ok = True
for n in range(300):
    data = bytes(rng.randrange(256) for _ in range(rng.randrange(60)))
    ok &= b.a2b_base64(b.b2a_base64(data)) == data
    ok &= b.unhexlify(b.hexlify(data)) == data
    ok &= b.a2b_qp(b.b2a_qp(data, istext=False)) == data
    if len(data) <= 45:
        ok &= b.a2b_uu(b.b2a_uu(data)) == data
print('roundtrips', ok)
print(b.crc32(bytes(rng.randrange(256) for _ in range(5000))))
print(b.Error.__mro__, b.Incomplete.__mro__, b.Error.__module__)
print(issubclass(b.Error, ValueError))
