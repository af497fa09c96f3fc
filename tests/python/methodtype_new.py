# types.MethodType(callable, instance) and the code attributes listed by dir(CodeType).
import types


class C:
    def __call__(self, *a):
        return a


m = types.MethodType(C(), 5)
print(m(1), m.__self__)
print(types.MethodType(lambda s, x: (s, x), "me")("x"))
for bad in [(len,), (1, 2), (len, None), (len, 1, 2)]:
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    types.MethodType(func=len, instance=1)
except TypeError as e:
    print("TypeError:", e)

names = ["co_flags", "co_argcount", "co_varnames", "co_posonlyargcount",
         "co_kwonlyargcount", "co_name", "co_qualname", "co_filename", "co_consts"]
print([n for n in names if n not in dir(types.CodeType)])
code = (lambda a, b=1: a).__code__
print(types.CodeType.co_argcount.__get__(code), code.co_varnames, code.co_name)
