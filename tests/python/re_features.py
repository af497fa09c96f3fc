# re: lookarounds, backreferences, conditional groups, atomic groups and possessive
# quantifiers, IGNORECASE (with non-ASCII), MULTILINE/DOTALL/VERBOSE/ASCII, anchors and
# boundaries, Unicode categories, bytes patterns.
import re

def t(pat, s, flags=0, func='search'):
    try:
        m = getattr(re, func)(pat, s, flags)
    except re.error as e:
        print(repr(pat), 'error', e)
        return
    if m is None:
        print(repr(pat), repr(s), None)
    else:
        print(repr(pat), repr(s), m.span(), m.groups())

# lookarounds
t(r'foo(?=bar)', 'foobaz foobar')
t(r'foo(?!bar)', 'foobar foobaz')
t(r'(?<=\$)\d+', 'cost: $42')
t(r'(?<!\$)\b\d+', '$42 17')
t(r'(?<=ab|cd)x', 'cdx')
t(r'(?=(\w+))\w', 'abc')
t(r'(?!(a)b)\w+', 'ab ac')
t(r'(?<=(a))b', 'ab')
t(r'(?<=a)', 'xa')
t(r'(?<=a)b', 'b')
t(r'\w+(?<!ing)\b', 'going walked')

# backreferences
t(r'(\w+) \1', 'hello hello world')
t(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" \'x\'')
t(r'(a)|\1', 'x')
t(r'(a*)b\1', 'aabaa')
t(r'(?i)(ab)\1', 'abAB')
t(r'(?i)(ß)\1', 'ßẞ')
t(r'(a)(?:x|\1)+', 'aaaxa')
t(r'(?:(a)|b)\1', 'ba')

# conditional groups
t(r'(<)?(\w+)(?(1)>|$)', '<user>')
t(r'(<)?(\w+)(?(1)>|$)', 'user')
t(r'(<)?(\w+)(?(1)>|$)', '<user')
t(r'(?P<a>a)?(?(a)b|c)', 'c')
t(r'(a)?(?(1)b)', 'x')

# atomic groups and possessive quantifiers
t(r'(?>a+)b', 'aaab')
t(r'(?>a+)a', 'aaa')
t(r'(?>ab|a)c', 'ac')
t(r'a++a', 'aaa')
t(r'a*+b', 'aaab')
t(r'a?+a', 'a')
t(r'(?:ab)++c', 'ababc')
t(r'(?:ab)*+ab', 'abab')
t(r'(\w)++\d', 'ab1')
t(r'x{2,3}+x', 'xxxx')
t(r'(?:a|b){2}+', 'abab')
t(r'(?>(a)|b)*c', 'abac')
t(r'(?:ab)?+c', 'abc', func='fullmatch')
t(r'(?:ab){1,3}+c', 'abc', func='fullmatch')
t(r'(?>a*)', 'aaa', func='fullmatch')
t(r'([0-9]++(?:\.[0-9]+)*+)', '10.20.3', func='fullmatch')

# lazy quantifiers and repeats
t(r'<.*?>', '<a><b>')
t(r'<.+?>', '<><b>')
t(r'a{2,}?', 'aaaa')
t(r'a{,2}', 'aaaa')
t(r'(ab){2}', 'abababab')
t(r'(a|ab)(c|bcd)(d*)', 'abcd')
t(r'(a+|b+)*c', 'aabbac')
t(r'(a*)*b', 'aab')
t(r'(a*)+?b', 'aab')
t(r'(?:x*)*?y', 'xxy')
t(r'((a)|b)*', 'ab', func='match')
t(r'(a|b)*?c', 'abac')
t(r'(\d{1,3})(?:,(\d{3}))*', '1,234,567')
t(r'(?:(a)|(b))+', 'ab')
t(r'(?:(a)|b)*', 'ab')

# IGNORECASE
t(r'hello', 'HeLLo', re.I)
t(r'[a-z]+', 'ABCxyz', re.I)
t(r'[^a-z]+', 'ABC123', re.I)
t(r'straße', 'STRASSE straße STRAẞE', re.I)
t(r'ΣΑΣ', 'σας', re.I)
t(r'[σ]+', 'ΣσςϹ', re.I)
t(r'k', '\u212a', re.I)
t(r'[k]', '\u212a', re.I)
t(r'\u0130', 'i', re.I)
t(r'i', '\u0130', re.I)
t(r'[ǅ]', 'ǆ', re.I)
t(r'(?i)[\u00e0-\u00ff]+', 'ÀÉÎõü')
t(r'(?i)[\U00010400]', '\U00010428')
t(r'(?ia)k', '\u212a')
t(r'é', 'É', re.I | re.A)
t(r'[^x]', 'X', re.I)
t(r'(?i:A)b', 'aB ab')
t(r'a(?-i:B)', 'AB Ab', re.I)

# MULTILINE, DOTALL, VERBOSE, ASCII
t(r'^b$', 'a\nb\nc', re.M)
t(r'^b$', 'a\nb\nc')
t(r'a$', 'a\n')
t(r'a\Z', 'a\n')
t(r'\Aa', 'ba')
t(r'a.c', 'a\nc')
t(r'a.c', 'a\nc', re.S)
t(r'''(\d+)  # digits
       \s*  [.] # dot
       (\d+)''', '3 .14', re.X)
t(r'\w+', 'héllo', re.A)
t(r'\d+', '١٢٣ 123')
t(r'\d+', '١٢٣ 123', re.A)
t(r'\s+', '\x1c\u2003 x')
t(r'\s+', '\x1c\u2003 x', re.A)
print(re.findall(r'$', 'ab\n', re.M))
print(re.findall(r'(?m)$', 'a\nb\n'))

# boundaries
t(r'\bcat\b', 'concat cat')
t(r'\Bcat\B', 'concatenate')
t(r'\b', '')
t(r'\B', '')
t(r'\bé\b', 'café é')
t(r'\bé\b', 'café é', re.A)
t(r'x\b', 'xé')

# Unicode categories and ranges
t(r'\W+', 'abc, !déf')
t(r'[\d\s]+', 'ab 12 3c')
t(r'[^\W\d]+', '123abc456')
t(r'[\u0400-\u04ff]+', 'hello привет')
t(r'[😀-😂]+', 'x😁😀y')
t(r'[^\x00-\x7f]+', 'abc€ÿxyz')
t('[\u00e9\u0301]+', 'e\u0301é')
print(re.findall(r'\w', 'aé1_٣-ⅷ²'))
print(re.findall(r'\d', '1²٣ⅷ'))

# bytes patterns
def tb(pat, s, flags=0):
    m = re.search(pat, s, flags)
    print(pat, s, m and (m.span(), m.group(), m.groups()))
tb(rb'(\d+)-(\d+)', b'tel 12-34')
tb(rb'\w+', b'caf\xe9!')
tb(rb'[\x80-\xff]+', b'ab\xe9\xffc')
tb(rb'(?i)ABC', b'xabc')
tb(rb'(?i)\xe9', b'\xc9')
tb(rb'\s+', b'a \x1c\x0b b')
tb(rb'(?L)\w+', b'ab\xe9')
tb(rb'(?i)[a-c]+', b'xABCd')
tb(rb'(?i)(a)\1', b'aA')
tb(rb'.', bytearray(b'xy'))
print(re.search(rb'y', memoryview(b'xy')).span())
m = re.search(rb'(b)', bytearray(b'abc'))
print(m.group(), type(m.group()).__name__, m.string, m.group(1))
print(re.findall(rb'\bx\b', b'x x.x'))
