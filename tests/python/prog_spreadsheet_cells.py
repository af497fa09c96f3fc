# A spreadsheet with formulas: dependency tracking, topological recalculation, cycle detection, ranges.
import math
class CycleError(Exception):
    pass
class Sheet:
    def __init__(self):
        self.raw, self.values, self.deps = {}, {}, {}
        self.recalc_count = 0
    @staticmethod
    def refs(formula):
        out, i = [], 0
        while i < len(formula):
            if formula[i].isalpha() and formula[i].isupper():
                j = i + 1
                while j < len(formula) and formula[j].isdigit():
                    j += 1
                if j > i + 1:
                    if formula[j:j + 1] == ":":
                        k = j + 2
                        while k < len(formula) and formula[k].isdigit():
                            k += 1
                        out.extend(Sheet.expand(formula[i:j], formula[j + 1:k]))
                        i = k
                        continue
                    out.append(formula[i:j])
                i = j
            else:
                i += 1
        return out
    @staticmethod
    def expand(a, b):
        c1, r1, c2, r2 = a[0], int(a[1:]), b[0], int(b[1:])
        return [chr(c) + str(r) for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]
    def set(self, cell, content):
        self.raw[cell] = content
        self.deps[cell] = self.refs(content[1:]) if isinstance(content, str) and content.startswith("=") else []
        self.check_cycles(cell)
        self.recalculate()
    def check_cycles(self, start):
        stack, path = [(start, iter(self.deps.get(start, [])))], [start]
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                stack.pop(); path.pop()
                continue
            if nxt in path:
                cycle = path[path.index(nxt):] + [nxt]
                self.raw[start] = "#CYCLE"
                self.deps[start] = []
                raise CycleError(" -> ".join(cycle))
            stack.append((nxt, iter(self.deps.get(nxt, []))))
            path.append(nxt)
    def order(self):
        seen, out = set(), []
        def visit(c):
            if c in seen:
                return
            seen.add(c)
            for d in self.deps.get(c, []):
                visit(d)
            out.append(c)
        for c in sorted(self.raw):
            visit(c)
        return out
    def recalculate(self):
        self.values = {}
        for cell in self.order():
            self.recalc_count += 1
            self.values[cell] = self.evaluate(cell)
    def evaluate(self, cell):
        content = self.raw.get(cell, 0)
        if not (isinstance(content, str) and content.startswith("=")):
            return content
        expr = content[1:]
        env = {"SUM": lambda *a: sum(a), "AVG": lambda *a: sum(a) / len(a), "MAX": max, "MIN": min, "ROUND": round, "SQRT": math.sqrt}
        def rng(a, b):
            return [self.values.get(c, 0) for c in self.expand(a, b)]
        import_expr = expr
        for ref in sorted(set(self.refs(expr)), key=len, reverse=True):
            pass
        tokens, i, py = expr, 0, []
        while i < len(tokens):
            ch = tokens[i]
            if ch.isupper():
                j = i
                while j < len(tokens) and (tokens[j].isupper() or tokens[j].isdigit()):
                    j += 1
                name = tokens[i:j]
                if tokens[j:j + 1] == ":":
                    k = j + 2
                    while k < len(tokens) and tokens[k].isdigit():
                        k += 1
                    py.append("*rng(%r, %r)" % (name, tokens[j + 1:k]))
                    i = k
                    continue
                if name in env:
                    py.append(name)
                else:
                    py.append("v(%r)" % name)
                i = j
            else:
                py.append(ch)
                i += 1
        try:
            return eval("".join(py), {"__builtins__": {}}, {**env, "rng": rng, "v": lambda c: self.values.get(c, 0)})
        except ZeroDivisionError:
            return "#DIV/0"
        except TypeError:
            return "#VALUE"
    def show(self, cols="ABCD", rows=range(1, 6)):
        print("     " + "".join("%12s" % c for c in cols))
        for r in rows:
            cells = []
            for c in cols:
                v = self.values.get("%s%d" % (c, r), "")
                cells.append("%12s" % (("%.2f" % v) if isinstance(v, float) else v))
            print("%4d " % r + "".join(cells))
s = Sheet()
for cell, content in [("A1", 10), ("A2", 20), ("A3", 30.5), ("A4", "=SUM(A1:A3)"), ("B1", "=A1*2"), ("B2", "=B1+A2"),
                      ("B3", "=AVG(A1:A3)"), ("B4", "=MAX(A1:A3)-MIN(A1:A3)"), ("C1", "=A4/B1"), ("C2", "=ROUND(C1, 3)"),
                      ("C3", "=A1/(A2-20)"), ("D1", "label"), ("D2", "=D1+1"), ("C4", "=SQRT(A4*4)")]:
    s.set(cell, content)
s.show()
print(s.deps["A4"], s.deps["B4"], s.order()[:6])
s.set("A1", 100)
s.show(cols="ABC", rows=range(1, 5))
for cell, content in [("A1", "=B2"), ("E1", "=E1")]:
    try:
        s.set(cell, content)
    except CycleError as e:
        print("cycle:", e)
print(s.raw["A1"], s.values.get("E1"), s.refs("=SUM(A1:B2)+C3*D10"), s.expand("A1", "C2"))
print("recalculations performed:", s.recalc_count)
