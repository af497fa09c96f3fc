# PEP 646: starred expressions in subscripts and `*args: *Ts` annotations.
from typing import TypeVarTuple, Generic

Ts = TypeVarTuple("Ts")
print(tuple[*Ts])
print(tuple[int, *Ts, str])


class C(Generic[*Ts]):
    pass


print(C[int, str])


def f(*args: *Ts):
    pass


print(f.__annotations__)

try:
    def g(*args: *(int, str)):
        pass
except ValueError as e:
    print("ValueError", e)
