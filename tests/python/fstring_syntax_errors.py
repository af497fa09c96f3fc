# f-string and string-literal syntax errors carry CPython 3.11's messages.
import types

cases = [
    "f'}'", "f'{'", "f'{{}'", "f'{a}}'", "f'{}'", "f'{ }'", "f'{!r}'", "f'{:x}'",
    "f'{=}'", "f'{x!}'", "f'{x!z}'", "f'{x!r }'", "f'{3!s:'", "f'{x:{y:{z}}}'",
    "f'{a $ b}'", "f'{lambda x:x}'", "f'{,}'", "f'{*a}'", "f'{**a}'",
    r"f'{\'a\'}'", r"f'{\t3}'", "f'{a#}'", "f'{\"x'", "f'{a(4]}'", "f'{a[4)}'",
    "f'{3)+(4}'", "f'{((}'", "f'{\n}'", "f'{\xa0}'", "\xa0",
    r"'\N'", r"'\N{'", r"'\N{foo}bar'", r"'\x1g'", r"'\u12'", r"'\U00110000'",
    r"'é\x1'", r"f'ab{x}cd\N'", r"b'\x1'", "b'é'", "'a' b'b'", "b'a' f'b'",
    "x = (1,\n 'a'\n b'c')",
]
for s in cases:
    for mode in ("exec", "eval"):
        try:
            compile(s, "<s>", mode)
            print(repr(s), mode, "compiled")
        except SyntaxError as e:
            print(repr(s), mode, e.msg, e.lineno)

# Valid f-strings still work.
x, y = 42, "ab"
print(f"{x!r:>5}|{y=}|{x:{'^'}{6}}|{x!=y}|{x>3}|{'{'}|{{}}")
print(f'{"nested"}' f"{f'{x}'}" rf"\{x}" fr'\N{{x}}')

# Extended slices with extreme steps and bounds.
s = "0123456789" * 6 + "ab"
for step in (2**63 - 1, -2**63 + 1, 2**63, -2**63, 2**100, -2**100):
    print(repr(s[::step]), repr(s[5::step]), repr(s[-2**70:2**70:step]))

# types.MethodType binds any callable.
class C:
    pass
c = C()
m = types.MethodType(lambda self, v: (type(self).__name__, v), c)
print(m(1), m.__self__ is c)
for args in [(), (len,), (1, 2), (len, None)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)
