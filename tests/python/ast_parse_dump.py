# ast.parse + ast.dump(include_attributes=True) over every statement and expression kind.
import ast

SNIPPETS = [
    "x = 1",
    "x = y = (1, 2)",
    "a, *b = c",
    "x: int = 3",
    "x.y: 'str'",
    "(x): int",
    "x += 1; y -= 2; z @= w",
    "del a, b[0], c.d",
    "import os, sys as s",
    "from . import x",
    "from ..a.b import (c as d, e)",
    "from m import *",
    "global g\nnonlocal_ = 1",
    "def f():\n    nonlocal x\n    global y",
    "def f(a, /, b=1, *c, d, e=2, **f) -> int:\n    return a",
    "def f(*, a: int = 1, b): pass",
    "def g(*args: int, **kw: str): ...",
    "@dec\n@dec2(1)\ndef f(): pass",
    "@dec\nclass C(B, metaclass=M, **kw):\n    '''doc'''\n    x = 1",
    "class C: pass",
    "async def f():\n    await x\n    async for a in b:\n        pass\n    async with c as d, e:\n        pass\n    return [i async for i in j]",
    "for i in range(10):\n    break\nelse:\n    continue",
    "while x:\n    pass\nelse:\n    y",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    x\nelse:\n    y",
    "with open(f) as g, h:\n    pass",
    "with (a as b, c as d):\n    pass",
    "try:\n    pass\nexcept ValueError as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    x\nfinally:\n    y",
    "try:\n    pass\nexcept* TypeError as e:\n    pass\nexcept* (A, B):\n    pass",
    "raise X from Y",
    "raise",
    "assert x, 'msg'",
    "lambda: 0",
    "lambda a, b=2, *c, d=4, **e: a",
    "a if b else c",
    "a and b and c or d",
    "not a, -b, +c, ~d",
    "a + b - c * d / e // f % g ** h @ i << j >> k | l ^ m & n",
    "a < b <= c > d >= e == f != g is h is not i in j not in k",
    "{1: 2, **d, 3: 4}",
    "{1, 2, *s}",
    "[1, *l]",
    "()",
    "(1,)",
    "1,",
    "[x for x in y if x if not x for z in x]",
    "{x for x in y}",
    "{k: v for k, v in d.items()}",
    "(x for x in y)",
    "f(x for x in y)",
    "f(a, *b, c=1, **d)",
    "a.b.c(d)[e]",
    "a[1:2, ::3, 4:]",
    "a[b:c]",
    "a[...]",
    "(y := 10)",
    "[y := f(x), y**2]",
    "def gen():\n    yield\n    yield 1\n    x = yield from g()",
    "x = 1.5 + 2j + 0x10 + 0o7 + 0b1 + 1_000 + 10**100 + 1e10",
    "x = 123456789012345678901234567890",
    "True, False, None, ...",
    "b'bytes' b'more'",
    "u'unicode' 'str'",
    "'a' 'b' \"c\"",
    "'''triple\nquoted'''",
    "f'plain'",
    "f''",
    "f'{x}'",
    "f'a{x!r}b{y!s:>10}c{z!a}'",
    "f'{x:{w}.{p}f}'",
    "f'{x=}'",
    "f'{x = !s:>5}'",
    "'pre' f'{a}' 'post' f'{b:}'",
    "f'{{literal}} {x}'",
    "f'''{\nx\n}'''",
    "match x:\n    case 1:\n        pass\n    case -1 | 2 | 3.5:\n        pass\n    case None:\n        pass\n    case True:\n        pass",
    "match x:\n    case [a, *rest]:\n        pass\n    case (b, c):\n        pass\n    case [*_]:\n        pass\n    case d, e:\n        pass",
    "match x:\n    case {'k': v, **rest}:\n        pass\n    case {1: _}:\n        pass",
    "match x:\n    case Point(1, y=2) as p if p:\n        pass\n    case a.B():\n        pass\n    case _:\n        pass",
    "match x:\n    case 'a' 'b':\n        pass\n    case 1 + 2j:\n        pass\n    case (1 | 2) as z:\n        pass",
    "caf\u00e9 = '\u00e9t\u00e9'; x = caf\u00e9",
    "s = '\u65e5\u672c' + \u540d\u524d",
    "x = ('\u00e9', f'\u00e9{y}\u00e9')",
    "x = (\n    a +\n    b\n)",
    "foo(\n    1,\n    2,\n)",
    "x = [\n    1,\n    2\n]",
    "if (a and\n        b):\n    pass",
    "x = a \\\n    + b",
    "class A:\n    def m(self):\n        return super().m()\n\n    @property\n    def p(self): return 1",
    "def f():\n    # comment\n    pass  # trailing\n",
    "@a.b\n# comment\n\ndef f(): pass",
    "print(*a, sep='')",
    "x[1] = y.z = 2",
    "for (a, b) in c: pass",
    "for [a, b] in c: pass",
    "del (a, b)",
    "await_ = 1",
    "x = not (a == b)",
]

for src in SNIPPETS:
    print(repr(src))
    print(ast.dump(ast.parse(src), include_attributes=True))
    print()

print(ast.dump(ast.parse("x + 1", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1", mode="single"), include_attributes=True))
print(ast.dump(ast.parse("if x:\n    pass\n", mode="single")))
print(ast.dump(ast.parse("(int, str) -> List[int]", mode="func_type"), include_attributes=True))
print(ast.dump(ast.parse("() -> None", mode="func_type")))
print(ast.dump(compile("a.b", "<s>", "eval", ast.PyCF_ONLY_AST)))
print(ast.dump(ast.parse(b"x = '\xc3\xa9'"), include_attributes=True))
print(ast.dump(ast.parse("x = 1", type_comments=True)))
print(ast.dump(ast.parse("x", feature_version=(3, 8))))
print(ast.dump(ast.parse("def f(a, b=1, *c, d, **e): pass", "file.py"), indent=2))

# type: ignore comments, kept only with type_comments=True
for src in ['x = 1 # type: ignore', 'x=1 # type: ignore[a,b]', 'x=1\n#type:ignore  foo',
            'x=1 # type: ignore# y', 's = "# type: ignore"']:
    print(repr(src), ast.dump(ast.parse(src, type_comments=True)), ast.dump(ast.parse(src)))
