# The native _json accelerator: scanner, encoder and string helpers, their errors and
# positions, compared with CPython's C implementation.
import json
import _json
from collections import OrderedDict
from enum import IntEnum, Enum


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


print(json.scanner.make_scanner is _json.make_scanner, _json.make_scanner.__module__)
print(_json.scanstring.__module__, type(_json.make_encoder).__name__)

# Decoding: values, whitespace, numbers, constants, hooks.
show(json.loads, ' {"a": [1, 2.5, -3e2, 1E+2, 0, -0, true, false, null], "b": {}} ')
show(json.loads, '[NaN, Infinity, -Infinity]')
show(json.loads, '123456789012345678901234567890')
show(json.loads, '"caf\\u00e9 \\ud834\\udd20 \\ud834x \\n\\t\\"\\\\\\/"')
show(json.loads, '"z\\ud834\\u0079x"')
show(json.loads, '{"é": "ü", "k": [1, {"k": 2}]}')
show(json.loads, '[1, 2]', parse_int=str, parse_float=str)
show(json.loads, '[1.5, 2]', parse_float=lambda s: 'F' + s)
show(json.loads, '[NaN]', parse_constant=lambda s: 'C' + s)
show(json.loads, '{"a": 1, "b": 2}', object_pairs_hook=list)
show(json.loads, '{"a": 1}', object_hook=lambda d: sorted(d.items()))
show(json.loads, '{"a": {"b": 1}}', object_pairs_hook=OrderedDict)
show(json.loads, '"a\tb"', strict=False)
d = json.loads('[{"key": 1}, {"key": 2}]')
print(list(d[0])[0] is list(d[1])[0])

# Decoding errors and their positions.
for doc in ['', '[', '[1,', '[1,]', '{"a" 1}', '{"a": }', '{1: 2}', '{"a": 1,}',
            '[1 2]', '"abc', '"\\x"', '"\\u12"', '"\\u12zz"', '"\\ud834\\uzzzz"',
            '"a\nb"', 'nul', '-', '-x', '01', '1.', '1e', '[1] x', 'é"', '["é", x]',
            '{"é": 1 "b"}', '\ufeff[]']:
    try:
        json.loads(doc)
        print('ok', repr(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e.msg, e.pos, e.lineno, e.colno)

# The scanner object itself.
scan = _json.make_scanner(json.JSONDecoder())
print(scan('xx[1, "é", 2]', 2), scan('"é" 5', idx=4))
for args in [('[1]', 5), ('[1]', -1), (b'[1]', 0), ('x', 0)]:
    try:
        print(scan(*args))
    except StopIteration as e:
        print('StopIteration', e.value)
    except Exception as e:
        print(type(e).__name__, e)
print(scan.strict, scan.object_hook, scan.parse_int)
show(_json.make_scanner, 1)

# scanstring.
show(_json.scanstring, '"abc" rest', 1)
show(_json.scanstring, 'é"abé\\n"', 2)
show(_json.scanstring, '"a\x01b"', 1, False)
show(_json.scanstring, '"a\x01b"', 1)
show(_json.scanstring, '"abc"', 9)
show(_json.scanstring, b'"abc"', 1)

# String escaping.
for s in ['plain', 'q"b\\s/', '\x00\x1f\x7f\b\f\n\r\t', 'é€\U0001d120', '\ud834']:
    print(_json.encode_basestring_ascii(s), ascii(_json.encode_basestring(s)))
show(_json.encode_basestring_ascii, 1)

# Encoding.
class Color(IntEnum):
    RED = 1


class Shape(Enum):
    SQUARE = 'sq'


class F(float):
    def __repr__(self):
        return 'F!'


show(json.dumps, {'a': [1, 2.5, None, True, False, 'é'], 'b': (1, 2), 'c': {}, 'd': []})
show(json.dumps, {3: 1, 2.5: 2, True: 3, None: 4, Color.RED: Color.RED, 'x': F(1.5)})
show(json.dumps, ['é\ud834', {'é': 1}], ensure_ascii=False)
show(json.dumps, {'b': 1, 'a': 2}, sort_keys=True)
show(json.dumps, {'b': 1, 1: 2}, sort_keys=True)
show(json.dumps, {(1, 2): 3})
show(json.dumps, {(1, 2): 3, 'a': 1}, skipkeys=True)
show(json.dumps, [float('nan'), float('inf'), -float('inf')])
show(json.dumps, [float('nan')], allow_nan=False)
show(json.dumps, {float('inf'): 1})
show(json.dumps, [1, 2], separators=(',', ':'))
show(json.dumps, OrderedDict([('z', 1), ('a', 2)]))
show(json.dumps, Shape.SQUARE, default=lambda o: o.value)
show(json.dumps, object())
show(json.dumps, 10 ** 30)
a = []
a.append(a)
show(json.dumps, a)
d = {}
d['d'] = d
show(json.dumps, d)
show(json.dumps, [1], default=lambda o: o, check_circular=True)


class Loop:
    pass


show(json.dumps, Loop(), default=lambda o: [o])
enc = _json.make_encoder(None, str, lambda s: '<' + s + '>', None, '=', ';', False, False, True)
print(enc({'a': ['b', 1]}, 0))
enc = _json.make_encoder(None, str, lambda s: 1, None, '=', ';', False, False, True)
show(enc, 'x', 0)
show(_json.make_encoder, 1, None, None, None, ': ', ', ', False, False, False)
show(_json.make_encoder, None, None, None, None, b': ', ', ', False, False, False)
x = [object()] * 6


def shrink(o):
    del x[-1]


show(json.dumps, x, default=shrink)
