print()
print("a", "b", "c")
print("a", "b", sep="-")
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=" | ", end=" <end>\n")
print(*range(5), sep=",")
print("", end="")
print("x", sep="", end="\n")
import sys
print("to stdout explicitly", file=sys.stdout)
print("flushed", flush=True)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("captured", 42, file=w)
print(w.parts)
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(e)
class S:
    def __str__(self):
        return "custom str"
    def __repr__(self):
        return "custom repr"
print(S(), [S()], str(S()), repr(S()))
try:
    input()
except EOFError as e:
    print("EOFError", e)
