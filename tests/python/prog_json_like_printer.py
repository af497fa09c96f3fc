def dumps(obj, indent=0, step=2):
    pad = " " * indent
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        out = '"'
        for ch in obj:
            if ch == '"':
                out += '\\"'
            elif ch == "\\":
                out += "\\\\"
            elif ch == "\n":
                out += "\\n"
            elif ord(ch) < 32:
                out += "\\u%04x" % ord(ch)
            else:
                out += ch
        return out + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        inner = (",\n").join(" " * (indent + step) + dumps(v, indent + step, step) for v in obj)
        return "[\n" + inner + "\n" + pad + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = []
        for k in sorted(obj):
            items.append(" " * (indent + step) + dumps(str(k)) + ": " + dumps(obj[k], indent + step, step))
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")
doc = {"name": "ferropy", "version": [0, 1], "tags": ["rust", "python"], "stable": False,
       "meta": {"nested": {"deep": None, "pi": 3.14}, "quote": 'say "hi"\n'}, "empty": {}, "list": []}
print(dumps(doc))
try:
    dumps({"bad": {1, 2}})
except TypeError as e:
    print(e)
def parse_number(s, i):
    j = i
    while j < len(s) and (s[j].isdigit() or s[j] in "-.eE+"):
        j += 1
    text = s[i:j]
    return (float(text) if any(c in text for c in ".eE") else int(text)), j
print(parse_number("123,", 0), parse_number("-4.5e2]", 0))
