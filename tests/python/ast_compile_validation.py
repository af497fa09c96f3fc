# compile() of a hand-made tree rejects malformed trees with CPython's exception types
# and messages; ast.parse(feature_version=...) rejects newer syntax.
import ast

def attempt(tree, mode="exec"):
    ast.fix_missing_locations(tree)
    try:
        compile(tree, "<test>", mode)
        print("compiled")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

L, S = ast.Load(), ast.Store()
attempt(ast.Module([ast.Expr(ast.Name("x", S))], []))
attempt(ast.Expression(ast.Name("x", S)), "eval")
attempt(ast.Module([ast.Delete([])], []))
attempt(ast.Module([ast.Assign([ast.Name("x", L)], ast.Constant(3))], []))
attempt(ast.Module([ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, []), [], [], None)], []))
attempt(ast.Module([ast.Expr(ast.BoolOp(ast.And(), [ast.Name("x", L)]))], []))
attempt(ast.Module([ast.Expr(ast.Compare(ast.Name("x", L), [], []))], []))
attempt(ast.Module([ast.Expr(ast.Dict([], [ast.Name("x", L)]))], []))
attempt(ast.Module([ast.Raise(None, ast.Name("x", L))], []))
attempt(ast.Module([ast.Try([ast.Pass()], [], [], [])], []))
attempt(ast.Module([ast.ImportFrom("m", [ast.alias("x")], -1)], []))
attempt(ast.Module([ast.Expr(ast.Name("True", L))], []))
attempt(ast.Expression(ast.Constant([1])), "eval")
attempt(ast.Expression(ast.Constant((1, int))), "eval")
attempt(ast.Module([ast.Expr(ast.Name(42, L))], []))
attempt(ast.Module([ast.Expr(None)], []))
attempt(ast.Module([None], []))
attempt(ast.Module(ast.Pass(), []))
attempt(ast.Module([ast.Expr(ast.ListComp(ast.Name("x", L), []))], []))
m = ast.Module([ast.Match(ast.Name("x", L), [ast.match_case(ast.MatchOr([ast.MatchValue(ast.Constant(1))]), body=[ast.Pass()])])], [])
attempt(m)
m = ast.Module([ast.Match(ast.Name("x", L), [ast.match_case(ast.MatchAs(name="_"), body=[ast.Pass()])])], [])
attempt(m)
pos = dict(lineno=2, col_offset=3)
try:
    compile(ast.Module([ast.Expr(ast.expr(**pos), **pos)], []), "<test>", "exec")
except TypeError as e:
    print(str(e).split(" object at")[0])
t = ast.parse("a = 1")
t.body[0].lineno, t.body[0].end_lineno = 10, 1
try:
    compile(t, "<string>", "exec")
except ValueError as e:
    print(e)
t = ast.parse("x = 1 + 2")
ns = {}
exec(compile(t, "<t>", "exec"), ns)
print(ns["x"])
for src, ver in [("(x := 0)", (3, 7)), ("(x := 0)", (3, 8)), ("def f(a, /): pass", (3, 7))]:
    try:
        ast.parse(src, feature_version=ver)
        print(src, ver, "ok")
    except SyntaxError:
        print(src, ver, "SyntaxError")
print([c.__name__ for c in ast.expr.__subclasses__()][:5], ast.expr.__doc__.split("\n")[0])
class N(ast.Num):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.z = "spam"
n = N(42)
print(type(n).__name__, n.n, n.z, isinstance(n, ast.Num))
