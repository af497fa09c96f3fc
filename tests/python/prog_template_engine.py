# A small template engine: {{ var.path | filter }}, {% for %}, {% if %}/{% else %}, escaping and errors.
class TemplateError(Exception):
    pass
FILTERS = {"upper": str.upper, "lower": str.lower, "title": str.title, "len": len, "strip": str.strip,
           "money": lambda v: "$%.2f" % v, "escape": lambda s: str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
           "join": lambda v: ", ".join(map(str, v)), "default": lambda v: v if v not in (None, "") else "n/a"}
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        j = min([k for k in (src.find("{{", i), src.find("{%", i)) if k != -1], default=-1)
        if j == -1:
            tokens.append(("text", src[i:]))
            break
        if j > i:
            tokens.append(("text", src[i:j]))
        end = src.find("}}" if src[j + 1] == "{" else "%}", j)
        if end == -1:
            raise TemplateError("unclosed tag at %d" % j)
        tokens.append(("var" if src[j + 1] == "{" else "tag", src[j + 2:end].strip()))
        i = end + 2
    return tokens
def parse(tokens, until=()):
    nodes = []
    while tokens:
        kind, value = tokens[0]
        if kind == "tag" and value.split()[0] in until:
            return nodes
        tokens.pop(0)
        if kind in ("text", "var"):
            nodes.append((kind, value))
        elif value.startswith("for "):
            _, name, _in, expr = value.split(None, 3)
            body = parse(tokens, ("endfor",))
            if not tokens:
                raise TemplateError("missing endfor")
            tokens.pop(0)
            nodes.append(("for", name, expr, body))
        elif value.startswith("if "):
            body = parse(tokens, ("else", "endif"))
            orelse = []
            if tokens and tokens[0][1] == "else":
                tokens.pop(0)
                orelse = parse(tokens, ("endif",))
            if not tokens:
                raise TemplateError("missing endif")
            tokens.pop(0)
            nodes.append(("if", value[3:].strip(), body, orelse))
        else:
            raise TemplateError("unknown tag %r" % value)
    if until:
        raise TemplateError("missing %s" % " or ".join(until))
    return nodes
def lookup(expr, ctx):
    parts = expr.split(".")
    value = ctx
    for p in parts:
        if isinstance(value, dict) and p in value:
            value = value[p]
        elif p.isdigit() and isinstance(value, (list, tuple)):
            value = value[int(p)]
        elif hasattr(value, p):
            value = getattr(value, p)
        else:
            raise TemplateError("cannot resolve %r (at %r)" % (expr, p))
    return value
def evaluate(expr, ctx):
    name, *filters = [s.strip() for s in expr.split("|")]
    value = lookup(name, ctx)
    for f in filters:
        if f not in FILTERS:
            raise TemplateError("unknown filter %r" % f)
        value = FILTERS[f](value)
    return value
def render(nodes, ctx):
    out = []
    for node in nodes:
        if node[0] == "text":
            out.append(node[1])
        elif node[0] == "var":
            out.append(str(evaluate(node[1], ctx)))
        elif node[0] == "for":
            _, name, expr, body = node
            items = evaluate(expr, ctx)
            for i, item in enumerate(items):
                out.append(render(body, {**ctx, name: item, "loop": {"index": i + 1, "first": i == 0, "last": i == len(items) - 1}}))
        elif node[0] == "if":
            _, cond, body, orelse = node
            negate = cond.startswith("not ")
            truth = bool(evaluate(cond[4:] if negate else cond, ctx))
            out.append(render(body if truth != negate else orelse, ctx))
    return "".join(out)
def template(src, ctx):
    return render(parse(tokenize(src)), ctx)
ctx = {"user": {"name": "ada lovelace", "email": "ada@example.com", "tags": ["math", "poetry"], "admin": True},
       "orders": [{"id": 1, "total": 9.5, "items": ["pen"]}, {"id": 2, "total": 120.0, "items": ["lamp", "desk"]}],
       "note": "<b>bold</b> & more", "empty": ""}
PAGE = """Hello {{ user.name | title }} <{{ user.email }}>
Tags: {{ user.tags | join }} ({{ user.tags | len }})
{% if user.admin %}You are an administrator.{% else %}Regular user.{% endif %}
{% for o in orders %}{{ loop.index }}. order #{{ o.id }}: {{ o.total | money }} [{% for it in o.items %}{{ it | upper }}{% if not loop.last %}/{% endif %}{% endfor %}]
{% endfor %}Note: {{ note | escape }}
Empty: {{ empty | default }} | first order items: {{ orders.0.items | join }}
"""
print(template(PAGE, ctx), end="")
for bad in ["{{ missing }}", "{{ user.name | shout }}", "{% for x in orders %}no end", "{% if user.admin %}x",
            "{% frobnicate %}", "{{ unclosed", "{{ user.name.nothing }}"]:
    try:
        template(bad, ctx)
    except TemplateError as e:
        print("%-32r TemplateError: %s" % (bad, e))
print(tokenize("a{{b}}c{%d%}e"), template("{{ x }}", {"x": [1, 2]}), template("{{ s | strip | upper }}", {"s": "  padded  "}))
