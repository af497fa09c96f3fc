# re: deep nesting, long strings, heavy backtracking; must finish without exhausting the
# native stack (the engine keeps its backtracking state on the heap).
import re

n = 100_000
s = 'ab' * (n // 2)
m = re.match(r'(a|b)*', s)
print(m.span(), m.group(1))
m = re.match(r'(?:a|b)*c?', s)
print(m.span())
m = re.match(r'(a|b)*?$', s)
print(m.span(), m.group(1))
print(re.match(r'.*', 'x' * n).span())
print(re.match(r'(.)*', 'x' * n).span())
print(re.fullmatch(r'(?:x|y)+', 'x' * n + 'y').span())
print(re.search(r'(x+x+)+y', 'x' * 22) is None)
print(re.match(r'(a*)*b', 'a' * 20) is None)
print(re.match(r'(?:a+)+b', 'a' * 20) is None)
print(len(re.findall(r'\w+', 'word ' * 20000)))
print(len(re.split(r'\s', 'a b ' * 20000)))
print(len(re.sub(r'b', 'cc', 'ab' * 20000)))
print(re.search('needle', 'hay' * 30000 + 'needle').span())
print(re.search('abcabd', 'abcab' * 20000 + 'abcabd').span())
print(re.search('[0-9]x', 'a' * n + '7x').span())
u = 'ü' * n + 'end'
print(re.search(r'(?:ü|x)+end', u).span())
print(re.search(r'(?i)END', u).span())

# deep nesting of groups
depth = 90
pat = '(' * depth + 'a' + ')' * depth
m = re.match(pat, 'a')
print(m.span(), len(m.groups()), m.lastindex)
pat = '(?:' * depth + 'a' + ')*' * depth
print(re.match(pat, 'aaa').span())
pat = '(?:a|' * 50 + 'b' + ')' * 50
print(re.match(pat, 'b').span())

# many alternatives and a long lazy scan
words = ['w%d' % i for i in range(500)]
p = re.compile('|'.join(words))
print(p.search('xx w499 yy').group())
print(re.match(r'<(.*?)>', '<' + 'z' * n + '>').end())
print(re.match(r'(?:(a)|b)+', 'ab' * 10000).groups())
print(re.match(r'((?:a|b)c?)+d', 'ab' * 5000 + 'd').span())
print(re.match(r'(?>a|ab)*c', 'aab' * 1000 + 'c') is None)
print(re.match(r'(?:ab)++', 'ab' * 30000).span())
print(re.match(r'(a)(?:\1)*', 'a' * n).span())
