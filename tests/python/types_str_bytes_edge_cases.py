# str/bytes/bytearray/format edge cases: index clamping, subclass results, format_map,
# nested specs, % argument order and errors, bytes %, codecs, arity messages, exports.
tests = [
 "'abc'.find('c', 2**70)", "'abc'.find('a', -2**70)", "'abc'.count('', 1, 2)", "'abc'.startswith('a', None, None)",
 "'a b'.split(None, 2**70)", "'a\\x85b'.split()", "'a\\u2028b'.splitlines(True)", "'x'.center(2**70)",
 "'{0!r:^9}'.format('é')", "'{:%}'.format(0.5)", "'{0.real}'.format(3)", "'{0[0]}'.format([1])", "'{a.b}'.format(a=1)",
 "'{:,d}'.format('x')", "'{:s}'.format(3)", "'{:d}'.format(3.0)", "'{!s:>3}'.format(True)", "'{:>{}}'.format('a')",
 "'{0:{a}}'.format(1, a='>5')", "'{}{}'.format(1)", "'{0}{}'.format(1,2)", "'{:{}}'.format(1, 'zz')",
 "'%s' % ()", "'%s %s' % (1,)", "'%(a)s %(b)s' % {'a': 1}", "'%c' % 1.5", "'%5.2s|' % 'abc'", "'%-5c|' % 'x'",
 "'%#o %#x %#X' % (-8, -255, 255)", "'%+.3e' % 1e100", "'%g' % 1e-5", "'%.0f' % 0.5", "'%010.3f' % -3.14159",
 "'% d' % 5", "'%r' % 'a\\nb'", "'%a' % 'ñ'", "'%i' % 2**100", "'%x' % -2**70", "'%o' % True",
 "b'%5d|%-5x|' % (3, 255)", "b'%.2s' % b'abc'", "b'%r' % 'é'", "b'%(x)s' % {b'x': b'y'}", "b'%d %d' % (1,)",
 "bytearray(b'ab').center(5, b'*')", "b'a b c'.rsplit(None, 1)", "b' a '.strip()", "b'\\x0ba\\x0c'.strip()",
 "b'abc'.hex(':', -2)", "b'abcdef'.hex(b'|', 3)", "bytes.fromhex('a b')", "bytes.fromhex(' 0102 ')",
 "b'aBc'.swapcase()", "b'hello world'.title()", "b'a\\tb'.expandtabs()", "b'abc'.translate(None)",
 "bytearray(b'abc').translate(None, b'b')", "b'a'.join([b'x', bytearray(b'y'), memoryview(b'z')])",
 "'abc'.translate({97: 'xyz', 98: None, 99: 100})", "'ab'.translate(str.maketrans('a', 'b'))",
 "str.maketrans('ab', 'cd', 'e')", "str.maketrans({'a': 1, 2: 'x'})",
 "'ǅ'.title()", "'ﬁ'.title()", "'ǆemal'.capitalize()", "'Σσ'.lower()", "'ΑΣ.'.lower()",
 "'١٢٣'.isdecimal()", "'²'.isdigit()", "'½'.isnumeric()", "'Ⅻ'.isalpha()", "'\\u00a0'.isspace()", "'a\\u0300'.isalnum()",
 "'x'.zfill(-1)", "'-'.zfill(3)", "'abc'.expandtabs(-1)", "'a\\tb\\r\\tc'.expandtabs(4)",
 "'aaa'.replace('a', 'b', 2)", "'abc'.replace('', '-', 2)", "''.replace('', 'x', 0)",
 "'abcabc'.rindex('c', 0, -1)", "'abc'.rsplit('b', 0)", "'  a  b  '.rsplit(None, 1)", "'a,b'.rsplit(',', maxsplit=-5)",
 "'x'.removesuffix('x')", "'a'.join(('x',))", "''.join(['a', 'b'])", "','.join(iter(['a']))",
 "format('abc', '.1')", "format('abc', '=5')", "format('abc', '05')", "format('abc', '+')", "format(12, 'c')",
 "format(-0.0, 'z.1f')", "format(1234, '_b')", "format(3, 's')", "format('x', 'd')", "format(True, '^5')",
 "format(2**64, ',')", "format(1.5, '')", "format(1.5, '10')", "format('', '<0')",
]
for t in tests:
    try:
        r = eval(t); print(t, "=>", repr(r))
    except Exception as e:
        print(t, "->", type(e).__name__, e)

class S(str): pass
class B(bytes): pass
class M(dict):
    def __missing__(self, k): return k * 2
tests = [
 "type(S('a').strip())", "type(S('ab').replace('x','y'))", "type(S('a').center(1))", "type(S('a').split()[0])", "type(B(b'a').strip())",
 "type(B(b'a').replace(b'x', b'y'))", "S('x') is S('x').strip()", "type(format(S('a'), ''))", "type('{}'.format(S('a')))",
 "'{a}'.format_map(M())", "'%(a)s' % M()", "'{0}'.format_map({})", "'{}'.format_map({})",
 "'{0:{1}}'.format(1)", "'{:{:{}}}'.format(1, 2, 3)", "'{:{}}'.format(1, '{}')", "'{0!r!s}'.format(1)",
 "'{0!rs}'.format(1)", "'{0!}'.format(1)", "'{0:}'.format(1)", "'{!r}'.format(S('q'))", "'{0.__class__.__name__}'.format(1)",
 "'{0[a]}'.format({'a': 1})", "'{0[1]}'.format({1: 'int'})", "'{0[1]}'.format({'1': 'str'})", "'{0[1}'.format([1])",
 "'{0]}'.format(1)", "'{0.}'.format(1)", "'{0..a}'.format(1)", "'{0[]}'.format(1)", "'{0[0]x}'.format([1])",
 "'{ }'.format(1)", "'{-1}'.format(1)", "'{ 0}'.format(1)", "'{99999999999999999999}'.format(1)",
 "'}}{{'.format()", "'{'.format()", "'{{'.format()", "'a}b'.format()", "'{0'.format(1)", "'{0:'.format(1)", "'{0!r'.format(1)",
 "'%s'.__mod__(1)", "'%(a)d' % {'a': '1'}", "'%*s' % (-5, 'x')", "'%.*s' % (-1, 'abc')", "'%5%'", "'%-05d' % 3",
 "'%#.3g' % 1", "'%#x' % 0", "'%.3x' % 5", "'%c' % 0x110000", "'%c' % -1", "'%(a)s' % []", "'%s' % [1]", "'%d' % [1]",
 "'%s %(a)s' % {'a': 1}", "'%(a)s %s' % {'a': 1}", "'%(a' % 1", "'%(a)' % {'a': 1}", "'%l' % 1", "'%ld' % 1", "'%lld' % 1",
 "'%.' % 1", "'%5.' % 1", "'%\\x00' % 1", "'%é' % 1", "'%' % ()", "'% ' % 1",
 "format(1, '%')", "format(1.0, 'd')", "format(1, 'z')", "format('a', 'zs')", "format(1, ',_')", "format(1, '.2')",
 "format(1.5, 'n')", "format(10**30, 'e')", "format(float('nan'), '08')", "format(float('-inf'), '+')",
 "format(1, '1000000000000000000000')", "format('a', '.1000000000000000000000')", "f'{1:{\"\"}}'", "f'{\"a\"!r:5}'",
 "'a'.__format__(1)", "object.__format__(1, '')", "format(object(), '')[:8]",
]
for t in tests:
    try:
        r = eval(t); print(t, "=>", repr(r))
    except Exception as e:
        print(t, "->", type(e).__name__, e)

tests = [
 "b'abc'.find(b'c', 2**70)", "b'abc'.index(98)", "b'abc'.count(b'')", "b'abc'.find(-1)", "b'abc'.find(2**70)", "b'abc'.find(1.5)",
 "b'a'.startswith((b'a', 'x'))", "b'abc'.endswith(b'c', -1)", "b'abc'.split(b'')", "b'a'.partition(b'')", "b'a,b'.split(b',', 0)",
 "b'a'.center(3, 1)", "b'a'.ljust(3, bytearray(b'-'))", "b'a'.zfill(3)", "b'-1'.zfill(4)", "b'abc'.strip(b'ac')", "b'abc'.strip('a')",
 "b'abc'.strip(None)", "b'abc'.lstrip(memoryview(b'a'))", "b'abc'.removeprefix(b'')", "b'ab'.replace(b'', b'-')",
 "b'ab'.replace(b'', b'-', 1)", "b'aaa'.replace(b'a', b'bb', -1)", "b'x'.join([])", "b'x'.join([b'a'])", "b'x'.join(5)",
 "b'x'.join(['a'])", "b'a\\rb\\r\\nc\\n'.splitlines(True)", "b'a\\x0bb'.splitlines()", "b'A1 b2'.title()", "b'aB'.capitalize()",
 "b''.isalpha()", "b'Ab'.istitle()", "b'a1'.islower()", "b'\\x80'.isascii()", "b'abc'.translate(b'x')", "bytes.maketrans(b'a', b'b')[97:99]",
 "bytes.maketrans('a', 'b')", "b'ab'.hex('')", "b'ab'.hex('::')", "b'ab'.hex(1)", "b''.hex(':')", "b'\\x01\\x02\\x03'.hex(':', 2)",
 "bytes.fromhex('0g')", "bytes.fromhex('1')", "bytes.fromhex('01 2')", "bytearray.fromhex('ff')", "bytes.fromhex(b'01')",
 "b'%s' % memoryview(b'mv')", "b'%c' % b'x'", "b'%c' % bytearray(b'y')", "b'%a' % b'x'", "b'%x' % 255.0", "b'%f' % 1",
 "b'%s' % bytearray(b'ba')", "b'%%%s' % b'a'", "b'%y' % 1", "b'%(a)s' % {'a': 1}", "bytearray(b'%s') % b'x'",
 "b'\\xff'.decode('latin-1')", "'é'.encode('utf-16')", "'é'.encode('utf-32')", "b'\\xff\\xfe\\xe9\\x00'.decode('utf-16')",
 "b'\\xfe\\xff\\x00\\xe9'.decode('utf-16')", "'😀'.encode('utf-16-be')", "b'\\xd8\\x3d\\xde\\x00'.decode('utf-16-be')",
 "b'\\x00'.decode('utf-16', 'ignore')", "'a'.encode('UTF_16_LE')", "b'\\x80abc'.decode('ascii', 'replace')",
 "b'ab'.decode(errors='ignore')", "str(b'\\xff', 'utf-8', 'replace')",
]
for t in tests:
    try:
        r = eval(t); print(t, "=>", repr(r))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
ba = bytearray(b'abc')
v = memoryview(ba)
for op in ["ba.append(1)", "ba.extend(b'')", "ba.pop()", "ba.clear()", "ba.__setitem__(slice(0,1), b'x')", "ba.__setitem__(slice(0,1), b'xy')", "ba.__delitem__(0)", "ba.__iadd__(b'x')", "ba.__imul__(1)", "ba.__imul__(2)", "ba.insert(0, 1)", "ba.remove(97)", "ba.reverse()"]:
    try:
        exec(op); print(op, "ok", ba)
    except Exception as e:
        print(op, "->", type(e).__name__, e)
w = v[1:]
v.release()
try:
    ba.append(1); print("after release", ba)
except BufferError as e:
    print("slice still exports:", e)
del w
ba.append(2); print(ba)
with memoryview(ba) as m:
    pass
ba.append(3); print(ba)
