# list/dict methods that take no arguments reject extra ones with CPython's messages.
d = {1: 2}
for name in ("clear", "copy", "keys", "values", "items", "popitem"):
    try:
        getattr(d, name)(None)
    except TypeError as e:
        print(e)
    try:
        getattr(dict, name)(d, 1, 2)
    except TypeError as e:
        print(e)
for name in ("clear", "copy", "reverse"):
    try:
        getattr([1], name)(None)
    except TypeError as e:
        print(e)
print(d.copy(), d.popitem(), [3, 1].copy())
