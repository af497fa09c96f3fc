# SyntaxError from ast.parse: type, msg, lineno, offset; and what only the compiler rejects.
import ast

BAD = [
    "x = ",
    "def f(:\n    pass",
    "1 = x",
    "f() = 1",
    "if x\n    pass",
    "for x in y:\npass",
    "x = (1, 2",
    "a b",
    "del f()",
    "lambda: (yield)) ",
    "'unterminated",
    "x = 1 +",
    "class C(:\n  pass",
    "import",
    "from x import",
    "f(**a, *b)",
    "def f(a=1, b): pass",
    "print 'hello'",
]
for src in BAD:
    try:
        ast.parse(src)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset)
    else:
        print(repr(src), 'parsed')

for mode, src in [('eval', 'x = 1'), ('eval', ' x'), ('single', 'x = 1\ny = 2'),
                  ('single', 'x = 1; y = 2'), ('single', 'if x:\n  pass\nz=1\n')]:
    try:
        ast.parse(src, mode=mode)
    except SyntaxError as e:
        print(mode, repr(src), type(e).__name__, e.msg, e.lineno, e.offset, repr((e.text or "").rstrip()))
    else:
        print(mode, repr(src), 'parsed')

# Errors of the compiler, not the parser: ast.parse accepts these.
for src in ["return 1", "break", "def f():\n    nonlocal x",
            "yield 1", "await x", "x = 1\nglobal x", "def f(a, a): pass",
            "async def f():\n    yield from x"]:
    try:
        ast.parse(src)
        print(repr(src), 'parsed')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)
    try:
        compile(src, '<s>', 'exec')
        print('  compiled')
    except SyntaxError as e:
        print('  compile:', type(e).__name__, e.msg, e.lineno)

try:
    ast.parse('x', mode='bogus')
except ValueError as e:
    print('ValueError:', e)
