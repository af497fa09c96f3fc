# An 'if' without an indented body.
x = 5
if x > 3:
print("x is big")
