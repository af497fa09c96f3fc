# A compiler from a tiny imperative language to stack bytecode, plus a VM with a disassembler.
SOURCE = """
n = 10
a = 0
b = 1
i = 0
while i < n {
    print a
    t = a + b
    a = b
    b = t
    i = i + 1
}
total = 0
k = 1
while k <= 100 {
    if k % 3 == 0 { total = total + k }
    k = k + 1
}
print total
print (total * 2 - 3) / 5
"""
def tokenize(src):
    out, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            out.append(int(src[i:j])); i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            out.append(src[i:j]); i = j
        elif src[i:i + 2] in ("==", "<=", ">=", "!="):
            out.append(src[i:i + 2]); i += 2
        else:
            out.append(c); i += 1
    return out
class Compiler:
    BINOPS = {"+": "ADD", "-": "SUB", "*": "MUL", "/": "DIV", "%": "MOD", "<": "LT", ">": "GT", "<=": "LE", ">=": "GE", "==": "EQ", "!=": "NE"}
    LEVELS = [("==", "!=", "<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]
    def __init__(self, tokens):
        self.toks, self.pos, self.code = tokens, 0, []
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None
    def next(self):
        tok = self.toks[self.pos]; self.pos += 1; return tok
    def emit(self, op, arg=None):
        self.code.append((op, arg)); return len(self.code) - 1
    def program(self):
        while self.peek() is not None:
            self.statement()
        self.emit("HALT")
        return self.code
    def block(self):
        assert self.next() == "{"
        while self.peek() != "}":
            self.statement()
        self.next()
    def statement(self):
        tok = self.next()
        if tok == "print":
            self.expr(0); self.emit("PRINT")
        elif tok == "while":
            start = len(self.code)
            self.expr(0)
            jump = self.emit("JUMP_IF_FALSE", None)
            self.block()
            self.emit("JUMP", start)
            self.code[jump] = ("JUMP_IF_FALSE", len(self.code))
        elif tok == "if":
            self.expr(0)
            jump = self.emit("JUMP_IF_FALSE", None)
            self.block()
            self.code[jump] = ("JUMP_IF_FALSE", len(self.code))
        else:
            assert self.next() == "="
            self.expr(0)
            self.emit("STORE", tok)
    def expr(self, level):
        if level == len(self.LEVELS):
            return self.atom()
        self.expr(level + 1)
        while self.peek() in self.LEVELS[level]:
            op = self.next()
            self.expr(level + 1)
            self.emit(self.BINOPS[op])
    def atom(self):
        tok = self.next()
        if tok == "(":
            self.expr(0); self.next()
        elif isinstance(tok, int):
            self.emit("CONST", tok)
        else:
            self.emit("LOAD", tok)
def run(code):
    stack, env, pc, out, executed = [], {}, 0, [], 0
    ops = {"ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b, "MUL": lambda a, b: a * b, "DIV": lambda a, b: a // b,
           "MOD": lambda a, b: a % b, "LT": lambda a, b: a < b, "GT": lambda a, b: a > b, "LE": lambda a, b: a <= b,
           "GE": lambda a, b: a >= b, "EQ": lambda a, b: a == b, "NE": lambda a, b: a != b}
    while True:
        op, arg = code[pc]
        pc += 1
        executed += 1
        if op == "CONST":
            stack.append(arg)
        elif op == "LOAD":
            stack.append(env[arg])
        elif op == "STORE":
            env[arg] = stack.pop()
        elif op == "PRINT":
            out.append(stack.pop())
        elif op == "JUMP":
            pc = arg
        elif op == "JUMP_IF_FALSE":
            if not stack.pop():
                pc = arg
        elif op == "HALT":
            return out, env, executed
        else:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[op](a, b))
code = Compiler(tokenize(SOURCE)).program()
for addr, (op, arg) in enumerate(code[:24]):
    print("%3d  %-14s %s" % (addr, op, "" if arg is None else arg))
print("... %d instructions total" % len(code))
out, env, executed = run(code)
print(out)
print(sorted(env.items()), executed)
counts = {}
for op, _ in code:
    counts[op] = counts.get(op, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
