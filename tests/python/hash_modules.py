# _md5, _sha1, _sha256, _sha512, _sha3, _blake2 and hashlib / hmac on top of them.
import _md5, _sha1, _sha256, _sha512, _sha3, _blake2
import hashlib


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


inputs = [b'', b'abc', b'a' * 63, b'a' * 64, b'a' * 65, b'a' * 127, b'a' * 128, b'a' * 129,
          bytes(range(256)) * 3, b'The quick brown fox jumps over the lazy dog']
big = bytes(i * 7 % 251 for i in range(1 << 20))
ctors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512,
         _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b,
         _blake2.blake2s]
for c in ctors:
    h = c()
    print(h.name, h.digest_size, h.block_size, repr(h).split(' at ')[0], type(h).__name__)
    for data in inputs:
        print(' ', c(data).hexdigest())
    print('  big', c(big).hexdigest())
    # Incremental == one-shot.
    h = c()
    for i in range(0, len(big), 10007):
        h.update(big[i:i + 10007])
    print('  incremental', h.hexdigest() == c(big).hexdigest(), h.digest() == c(big).digest())
    # copy independence.
    h = c(b'abc')
    h2 = h.copy()
    h2.update(b'def')
    print('  copy', h.hexdigest() == c(b'abc').hexdigest(), h2.hexdigest() == c(b'abcdef').hexdigest())
    h = c(memoryview(b'xyz'))
    h.update(bytearray(b'123'))
    print('  buffers', h.hexdigest() == c(b'xyz123').hexdigest())
    print('  usedforsecurity', c(b'q', usedforsecurity=False).hexdigest() == c(b'q').hexdigest())

for c in [_sha3.shake_128, _sha3.shake_256]:
    h = c()
    print(h.name, h.digest_size, h.block_size, h._capacity_bits, h._rate_bits, h._suffix)
    for data in inputs[:4]:
        print(' ', c(data).hexdigest(20), c(data).digest(5))
    print('  big', c(big).hexdigest(64))
    print('  lengths', [len(c(b'x').digest(n)) for n in (0, 1, 100, 1000)])
    h = c(b'abc')
    h2 = h.copy()
    h2.update(b'd')
    print('  copy', h.hexdigest(8), h2.hexdigest(8), c(b'abcd').hexdigest(8))
    show('  neg', lambda: c().digest(-1))
    show('  huge', lambda: c().digest(1 << 29))
    show('  verybig', lambda: c().digest(1 << 64))
    show('  float', lambda: c().digest(1.5))
    show('  none', lambda: c().digest())
    show('  kw', lambda: c().hexdigest(length=3))
for c in [_sha3.sha3_224, _sha3.sha3_512]:
    h = c()
    print(h.name, h._capacity_bits, h._rate_bits, h._suffix)
print(_sha3.implementation, _sha3.keccakopt)

# blake2 parameters.
B, S = _blake2.blake2b, _blake2.blake2s
for C in (B, S):
    print(C.SALT_SIZE, C.PERSON_SIZE, C.MAX_KEY_SIZE, C.MAX_DIGEST_SIZE)
    print(C(b'a', digest_size=5, key=b'k', salt=b's', person=b'p', fanout=2, depth=3, leaf_size=4,
            node_offset=5, node_depth=6, inner_size=7, last_node=True).hexdigest())
    print(C(b'abc', key=b'secret key').hexdigest())
    print(C(digest_size=16).hexdigest(), C(digest_size=16).digest_size)
    print(C(b'x', salt=b'salt', person=b'me').hexdigest())
    print(C(b'x', last_node=True).hexdigest(), C(b'x', fanout=0, depth=255).hexdigest())
    print(C(b'x', key=memoryview(b'abc')).hexdigest() == C(b'x', key=b'abc').hexdigest())
    h = C(b'tree', key=b'K', node_offset=3)
    print(h.copy().hexdigest() == h.hexdigest())
print(B(node_offset=2**64 - 1).hexdigest()[:16], S(node_offset=2**48 - 1).hexdigest()[:16])
print(_blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2S_MAX_DIGEST_SIZE, _blake2.BLAKE2B_MAX_KEY_SIZE)
for label, f in [
    ('ds0', lambda: B('x', digest_size=0)), ('str', lambda: B('x')), ('int', lambda: B(1)),
    ('ds65', lambda: B(digest_size=65)), ('dsfloat', lambda: B(digest_size=1.0)),
    ('dsbig', lambda: B(digest_size=2**40)), ('salt', lambda: B(salt=b'x' * 17)),
    ('saltstr', lambda: B(salt='x')), ('key', lambda: B(key=b'x' * 65)),
    ('skey', lambda: S(key=b'x' * 33)), ('person', lambda: S(person=b'x' * 9)),
    ('fanout', lambda: B(fanout=256)), ('depth', lambda: B(depth=0)),
    ('leaf-', lambda: B(leaf_size=-1)), ('leafbig', lambda: B(leaf_size=2**32)),
    ('leafhuge', lambda: B(leaf_size=2**64)), ('leaffloat', lambda: B(leaf_size=1.0)),
    ('off-', lambda: B(node_offset=-1)), ('offbig', lambda: B(node_offset=2**64)),
    ('soff', lambda: S(node_offset=2**48)), ('nd', lambda: B(node_depth=256)),
    ('inner', lambda: B(inner_size=65)), ('sinner', lambda: S(inner_size=33)),
    ('badkw', lambda: B(foo=1)), ('twopos', lambda: B(b'a', b'b')), ('datakw', lambda: B(data=b'a')),
    ('order', lambda: B(b'', key=b'x' * 65, salt=b'x' * 17)),
]:
    show(label, lambda: f().hexdigest())

# Constructor and method errors.
for label, f in [
    ('md5str', lambda: _md5.md5('x')), ('md5int', lambda: _md5.md5(1)), ('md5none', lambda: _md5.md5(None)),
    ('md5kw', lambda: _md5.md5(string=b'x').hexdigest()), ('md5data', lambda: _md5.md5(data=b'x')),
    ('md52', lambda: _md5.md5(b'x', b'y')), ('md5bad', lambda: _md5.md5(usedforsecurity=False, foo=1)),
    ('upd0', lambda: _md5.md5().update()), ('updstr', lambda: _md5.md5().update('a')),
    ('updint', lambda: _md5.md5().update(3)), ('dig1', lambda: _md5.md5().digest(1)),
    ('sha3kw', lambda: _sha3.sha3_256(data=b'x')), ('sha3two', lambda: _sha3.sha3_256(b'x', b'y')),
    ('sha3str', lambda: _sha3.sha3_384('x')), ('md5type', lambda: type(_md5.md5())()),
    ('subclass', lambda: type('X', (_sha3.sha3_224,), {})),
    ('subclass2', lambda: type('X', (_blake2.blake2b,), {})),
]:
    show(label, f)
print(_md5.MD5Type, _sha1.SHA1Type, _sha256.SHA224Type, _sha256.SHA256Type, _sha512.SHA384Type)
print(hasattr(_sha512, 'SHA512Type'), _sha256.sha256.__name__)

# hashlib on top (OpenSSL in CPython, these modules in ferropy: compare values only).
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'blake2s']:
    h = hashlib.new(name, b'hashlib')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    print(' ', getattr(hashlib, name)(b'hashlib').hexdigest() == h.hexdigest())
print(hashlib.new('shake_128', b'x').hexdigest(10), hashlib.shake_256(b'x').hexdigest(10))
print(hashlib.sha256(b'x').hexdigest())
print(hashlib.md5(b'x', usedforsecurity=False).hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
show('unknown', lambda: hashlib.new('nope'))
# hashlib's pure-Python pbkdf2_hmac warns that it is deprecated (stderr only).
import warnings
warnings.simplefilter('ignore', DeprecationWarning)
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 100).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 20).hex())
print(hashlib.pbkdf2_hmac('sha512', b'pw', b'NaCl', 10, dklen=70).hex())
