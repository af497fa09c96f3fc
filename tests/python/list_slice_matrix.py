# list[slice] and list[slice] = value over lengths, bounds and steps; bounds resolved
# before the value is iterated and clamped to the length the list has then.
vals = [None, -12, -3, -1, 0, 1, 3, 12]
steps = [None, -2, -1, 1, 3]
out = []
for n in (0, 1, 5):
    base = list(range(n))
    for a, b, c in [(a, b, c) for a in vals for b in vals for c in steps]:
        out.append(base[a:b:c])
        l = list(base)
        try:
            src = list(range(100, 100 + len(l[a:b:c])))
            l[a:b:c] = src
            out.append(l)
        except ValueError as e:
            out.append(str(e))
        l = list(base)
        try:
            l[a:b:c] = [7, 8]
            out.append(l)
        except ValueError as e:
            out.append(str(e))
for o in out: print(o)
l = [1, 2, 3]; l[:] = l; print(l)
l = [1, 2, 3]; l[::-1] = l; print(l)
try:
    l[::2] = 5
except TypeError as e:
    print(e)
class I:
    def __index__(self):
        l.append(9); return 1
l = [1, 2, 3]; print(l[I():], l)
