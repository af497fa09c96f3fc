# Argument errors of str/bytes/bytearray methods: arity messages in CPython's three styles,
# keyword errors, argument type errors and their exception types.
tests = ["'a'.split(1)", "'a'.strip(1)", "'a'.find(1)", "'a'.count(1)", "'a'.replace(1,'x')", "'a'.replace('a',1)", "'a'.partition(1)",
"'a'.center(5,1)", "'a'.center('x')", "'a'.removeprefix(1)", "'a'.zfill('x')", "'a'.join(5)", "'a'.startswith(1)", "'a'.startswith((1,))",
"str.maketrans(1)", "str.maketrans('a',1)", "str.maketrans({1.5:1})", "'a'.translate({97:1.5})", "'a'.translate({97:-1})", "'a'.expandtabs('x')",
"'a'.find('a', 'x')", "'a'.splitlines(1.5)", "'a'.index('b')", "b'a'.index(b'b')", "b'a'.rindex(b'b')", "b'a'.find('a')", "b'a'.split('a')", "b'a'.strip('a')",
"b'a'.center(3, 'x')", "b'a'.center(3, b'xy')", "b'a'.replace('a', b'')", "b'a'.join([1])", "b'a'.startswith('a')", "b'a'.count(300)", "b'a'.translate(b'x')",
"bytes.maketrans(b'a', b'bc')", "b'a'.partition('a')", "'%d' % 'x'", "'a'.encode(1)", "bytearray(b'a').remove(300)", "bytearray(b'a').insert(0, 300)", "'a'.strip(None, 1)",
"'{0:{1:{2}}}'.format(1,2,3)", "format(1, 'Z')", "'a'.ljust()", "'a'.removesuffix()", "'a'.splitlines(x=1)", "'a'.split(maxsplit='x')", "b'a'.hex(1)", "b'a'.hex('xx')", "bytes.fromhex(1)","'a'.title(1)"]
for t in tests:
    try:
        r = eval(t); print(t, "=>", repr(r))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
tests = ["'abc'.split(sep='b', maxsplit=1)", "'abc'.split('b', 1, 2)", "'a'.strip(chars='a')", "'a'.splitlines(keepends=True)", "'a\\nb'.splitlines(2)",
 "'abc'.find()", "'abc'.find('a', 1, 2, 3)", "'abc'.find(sub='a')", "'a'.replace('a')", "'a'.center()", "'a'.center(1, 'x', 3)",
 "'a'.expandtabs(tabsize=2)", "'a'.expandtabs(2**40)", "'a'.zfill()", "'a'.partition()", "'a'.join()", "'a'.format_map()",
 "'a'.upper(1)", "'a'.isdigit(1)", "'a'.translate()", "str.maketrans()", "str.maketrans('a','b','c','d')", "'a'.count('a', None, None)",
 "'a'.encode('utf-8', 'strict')", "'%s' % {'a': 1}", "'%s %s' % ('a',)", "'a'.index('a', 'x')", "'x'.startswith('x', 1.5)",
 "'abc'[1:].find('c')", "'ab'.rfind('')", "'ab'.rfind('', 5)", "'ab'.rindex('', 0, 1)", "'abc'.count('', 5)", "'abc'.count('', -100, 100)",
 "bytearray(b'x').strip()", "bytearray(b'abc').find(b'b')", "bytearray(b'abc') % ()", "bytearray(b'a').hex()"]
for t in tests:
    try:
        r = eval(t); print(t, "=>", repr(r))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
for t in ["b'a'.translate()", "b'a'.translate(table=None)", "b'a'.translate(None, delete=b'a')", "'a'.encode(x=1)", "b'a'.decode(x=1)", "b'a'.hex(x=1)", "str(x=1)", "bytes(x=1)", "bytearray(x=1)", "'a b'.split(maxsplit=1, sep=' ')", "'a'.split(' ', sep=' ')", "'a'.splitlines(1, 2)", "b'ab'.hex(sep=':', bytes_per_sep=1)"]:
    try: print(t, repr(eval(t)))
    except Exception as e: print(t, '->', type(e).__name__, e)
