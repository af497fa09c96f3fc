# A small Scheme interpreter: reader, environments, special forms, closures, tail calls and errors.
class Symbol(str):
    pass
class LispError(Exception):
    pass
def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()
def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        out = []
        while tokens and tokens[0] != ")":
            out.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return out
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)
class Env(dict):
    def __init__(self, names=(), values=(), outer=None):
        super().__init__(zip(names, values))
        self.outer = outer
    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError("unbound symbol: %s" % name)
class Procedure:
    def __init__(self, params, body, env, name="lambda"):
        self.params, self.body, self.env, self.name = params, body, env, name
    def __repr__(self):
        return "#<procedure %s>" % self.name
def standard_env():
    import math
    env = Env()
    env.update({"+": lambda *a: sum(a), "-": lambda a, *b: a - sum(b) if b else -a, "*": lambda *a: math.prod(a),
                "/": lambda a, b: a / b if isinstance(a, float) or a % b else a // b, "<": lambda a, b: a < b,
                ">": lambda a, b: a > b, "=": lambda a, b: a == b, "<=": lambda a, b: a <= b, "car": lambda x: x[0],
                "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b, "list": lambda *a: list(a), "null?": lambda x: x == [],
                "length": len, "abs": abs, "not": lambda x: x is False, "display": lambda x: print(to_str(x)) or None,
                "apply": lambda f, args: f(*args) if callable(f) else call(f, args), "modulo": lambda a, b: a % b})
    return env
def to_str(x):
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, list):
        return "(" + " ".join(map(to_str, x)) + ")"
    return str(x)
def call(proc, args):
    if callable(proc):
        return proc(*args)
    return evaluate_body(proc, args)
def evaluate_body(proc, args):
    if len(args) != len(proc.params):
        raise LispError("%s expects %d args, got %d" % (proc.name, len(proc.params), len(args)))
    return evaluate(proc.body, Env(proc.params, args, proc.env))
def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            return []
        op, *args = x
        if op == "quote":
            return args[0]
        if op == "if":
            test, conseq, alt = args
            x = conseq if evaluate(test, env) is not False else alt
            continue
        if op == "define":
            target, expr = args
            if isinstance(target, list):
                name, params = target[0], target[1:]
                env[name] = Procedure(params, expr, env, name)
            else:
                env[target] = evaluate(expr, env)
            return None
        if op == "set!":
            env.find(args[0])[args[0]] = evaluate(args[1], env)
            return None
        if op == "lambda":
            return Procedure(args[0], args[1], env)
        if op == "begin":
            for e in args[:-1]:
                evaluate(e, env)
            x = args[-1]
            continue
        if op == "let":
            names = [b[0] for b in args[0]]
            values = [evaluate(b[1], env) for b in args[0]]
            env, x = Env(names, values, env), args[1]
            continue
        if op == "cond":
            for test, expr in args:
                if test == "else" or evaluate(test, env) is not False:
                    x = expr
                    break
            else:
                return None
            continue
        proc = evaluate(op, env)
        vals = [evaluate(a, env) for a in args]
        if isinstance(proc, Procedure):
            if len(vals) != len(proc.params):
                raise LispError("%s expects %d args, got %d" % (proc.name, len(proc.params), len(vals)))
            x, env = proc.body, Env(proc.params, vals, proc.env)
            continue
        if not callable(proc):
            raise LispError("not a procedure: %s" % to_str(proc))
        return proc(*vals)
PROGRAM = """
(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(define (map f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs)))))
(define (filter p xs) (cond ((null? xs) '()) ((p (car xs)) (cons (car xs) (filter p (cdr xs)))) (else (filter p (cdr xs)))))
(define (range a b) (if (< a b) (cons a (range (+ a 1) b)) '()))
(define (count-down n) (if (= n 0) 'done (count-down (- n 1))))
(define (make-counter) (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n))))
(define counter (make-counter))
(define (compose f g) (lambda (x) (f (g x))))
(define (fold f acc xs) (if (null? xs) acc (fold f (f acc (car xs)) (cdr xs))))
"""
env = standard_env()
tokens = tokenize(PROGRAM)
while tokens:
    evaluate(read(tokens), env)
for expr in ["(fact 20)", "(fact 30)", "(fib 15)", "(map (lambda (x) (* x x)) (range 0 10))",
             "(filter (lambda (x) (= (modulo x 3) 0)) (range 1 20))", "(count-down 50000)", "(counter)", "(counter)",
             "((compose (lambda (x) (* x 2)) (lambda (x) (+ x 1))) 5)", "(fold + 0 (range 1 101))", "(list 1 2.5 'sym (list))",
             "(let ((a 2) (b 3)) (* a b))", "(cond ((> 1 2) 'no) (else 'yes))", "(if (< 1 2) #t-ish 'x)", "(/ 7 2)", "(/ 8 2)",
             "(car '())", "(undefined-fn 1)", "(fact 1 2)", "(1 2 3)", "(+ 1 (", ")", "(display (list 'hello 'world))", "fact"]:
    try:
        print("%-58s => %s" % (expr, to_str(evaluate(read(tokenize(expr)), env))))
    except (LispError, IndexError) as e:
        print("%-58s !! %s: %s" % (expr, type(e).__name__, e))
