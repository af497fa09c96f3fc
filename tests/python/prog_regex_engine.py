# A backtracking regular-expression matcher supporting literals, ., *, +, ?, ^, $, [classes], and groups of alternatives.
class Regex:
    def __init__(self, pattern):
        self.pattern = pattern
        self.pos = 0
        self.ast = self.parse_alt()
        if self.pos != len(pattern):
            raise ValueError("unexpected %r at %d" % (pattern[self.pos], self.pos))
    def parse_alt(self):
        branches = [self.parse_seq()]
        while self.pos < len(self.pattern) and self.pattern[self.pos] == "|":
            self.pos += 1
            branches.append(self.parse_seq())
        return ("alt", branches)
    def parse_seq(self):
        items = []
        while self.pos < len(self.pattern) and self.pattern[self.pos] not in "|)":
            atom = self.parse_atom()
            if self.pos < len(self.pattern) and self.pattern[self.pos] in "*+?":
                atom = ("repeat", atom, self.pattern[self.pos])
                self.pos += 1
            items.append(atom)
        return ("seq", items)
    def parse_atom(self):
        ch = self.pattern[self.pos]
        self.pos += 1
        if ch == "(":
            inner = self.parse_alt()
            if self.pos >= len(self.pattern) or self.pattern[self.pos] != ")":
                raise ValueError("missing )")
            self.pos += 1
            return inner
        if ch == "[":
            end = self.pattern.index("]", self.pos)
            body = self.pattern[self.pos:end]
            self.pos = end + 1
            negate = body.startswith("^")
            if negate:
                body = body[1:]
            chars = set()
            i = 0
            while i < len(body):
                if i + 2 < len(body) and body[i + 1] == "-":
                    chars.update(chr(c) for c in range(ord(body[i]), ord(body[i + 2]) + 1))
                    i += 3
                else:
                    chars.add(body[i])
                    i += 1
            return ("class", frozenset(chars), negate)
        if ch == "\\":
            esc = self.pattern[self.pos]
            self.pos += 1
            if esc == "d":
                return ("class", frozenset("0123456789"), False)
            if esc == "w":
                return ("class", frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"), False)
            return ("lit", esc)
        if ch == ".":
            return ("any",)
        if ch == "^":
            return ("bol",)
        if ch == "$":
            return ("eol",)
        if ch in "*+?":
            raise ValueError("nothing to repeat at %d" % (self.pos - 1))
        return ("lit", ch)
    def match_node(self, node, s, i, k):
        kind = node[0]
        if kind == "lit":
            return i < len(s) and s[i] == node[1] and k(i + 1)
        if kind == "any":
            return i < len(s) and k(i + 1)
        if kind == "class":
            return i < len(s) and ((s[i] in node[1]) != node[2]) and k(i + 1)
        if kind == "bol":
            return i == 0 and k(i)
        if kind == "eol":
            return i == len(s) and k(i)
        if kind == "seq":
            def run(idx, pos):
                if idx == len(node[1]):
                    return k(pos)
                return self.match_node(node[1][idx], s, pos, lambda p: run(idx + 1, p))
            return run(0, i)
        if kind == "alt":
            return any(self.match_node(b, s, i, k) for b in node[1])
        if kind == "repeat":
            _, inner, op = node
            if op == "?":
                return self.match_node(inner, s, i, k) or k(i)
            def star(pos):
                return self.match_node(inner, s, pos, lambda p: p != pos and star(p)) or k(pos)
            if op == "*":
                return star(i)
            return self.match_node(inner, s, i, lambda p: star(p))
        raise AssertionError(kind)
    def search(self, s):
        for start in range(len(s) + 1):
            end = []
            if self.match_node(self.ast, s, start, lambda p: end.append(p) or True):
                return start, end[0], s[start:end[0]]
        return None
    def fullmatch(self, s):
        return self.match_node(self.ast, s, 0, lambda p: p == len(s))
tests = [
    ("a.c", ["abc", "axc", "ac", "xxabcxx"]),
    ("^ab*c$", ["ac", "abbbc", "abcd", "xac"]),
    ("colou?r", ["color", "colour", "colouur"]),
    ("(cat|dog)s?", ["cats", "dog", "hotdogs", "cow"]),
    ("[a-c]+[0-9]", ["abc1", "aaz9", "cab7x", "d9"]),
    ("\\d+-\\d+", ["tel 555-1234 now", "12-", "7-8"]),
    ("[^aeiou ]+", ["aeiou", "rhythm and blues"]),
    ("(a|ab)(c|bcd)(d*)", ["abcd", "acd"]),
    ("\\w+@\\w+\\.com", ["mail bob@example.com today", "no at sign"]),
]
for pattern, subjects in tests:
    rx = Regex(pattern)
    for s in subjects:
        print("%-20s %-28r search=%-30s full=%s" % (pattern, s, rx.search(s), rx.fullmatch(s)))
for bad in ["*a", "(ab", "a)"]:
    try:
        Regex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(Regex("(a*)*b").fullmatch("a" * 20 + "b"), Regex("(x+x+)+y").search("xxxxxxxxxx"))
