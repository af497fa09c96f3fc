# Exception attribute rules: undeletable chaining attributes, unicode error str()
# from the current attributes, SyntaxError details validation and caret display.
import sys
import io

for name in ["__cause__", "__context__", "__suppress_context__"]:
    try:
        delattr(Exception(), name)
    except TypeError as e:
        print(name, "TypeError", e)

u = UnicodeEncodeError('baz', 'xxxxx', 1, 5, 'foo')
print(u)
u.end = 2
print(u)
u.end = 5
u.reason = 0x345345345345345345
u.encoding = 4000
u.start = 1000
print(u)
u = UnicodeDecodeError('baz', bytearray(b'\xffx'), 0, 1, 'foo')
print(u, repr(u.object))
u = UnicodeTranslateError('xxxx', 1, 5, 'foo')
print(u, u.encoding)
u.end = 2
print(u)
for k in UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError:
    print(repr(str(k.__new__(k))))

for args in [("f", 1, 2), ("f", 1, 2, 3, 4, 5, 6), ("f", 1, 2, "x", 1)]:
    try:
        SyntaxError("m", args)
    except TypeError as e:
        print("TypeError", e)
print(SyntaxError("m", ("f", 1, 2, "abc")).text)

for args in [("bad.py", 1, 2, "abcdefg", 1, 7), ("bad.py", 1, -4, "abcdefg", 1, -2),
             ("bad.py", 1, 0, "abcdefg", 1, 5), ("bad.py", 1, 2, "abcdefg", 1, 100)]:
    try:
        raise SyntaxError("bad bad", args)
    except SyntaxError:
        old = sys.stderr
        sys.stderr = buf = io.StringIO()
        try:
            sys.__excepthook__(*sys.exc_info())
        finally:
            sys.stderr = old
        print(buf.getvalue().split("\n", 3)[-1])
