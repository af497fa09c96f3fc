CONSTANT = 3.5
def square(x):
    return x * x
def cube(x):
    return x * square(x)
