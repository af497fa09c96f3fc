# A recursive-descent parser producing an AST of classes, with evaluation, variables, functions,
# pretty printing, constant folding and error reporting with positions.
import math
class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__("%s at position %d" % (msg, pos))
        self.pos = pos
TOKEN_CHARS = "+-*/^(),="
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j]), i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j], i))
            i = j
        elif ch in TOKEN_CHARS:
            tokens.append(("op", ch, i))
            i += 1
        else:
            raise ParseError("unexpected character %r" % ch, i)
    tokens.append(("end", None, len(src)))
    return tokens
class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return "Num(%r)" % self.v
    def show(self): return repr(self.v)
class Var:
    def __init__(self, name): self.name = name
    def __repr__(self): return "Var(%r)" % self.name
    def show(self): return self.name
class BinOp:
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
    def __init__(self, op, left, right): self.op, self.left, self.right = op, left, right
    def __repr__(self): return "BinOp(%r, %r, %r)" % (self.op, self.left, self.right)
    def show(self): return "(%s %s %s)" % (self.left.show(), self.op, self.right.show())
class Neg:
    def __init__(self, operand): self.operand = operand
    def __repr__(self): return "Neg(%r)" % self.operand
    def show(self): return "-" + self.operand.show()
class Call:
    def __init__(self, name, args): self.name, self.args = name, args
    def __repr__(self): return "Call(%r, %r)" % (self.name, self.args)
    def show(self): return "%s(%s)" % (self.name, ", ".join(a.show() for a in self.args))
class Parser:
    def __init__(self, src):
        self.tokens = tokenize(src)
        self.i = 0
    def peek(self):
        return self.tokens[self.i]
    def take(self, kind=None, value=None):
        tok = self.tokens[self.i]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise ParseError("expected %s but found %r" % (value or kind, tok[1] if tok[1] is not None else "end"), tok[2])
        self.i += 1
        return tok
    def parse(self):
        node = self.expr()
        self.take("end")
        return node
    def expr(self):
        node = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            node = BinOp(op, node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek()[1] in ("*", "/"):
            op = self.take()[1]
            node = BinOp(op, node, self.factor())
        return node
    def factor(self):
        if self.peek()[1] == "-":
            self.take()
            return Neg(self.factor())
        base = self.atom()
        if self.peek()[1] == "^":
            self.take()
            return BinOp("^", base, self.factor())
        return base
    def atom(self):
        kind, value, pos = self.peek()
        if kind == "num":
            self.take()
            return Num(value)
        if kind == "name":
            self.take()
            if self.peek()[1] == "(":
                self.take()
                args = [] if self.peek()[1] == ")" else [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                return Call(value, args)
            return Var(value)
        if value == "(":
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise ParseError("unexpected %r" % (value if value is not None else "end"), pos)
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "hypot": math.hypot}
def evaluate(node, env):
    if isinstance(node, Num):
        return node.v
    if isinstance(node, Var):
        if node.name not in env:
            raise NameError("undefined variable %r" % node.name)
        return env[node.name]
    if isinstance(node, Neg):
        return -evaluate(node.operand, env)
    if isinstance(node, Call):
        return FUNCS[node.name](*[evaluate(a, env) for a in node.args])
    a, b = evaluate(node.left, env), evaluate(node.right, env)
    return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a / b, "^": lambda: a ** b}[node.op]()
def fold(node):
    if isinstance(node, BinOp):
        l, r = fold(node.left), fold(node.right)
        if isinstance(l, Num) and isinstance(r, Num):
            return Num(evaluate(BinOp(node.op, l, r), {}))
        if node.op == "*" and (isinstance(l, Num) and l.v == 1):
            return r
        if node.op in "+-" and isinstance(r, Num) and r.v == 0:
            return l
        return BinOp(node.op, l, r)
    if isinstance(node, Neg):
        inner = fold(node.operand)
        return Num(-inner.v) if isinstance(inner, Num) else Neg(inner)
    if isinstance(node, Call):
        return Call(node.name, [fold(a) for a in node.args])
    return node
env = {"x": 3, "y": 4, "pi": math.pi}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x * x + y * y", "sqrt(x^2 + y^2)", "max(1, x, y) - min(7, 2)",
            "10 / 4", "1 * (x + 0) + 2 * 3", "hypot(x, y) * 2", "-(-x)", "2 * pi * 10"]:
    tree = Parser(src).parse()
    print("%-26s => %-32s = %r" % (src, tree.show(), evaluate(tree, env)))
print(repr(Parser("1 + x * 2").parse()))
print(fold(Parser("1 * (x + 0) + 2 * 3 - -4").parse()).show())
for bad in ["1 +", "(1 + 2", "2 $ 3", "foo(1,", ")", "1 2", "z + 1", "1 / 0"]:
    try:
        print(evaluate(Parser(bad).parse(), env))
    except (ParseError, NameError, ZeroDivisionError) as e:
        print("%-8r %s: %s" % (bad, type(e).__name__, e))
