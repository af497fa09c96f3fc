# str details from test_unicode: sizeof, repeat identity, subclass formatting, ascii().
import sys, codecs

for ch in ("a", "\xe9", "\u20ac", "\U0010ffff"):
    print(repr(ch), sys.getsizeof(ch * 42), sys.getsizeof(ch))
print(sys.getsizeof(""))

a = "123abc1@"
print(a * 1 is a, 1 * a is a, a * 2 is a)
class S(str):
    def __str__(self):
        return "__str__ overridden"
s = S("xxx")
print("%s" % s, "{}".format(s), format(s), f"{s}")
print(type(s * 1).__name__)

class WithRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return self.v
r = ascii(WithRepr(S("<abc>")))
print(type(r).__name__, str.__str__(r))
print(ascii(WithRepr("\u20ac")), type(ascii(WithRepr(S("\u20ac")))).__name__)

# UTF-7
for t in ["A\u2262\u0391.", "Hi Mom -\u263a-!", "\u65E5\u672C\u8A9E", "+", "+-", r"\\\?",
          "++--", "\U000abcde", "/", "\uD801", "\uDC01x", "\uD801\U000abcde", "!\"#$%&*;<=>@[]^_`{|} ~\x00"]:
    b = t.encode("utf-7")
    print(ascii(t), b, ascii(b.decode("utf-7")))
for b in [b"+AG-", b"+AGE1-", b"\xff", b"+2AE", b"+@", b"+\xc1", b"+AGEx\xff"]:
    for e in ["strict", "replace", "ignore"]:
        try:
            print(b, e, ascii(b.decode("utf-7", e)))
        except UnicodeDecodeError as x:
            print(b, e, x)
print(codecs.utf_7_decode(b"a+AGE", "strict", False), codecs.utf_7_decode(b"+2AHab9ze", "strict", True))
