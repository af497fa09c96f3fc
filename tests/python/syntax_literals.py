# Literals: numbers, strings, bytes, escapes, implicit concatenation, containers.
print(0b1010, 0o17, 0xFF, 0XfF, 1_000_000, 0b_1_0, 0x_dead_beef)
print(1e3, 1E-3, 1.5e+2, .5, 5., 1_0.0_1, 0e0, 1e309, -1e309)
print(3j, 1.5j, 1e2j, 0j, 10_0j)
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0)
print('single', "double", '''triple''', """triple2""")
print('it\'s', "say \"hi\"", 'tab\there', 'back\\slash')
print(repr('\a\b\f\n\r\t\v\0'), repr('\x41\101\u00e9\U0001F600'))
print('\N{GREEK SMALL LETTER ALPHA}\N{LATIN CAPITAL LETTER A WITH GRAVE}', len('\N{SNOWMAN}'))
print(r'raw\n\t', R"raw\x41", rb'\x00', Rb"\n")
print(b'bytes\x00\xff', B"\101\x42", b'\n\t\\')
print("con" "cat" 'en' """ation""")
print(("paren"
       "thesized"
       " continuation"))
print(b"by" b"tes")
long = "line one \
continued"
print(long)
print("""first
second
    indented""")
print(repr("""a\
b"""))
print([], [1], [1, 2,], (), (1,), (1, 2,), {}, {1}, {1: 2,})
print(type(()), type((1)), type((1,)), type({}), type({1}))
print(..., Ellipsis, ... is Ellipsis, None, True, False)
print(True + 1, False * 10, True == 1, type(True))
print(0o777 == 511, 0b11111111 == 0xff == 255)
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2)
print(1_000.000_1, 0x1_0, 0o1_0, 0b1_0)
print(repr(''), repr(""), repr("'"), repr('"'), repr('\'"'))
print(repr('\x7f\x80\xa0\xad'), repr('\u2028'), repr('\ud800'))
print("\u00e9" == "\xe9" == "é", "e\u0301" == "é")
print(len("\U0010ffff"), ord("\U0010ffff"), hex(ord("😀")))
print(255 == 0xff, 1 == 1.0 == 1 + 0j)
print(00, 0_0, int("00"))
x = 1 if True else 2
print(x)
print([1, 2][1], "abc"[1], (5, 6)[0], {"k": "v"}["k"])
print(type(1e0).__name__, type(1j).__name__, type(10**100).__name__)
print(1 if 0x10 else 2, 0xa + 0o10 + 0b10)
