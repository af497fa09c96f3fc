# A small Markdown-to-HTML converter: headings, emphasis, code, links, lists, quotes and escaping.
DOC = """# Project *Ferro*

A **fast** runtime with `inline code` and a [link](http://example.com/?a=1&b=2).

## Features

- Parses *everything* <quickly>
- Handles **bold _nested_ text**
- Escapes & ampersands

1. First step
2. Second step with `x < y`
3. Third

> Quoted text
> continues here

```
def code():
    return "<raw>"
```

Final paragraph
spanning two lines.
"""
def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
def inline(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "`":
            j = text.index("`", i + 1)
            out.append("<code>%s</code>" % escape(text[i + 1:j]))
            i = j + 1
        elif text.startswith("**", i):
            j = text.index("**", i + 2)
            out.append("<strong>%s</strong>" % inline(text[i + 2:j]))
            i = j + 2
        elif text[i] in "*_":
            j = text.index(text[i], i + 1)
            out.append("<em>%s</em>" % inline(text[i + 1:j]))
            i = j + 1
        elif text[i] == "[":
            close = text.index("]", i)
            paren = text.index(")", close)
            out.append('<a href="%s">%s</a>' % (escape(text[close + 2:paren]), inline(text[i + 1:close])))
            i = paren + 1
        else:
            out.append(escape(text[i]))
            i += 1
    return "".join(out)
def convert(md):
    html, para, lst, quote = [], [], None, []
    lines = md.splitlines()
    i = 0
    def flush():
        nonlocal lst
        if para:
            html.append("<p>%s</p>" % inline(" ".join(para)))
            para.clear()
        if lst:
            kind, items = lst
            html.append("<%s>" % kind)
            html.extend("  <li>%s</li>" % inline(it) for it in items)
            html.append("</%s>" % kind)
            lst = None
        if quote:
            html.append("<blockquote>%s</blockquote>" % inline(" ".join(quote)))
            quote.clear()
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith("```"):
            flush()
            j = i + 1
            while not lines[j].strip().startswith("```"):
                j += 1
            html.append("<pre><code>%s</code></pre>" % escape("\n".join(lines[i + 1:j])))
            i = j + 1
            continue
        if not stripped:
            flush()
        elif stripped.startswith("#"):
            flush()
            level = len(stripped) - len(stripped.lstrip("#"))
            html.append("<h%d>%s</h%d>" % (level, inline(stripped[level:].strip()), level))
        elif stripped.startswith(("- ", "* ")):
            if para or quote:
                flush()
            if not lst or lst[0] != "ul":
                flush()
                lst = ("ul", [])
            lst[1].append(stripped[2:])
        elif stripped.split(". ", 1)[0].isdigit():
            if not lst or lst[0] != "ol":
                flush()
                lst = ("ol", [])
            lst[1].append(stripped.split(". ", 1)[1])
        elif stripped.startswith(">"):
            quote.append(stripped[1:].strip())
        else:
            para.append(stripped)
        i += 1
    flush()
    return "\n".join(html)
result = convert(DOC)
print(result)
print(len(result.splitlines()), result.count("<li>"), result.count("&lt;"), result.count("&amp;"))
for snippet in ["plain", "*em* and **strong**", "`a*b`", "[x](y) & z", "**_mixed_**"]:
    print(repr(snippet), "->", inline(snippet))
try:
    inline("unterminated `code")
except ValueError as e:
    print(type(e).__name__, e)
