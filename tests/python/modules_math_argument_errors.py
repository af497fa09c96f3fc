# Argument-count and keyword errors of every math function (CPython's exact messages).
import math
names = sorted(n for n in dir(math) if not n.startswith("_") and callable(getattr(math, n)))
for n in names:
    for args in [(), (1, 2, 3, 4, 5)]:
        try:
            getattr(math, n)(*args)
            print(n, 'ok')
        except Exception as e:
            print(n, type(e).__name__, e)
    if n != 'isclose':
        try:
            getattr(math, n)(1, x=2)
        except Exception as e:
            print(n, type(e).__name__, e)
