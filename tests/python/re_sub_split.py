# re: sub/subn with templates and callables, count, split with groups, findall shapes,
# finditer, scanner.
import re

print(re.sub(r'(\w+)@(\w+)\.com', r'\2 at \1', 'joe@example.com, ann@site.com'))
print(re.sub(r'(?P<word>\w+)', r'<\g<word>>', 'a bc def'))
print(re.sub(r'(a)(b)?', r'[\1|\2]', 'ab a'))
print(re.sub(r'x', r'\n\t\\', 'axb'))
print(re.sub(r'(x)', r'\g<1>0\g<0>', 'axb'))
print(re.sub('a', 'b', 'aaaa', count=2), re.sub('a', 'b', 'aaaa', 0))
print(re.subn('a', 'b', 'aaaa'), re.subn('z', 'b', 'aaaa'), re.subn('a', 'b', 'aaaa', count=-1))
print(re.sub('', '-', 'abc'))
print(re.sub('x*', '-', 'abxd'))
print(re.sub(r'\b', '|', 'hi there'))
print(re.sub('(?m)^', '> ', 'line1\nline2\n'))
print(re.sub('a|(b)', lambda m: m.group(1) or 'A', 'abcab'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333'))
print(re.subn(r'\s+', ' ', '  a   b \t c  '))
print(re.sub('b', lambda m: None if False else '', 'abc'))
print(re.compile('o').sub('0', 'foo boo', 1))
print(re.sub(b'a(.)', rb'<\1>', b'abacad'))
print(re.sub(b'x', b'y', bytearray(b'axbx')))
print(re.sub('é', 'e', 'café crème éé'))
print(re.sub(r'(?i)straSSe', 'X', 'Straße strasse STRASSE'))
print(re.compile('a').sub(repl='b', string='aa', count=1))

def repl(m):
    return '%s@%d' % (m.group(), m.start())
print(re.sub(r'[aeiou]', repl, 'education'))

# split
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=-1))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)?', '...words, words...'))
print(re.split(r'x*', 'axbc'))
print(re.split(r'', 'abc'))
print(re.split(r'(a)|(b)', 'xaybz'))
print(re.split(r'\b', 'a b'))
print(re.split(b',', b'a,b,,c'))
print(re.split('(?=b)', 'abab'))

# findall shapes
print(re.findall(r'\d', 'a1b2c3'))
print(re.findall(r'(\d)', 'a1b2c3'))
print(re.findall(r'(\w)(\d)', 'a1b2c3'))
print(re.findall(r'(\w)(\d)?', 'a1bc3'))
print(re.findall(r'', 'ab'))
print(re.findall(r'a*', 'baaac'))
print(re.findall(r'\b\w', 'hello big world'))
print(re.compile(r'\w+').findall('one two three', 4, 11))
print(re.findall(b'[0-9]+', b'12 ab 345'))
print(re.findall(r'(?:ab)+', 'ababxab'))

# finditer and scanner
for m in re.finditer(r'(\w)(\w)?', 'abc de'):
    print(m.span(), m.groups(), m.pos, m.endpos)
print([m.span() for m in re.finditer(r'\d*', 'a12b')])
print(type(re.finditer('a', 'a')).__name__)
it = re.compile('a').finditer('banana', 2, 5)
print([m.span() for m in it])
s = re.compile(r'\d+|[a-z]+').scanner('abc123def')
print(s.match(), s.match(), s.match(), s.match(), s.match())
s = re.compile(r'\d+').scanner('ab12cd345')
print(s.search(), s.search(), s.search(), s.pattern)
print(type(s).__name__)

# re.Scanner (lexicon) uses the scanner protocol and lastindex
scanner = re.Scanner([
    (r'[a-z]+', lambda s, t: ('IDENT', t)),
    (r'\d+', lambda s, t: ('NUM', int(t))),
    (r'\s+', None),
    (r'[=+]', lambda s, t: ('OP', t)),
])
print(scanner.scan('x = 12 + foo ?'))

# escape, purge, template errors
print(re.escape('a.b*c? (1+2) [x] {3} \\ ^$|'))
print(re.escape(b'a.b'))
for t in [r'\3', r'\g<x>', r'\g<0', r'\g<-1>']:
    try:
        print(re.sub('(a)', t, 'a'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 5, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub(b'a', 'x', b'a')
except TypeError as e:
    print('TypeError', e)
