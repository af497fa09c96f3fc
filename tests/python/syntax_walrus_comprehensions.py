data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 5])
print(y)
print({x: x ** 2 for x in range(5) if x % 2 == 0})
print({c for c in "mississippi"} == set("misp"))
print(sorted({c for c in "mississippi"}))
gen = (i * i for i in range(4))
print(next(gen), list(gen))
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[r * c for c in range(3)] for r in range(3)])
x = 10
print([x for x in range(3)], x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
total = 0
while (chunk := data[total:total + 2]):
    print("chunk", chunk)
    total += 2
print(sum(v for v in range(101)))
print(any(v > 8 for v in data), all(v > 0 for v in data))
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
