# Hand-made AST nodes, the class hierarchy, and ast.py's helpers over parsed trees.
import ast
import copy

# constructors
n = ast.Name('x', ast.Load())
print(ast.dump(n), n.id, type(n.ctx).__name__)
n = ast.Name(id='y', ctx=ast.Store(), lineno=3)
print(ast.dump(n, include_attributes=True))
for args, kw in [((1, 2, 3), {}), ((1,), {'id': 2})]:
    try:
        ast.Name(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)
try:
    ast.Return(1, 2)
except TypeError as e:
    print('TypeError:', e)
print(ast.Name(foo=1).foo)
try:
    ast.Name().id
except AttributeError as e:
    print('AttributeError:', e)
print(ast.Return().value, ast.Constant(1).kind, ast.arg('a').annotation)
print(ast.Name._fields, ast.Name.__match_args__, ast.expr._attributes)
print(ast.arguments._fields, ast.arguments._attributes, ast.Load._fields)
print(ast.AST._fields, ast.FunctionDef._fields, ast.ClassDef._fields)
print(ast.comprehension._fields, ast.ExceptHandler._fields, ast.match_case._fields)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

# hierarchy
for cls, base in [(ast.Name, ast.expr), (ast.If, ast.stmt), (ast.Load, ast.expr_context),
                  (ast.Add, ast.operator), (ast.And, ast.boolop), (ast.Not, ast.unaryop),
                  (ast.Eq, ast.cmpop), (ast.Module, ast.mod), (ast.MatchAs, ast.pattern),
                  (ast.ExceptHandler, ast.excepthandler), (ast.TypeIgnore, ast.type_ignore),
                  (ast.expr, ast.AST), (ast.Name, ast.stmt)]:
    print(cls.__name__, base.__name__, issubclass(cls, base))
print(repr(ast.Name), ast.Name.__module__, ast.Name.__mro__)
print(isinstance(ast.parse('1').body[0].value, ast.Constant))
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant('s'), ast.Str))
tree = ast.parse('a = b; c = d')
print(tree.body[0].targets[0].ctx is tree.body[1].targets[0].ctx)
print(ast.parse('x').body[0].value.ctx is ast.parse('y').body[0].value.ctx)

# match on nodes
match ast.parse('f(1)').body[0].value:
    case ast.Call(ast.Name(fn), [ast.Constant(v)]):
        print('matched', fn, v)

# walk / visitors
src = '''
def f(a, b=2):
    """Docstring here."""
    x = a + b
    return [i * x for i in range(3)]

class C:
    "class doc"
    def m(self):
        return f(1)
'''
tree = ast.parse(src)
print(sorted({type(n).__name__ for n in ast.walk(tree)}))
print(ast.get_docstring(tree.body[0], False), ast.get_docstring(tree.body[1], clean=False))
print(ast.get_docstring(tree, False))

class Names(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)
v = Names()
v.visit(tree)
print(v.names)

class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == 'x':
            return ast.copy_location(ast.Name('renamed', node.ctx), node)
        return node
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.Constant(node.value * 10)
        return node
t2 = ast.fix_missing_locations(Rename().visit(ast.parse(src)))
print(ast.unparse(t2))
ns = {}
exec(compile(t2, '<ast>', 'exec'), ns)
print(ns['f'](1), ns['C']().m())

# unparse round trips
for s in ['x = [a for a in b if a]', 'def g(*a, k=1, **kw) -> int:\n    return (yield)',
          'f"{x!r:>{w}}"', 'match p:\n    case [1, *r] | {"k": _}:\n        pass',
          'with a as b, c:\n    del d[1:2]', 'lambda x=1, *y: (x, y)', 'a if b else c',
          'async def h():\n    async with x:\n        await y']:
    u = ast.unparse(ast.parse(s))
    print(u)
    print(ast.dump(ast.parse(u)) == ast.dump(ast.parse(s)))

# literal_eval
print(ast.literal_eval("{'a': [1, 2.5, -3j], 'b': (True, None, b'x'), 'c': {1, 2}}"))
print(ast.literal_eval('1 + 2j'), ast.literal_eval('-5'))
try:
    ast.literal_eval('f(1)')
except ValueError as e:
    print('ValueError:', str(e).split(' at ')[0])

# locations
t = ast.parse('x = 1\ny = 2')
ast.increment_lineno(t, 5)
print([(n.lineno, n.end_lineno) for n in t.body])
e = ast.Expression(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))
ast.fix_missing_locations(e)
print(ast.dump(e, include_attributes=True))
print(eval(compile(e, '<e>', 'eval')))
seg = 'x = foo(a,\n        b)'
print(repr(ast.get_source_segment(seg, ast.parse(seg).body[0].value)))

# modes
print(ast.dump(ast.parse('1 + 2', mode='eval')))
print(ast.dump(ast.parse('x = 1', mode='single')))
print(ast.dump(ast.parse('(a, b) -> c', mode='func_type')))
print(type(compile('x', '<s>', 'exec', ast.PyCF_ONLY_AST)).__name__)
tree = ast.parse('y = 6 * 7')
code = compile(tree, '<tree>', 'exec')
ns = {}
exec(code, ns)
print(ns['y'])
try:
    compile(ast.parse('1', mode='eval'), '<x>', 'exec')
except TypeError as e:
    print('TypeError:', e)

# copy
t = ast.parse('a + b * c')
t3 = copy.deepcopy(t)
print(ast.dump(t3, include_attributes=True) == ast.dump(t, include_attributes=True))
t4 = copy.copy(t)
print(t4.body is t.body, type(t4).__name__)
print(ast.Name('x').__reduce__()[1:])
print(ast.dump(ast.parse('x'), indent=2))
