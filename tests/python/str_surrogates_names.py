# Surrogate strs as attribute names and dict keys, and on stderr (backslashreplace).
import sys
s = '\udc80'
class O:
    pass
o = O()
setattr(o, s, 1)
setattr(o, 'x' + s, 2)
print(getattr(o, '\udc80'), hasattr(o, s), hasattr(o, 'x'), ascii(sorted(o.__dict__)), getattr(o, 'y' + s, 'default'))
delattr(o, s)
print(hasattr(o, s), ascii(list(vars(o))))
d = dict.fromkeys(['a', s, 'b' + s])
print(ascii(d), s in d, ('b' + s) in d, ascii(list(d)))
print(ascii(str(ValueError(s))), ascii(repr(KeyError(s))))
try:
    __import__('mod' + s)
except ImportError as e:
    print(type(e).__name__, ascii(str(e)), ascii(e.name))
class W:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
w = W()
print('a', s, 5, file=w)
print(ascii(w.parts))
print('to stderr', s, file=sys.stderr)
sys.stderr.write('err ' + s + '\n')
raise ValueError('bad ' + s)
