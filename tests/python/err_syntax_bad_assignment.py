# Assigning to a function call is a compile-time SyntaxError with a hint.
values = [1, 2, 3]
print("never printed")
len(values) = 4
