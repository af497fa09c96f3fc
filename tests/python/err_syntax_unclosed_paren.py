# A file whose parenthesis is never closed: SyntaxError reported at the opening bracket.
def total(values):
    return sum(values

print(total([1, 2, 3]))
