from __future__ import annotations
def f(x: int, y: list[str] | None = None) -> dict[str, int]:
    return {}
print(f.__annotations__)
class C:
    a: int
    b: "quoted"
    c: tuple[int, ...] = ()
    def m(self, other: C) -> C:
        return self
print(C.__annotations__, C.m.__annotations__)
x: SomethingUndefined = 5
print(x, __annotations__)
