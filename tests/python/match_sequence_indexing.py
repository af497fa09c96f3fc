# Sequence patterns with a `*_` wildcard index the subject rather than iterate it,
# and all-wildcard patterns only check the length.
import collections.abc


class Seq(collections.abc.Sequence):
    def __getitem__(self, i):
        return i

    def __len__(self):
        return 42


match Seq():
    case [x, *_, y]:
        print(x, y)

match Seq():
    case [a, b, *_, c, d]:
        print(a, b, c, d)


class NoItems(collections.abc.Sequence):
    __getitem__ = None

    def __len__(self):
        return 0


match NoItems():
    case []:
        print("empty")

match [1, 2, 3]:
    case [_, _, _]:
        print("three")
    case _:
        print("no")

for code in [
    "match x:\n case a | 'a': pass",
    "match x:\n case x: pass\n case y: pass",
    "match x:\n case _: pass\n case None: pass",
    "match x:\n case (_ as x) | [x]: pass",
    "match x:\n case a, a: pass",
    "match x:\n case a as a: pass",
    "match x:\n case 'a' | a: pass",
    "match x:\n case C(a=_, a=_): pass",
    "match x:\n case *a, b, *c: pass",
    "match x:\n case f'': pass",
]:
    try:
        compile(code, "<s>", "exec")
        print("compiled", repr(code))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
