# Assignment expressions (walrus) in while, if, calls, comprehensions, and where forbidden.
data = [3, 8, 1, 9, 4]
it = iter(data)
collected = []
while (item := next(it, None)) is not None:
    collected.append(item * 2)
print(collected, item)

if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 10) > 40], y)
print(max(v := 5, 3), v)
print((w := 7) + w, w)
print([last := i for i in range(4)], last)
def f(a, b=(default := "def-val")):
    return a, b
print(f(1), default)
values = {"a": 1, "b": 0}
if (found := values.get("b")) is not None:
    print("found falsy but not None:", found)
lines = ["keep", "", "also", "stop", "never"]
out = []
idx = 0
while (line := lines[idx]) != "stop":
    idx += 1
    if not line:
        continue
    out.append(line)
print(out, line)
stats = [total := 0, *(total := total + k for k in range(5))]
print(stats, total)
print({(key := k): v for k, v in [("x", 1), ("y", 2)]}, key)
print(any((hit := c) == "q" for c in "abqz"), hit)
print(all((miss := c) != "z" for c in "abc"), miss)
def scoped():
    [inner := i for i in range(3)]
    return inner
print(scoped())
class K:
    x = (y := 5)
print(K.x, K.y)
for src in ["x := 1", "(a.b := 1)", "[i := 0 for i in range(3)]", "def g(): [(j := 1) for j in range(2)]",
            "class C:\n    [(z := 1) for _ in range(2)]", "(x[0] := 2)", "f(a := 1, b)", "lambda: (q := 1)"]:
    try:
        compile(src, "<walrus>", "exec")
        print("ok:", src.split(chr(10))[0])
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
print((x := 1, 2), x)
print((p := (1, 2)), p)
print(f"{(fs := 'walrus in f-string')}", fs)
