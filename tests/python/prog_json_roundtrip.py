# A hand-written JSON parser and serializer with pretty printing, error positions and round trips.
class JSONError(ValueError):
    pass
class Parser:
    def __init__(self, text):
        self.s, self.i = text, 0
    def error(self, msg):
        line = self.s.count("\n", 0, self.i) + 1
        col = self.i - (self.s.rfind("\n", 0, self.i) + 1) + 1
        raise JSONError("%s: line %d column %d (char %d)" % (msg, line, col, self.i))
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\r\n":
            self.i += 1
    def parse(self):
        self.ws()
        v = self.value()
        self.ws()
        if self.i != len(self.s):
            self.error("Extra data")
        return v
    def value(self):
        self.ws()
        if self.i >= len(self.s):
            self.error("Expecting value")
        ch = self.s[self.i]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()
    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i:self.i + 1] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            if self.s[self.i:self.i + 1] != '"':
                self.error("Expecting property name enclosed in double quotes")
            key = self.string()
            self.ws()
            if self.s[self.i:self.i + 1] != ":":
                self.error("Expecting ':' delimiter")
            self.i += 1
            out[key] = self.value()
            self.ws()
            ch = self.s[self.i:self.i + 1]
            self.i += 1
            if ch == "}":
                return out
            if ch != ",":
                self.i -= 1
                self.error("Expecting ',' delimiter")
    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i:self.i + 1] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            ch = self.s[self.i:self.i + 1]
            self.i += 1
            if ch == "]":
                return out
            if ch != ",":
                self.i -= 1
                self.error("Expecting ',' delimiter")
    def string(self):
        self.i += 1
        out = []
        escapes = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
        while True:
            if self.i >= len(self.s):
                self.error("Unterminated string")
            ch = self.s[self.i]
            if ch == '"':
                self.i += 1
                return "".join(out)
            if ch == "\\":
                esc = self.s[self.i + 1]
                if esc == "u":
                    code = int(self.s[self.i + 2:self.i + 6], 16)
                    self.i += 6
                    if 0xD800 <= code < 0xDC00 and self.s.startswith("\\u", self.i):
                        low = int(self.s[self.i + 2:self.i + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        self.i += 6
                    out.append(chr(code))
                    continue
                out.append(escapes[esc])
                self.i += 2
                continue
            out.append(ch)
            self.i += 1
    def number(self):
        start = self.i
        while self.i < len(self.s) and self.s[self.i] in "+-0123456789.eE":
            self.i += 1
        text = self.s[start:self.i]
        if not text:
            self.error("Expecting value")
        return float(text) if any(c in text for c in ".eE") else int(text)
def dumps(v, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        out = ['"']
        for ch in v:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ch == "\t":
                out.append("\\t")
            elif ord(ch) < 0x20 or ord(ch) > 0x7E:
                if ord(ch) > 0xFFFF:
                    c = ord(ch) - 0x10000
                    out.append("\\u%04x\\u%04x" % (0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF)))
                else:
                    out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        return "".join(out) + '"'
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        return "[" + sep.join(pad + dumps(x, indent, level + 1) for x in v) + end + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        return "{" + sep.join(pad + dumps(str(k), indent) + ": " + dumps(x, indent, level + 1) for k, x in v.items()) + end + "}"
    raise TypeError("Object of type %s is not JSON serializable" % type(v).__name__)
DOC = '''{"name": "ferropy", "version": [3, 11, 0], "stable": false, "ratio": 1.5e-3,
  "tags": ["fast", "rust", "\\u00e9t\\u00e9", "\\ud83d\\ude00"], "nested": {"empty": {}, "list": [], "null": null,
  "quote": "say \\"hi\\"\\n\\ttab"}, "neg": -42, "big": 12345678901234567890}'''
data = Parser(DOC).parse()
print(data)
print(dumps(data))
print(dumps(data, indent=2))
print(Parser(dumps(data)).parse() == data, Parser(dumps(data, indent=4)).parse() == data)
for bad in ['{"a" 1}', '[1, 2', '{"a": 1,}', '[1 2]', 'nul', '"unterminated', '{1: 2}', '[1] x', '']:
    try:
        Parser(bad).parse()
    except JSONError as e:
        print("%-16r %s" % (bad, e))
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
print(dumps([1.0, 0.1, -0.0, 1e100, True, None, "x"]), dumps({"k": (1, 2)}), dumps({1: "int key"}))
