# Mixing tabs and spaces inconsistently inside one block.
def f():
        a = 1
	b = 2
        return a + b
print(f())
