"""Checks a tree handed to compile() the way CPython 3.11 does before compiling it.

Two passes, in CPython's order:
1. `check_structure`: what Python-ast.c's obj2ast conversion rejects, from each node
   class's ASDL signature (its docstring in `_ast`): missing required fields and
   attributes, non-list sequences, values of the wrong kind, required fields left None.
2. `validate_mod`: Python/ast.c's validator: expression contexts, empty bodies and
   sequences, argument and comparison shapes, constants, patterns.

Both raise CPython's exception types with its messages. `run(tree, ns)` is the entry
point; `ns` is the `_ast` namespace.
"""

_CTX = {'Load': 'Load', 'Store': 'Store', 'Del': 'Del'}
_SUM_TYPES = ('mod', 'stmt', 'expr', 'expr_context', 'boolop', 'operator', 'unaryop',
              'cmpop', 'excepthandler', 'pattern', 'type_ignore')
_PRODUCT_TYPES = ('arguments', 'arg', 'keyword', 'alias', 'withitem', 'comprehension',
                  'match_case')
_ATTRIBUTES = {'stmt': True, 'expr': True, 'excepthandler': True, 'pattern': True,
               'arg': True, 'keyword': True, 'alias': True}


def run(tree, ns):
    _Checker(ns).node(tree, 'mod')
    validate_mod(tree, ns)


class _Checker:
    """Pass 1: Python-ast.c's obj2ast checks."""

    def __init__(self, ns):
        self.ns = ns
        self.signatures = {}

    def ast_class(self, node):
        for cls in type(node).__mro__:
            if self.ns.get(cls.__name__) is cls:
                return cls
        return None

    def signature(self, cls):
        sig = self.signatures.get(cls)
        if sig is None:
            doc = cls.__doc__ or ''
            head = doc.split('\n')[0]
            if '=' in head:
                head = head.split('=', 1)[1].strip()
            fields = []
            if '(' in head:
                inner = head[head.index('(') + 1:head.rindex(')')]
                for part in inner.split(','):
                    part = part.strip()
                    if not part:
                        continue
                    typ, name = part.split()
                    qual = typ[-1] if typ[-1] in '*?' else ''
                    fields.append((typ.rstrip('*?'), qual, name))
            sig = self.signatures[cls] = fields
        return sig

    def expect(self, value, kind):
        """Checks `value` is a node of ASDL type `kind` (a sum or product type)."""
        base = self.ns.get(kind)
        if base is None or not isinstance(value, base):
            raise TypeError(f"expected some sort of {kind}, but got {value!r}")

    def node(self, value, kind):
        if value is None:
            return
        self.expect(value, kind)
        cls = self.ast_class(value)
        head = (cls.__doc__ or '').split('\n')[0]
        if '=' in head:
            # An instance of the abstract sum type itself (`ast.expr()`).
            raise TypeError(f"expected some sort of {kind}, but got {value!r}")
        name = cls.__name__
        # Sum types read their position attributes first, product types last.
        if kind in _ATTRIBUTES and kind in _SUM_TYPES:
            self.positions(value, kind)
        for typ, qual, field in self.signature(cls):
            missing = object()
            v = getattr(value, field, missing)
            if v is missing:
                if qual == '?':
                    continue
                raise TypeError(f'required field "{field}" missing from {name}')
            if qual == '*':
                if not isinstance(v, list):
                    raise TypeError(f'{name} field "{field}" must be a list, '
                                    f'not a {type(v).__name__}')
                for item in v:
                    self.value(item, typ, name, field)
                continue
            self.value(v, typ, name, field)
            if v is None and qual != '?' and typ != 'constant':
                raise ValueError(f"field '{field}' is required for {name}")
        if kind in _ATTRIBUTES and kind not in _SUM_TYPES:
            self.positions(value, kind)

    def positions(self, value, kind):
        for attr in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
            missing = object()
            v = getattr(value, attr, missing)
            if v is missing or (v is None and attr.startswith('end_')):
                if attr.startswith('end_'):
                    continue
                raise TypeError(f'required field "{attr}" missing from {kind}')
            if not isinstance(v, int):
                raise ValueError(f"invalid integer value: {v!r}")

    def value(self, v, typ, owner, field):
        if typ in ('identifier', 'string'):
            if v is not None and type(v) is not str:
                raise TypeError(f"AST {typ} must be of type str")
        elif typ == 'int':
            if v is not None and not isinstance(v, int):
                raise ValueError(f"invalid integer value: {v!r}")
        elif typ == 'constant':
            pass
        elif v is not None:
            self.node(v, typ)


# Pass 2: Python/ast.c's validator.

def _kind(node):
    return type(node).__name__


def _ctx_name(ctx):
    for cls in type(ctx).__mro__:
        if cls.__name__ in _CTX:
            return cls.__name__
    return _kind(ctx)


def validate_mod(mod, ns):
    v = _Validator(ns)
    k = v.base(mod)
    if k == 'Module' or k == 'Interactive':
        v.stmts(mod.body)
    elif k == 'Expression':
        v.expr(mod.body, 'Load')
    elif k == 'FunctionType':
        v.exprs(mod.argtypes, 'Load', False)
        v.expr(mod.returns, 'Load')


class _Validator:
    def __init__(self, ns):
        self.ns = ns

    def base(self, node):
        for cls in type(node).__mro__:
            if self.ns.get(cls.__name__) is cls:
                return cls.__name__
        return _kind(node)

    def nonempty(self, seq, what, owner):
        if not seq:
            raise ValueError(f"empty {what} on {owner}")

    def body(self, stmts, owner):
        self.nonempty(stmts, 'body', owner)
        self.stmts(stmts)

    def stmts(self, stmts):
        for s in stmts:
            if s is None:
                raise ValueError("None disallowed in statement list")
            self.stmt(s)

    def exprs(self, exprs, ctx, null_ok):
        for e in exprs:
            if e is None:
                if not null_ok:
                    raise ValueError("None disallowed in expression list")
                continue
            self.expr(e, ctx)

    def opt(self, e, ctx='Load'):
        if e is not None:
            self.expr(e, ctx)

    def name(self, ident):
        if ident in ('None', 'True', 'False'):
            raise ValueError(f"identifier field can't represent '{ident}' constant")

    def arguments(self, a):
        for arg in a.posonlyargs + a.args:
            self.opt(arg.annotation)
        if a.vararg is not None:
            self.opt(a.vararg.annotation)
        for arg in a.kwonlyargs:
            self.opt(arg.annotation)
        if a.kwarg is not None:
            self.opt(a.kwarg.annotation)
        if len(a.defaults) > len(a.posonlyargs) + len(a.args):
            raise ValueError("more positional defaults than args on arguments")
        if len(a.kw_defaults) != len(a.kwonlyargs):
            raise ValueError("length of kwonlyargs is not the same as kw_defaults on arguments")
        self.exprs(a.defaults, 'Load', False)
        self.exprs(a.kw_defaults, 'Load', True)

    def keywords(self, kws):
        for kw in kws:
            self.expr(kw.value, 'Load')

    def stmt(self, s):
        _check_positions(s)
        k = self.base(s)
        if k in ('FunctionDef', 'AsyncFunctionDef'):
            self.body(s.body, k)
            self.arguments(s.args)
            self.exprs(s.decorator_list, 'Load', False)
            self.opt(s.returns)
        elif k == 'ClassDef':
            self.body(s.body, 'ClassDef')
            self.exprs(s.bases, 'Load', False)
            self.keywords(s.keywords)
            self.exprs(s.decorator_list, 'Load', False)
        elif k == 'Return':
            self.opt(s.value)
        elif k == 'Delete':
            self.nonempty(s.targets, 'targets', 'Delete')
            self.exprs(s.targets, 'Del', False)
        elif k == 'Assign':
            self.nonempty(s.targets, 'targets', 'Assign')
            self.exprs(s.targets, 'Store', False)
            self.expr(s.value, 'Load')
        elif k == 'AugAssign':
            self.expr(s.target, 'Store')
            self.expr(s.value, 'Load')
        elif k == 'AnnAssign':
            if s.simple and self.base(s.target) != 'Name':
                raise TypeError("AnnAssign with simple non-Name target")
            self.expr(s.target, 'Store')
            self.opt(s.value)
            self.expr(s.annotation, 'Load')
        elif k in ('For', 'AsyncFor'):
            self.expr(s.target, 'Store')
            self.expr(s.iter, 'Load')
            self.body(s.body, k)
            self.stmts(s.orelse)
        elif k == 'While':
            self.expr(s.test, 'Load')
            self.body(s.body, 'While')
            self.stmts(s.orelse)
        elif k == 'If':
            self.expr(s.test, 'Load')
            self.body(s.body, 'If')
            self.stmts(s.orelse)
        elif k in ('With', 'AsyncWith'):
            self.nonempty(s.items, 'items', k)
            for item in s.items:
                self.expr(item.context_expr, 'Load')
                self.opt(item.optional_vars, 'Store')
            self.body(s.body, k)
        elif k == 'Match':
            self.expr(s.subject, 'Load')
            self.nonempty(s.cases, 'cases', 'Match')
            for case in s.cases:
                self.pattern(case.pattern, False)
                self.opt(case.guard)
                self.body(case.body, 'match_case')
        elif k == 'Raise':
            if s.exc is not None:
                self.expr(s.exc, 'Load')
                self.opt(s.cause)
            elif s.cause is not None:
                raise ValueError("Raise with cause but no exception")
        elif k in ('Try', 'TryStar'):
            self.body(s.body, k)
            if not s.handlers and not s.finalbody:
                raise ValueError(f"{k} has neither except handlers nor finalbody")
            if not s.handlers and s.orelse:
                raise ValueError(f"{k} has orelse but no except handlers")
            for h in s.handlers:
                self.opt(h.type)
                self.body(h.body, 'ExceptHandler')
            self.stmts(s.finalbody)
            self.stmts(s.orelse)
        elif k == 'Assert':
            self.expr(s.test, 'Load')
            self.opt(s.msg)
        elif k == 'Import':
            self.nonempty(s.names, 'names', 'Import')
        elif k == 'ImportFrom':
            if s.level is not None and s.level < 0:
                raise ValueError("Negative ImportFrom level")
            self.nonempty(s.names, 'names', 'ImportFrom')
        elif k in ('Global', 'Nonlocal'):
            self.nonempty(s.names, 'names', k)
        elif k == 'Expr':
            self.expr(s.value, 'Load')

    def comprehension(self, gens):
        if not gens:
            raise ValueError("comprehension with no generators")
        for g in gens:
            self.expr(g.target, 'Store')
            self.expr(g.iter, 'Load')
            self.exprs(g.ifs, 'Load', False)

    def expr(self, e, ctx):
        _check_positions(e)
        k = self.base(e)
        if k in ('Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple'):
            actual = _ctx_name(e.ctx)
            if actual != ctx:
                raise ValueError(f"expression must have {ctx} context but has {actual} instead")
        elif ctx != 'Load':
            raise ValueError(f"expression which can't be assigned to in {ctx} context")
        if k == 'BoolOp':
            if len(e.values) < 2:
                raise ValueError("BoolOp with less than 2 values")
            self.exprs(e.values, 'Load', False)
        elif k == 'BinOp':
            self.expr(e.left, 'Load')
            self.expr(e.right, 'Load')
        elif k == 'UnaryOp':
            self.expr(e.operand, 'Load')
        elif k == 'Lambda':
            self.arguments(e.args)
            self.expr(e.body, 'Load')
        elif k == 'IfExp':
            self.expr(e.test, 'Load')
            self.expr(e.body, 'Load')
            self.expr(e.orelse, 'Load')
        elif k == 'Dict':
            if len(e.keys) != len(e.values):
                raise ValueError("Dict doesn't have the same number of keys as values")
            self.exprs(e.keys, 'Load', True)
            self.exprs(e.values, 'Load', False)
        elif k == 'Set':
            self.exprs(e.elts, 'Load', False)
        elif k in ('ListComp', 'SetComp', 'GeneratorExp'):
            self.comprehension(e.generators)
            self.expr(e.elt, 'Load')
        elif k == 'DictComp':
            self.comprehension(e.generators)
            self.expr(e.key, 'Load')
            self.expr(e.value, 'Load')
        elif k == 'Yield':
            self.opt(e.value)
        elif k in ('YieldFrom', 'Await'):
            self.expr(e.value, 'Load')
        elif k == 'Compare':
            if not e.comparators:
                raise ValueError("Compare with no comparators")
            if len(e.comparators) != len(e.ops):
                raise ValueError("Compare has a different number of comparators and operands")
            self.exprs(e.comparators, 'Load', False)
            self.expr(e.left, 'Load')
        elif k == 'Call':
            self.expr(e.func, 'Load')
            self.exprs(e.args, 'Load', False)
            self.keywords(e.keywords)
        elif k == 'Constant':
            bad = _invalid_constant(e.value)
            if bad is not None:
                raise TypeError(f"got an invalid type in Constant: {type(bad[0]).__name__}")
        elif k == 'JoinedStr':
            self.exprs(e.values, 'Load', False)
        elif k == 'FormattedValue':
            self.expr(e.value, 'Load')
            self.opt(e.format_spec)
        elif k == 'Attribute':
            self.expr(e.value, 'Load')
        elif k == 'Subscript':
            self.expr(e.slice, 'Load')
            self.expr(e.value, 'Load')
        elif k == 'Starred':
            self.expr(e.value, ctx)
        elif k == 'Slice':
            self.opt(e.lower)
            self.opt(e.upper)
            self.opt(e.step)
        elif k in ('List', 'Tuple'):
            self.exprs(e.elts, ctx, False)
        elif k == 'NamedExpr':
            self.expr(e.value, 'Load')
        elif k == 'Name':
            self.name(e.id)

    # Patterns (CPython: validate_pattern and friends).

    def capture(self, name):
        if name == '_':
            raise ValueError("can't capture name '_' in patterns")
        self.name(name)

    def match_value(self, e):
        self.expr(e, 'Load')
        k = self.base(e)
        if k == 'Constant':
            # True, False and None belong in MatchSingleton; no tuples or Ellipsis.
            if type(e.value) in (int, float, complex, str, bytes):
                return
            raise ValueError("unexpected constant inside of a literal pattern")
        if k in ('Attribute', 'JoinedStr'):
            return
        if k == 'UnaryOp' and self.base(e.op) == 'USub':
            return
        if k == 'BinOp' and self.base(e.op) in ('Add', 'Sub'):
            return
        raise ValueError("patterns may only match literals and attribute lookups")

    def pattern(self, p, star_ok):
        k = self.base(p)
        if k != 'MatchStar':
            star_ok = False
        if k == 'MatchValue':
            self.match_value(p.value)
        elif k == 'MatchSingleton':
            if not (p.value is None or type(p.value) is bool):
                raise ValueError("MatchSingleton can only contain True, False and None")
        elif k == 'MatchSequence':
            for sub in p.patterns:
                self.pattern(sub, True)
        elif k == 'MatchMapping':
            if len(p.keys) != len(p.patterns):
                raise ValueError("MatchMapping doesn't have the same number of keys as patterns")
            if p.rest is not None:
                self.capture(p.rest)
            for key in p.keys:
                # None, True and False keys are valid syntax here.
                if self.base(key) == 'Constant' and (key.value is None
                                                     or type(key.value) is bool):
                    continue
                self.match_value(key)
            for sub in p.patterns:
                self.pattern(sub, False)
        elif k == 'MatchClass':
            cls = p.cls
            self.expr(cls, 'Load')
            while True:
                ck = self.base(cls)
                if ck == 'Name':
                    break
                if ck == 'Attribute':
                    cls = cls.value
                    continue
                raise ValueError("MatchClass cls field can only contain Name or Attribute nodes.")
            if len(p.kwd_attrs) != len(p.kwd_patterns):
                raise ValueError("MatchClass doesn't have the same number of keyword "
                                 "attributes as patterns")
            for attr in p.kwd_attrs:
                self.name(attr)
            for sub in p.patterns:
                self.pattern(sub, False)
            for sub in p.kwd_patterns:
                self.pattern(sub, False)
        elif k == 'MatchStar':
            if not star_ok:
                raise ValueError("can't use MatchStar here")
            if p.name is not None:
                self.capture(p.name)
        elif k == 'MatchAs':
            if p.name is not None:
                self.capture(p.name)
            if p.pattern is not None:
                if p.name is None:
                    raise ValueError("MatchAs must specify a target name if a pattern is given")
                self.pattern(p.pattern, False)
        elif k == 'MatchOr':
            if len(p.patterns) < 2:
                raise ValueError("MatchOr requires at least 2 patterns")
            for sub in p.patterns:
                self.pattern(sub, False)


def _invalid_constant(v):
    """None when `v` may be a Constant's value, else `(culprit,)`: the innermost value
    of a type that may not (CPython names its type)."""
    if v is None or v is Ellipsis or type(v) in (bool, int, float, complex, str, bytes):
        return None
    if type(v) in (tuple, frozenset):
        for x in v:
            bad = _invalid_constant(x)
            if bad is not None:
                return bad
        return None
    return (v,)


def _check_positions(node):
    """CPython's VALIDATE_POSITIONS; a missing end position is the start position."""
    lineno = getattr(node, 'lineno', None)
    col = getattr(node, 'col_offset', None)
    if not isinstance(lineno, int) or not isinstance(col, int):
        return
    end_lineno = getattr(node, 'end_lineno', None)
    end_col = getattr(node, 'end_col_offset', None)
    if not isinstance(end_lineno, int):
        end_lineno = lineno
    if not isinstance(end_col, int):
        end_col = col
    if lineno > end_lineno:
        raise ValueError(f"AST node line range ({lineno}, {end_lineno}) is not valid")
    if (lineno < 0 and end_lineno != lineno) or (col < 0 and col != end_col):
        raise ValueError(f"AST node column range ({col}, {end_col}) for line range "
                         f"({lineno}, {end_lineno}) is not valid")
    if lineno == end_lineno and col > end_col:
        raise ValueError(f"line {lineno}, column {col}-{end_col} is not a valid range")
